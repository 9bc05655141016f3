import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `stat_apply` as this migration ships it: the county-wide levels (`stat_monthly_topic`,
 * `stat_county_monthly`) write the shard of the session (`pg_backend_pid() % 32`). A frozen copy, as
 * every migration keeps its own; the current text, which the schema must equal, is
 * `libs/stats/src/sql/stat-functions.ts`.
 */
const STAT_APPLY = `
  CREATE OR REPLACE FUNCTION stat_apply(
    p_region varchar[], p_day date[], p_point uuid[], p_lawyer uuid[], p_topic varchar[],
    p_metric varchar[], p_value bigint[]
  ) RETURNS void LANGUAGE sql AS $$
    INSERT INTO stat_daily AS t (region_code, day, service_point_id, lawyer_id, topic, metric, value)
    SELECT region_code, day, service_point_id, lawyer_id, topic, metric, sum(value)
      FROM unnest(p_region, p_day, p_point, p_lawyer, p_topic, p_metric, p_value)
           AS d (region_code, day, service_point_id, lawyer_id, topic, metric, value)
     GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(value) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ON CONSTRAINT stat_daily_key DO UPDATE SET value = t.value + EXCLUDED.value;

    INSERT INTO stat_monthly AS t (township_code, month, metric, value)
    SELECT left(region_code, 9), date_trunc('month', day::timestamp)::date, metric, sum(value)
      FROM unnest(p_region, p_day, p_metric, p_value) AS d (region_code, day, metric, value)
     WHERE metric <> 'lawyerDutyDays'
     GROUP BY 1, 2, 3 HAVING sum(value) <> 0
     ORDER BY 1, 2, 3
    ON CONFLICT (township_code, month, metric) DO UPDATE SET value = t.value + EXCLUDED.value;

    INSERT INTO stat_monthly_topic AS t (county_code, month, topic, metric, shard, value)
    SELECT left(region_code, 6), date_trunc('month', day::timestamp)::date, topic, metric,
           pg_backend_pid() % 32, sum(value)
      FROM unnest(p_region, p_day, p_topic, p_metric, p_value) AS d (region_code, day, topic, metric, value)
     WHERE topic IS NOT NULL
     GROUP BY 1, 2, 3, 4 HAVING sum(value) <> 0
     ORDER BY 1, 2, 3, 4
    ON CONFLICT (county_code, month, topic, metric, shard) DO UPDATE SET value = t.value + EXCLUDED.value;

    INSERT INTO stat_monthly_lawyer AS t (township_code, month, lawyer_id, metric, value)
    SELECT left(region_code, 9), date_trunc('month', day::timestamp)::date, lawyer_id, metric, sum(value)
      FROM unnest(p_region, p_day, p_lawyer, p_metric, p_value) AS d (region_code, day, lawyer_id, metric, value)
     WHERE lawyer_id IS NOT NULL
     GROUP BY 1, 2, 3, 4 HAVING sum(value) <> 0
     ORDER BY 1, 2, 3, 4
    ON CONFLICT (township_code, month, lawyer_id, metric) DO UPDATE SET value = t.value + EXCLUDED.value;

    INSERT INTO stat_county_monthly AS t (county_code, month, metric, shard, value)
    SELECT left(region_code, 6), date_trunc('month', day::timestamp)::date, metric,
           pg_backend_pid() % 32, sum(value)
      FROM unnest(p_region, p_day, p_metric, p_value) AS d (region_code, day, metric, value)
     WHERE metric <> 'lawyerDutyDays'
     GROUP BY 1, 2, 3 HAVING sum(value) <> 0
     ORDER BY 1, 2, 3
    ON CONFLICT (county_code, month, metric, shard) DO UPDATE SET value = t.value + EXCLUDED.value;

    INSERT INTO stat_yearly_lawyer AS t (year, county_code, lawyer_id, counters)
    SELECT year, county_code, lawyer_id, jsonb_object_agg(metric, value)
      FROM (SELECT extract(year FROM day)::smallint AS year, left(region_code, 6) AS county_code,
                   lawyer_id, metric, sum(value) AS value
              FROM unnest(p_region, p_day, p_lawyer, p_metric, p_value) AS d (region_code, day, lawyer_id, metric, value)
             WHERE lawyer_id IS NOT NULL
             GROUP BY 1, 2, 3, 4 HAVING sum(value) <> 0) g
     GROUP BY 1, 2, 3
     ORDER BY 1, 2, 3
    ON CONFLICT (year, county_code, lawyer_id) DO UPDATE SET counters = stat_counters_add(t.counters, EXCLUDED.counters);

    INSERT INTO stat_yearly_township AS t (year, township_code, counters)
    SELECT year, township_code, jsonb_object_agg(metric, value)
      FROM (SELECT extract(year FROM day)::smallint AS year, left(region_code, 9) AS township_code,
                   metric, sum(value) AS value
              FROM unnest(p_region, p_day, p_metric, p_value) AS d (region_code, day, metric, value)
             WHERE metric <> 'lawyerDutyDays'
             GROUP BY 1, 2, 3 HAVING sum(value) <> 0) g
     GROUP BY 1, 2
     ORDER BY 1, 2
    ON CONFLICT (year, township_code) DO UPDATE SET counters = stat_counters_add(t.counters, EXCLUDED.counters);
  $$`;

