import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { LegalAidModule } from '@app/legal-aid';
import { OrgModule } from '@app/org';
import { WorklogModule } from '@app/worklog';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';

/** Imports of past records: an official's ledgers brought in, checked, committed all or nothing, withdrawable. */
@Module({
  imports: [AuditModule, OrgModule, WorklogModule, LegalAidModule],
  controllers: [ImportsController],
  providers: [ImportsRepository, ImportsService],
  exports: [ImportsService],
})
export class ImportsModule {}
