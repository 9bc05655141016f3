import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RosterModule } from '@app/roster';
import { AuditModule } from '@app/audit';
import { BookingModule } from '@app/booking';
import { OrgModule } from '@app/org';
import { ServiceLog } from './service-logs/service-log.entity';
import { ServiceLogFollowUp } from './service-logs/service-log-follow-up.entity';
import { ServiceLogsController } from './service-logs/service-logs.controller';
import { ServiceLogsRepository } from './service-logs/service-logs.repository';
import { ServiceLogsService } from './service-logs/service-logs.service';
import { Workshop } from './workshops/workshop.entity';
import { WorkshopsController } from './workshops/workshops.controller';
import { WorkshopsRepository } from './workshops/workshops.repository';
import { WorkshopsService } from './workshops/workshops.service';
import { WorklogAccess } from './worklog-access.service';
import { WorklogImportsService } from './worklog-imports.service';

/** The work log (工作日志) and workshops: every service and lecture recorded once, typed and counted. */
@Module({
  imports: [
    RosterModule,
    AuditModule,
    OrgModule,
    BookingModule,
    TypeOrmModule.forFeature([ServiceLog, ServiceLogFollowUp, Workshop]),
  ],
  controllers: [ServiceLogsController, WorkshopsController],
  providers: [
    WorklogAccess,
    ServiceLogsRepository,
    ServiceLogsService,
    WorkshopsRepository,
    WorkshopsService,
    WorklogImportsService,
  ],
  exports: [ServiceLogsService, WorkshopsService, WorklogImportsService],
})
export class WorklogModule {}