/** `stat_apply` as 1764600000001 (StatYearlyTownship) left it, which `down` restores. */
const STAT_APPLY_BEFORE = `
  CREATE OR REPLACE FUNCTION stat_apply(
    p_region varchar[], p_day date[], p_point uuid[], p_lawyer uuid[], p_topic varchar[],
    p_metric varchar[], p_value bigint[]
  ) RETURNS void LANGUAGE sql AS $$
    INSERT INTO stat_daily AS t (region_code, day, service_point_id, lawyer_id, topic, metric, value)
    SELECT region_code, day, service_point_id, lawyer_id, topic, metric, sum(value)
      FROM unnest(p_region, p_day, p_point, p_lawyer, p_topic, p_metric, p_value)
           AS d (region_code, day, service_point_id, lawyer_id, topic, metric, value)
     GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(value) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ON CONSTRAINT stat_daily_key DO UPDATE SET value = t.value + EXCLUDED.value;

    INSERT INTO stat_monthly AS t (township_code, month, metric, value)
    SELECT left(region_code, 9), date_trunc('month', day::timestamp)::date, metric, sum(value)
      FROM unnest(p_region, p_day, p_metric, p_value) AS d (region_code, day, metric, value)
     WHERE metric <> 'lawyerDutyDays'
     GROUP BY 1, 2, 3 HAVING sum(value) <> 0
     ORDER BY 1, 2, 3
    ON CONFLICT (township_code, month, metric) DO UPDATE SET value = t.value + EXCLUDED.value;

    INSERT INTO stat_monthly_topic AS t (county_code, month, topic, metric, value)
    SELECT left(region_code, 6), date_trunc('month', day::timestamp)::date, topic, metric, sum(value)
      FROM unnest(p_region, p_day, p_topic, p_metric, p_value) AS d (region_code, day, topic, metric, value)
     WHERE topic IS NOT NULL
     GROUP BY 1, 2, 3, 4 HAVING sum(value) <> 0
     ORDER BY 1, 2, 3, 4
    ON CONFLICT (county_code, month, topic, metric) DO UPDATE SET value = t.value + EXCLUDED.value;

    INSERT INTO stat_monthly_lawyer AS t (township_code, month, lawyer_id, metric, value)
    SELECT left(region_code, 9), date_trunc('month', day::timestamp)::date, lawyer_id, metric, sum(value)
      FROM unnest(p_region, p_day, p_lawyer, p_metric, p_value) AS d (region_code, day, lawyer_id, metric, value)
     WHERE lawyer_id IS NOT NULL
     GROUP BY 1, 2, 3, 4 HAVING sum(value) <> 0
     ORDER BY 1, 2, 3, 4
    ON CONFLICT (township_code, month, lawyer_id, metric) DO UPDATE SET value = t.value + EXCLUDED.value;

    INSERT INTO stat_county_monthly AS t (county_code, month, metric, value)
    SELECT left(region_code, 6), date_trunc('month', day::timestamp)::date, metric, sum(value)
      FROM unnest(p_region, p_day, p_metric, p_value) AS d (region_code, day, metric, value)
     WHERE metric <> 'lawyerDutyDays'
     GROUP BY 1, 2, 3 HAVING sum(value) <> 0
     ORDER BY 1, 2, 3
    ON CONFLICT (county_code, month, metric) DO UPDATE SET value = t.value + EXCLUDED.value;

    INSERT INTO stat_yearly_lawyer AS t (year, county_code, lawyer_id, counters)
    SELECT year, county_code, lawyer_id, jsonb_object_agg(metric, value)
      FROM (SELECT extract(year FROM day)::smallint AS year, left(region_code, 6) AS county_code,
                   lawyer_id, metric, sum(value) AS value
              FROM unnest(p_region, p_day, p_lawyer, p_metric, p_value) AS d (region_code, day, lawyer_id, metric, value)
             WHERE lawyer_id IS NOT NULL
             GROUP BY 1, 2, 3, 4 HAVING sum(value) <> 0) g
     GROUP BY 1, 2, 3
     ORDER BY 1, 2, 3
    ON CONFLICT (year, county_code, lawyer_id) DO UPDATE SET counters = stat_counters_add(t.counters, EXCLUDED.counters);

    INSERT INTO stat_yearly_township AS t (year, township_code, counters)
    SELECT year, township_code, jsonb_object_agg(metric, value)
      FROM (SELECT extract(year FROM day)::smallint AS year, left(region_code, 9) AS township_code,
                   metric, sum(value) AS value
              FROM unnest(p_region, p_day, p_metric, p_value) AS d (region_code, day, metric, value)
             WHERE metric <> 'lawyerDutyDays'
             GROUP BY 1, 2, 3 HAVING sum(value) <> 0) g
     GROUP BY 1, 2
     ORDER BY 1, 2
    ON CONFLICT (year, township_code) DO UPDATE SET counters = stat_counters_add(t.counters, EXCLUDED.counters);
  $$`;

