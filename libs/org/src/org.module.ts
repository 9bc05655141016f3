import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { AdvisorAssignment } from './advisors/advisor-assignment.entity';
import { AdvisorAssignmentsController } from './advisors/advisor-assignments.controller';
import { AdvisorAssignmentsRepository } from './advisors/advisor-assignments.repository';
import { AdvisorAssignmentsService } from './advisors/advisor-assignments.service';
import { Region } from './regions/region.entity';
import { RegionsController } from './regions/regions.controller';
import { RegionsRepository } from './regions/regions.repository';
import { RegionsService } from './regions/regions.service';
import { ServicePoint } from './service-points/service-point.entity';
import { ServicePointsController } from './service-points/service-points.controller';
import { ServicePointsRepository } from './service-points/service-points.repository';
import { ServicePointsService } from './service-points/service-points.service';
import { PasswordHistoryRepository } from './staff/password-history.repository';
import { Staff } from './staff/staff.entity';
import { StaffController } from './staff/staff.controller';
import { StaffRepository } from './staff/staff.repository';
import { StaffService } from './staff/staff.service';

/** The registry of places and people: regions, service points, staff and advisor assignments. */
@Module({
  imports: [AuditModule, TypeOrmModule.forFeature([Region, ServicePoint, Staff, AdvisorAssignment])],
  controllers: [RegionsController, ServicePointsController, StaffController, AdvisorAssignmentsController],
  providers: [
    RegionsRepository,
    RegionsService,
    ServicePointsRepository,
    ServicePointsService,
    StaffRepository,
    PasswordHistoryRepository,
    StaffService,
    AdvisorAssignmentsRepository,
    AdvisorAssignmentsService,
  ],
  exports: [RegionsService, ServicePointsService, StaffService, AdvisorAssignmentsService],
})
export class OrgModule {}
