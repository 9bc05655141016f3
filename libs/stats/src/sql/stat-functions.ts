/**
 * The statistics' SQL functions as the current schema defines them: the one text a reader looks up,
 * and the one `stat-functions.int-spec.ts` holds the migrated schema to (`pg_get_functiondef`,
 * whitespace aside). Migrations never import this file: each keeps a frozen copy of the text it
 * shipped. To change a function, write a migration with a copy of the new text and change it here
 * in the same commit; the test fails while the two differ.
 */

/**
 * How many rows each key of the county-wide levels (`stat_county_monthly`, `stat_monthly_topic`) is
 * spread over: every writer of a county adds to its key's row of shard `pg_backend_pid() % 32`, so
 * concurrent writers of one county mostly lock different rows, and every read sums a key's shards.
 */
export const COUNTER_SHARDS = 32;

/**
 * Adds one change's deltas (arrays, one element per counter) to every level of the rollups, table
 * after table and each in key order, so two transactions touching the same counters lock them in the
 * same order and never deadlock (a transaction writes one shard of each county-wide key, the same
 * for all of them). Last changed by migration 1764940000000 (StatCounterShards).
 */
export const STAT_APPLY = `
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
           pg_backend_pid() % ${COUNTER_SHARDS}, sum(value)
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
           pg_backend_pid() % ${COUNTER_SHARDS}, sum(value)
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

/**
 * Adds two counter objects (`{ metric: value }`) key by key and drops the keys that come to 0.
 * Made by migration 1764600000000 (StatYearlyLawyerCounters).
 */
export const STAT_COUNTERS_ADD = `
  CREATE OR REPLACE FUNCTION stat_counters_add(a jsonb, b jsonb) RETURNS jsonb
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
  DECLARE
    k text;
    v text;
    n bigint;
  BEGIN
    FOR k, v IN SELECT * FROM jsonb_each_text(b) LOOP
      n := coalesce((a ->> k)::bigint, 0) + v::bigint;
      a := CASE WHEN n = 0 THEN a - k ELSE a || jsonb_build_object(k, n) END;
    END LOOP;
    RETURN a;
  END
  $$`;

/** Every statistics function, in the order they can be created. */
export const STAT_FUNCTIONS = [STAT_COUNTERS_ADD, STAT_APPLY];