/** The sharded tables and the columns of their key before the shard. */
const SHARDED: [table: string, key: string][] = [
  ['stat_monthly_topic', 'county_code, month, topic, metric'],
  ['stat_county_monthly', 'county_code, month, metric'],
];

/**
 * No hot counter rows (issue 21): every booking, sign-in and work-log entry of a county added to the
 * same row of `stat_county_monthly` (county, month, metric) and of `stat_monthly_topic` (county,
 * month, topic, metric), and held its lock until COMMIT, so a county's writers queued on it. Each
 * key now has up to 32 rows (`shard` 0–31 in the primary key); a writer adds to the shard of its
 * session, and every read sums a key's shards. The township, lawyer and daily levels stay one row
 * per key: a county's writers spread over its ~100 townships and points.
 *
 * The rows there are become shard 0 (the column's default, so no row is rewritten). `down` adds
 * the shards of each key back into one row.
 */
export class StatCounterShards1764940000000 implements MigrationInterface {
  name = 'StatCounterShards1764940000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, key] of SHARDED) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN shard smallint NOT NULL DEFAULT 0`);
      await q.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_shard_check CHECK (shard BETWEEN 0 AND 31)`,
      );
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_pkey PRIMARY KEY (${key}, shard)`);
    }
    await q.query(STAT_APPLY);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(STAT_APPLY_BEFORE);
    for (const [table, key] of SHARDED) {
      // Each key's shards in one row: the sum, in shard 0, the others deleted.
      await q.query(`
        WITH moved AS (DELETE FROM ${table} WHERE shard <> 0 RETURNING ${key}, value)
        INSERT INTO ${table} AS t (${key}, shard, value)
        SELECT ${key}, 0, sum(value) FROM moved GROUP BY ${key}
        ON CONFLICT (${key}, shard) DO UPDATE SET value = t.value + EXCLUDED.value`);
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN shard`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_pkey PRIMARY KEY (${key})`);
    }
  }
}
