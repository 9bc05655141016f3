import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, businessInstant, regionRange } from '@app/core';
import { RECOUNT_SQL } from './recount-sql';

/** What a verification or a rebuild covers: a region prefix ('' for all; at most a county) and business days. */
export interface RecountScope {
  prefix: string;
  from: string;
  to: string;
}

/** One counter on which a rollup level and the recount disagree. */
export interface RollupDifference {
  level:
    | 'stat_daily'
    | 'stat_monthly'
    | 'stat_monthly_topic'
    | 'stat_monthly_lawyer'
    | 'stat_county_monthly'
    | 'stat_yearly_lawyer'
    | 'stat_yearly_township';
  key: string;
  expected: number;
  actual: number;
}

const NO_LAWYER = '00000000-0000-0000-0000-000000000000';

/**
 * The query parameters of a scope. A township's or village's scope widens to its county: the topic
 * level holds whole counties, so a smaller scope could not be compared or rebuilt on its own.
 */
function params(scope: RecountScope): unknown[] {
  const prefix = scope.prefix.slice(0, 6);
  const range = prefix ? regionRange(prefix) : { from: '', to: ':' };
  return [
    range.from,
    range.to,
    scope.from,
    scope.to,
    businessInstant(scope.from),
    businessInstant(addDays(scope.to, 1)),
  ];
}

// The rollup rows in the scope. Coarse rows are per township or county, so a scope never cuts through one.
const DAILY_IN_SCOPE = `region_code >= $1 AND region_code < $2 AND day >= $3 AND day <= $4`;
const monthlyInScope = (column: string) =>
  `${column} >= $1 AND ${column} < $2 AND month >= date_trunc('month', $3::date::timestamp)::date AND month <= $4`;
const MONTHLY_IN_SCOPE = monthlyInScope('township_code');
const TOPIC_IN_SCOPE = monthlyInScope('county_code');
// The yearly levels widen the scope to whole years.
const yearlyInScope = (column: string) => `${column} >= $1 AND ${column} < $2
  AND year >= extract(year FROM $3::date) AND year <= extract(year FROM $4::date)`;
const YEARLY_IN_SCOPE = yearlyInScope('county_code');
const month = `date_trunc('month', day::timestamp)::date`;

/**
 * The coarse levels as the recount sums them: each key column with its expression over the recount's
 * rows, which recount rows count there, and which of the level's rows are in the scope.
 */
const COARSE_LEVELS: {
  table: Exclude<RollupDifference['level'], 'stat_daily'>;
  keys: [column: string, expression: string][];
  counts: string;
  inScope: string;
  /** The level's rows as (keys…, metric, value), when the table holds them otherwise. */
  rows?: string;
}[] = [
  {
    table: 'stat_monthly',
    keys: [
      ['township_code', 'left(region_code, 9)'],
      ['month', month],
    ],
    counts: `metric <> 'lawyerDutyDays'`,
    inScope: MONTHLY_IN_SCOPE,
  },
  {
    table: 'stat_monthly_topic',
    keys: [
      ['county_code', 'left(region_code, 6)'],
      ['month', month],
      ['topic', 'topic'],
    ],
    counts: 'topic IS NOT NULL',
    inScope: TOPIC_IN_SCOPE,
  },
  {
    table: 'stat_monthly_lawyer',
    keys: [
      ['township_code', 'left(region_code, 9)'],
      ['month', month],
      ['lawyer_id', 'lawyer_id'],
    ],
    counts: 'lawyer_id IS NOT NULL',
    inScope: MONTHLY_IN_SCOPE,
  },
  {
    table: 'stat_county_monthly',
    keys: [
      ['county_code', 'left(region_code, 6)'],
      ['month', month],
    ],
    counts: `metric <> 'lawyerDutyDays'`,
    inScope: TOPIC_IN_SCOPE,
  },
  {
    table: 'stat_yearly_lawyer',
    keys: [
      ['county_code', 'left(region_code, 6)'],
      ['year', 'extract(year FROM day)::smallint'],
      ['lawyer_id', 'lawyer_id'],
    ],
    counts: 'lawyer_id IS NOT NULL',
    inScope: YEARLY_IN_SCOPE,
    // One row per (year, county, lawyer) with its counters as a jsonb object.
    rows: `SELECT year, county_code, lawyer_id, c.key AS metric, c.value::bigint AS value
             FROM stat_yearly_lawyer, jsonb_each_text(counters) AS c`,
  },
  {
    table: 'stat_yearly_township',
    keys: [
      ['township_code', 'left(region_code, 9)'],
      ['year', 'extract(year FROM day)::smallint'],
    ],
    counts: `metric <> 'lawyerDutyDays'`,
    inScope: yearlyInScope('township_code'),
    rows: `SELECT year, township_code, c.key AS metric, c.value::bigint AS value
             FROM stat_yearly_township, jsonb_each_text(counters) AS c`,
  },
];

