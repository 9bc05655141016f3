import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  assertInJurisdiction,
  type Caller,
  Clock,
  principalOf,
  type ReadFreshness,
  ReadReplicas,
  ValidationFailedException,
} from '@app/core';
import { type Region, RegionsService, StaffService } from '@app/org';
import { TOPIC_LABELS, TOPICS } from '@app/core';
import { shiftMonth } from './comparisons';
import { type Metrics } from './metrics';
import { addCounters, type CounterValues, toMetrics } from './metrics-view';
import { StatsErrors } from './stats.errors';
import { StatsRepository, type StatsScope } from './stats.repository';
import { PeriodsRepository } from './periods/periods.repository';

export type RegionRow = Metrics & { regionCode: string; name: string };
export type LawyerRow = Metrics & { lawyerId: string; name: string; onStaff: boolean };
export type TopicRow = Metrics & { topic: string; label: string };
export type MonthRow = Metrics & { month: string };

/** Where the figures were read and how fresh they are (a replica may lag the primary). */
export interface StatsFreshness {
  source: 'primary' | 'replica';
  asOf: string;
  lagSeconds: number;
}

/** A region's month: totals and breakdowns (what a closed month keeps of each version). */
export interface MonthlyFigures {
  totals: Metrics;
  /** 服务群众人数: residents served in the month, each counted once (see StatsRepository.uniqueResidents). */
  uniqueResidents: number;
  byRegion: RegionRow[];
  byLawyer: LawyerRow[];
  byTopic: TopicRow[];
}

export interface MonthlyStats extends MonthlyFigures {
  freshness: StatsFreshness;
  regionCode: string;
  name: string;
  month: string;
  /** A township's month: open, closed (月结) or closed as a zero report (零上报); null above a township. */
  periodStatus: 'open' | 'closed' | 'zero' | null;
  /** The version of a closed township-month these figures are (1 as first reported); null while open. */
  version: number | null;
  /** The totals of the region in the month before (环比); null without any record then. */
  previousMonth: Metrics | null;
  /** The totals of the region in the same month of last year (同比); null without any record then. */
  sameMonthLastYear: Metrics | null;
}

export interface YearlyStats {
  freshness: StatsFreshness;
  regionCode: string;
  name: string;
  year: number;
  through: string;
  totals: Metrics;
  /** 服务群众人数: residents served in the year to date, each counted once (not a sum of months). */
  uniqueResidents: number;
  byMonth: MonthRow[];
  byRegion: RegionRow[];
  byLawyer: LawyerRow[];
  byTopic: TopicRow[];
  /** The totals of the same months of last year (January through `through`'s month); null without any record then. */
  lastYear: Metrics | null;
}

const TOWNSHIP_LENGTH = 9;

/** The code length of a region's children (a village has none: its rows are its own). */
const CHILD_LENGTH: Record<number, number> = { 2: 4, 4: 6, 6: 9, 9: 12, 12: 12 };

function toFreshness(f: ReadFreshness): StatsFreshness {
  return { source: f.source, asOf: f.asOf.toISOString(), lagSeconds: f.lagSeconds };
}

