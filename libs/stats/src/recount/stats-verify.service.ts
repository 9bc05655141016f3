import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/core';
import { type RecountScope, type RollupDifference, StatsRecountRepository } from './stats-recount.repository';
import { ChangeLedger, STATS_VERIFICATION } from '@app/audit';

export interface VerifyResult {
  scope: RecountScope;
  /** How many counters differ, over every level. */
  total: number;
  /** The first of them. */
  differences: RollupDifference[];
}

/** The scope of `--region` (a township or village widens to its county) and `--year` (every year when absent). */
export function recountScope(region?: string, year?: number): RecountScope {
  return {
    prefix: (region ?? '').slice(0, 6),
    from: year ? `${year}-01-01` : '2000-01-01',
    to: year ? `${year}-12-31` : '2999-12-31',
  };
}

/** One line per difference, for the CLI and the log. */
export function describeDifference(d: RollupDifference): string {
  return `${d.level} ${d.key}: rollup ${d.actual}, recount ${d.expected}`;
}

/**
 * Checks the rollups against a recount from the raw tables (service_log, workshop, legal_aid_case,
 * appointment, attendance), every level, and repairs them on request. Nightly it folds the day's
 * counter shards, checks this year and the last (corrections reach back) and logs the result.
 */
@Injectable()
export class StatsVerifyService {
  private readonly log = new Logger(StatsVerifyService.name);
  /** The last nightly verification this instance ran, for the operator's metrics. */
  lastNightly: { at: Date; differences: number } | null = null;

  constructor(
    private readonly recount: StatsRecountRepository,
    private readonly clock: Clock,
    private readonly ledger: ChangeLedger,
  ) {}

  async verify(scope: RecountScope, limit = 1000): Promise<VerifyResult> {
    return { scope, ...(await this.recount.differences(scope, limit)) };
  }

  /** Replaces the rollups of the scope with the recount. */
  rebuild(scope: RecountScope): Promise<{ daily: number; monthly: number }> {
    return this.recount.rebuild(scope);
  }

  async nightly(): Promise<{ from: string; to: string; differences: number }> {
    const folded = await this.recount.foldShards();
    if (folded) this.log.log(`Folded ${folded} counter shards into their keys' first row`);
    const year = Number(this.clock.today().slice(0, 4));
    const scope: RecountScope = { prefix: '', from: `${year - 1}-01-01`, to: `${year}-12-31` };
    const result = await this.verify(scope, 50);
    if (result.total) {
      this.log.error(
        { differences: result.total, first: result.differences.map(describeDifference) },
        `Statistics differ from a recount of the records in ${result.total} counters; repair with: npm run cli -- stats rebuild`,
      );
    } else {
      this.log.log(`Statistics ${scope.from}…${scope.to} equal a recount of the records`);
    }
    this.lastNightly = { at: this.clock.now(), differences: result.total };
    // Audited, and the admin is told (notices subscribe).
    if (result.total)
      await this.ledger.transaction((em) =>
        this.ledger.record(em, STATS_VERIFICATION, {
          action: 'differences_found',
          before: null,
          after: { from: scope.from, to: scope.to, differences: result.total },
        }),
      );
    return { from: scope.from, to: scope.to, differences: result.total };
  }
}
