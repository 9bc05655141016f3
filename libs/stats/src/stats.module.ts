import { Module, OnModuleInit } from '@nestjs/common';
import { AttendanceModule } from '@app/attendance';
import { AuditModule } from '@app/audit';
import { JobsService } from '@app/core';
import { OrgModule } from '@app/org';
import { StatsRecountRepository } from './recount/stats-recount.repository';
import { StatsVerifyService } from './recount/stats-verify.service';
import { StatsReportsService } from './report/stats-reports.service';
import { StatsRollups } from './rollups.service';
import { StatsController } from './stats.controller';
import { StatsRepository } from './stats.repository';
import { StatsService } from './stats.service';
import { StatsSources } from './sources/stats-sources';
import { StatsRankingService } from './ranking/stats-ranking.service';
import { PeriodsController } from './periods/periods.controller';
import { PeriodsRepository } from './periods/periods.repository';
import { PeriodsService } from './periods/periods.service';

/**
 * The statistics: the read model on top of the writers. Its sources (`sources/`, one per kind of
 * counted record) subscribe to the change ledger and move the rollups in each change's transaction;
 * the monthly and yearly statistics are read from the rollups.
 */
@Module({
  imports: [AuditModule, OrgModule, AttendanceModule],
  controllers: [StatsController, PeriodsController],
  providers: [
    StatsRollups,
    StatsSources,
    StatsRepository,
    StatsService,
    StatsReportsService,
    StatsRecountRepository,
    StatsVerifyService,
    PeriodsRepository,
    PeriodsService,
    StatsRankingService,
  ],
  exports: [StatsService, StatsVerifyService],
})
export class StatsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly verify: StatsVerifyService,
  ) {}

  onModuleInit(): void {
    // 02:30 Asia/Shanghai: the rollups of this year and the last against a recount of the records
    // (every region's: the recount reads no caller, as the CLI's `stats verify` does not).
    this.jobs.schedule('stats-verify', '30 2 * * *', () => this.verify.nightly());
  }
}
