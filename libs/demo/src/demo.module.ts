import { Module } from '@nestjs/common';
import { LegalAidModule } from '@app/legal-aid';
import { OrgModule } from '@app/org';
import { WorklogModule } from '@app/worklog';
import { DemoHistorySeeder } from './demo-history';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [OrgModule, WorklogModule, LegalAidModule],
  providers: [DemoSeedService, DemoHistorySeeder],
  exports: [DemoSeedService],
})
export class DemoModule {}
