import { Global, Module, OnModuleInit } from '@nestjs/common';
import { asSystem, JobsService } from '@app/core';
import { OrgModule } from '@app/org';
import { StatsRecountRepository } from './recount/stats-recount.repository';
import { StatsVerifyService } from './recount/stats-verify.service';
import { StatsReportsService } from './report/stats-reports.service';
import { StatsRollups } from './rollups.service';
import { StatsController } from './stats.controller';
import { StatsRepository } from './stats.repository';
import { StatsService } from './stats.service';

/**
 * Rollups of every countable record, and the monthly and yearly statistics read from them. Global:
 * every module that changes a countable record writes its counters through StatsRollups.
 */
@Global()
@Module({
  imports: [OrgModule],
  controllers: [StatsController],
  providers: [
    StatsRollups,
    StatsRepository,
    StatsService,
    StatsReportsService,
    StatsRecountRepository,
    StatsVerifyService,
  ],
  exports: [StatsRollups, StatsService, StatsVerifyService],
})
export class StatsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly verify: StatsVerifyService,
  ) {}

  onModuleInit(): void {
    // 02:30 Asia/Shanghai: the rollups of this year and the last against a recount of the records.
    this.jobs.schedule('stats-verify', '30 2 * * *', () => asSystem(() => this.verify.nightly()));
  }
}
