import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, businessInstant, type Caller, jurisdictionSql, monthRange, regionRange } from '@app/core';
import type { RollupMetric } from './metrics';
import { addCounters, type CounterValues } from './metrics-view';

/** A region (by code prefix) over whole months, both ends included. */
export interface StatsScope {
  regionCode: string;
  fromMonth: string;
  toMonth: string;
}

/** What a breakdown groups by. */
export type StatsDimension =
  | { by: 'total' }
  | { by: 'month' }
  | { by: 'topic' }
  | { by: 'lawyer' }
  /** The region code cut to `length` digits: the child regions, or the region itself for rows on it. */
  | { by: 'region'; length: number };

/** The counters of each group, by key: the month, topic, lawyer id or region code ('' for totals). */
export type CounterGroups = Map<string, CounterValues>;

// Coarse rows are per township (a county centre's keep the county's 6 digits); topic rows per county.
const TOWNSHIP_LENGTH = 9;
const COUNTY_LENGTH = 6;

interface Level {
  table:
    | 'stat_daily'
    | 'stat_monthly'
    | 'stat_monthly_topic'
    | 'stat_monthly_lawyer'
    | 'stat_county_monthly'
    | 'stat_yearly_lawyer'
    | 'stat_yearly_township';
  regionColumn: 'region_code' | 'township_code' | 'county_code';
  periodColumn: 'day' | 'month' | 'year';
}

const DAILY: Level = { table: 'stat_daily', regionColumn: 'region_code', periodColumn: 'day' };

/** Whether months [from, to] ('YYYY-MM') are whole calendar years. */
function wholeYears(fromMonth: string, toMonth: string): boolean {
  return fromMonth.endsWith('-01') && toMonth.endsWith('-12');
}

/** The coarsest level that answers a breakdown of a region over months [fromMonth, toMonth]. */
export function levelFor(regionCode: string, dim: StatsDimension, fromMonth = '', toMonth = ''): Level {
  const len = regionCode.length;
  switch (dim.by) {
    case 'topic':
      return len <= COUNTY_LENGTH
        ? { table: 'stat_monthly_topic', regionColumn: 'county_code', periodColumn: 'month' }
        : DAILY;
    case 'lawyer':
      if (len <= COUNTY_LENGTH && wholeYears(fromMonth, toMonth))
        return { table: 'stat_yearly_lawyer', regionColumn: 'county_code', periodColumn: 'year' };
      return len <= TOWNSHIP_LENGTH
        ? { table: 'stat_monthly_lawyer', regionColumn: 'township_code', periodColumn: 'month' }
        : DAILY;
    default:
      // Counties and above read the county level unless split into townships; whole years of
      // townships, the yearly township level.
      if (len <= COUNTY_LENGTH && (dim.by !== 'region' || dim.length <= COUNTY_LENGTH))
        return { table: 'stat_county_monthly', regionColumn: 'county_code', periodColumn: 'month' };
      if (
        len <= COUNTY_LENGTH &&
        dim.by === 'region' &&
        dim.length <= TOWNSHIP_LENGTH &&
        wholeYears(fromMonth, toMonth)
      )
        return { table: 'stat_yearly_township', regionColumn: 'township_code', periodColumn: 'year' };
      // Up to townships, the township level also splits a region into its children (not into villages).
      return len <= TOWNSHIP_LENGTH && (dim.by !== 'region' || dim.length <= TOWNSHIP_LENGTH)
        ? { table: 'stat_monthly', regionColumn: 'township_code', periodColumn: 'month' }
        : DAILY;
  }
}

/**
 * Reads the rollups, each question from the coarsest level that answers it: the monthly county level
 * (and, for whole years, the yearly lawyer and township levels) for counties and everything above them,
 * the monthly township level for townships and a county's townships over part of a year, the daily
 * level for villages and for a township's villages. Region filters are ranges on the code (never LIKE), and the caller's jurisdiction applies.
 */
