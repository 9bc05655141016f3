import { Injectable } from '@nestjs/common';
import { type Caller, Clock, principalOf, ReadReplicas, ValidationFailedException } from '@app/core';
import { RegionsService } from '@app/org';
import { type Metrics } from '../metrics';
import { toMetrics } from '../metrics-view';
import { StatsRepository } from '../stats.repository';
import { StatsService } from '../stats.service';

export type RankingLevel = 'county' | 'township';

export interface RankingRow {
  rank: number;
  regionCode: string;
  name: string;
  value: number | null;
}

export interface Ranking {
  regionCode: string;
  name: string;
  period: string;
  fromMonth: string;
  toMonth: string;
  metric: keyof Metrics;
  level: RankingLevel;
  items: RankingRow[];
}

const LEVEL_LENGTH: Record<RankingLevel, number> = { county: 6, township: 9 };

/**
 * Ranks rows by one value, highest first: equal values share a rank and the next rank skips (1, 1, 3);
 * a row without a value (a rate with nothing to divide) comes last, unranked by value but numbered.
 * Equal values keep code order.
 */
export function rankRows<R extends { regionCode: string; value: number | null }>(
  rows: R[],
): (R & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => {
    if (a.value === b.value) return a.regionCode < b.regionCode ? -1 : 1;
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return b.value - a.value;
  });
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || r.value !== sorted[i - 1].value) rank = i + 1;
    return { ...r, rank };
  });
}

/**
 * 排名: the counties or townships below a region (a city's, a province's, a county's townships) ranked by
 * any metric over a month or a year, every one of them listed (zeros included). Read from the rollups'
 * coarse levels, like the monthly and yearly statistics, within the caller's jurisdiction.
 */
@Injectable()
export class StatsRankingService {
  constructor(
    private readonly stats: StatsService,
    private readonly counters: StatsRepository,
    private readonly regions: RegionsService,
    private readonly replicas: ReadReplicas,
    private readonly clock: Clock,
  ) {}

  async ranking(
    caller: Caller,
    q: { regionCode: string; period: string; metric: keyof Metrics; level: RankingLevel },
  ): Promise<Ranking> {
    const region = await this.stats.region(caller, q.regionCode);
    const length = LEVEL_LENGTH[q.level];
    if (region.code.length >= length)
      throw new ValidationFailedException({
        level: [
          `must lie below the region: ${q.level}s are ranked within a region of fewer than ${length} digits`,
        ],
      });
    const { fromMonth, toMonth } = this.months(q.period);
    const [values, places] = await Promise.all([
      this.replicas.read(principalOf(caller)?.id, (em) =>
        this.counters.counters(
          caller,
          { regionCode: region.code, fromMonth, toMonth },
          { by: 'region', length },
          em,
        ),
      ),
      this.regions.under(region.code, q.level),
    ]);
    const rows = places.map((p) => {
      const metrics = toMetrics(values.get(p.code) ?? {});
      return { regionCode: p.code, name: p.name, value: metrics[q.metric] };
    });
    return {
      regionCode: region.code,
      name: region.name,
      period: q.period,
      fromMonth,
      toMonth,
      metric: q.metric,
      level: q.level,
      items: rankRows(rows).map(({ rank, regionCode, name, value }) => ({ rank, regionCode, name, value })),
    };
  }

  /** A month, or a year to date (this month for the current year, December for any other). */
  private months(period: string): { fromMonth: string; toMonth: string } {
    if (period.length === 7) return { fromMonth: period, toMonth: period };
    const current = this.clock.today().slice(0, 7);
    return {
      fromMonth: `${period}-01`,
      toMonth: current.startsWith(`${period}-`) ? current : `${period}-12`,
    };
  }
}
