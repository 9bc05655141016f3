import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { OrgModule } from '@app/org';
import { RosterModule } from '@app/roster';
import { LegalAidCasesController } from './cases/legal-aid-cases.controller';
import { LegalAidCasesRepository } from './cases/legal-aid-cases.repository';
import { LegalAidCasesService } from './cases/legal-aid-cases.service';
import { LegalAidImportsService } from './cases/legal-aid-imports.service';

/** Legal-aid cases: intake, decision, assignment, closing, the statutory clocks and the timeline. */
@Module({
  imports: [AuditModule, OrgModule, RosterModule],
  controllers: [LegalAidCasesController],
  providers: [LegalAidCasesRepository, LegalAidCasesService, LegalAidImportsService],
  exports: [LegalAidCasesService, LegalAidImportsService],
})
export class LegalAidModule {}
