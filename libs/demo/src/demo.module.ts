import { Module } from '@nestjs/common';
import { RosterModule } from '@app/roster';
import { LegalAidModule } from '@app/legal-aid';
import { OrgModule } from '@app/org';
import { WorklogModule } from '@app/worklog';
import { DemoHistorySeeder } from './demo-history';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [RosterModule, OrgModule, WorklogModule, LegalAidModule],
  providers: [DemoSeedService, DemoHistorySeeder],
  exports: [DemoSeedService],
})
export class DemoModule {}