@Injectable()
export class StatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `em`: the connection to read on (a replica's, see ReadReplicas); default the primary. */
  async counters(
    caller: Caller,
    scope: StatsScope,
    dim: StatsDimension,
    em: EntityManager = this.dataSource.manager,
  ): Promise<CounterGroups> {
    const { table, regionColumn, periodColumn } = levelFor(
      scope.regionCode,
      dim,
      scope.fromMonth,
      scope.toMonth,
    );
    const { from, to } = regionRange(scope.regionCode);
    const period =
      periodColumn === 'year'
        ? { from: Number(scope.fromMonth.slice(0, 4)), to: Number(scope.toMonth.slice(0, 4)) }
        : { from: monthRange(scope.fromMonth).from, to: monthRange(scope.toMonth).to };
    const scoped = jurisdictionSql(caller, regionColumn, 5);
    const key = {
      total: `''`,
      month: `to_char(${periodColumn}, 'YYYY-MM')`,
      region: `left(${regionColumn}, ${dim.by === 'region' ? Number(dim.length) : 0})`,
      topic: 'topic',
      lawyer: 'lawyer_id::text',
    }[dim.by];
    // The yearly levels hold one row of all counters per key (zeros left out, the township's without
    // the per-lawyer duty days), the others one row per counter.
    const pivoted = table === 'stat_yearly_lawyer' || table === 'stat_yearly_township';
    let filter =
      dim.by === 'topic' ? 'AND topic IS NOT NULL' : dim.by === 'lawyer' ? 'AND lawyer_id IS NOT NULL' : '';
    // The per-lawyer duty count is only for the per-lawyer breakdown, where the point-level one has no row.
    if (dim.by !== 'lawyer' && !pivoted) filter += ` AND metric <> 'lawyerDutyDays'`;
    const where = `${regionColumn} >= $1 AND ${regionColumn} < $2 AND ${periodColumn} >= $3 AND ${periodColumn} <= $4
          AND ${scoped.sql} ${filter}`;
    const params = [from, to, period.from, period.to, ...scoped.params];
    const out: CounterGroups = new Map();
    if (pivoted) {
      // Rows of one key add up: a lawyer who moved county in the year has a row in each.
      const rows: { key: string; counters: CounterValues }[] = await em.query(
        `SELECT ${key} AS key, counters FROM ${table} WHERE ${where} AND counters <> '{}'`,
        params,
      );
      for (const { key: k, counters } of rows) {
        const values = out.get(k);
        if (values) addCounters(values, counters);
        else out.set(k, counters);
      }
      return out;
    }
    const rows: { key: string; metric: RollupMetric; value: string }[] = await em.query(
      `SELECT ${key} AS key, metric, sum(value) AS value FROM ${table} WHERE ${where}
        GROUP BY 1, 2 HAVING sum(value) <> 0`,
      params,
    );
    for (const r of rows) {
      let values = out.get(r.key);
      if (!values) out.set(r.key, (values = {}));
      values[r.metric] = Number(r.value);
    }
    return out;
  }

  /**
   * 服务群众人数: the residents served in a region over months [from, to], each counted once however
   * often they came — residents whose booked consultation was served (arrived or completed), and the
   * phone numbers recorded on consultations of the work log, compared by the keyed blind index (never
   * the number), so a walk-in and a booking by the same phone are one resident. A distinct count over
   * the whole period: a year's is not the sum of its months'. Read from the records, not the rollups.
   */
  async uniqueResidents(
    caller: Caller,
    scope: StatsScope,
    em: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const { from, to } = regionRange(scope.regionCode);
    const start = businessInstant(monthRange(scope.fromMonth).from, '00:00');
    const end = businessInstant(addDays(monthRange(scope.toMonth).to, 1), '00:00');
    const logs = jurisdictionSql(caller, 'l.region_code', 5);
    const booked = jurisdictionSql(caller, 'a.region_code', 5 + logs.params.length);
    const rows: { n: string }[] = await em.query(
      `SELECT count(DISTINCT k) AS n FROM (
         SELECT l.resident_phone_index AS k FROM service_log l
          WHERE l.resident_phone_index IS NOT NULL AND l.voided_at IS NULL AND l.type = 'consultation'
            AND l.region_code >= $1 AND l.region_code < $2 AND l.occurred_at >= $3 AND l.occurred_at < $4
            AND ${logs.sql}
         UNION ALL
         SELECT r.phone_index FROM appointment a JOIN resident r ON r.id = a.resident_id
          WHERE a.status IN ('arrived', 'completed')
            AND a.region_code >= $1 AND a.region_code < $2 AND a.starts_at >= $3 AND a.starts_at < $4
            AND ${booked.sql}) AS served`,
      [from, to, start, end, ...logs.params, ...booked.params],
    );
    return Number(rows[0].n);
  }
}
