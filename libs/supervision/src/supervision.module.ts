import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceModule } from '@app/attendance';
import { AuditModule } from '@app/audit';
import { OrgModule } from '@app/org';
import { AssessmentsController } from './assessments/assessments.controller';
import { AssessmentsService } from './assessments/assessments.service';
import { Obligation } from './obligations/obligation.entity';
import { ObligationsController } from './obligations/obligations.controller';
import { ObligationsRepository } from './obligations/obligations.repository';
import { ObligationsService } from './obligations/obligations.service';
import { QuotaFactsService } from './quotas/quota-facts.service';
import { QuotasController } from './quotas/quotas.controller';
import { QuotasService } from './quotas/quotas.service';
import { SupervisionRepository } from './supervision.repository';
import { AssessmentWeightsController } from './weights/assessment-weights.controller';
import { AssessmentWeightsRepository } from './weights/assessment-weights.repository';
import { AssessmentWeightsService } from './weights/assessment-weights.service';

/**
 * Supervision (督导): the obligations a county or township holds its advisors to, the live quotas
 * that warn before a period ends, and the advisor's quarterly assessment (考核). A read model over
 * attendance, the roster, the work log and the bookings; no other library imports it.
 */
@Module({
  imports: [AuditModule, OrgModule, AttendanceModule, TypeOrmModule.forFeature([Obligation])],
  controllers: [ObligationsController, QuotasController, AssessmentsController, AssessmentWeightsController],
  providers: [
    ObligationsRepository,
    ObligationsService,
    SupervisionRepository,
    QuotaFactsService,
    QuotasService,
    AssessmentsService,
    AssessmentWeightsRepository,
    AssessmentWeightsService,
  ],
  exports: [QuotasService],
})
export class SupervisionModule {}
