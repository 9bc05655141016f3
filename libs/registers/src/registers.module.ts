import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { LegalAidModule } from '@app/legal-aid';
import { OrgModule } from '@app/org';
import { RosterModule } from '@app/roster';
import { WorklogModule } from '@app/worklog';
import { RegistersController } from './registers.controller';
import { RegistersService } from './registers.service';

/** The registers (台账) officials print and hand up, and the month's duty roster (值班表) to post. */
@Module({
  imports: [AuditModule, OrgModule, RosterModule, WorklogModule, LegalAidModule],
  controllers: [RegistersController],
  providers: [RegistersService],
  exports: [RegistersService],
})
export class RegistersModule {}
