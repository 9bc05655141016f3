import { Module } from '@nestjs/common';
import { OrgModule } from '@app/org';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [OrgModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