function monthsOf(year: number, through: string): string[] {
  const last = Number(through.slice(5, 7));
  return Array.from({ length: last }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * The monthly tally and the yearly statistics of a region, read from the rollups. Officials see
 * their jurisdiction only: another region is a 403, an unknown one a 404.
 */
@Injectable()
export class StatsService {
  constructor(
    private readonly stats: StatsRepository,
    private readonly regions: RegionsService,
    private readonly staff: StaffService,
    private readonly clock: Clock,
    private readonly replicas: ReadReplicas,
    private readonly periods: PeriodsRepository,
  ) {}

  async monthly(caller: Caller, regionCode: string, month: string, version?: number): Promise<MonthlyStats> {
    const region = await this.region(caller, regionCode);
    const period =
      region.code.length === TOWNSHIP_LENGTH ? await this.periods.find(region.code, month) : null;
    if (version !== undefined && region.code.length !== TOWNSHIP_LENGTH)
      throw new ValidationFailedException({
        version: ['applies to a township (9 digits): the unit that closes its month'],
      });
    // The figures as a version reported them, read back from its snapshot rather than recounted.
    const kept =
      version !== undefined && period && version <= period.version
        ? await this.periods.findVersion(period.id, version)
        : null;
    if (version !== undefined && !kept)
      throw new AppError(
        StatsErrors.PERIOD_VERSION_NOT_FOUND,
        period
          ? `${region.name} ${month} has versions 1 to ${period.version}`
          : `${region.name} has not closed ${month}`,
        { regionCode: region.code, month, version, latest: period?.version ?? null },
      );
    const previous = shiftMonth(month, -1);
    const lastYear = shiftMonth(month, -12);
    // The figures come from a replica when the read rule allows; names and regions from the primary.
    const [[figures, previousMonth, sameMonthLastYear], freshness] = await this.replicas.read(
      principalOf(caller)?.id,
      async (em, f) =>
        [
          await Promise.all([
            kept
              ? (kept.figures as unknown as MonthlyFigures)
              : this.monthlyFigures(caller, region, month, em),
            this.totalsOrNull(
              caller,
              { regionCode: region.code, fromMonth: previous, toMonth: previous },
              em,
            ),
            this.totalsOrNull(
              caller,
              { regionCode: region.code, fromMonth: lastYear, toMonth: lastYear },
              em,
            ),
          ]),
          f,
        ] as const,
    );
    return {
      freshness: toFreshness(freshness),
      regionCode: region.code,
      name: region.name,
      month,
      periodStatus:
        region.code.length === TOWNSHIP_LENGTH ? (kept?.status ?? period?.status ?? 'open') : null,
      version: kept?.version ?? period?.version ?? null,
      ...figures,
      previousMonth,
      sameMonthLastYear,
    };
  }

  /**
   * The figures of a region's month (totals and the breakdowns) on `em`'s connection: what a month-end
   * close keeps of each version, read in the transaction of the close or of the amendment.
   */
  async monthlyFigures(
    caller: Caller,
    region: Region,
    month: string,
    em: EntityManager,
  ): Promise<MonthlyFigures> {
    const scope: StatsScope = { regionCode: region.code, fromMonth: month, toMonth: month };
    // One after another: in a close's transaction `em` is one connection, which takes one query at a time.
    const totals = await this.stats.counters(caller, scope, { by: 'total' }, em);
    const byRegion = await this.byRegion(caller, region, scope, em);
    const byLawyer = await this.byLawyer(caller, scope, em);
    const byTopic = await this.byTopic(caller, scope, em);
    const uniqueResidents = await this.stats.uniqueResidents(caller, scope, em);
    return { totals: toMetrics(totals.get('') ?? {}), uniqueResidents, byRegion, byLawyer, byTopic };
  }

  async yearly(caller: Caller, regionCode: string, year: number, through?: string): Promise<YearlyStats> {
    const last = through ?? this.defaultThrough(year);
    if (!last.startsWith(`${year}-`))
      throw new ValidationFailedException({ through: [`must be a month of ${year}`] });
    const region = await this.region(caller, regionCode);
    const scope: StatsScope = { regionCode: region.code, fromMonth: `${year}-01`, toMonth: last };
    const [[months, byRegion, byLawyer, byTopic, lastYear, uniqueResidents], freshness] =
      await this.replicas.read(
        principalOf(caller)?.id,
        async (em, f) =>
          [
            await Promise.all([
              this.stats.counters(caller, scope, { by: 'month' }, em),
              this.byRegion(caller, region, scope, em),
              this.byLawyer(caller, scope, em),
              this.byTopic(caller, scope, em),
              this.totalsOrNull(
                caller,
                {
                  regionCode: region.code,
                  fromMonth: shiftMonth(scope.fromMonth, -12),
                  toMonth: shiftMonth(last, -12),
                },
                em,
              ),
              this.stats.uniqueResidents(caller, scope, em),
            ]),
            f,
          ] as const,
      );
    const totals: CounterValues = {};
    for (const values of months.values()) addCounters(totals, values);
    return {
      freshness: toFreshness(freshness),
      regionCode: region.code,
      name: region.name,
      year,
      through: last,
      totals: toMetrics(totals),
      uniqueResidents,
      byMonth: monthsOf(year, last).map((month) => toMetrics(months.get(month) ?? {}, false, { month })),
      byRegion,
      byLawyer,
      byTopic,
      lastYear,
    };
  }

  /**
   * The totals of a region over months to compare with, or null when it has no record at all then:
   * the rollups keep no counter of a period without records (voided ones count nowhere), so an empty
   * answer is "nothing to compare".
   */
  private async totalsOrNull(caller: Caller, scope: StatsScope, em?: EntityManager): Promise<Metrics | null> {
    const values = (await this.stats.counters(caller, scope, { by: 'total' }, em)).get('');
    return values ? toMetrics(values) : null;
  }

  /**
   * The month a year-end report runs through: `through` when given, else the last complete month
   * (December for a past year).
   */
  reportThrough(year: number, through?: string): string {
    const current = this.clock.today().slice(0, 7);
    const currentYear = Number(current.slice(0, 4));
    // A year not begun has no figures to report, whatever month is asked for.
    if (through && year <= currentYear) return through;
    if (year < currentYear) return `${year}-12`;
    const lastComplete = Number(current.slice(5, 7)) - 1;
    if (year > currentYear || lastComplete < 1)
      throw new AppError(
        StatsErrors.NO_COMPLETE_MONTH,
        `${year} has no complete month yet; give the month to report through`,
        { year },
      );
    return `${year}-${String(lastComplete).padStart(2, '0')}`;
  }

  /** Year to date: this month for the current year, December for any other. */
  private defaultThrough(year: number): string {
    const current = this.clock.today().slice(0, 7);
    return current.startsWith(`${year}-`) ? current : `${year}-12`;
  }

  async region(caller: Caller, code: string): Promise<Region> {
    const region = await this.regions.getByCode(code);
    assertInJurisdiction(caller, region.code);
    return region;
  }

  /** Every child region (zeros included), and the region itself when records sit on it directly. */
  private async byRegion(
    caller: Caller,
    region: Region,
    scope: StatsScope,
    em: EntityManager,
  ): Promise<RegionRow[]> {
    const length = CHILD_LENGTH[region.code.length];
    const [rows, children] = await Promise.all([
      this.stats.counters(caller, scope, { by: 'region', length }, em),
      length > region.code.length ? this.regions.children(region.code) : Promise.resolve([]),
    ]);
    const names = new Map<string, string>([
      [region.code, region.name],
      ...children.map((c) => [c.code, c.name] as const),
    ]);
    const codes = [...new Set([...children.map((c) => c.code), ...rows.keys()])].sort();
    const own = rows.has(region.code) ? [region.code] : [];
    return [...own, ...codes.filter((c) => c !== region.code)].map((code) =>
      toMetrics(rows.get(code) ?? {}, false, { regionCode: code, name: names.get(code) ?? code }),
    );
  }

  /** The lawyers in name order (pinyin), as the staff registry sorts them. */
  private async byLawyer(caller: Caller, scope: StatsScope, em: EntityManager): Promise<LawyerRow[]> {
    // The names of the region's staff come with the figures; if a lawyer has since moved out of the
    // region, all of them are looked up by their ids instead.
    const [rows, local] = await Promise.all([
      this.stats.counters(caller, scope, { by: 'lawyer' }, em),
      this.staff.namesWithin(scope.regionCode),
    ]);
    const ids = [...rows.keys()];
    const [named, namedOnly] = await Promise.all([
      ids.every((id) => local.has(id)) ? local : this.staff.namesOf(ids),
      // Lawyers only named in imported records keep the ledger's name and say they are not on the staff.
      this.staff.namedOnlyOf(ids),
    ]);
    const out: LawyerRow[] = [];
    for (const [lawyerId, name] of named) {
      const values = rows.get(lawyerId);
      if (values) out.push(toMetrics(values, true, { lawyerId, name, onStaff: !namedOnly.has(lawyerId) }));
    }
    // Figures of an id the registry does not know still count, unnamed, at the end.
    if (out.length < rows.size)
      for (const [lawyerId, values] of rows)
        if (!named.has(lawyerId)) out.push(toMetrics(values, true, { lawyerId, name: '', onStaff: false }));
    return out;
  }

  private async byTopic(caller: Caller, scope: StatsScope, em: EntityManager): Promise<TopicRow[]> {
    const rows = await this.stats.counters(caller, scope, { by: 'topic' }, em);
    return TOPICS.map((topic) =>
      toMetrics(rows.get(topic) ?? {}, false, { topic, label: TOPIC_LABELS[topic] }),
    );
  }
}