/**
 * One coarse level's counters that differ from the recount, as rows of the `diff` union. A key's rows
 * are summed: the county-wide levels hold a key in up to `COUNTER_SHARDS` rows.
 */
function coarseDifferences(level: (typeof COARSE_LEVELS)[number]): string {
  const columns = [...level.keys.map(([c]) => c), 'metric'];
  const keyText = columns.map((c) =>
    c === 'month' ? `to_char(coalesce(r.month, t.month), 'YYYY-MM')` : `coalesce(r.${c}, t.${c})`,
  );
  const groupBy = columns.map((_, i) => i + 1).join(', ');
  return `
         UNION ALL
         SELECT '${level.table}', concat_ws(' ', ${keyText.join(', ')}), coalesce(r.value, 0), coalesce(t.value, 0)
           FROM (SELECT ${level.keys.map(([c, e]) => `${e} AS ${c}`).join(', ')}, metric, sum(value) AS value
                   FROM recount WHERE ${level.counts} GROUP BY ${groupBy}) r
           FULL JOIN (SELECT ${columns.join(', ')}, sum(value) AS value
                        FROM ${level.rows ? `(${level.rows}) AS rows` : level.table}
                       WHERE ${level.inScope} GROUP BY ${groupBy} HAVING sum(value) <> 0) t
             ON ${columns.map((c) => `r.${c} = t.${c}`).join(' AND ')}
          WHERE coalesce(r.value, 0) <> coalesce(t.value, 0)`;
}

/** The county-wide levels, whose keys `stat_apply` spreads over shards, and the columns of their key. */
const SHARDED_LEVELS: [table: RollupDifference['level'], key: string[]][] = [
  ['stat_monthly_topic', ['county_code', 'month', 'topic', 'metric']],
  ['stat_county_monthly', ['county_code', 'month', 'metric']],
];

/**
 * Recounts the statistics from the raw tables and compares or replaces the rollups with it. Reads
 * run as one statement, so the recount and the rollups come from the same snapshot.
 */
@Injectable()
export class StatsRecountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every counter on which a level differs from the recount (the first `limit`), and how many there are. */
  async differences(
    scope: RecountScope,
    limit: number,
  ): Promise<{ total: number; differences: RollupDifference[] }> {
    const rows: {
      level: RollupDifference['level'];
      key: string;
      expected: string;
      actual: string;
      total: string;
    }[] = await this.dataSource.query(
      `WITH recount AS MATERIALIZED (${RECOUNT_SQL}),
       diff AS (
         SELECT 'stat_daily' AS level,
                concat_ws(' ', coalesce(r.region_code, t.region_code), coalesce(r.day, t.day), coalesce(r.service_point_id, t.service_point_id),
                          coalesce(r.lawyer_id, t.lawyer_id), coalesce(r.topic, t.topic), coalesce(r.metric, t.metric)) AS key,
                coalesce(r.value, 0) AS expected, coalesce(t.value, 0) AS actual
           FROM recount r
           FULL JOIN (SELECT * FROM stat_daily WHERE ${DAILY_IN_SCOPE} AND value <> 0) t
             ON r.region_code = t.region_code AND r.day = t.day AND r.service_point_id = t.service_point_id
            AND coalesce(r.lawyer_id, '${NO_LAWYER}') = coalesce(t.lawyer_id, '${NO_LAWYER}')
            AND coalesce(r.topic, '') = coalesce(t.topic, '') AND r.metric = t.metric
          WHERE coalesce(r.value, 0) <> coalesce(t.value, 0)
         ${COARSE_LEVELS.map(coarseDifferences).join('')}
       )
       SELECT level, key, expected, actual, count(*) OVER () AS total FROM diff ORDER BY level, key LIMIT ${Number(limit)}`,
      params(scope),
    );
    return {
      total: rows.length ? Number(rows[0].total) : 0,
      differences: rows.map((r) => ({
        level: r.level,
        key: r.key,
        expected: Number(r.expected),
        actual: Number(r.actual),
      })),
    };
  }

  /**
   * Adds the shards of each county-wide key into its shard 0 and deletes the others, so that reads
   * sum one row per key again for what was written before. The sums stay as they are, so readers and
   * writers go on meanwhile. One statement per table: it locks the rows it folds in (key, shard) order
   * and then the shard-0 rows in key order, the order writers lock them in, so a writer waits for it
   * at most and never deadlocks with it. Returns how many rows it folded away.
   */
  async foldShards(): Promise<number> {
    let folded = 0;
    for (const [table, key] of SHARDED_LEVELS) {
      const columns = key.join(', ');
      const [{ n }]: { n: number }[] = await this.dataSource.query(
        `WITH locked AS (SELECT ${columns}, shard FROM ${table} WHERE shard <> 0 ORDER BY ${columns}, shard FOR UPDATE),
              moved AS (DELETE FROM ${table} t USING locked l
                         WHERE ${[...key, 'shard'].map((c) => `t.${c} = l.${c}`).join(' AND ')}
                        RETURNING ${key.map((c) => `t.${c}`).join(', ')}, t.value),
              added AS (INSERT INTO ${table} AS t (${columns}, shard, value)
                        SELECT ${columns}, 0, sum(value) FROM moved GROUP BY ${columns} ORDER BY ${columns}
                        ON CONFLICT (${columns}, shard) DO UPDATE SET value = t.value + EXCLUDED.value)
         SELECT count(*)::int AS n FROM moved`,
      );
      folded += n;
    }
    return folded;
  }

  /**
   * Replaces the rollups of the scope with the recount, every level, in one transaction. Writers of
   * the counters wait meanwhile (their records' changes are counted when they go on), readers do not.
   */
  async rebuild(scope: RecountScope): Promise<{ daily: number; monthly: number }> {
    return this.dataSource.transaction(async (em) => {
      const p = params(scope);
      await em.query(
        `LOCK TABLE stat_daily, stat_monthly, stat_monthly_topic, stat_monthly_lawyer, stat_county_monthly,
                    stat_yearly_lawyer, stat_yearly_township IN EXCLUSIVE MODE`,
      );
      await em.query(`DELETE FROM stat_daily WHERE ${DAILY_IN_SCOPE}`, p.slice(0, 4));
      await em.query(`DELETE FROM stat_monthly WHERE ${MONTHLY_IN_SCOPE}`, p.slice(0, 4));
      await em.query(`DELETE FROM stat_monthly_lawyer WHERE ${MONTHLY_IN_SCOPE}`, p.slice(0, 4));
      await em.query(`DELETE FROM stat_monthly_topic WHERE ${TOPIC_IN_SCOPE}`, p.slice(0, 4));
      await em.query(`DELETE FROM stat_county_monthly WHERE ${TOPIC_IN_SCOPE}`, p.slice(0, 4));
      await em.query(`DELETE FROM stat_yearly_lawyer WHERE ${YEARLY_IN_SCOPE}`, p.slice(0, 4));
      await em.query(
        `DELETE FROM stat_yearly_township WHERE ${yearlyInScope('township_code')}`,
        p.slice(0, 4),
      );
      await em.query(
        `INSERT INTO stat_daily (region_code, day, service_point_id, lawyer_id, topic, metric, value) ${RECOUNT_SQL}`,
        p,
      );
      const scoped = `FROM stat_daily WHERE ${DAILY_IN_SCOPE}`;
      await em.query(
        `INSERT INTO stat_monthly (township_code, month, metric, value)
         SELECT left(region_code, 9), ${month}, metric, sum(value) ${scoped} AND metric <> 'lawyerDutyDays' GROUP BY 1, 2, 3`,
        p.slice(0, 4),
      );
      await em.query(
        `INSERT INTO stat_monthly_topic (county_code, month, topic, metric, value)
         SELECT left(region_code, 6), ${month}, topic, metric, sum(value) ${scoped} AND topic IS NOT NULL GROUP BY 1, 2, 3, 4`,
        p.slice(0, 4),
      );
      await em.query(
        `INSERT INTO stat_monthly_lawyer (township_code, month, lawyer_id, metric, value)
         SELECT left(region_code, 9), ${month}, lawyer_id, metric, sum(value) ${scoped} AND lawyer_id IS NOT NULL GROUP BY 1, 2, 3, 4`,
        p.slice(0, 4),
      );
      // The county and yearly levels from the monthly ones (which hold the rest of a year the scope cuts).
      await em.query(
        `INSERT INTO stat_county_monthly (county_code, month, metric, value)
         SELECT left(township_code, 6), month, metric, sum(value) FROM stat_monthly
          WHERE ${MONTHLY_IN_SCOPE} GROUP BY 1, 2, 3 HAVING sum(value) <> 0`,
        p.slice(0, 4),
      );
      await em.query(
        `INSERT INTO stat_yearly_lawyer (year, county_code, lawyer_id, counters)
         SELECT year, county_code, lawyer_id, jsonb_object_agg(metric, value)
           FROM (SELECT extract(year FROM month)::smallint AS year, left(township_code, 6) AS county_code,
                        lawyer_id, metric, sum(value) AS value
                   FROM stat_monthly_lawyer
                  WHERE township_code >= $1 AND township_code < $2
                    AND extract(year FROM month) >= extract(year FROM $3::date)
                    AND extract(year FROM month) <= extract(year FROM $4::date)
                  GROUP BY 1, 2, 3, 4 HAVING sum(value) <> 0) g
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        p.slice(0, 4),
      );
      await em.query(
        `INSERT INTO stat_yearly_township (year, township_code, counters)
         SELECT year, township_code, jsonb_object_agg(metric, value)
           FROM (SELECT extract(year FROM month)::smallint AS year, township_code, metric, sum(value) AS value
                   FROM stat_monthly
                  WHERE township_code >= $1 AND township_code < $2
                    AND extract(year FROM month) >= extract(year FROM $3::date)
                    AND extract(year FROM month) <= extract(year FROM $4::date)
                  GROUP BY 1, 2, 3 HAVING sum(value) <> 0) g
          GROUP BY 1, 2 ORDER BY 1, 2`,
        p.slice(0, 4),
      );
      const [counts]: { daily: string; monthly: string }[] = await em.query(
        `SELECT (SELECT count(*) FROM stat_daily WHERE ${DAILY_IN_SCOPE}) AS daily,
                (SELECT count(*) FROM stat_monthly WHERE ${MONTHLY_IN_SCOPE}) AS monthly`,
        p.slice(0, 4),
      );
      return { daily: Number(counts.daily), monthly: Number(counts.monthly) };
    });
  }
}
