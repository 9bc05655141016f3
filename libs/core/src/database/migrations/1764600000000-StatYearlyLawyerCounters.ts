import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `stat_apply` as this migration ships it: the levels before, the yearly lawyer level as one row of
 * counters per (year, county, lawyer), merged with `stat_counters_add`. A frozen copy, as every
 * migration keeps its own: later ones change the function with copies of their own, and the current
 * text, which the schema must equal, is `libs/stats/src/sql/stat-functions.ts`.
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
  $$`;

/**
 * `stat_apply` as 1764500000000 left it (the yearly lawyer level one row per metric), which `down`
 * restores.
 */
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

    INSERT INTO stat_yearly_lawyer AS t (county_code, year, lawyer_id, metric, value)
    SELECT left(region_code, 6), extract(year FROM day)::smallint, lawyer_id, metric, sum(value)
      FROM unnest(p_region, p_day, p_lawyer, p_metric, p_value) AS d (region_code, day, lawyer_id, metric, value)
     WHERE lawyer_id IS NOT NULL
     GROUP BY 1, 2, 3, 4 HAVING sum(value) <> 0
     ORDER BY 1, 2, 3, 4
    ON CONFLICT (county_code, year, lawyer_id, metric) DO UPDATE SET value = t.value + EXCLUDED.value;
  $$`;

/**
 * The yearly lawyer level (`stat_yearly_lawyer`) turns from one row per (county, year, lawyer,
 * metric) into one row per (year, county, lawyer) holding all of the lawyer's counters as a jsonb
 * object `{ metric: value }` (zeros left out). The province's by-lawyer breakdown of a year then
 * reads 13,000 rows instead of ~250,000 and groups nothing.
 *
 * `stat_counters_add(a, b)` adds two such objects key by key and drops the keys that come to 0;
 * `stat_apply` merges each statement's net change into the row with it, in key order as before.
 */
export class StatYearlyLawyerCounters1764600000000 implements MigrationInterface {
  name = 'StatYearlyLawyerCounters1764600000000';

  async up(q: QueryRunner): Promise<void> {
    // PL/pgSQL rather than one SQL statement over both objects: a change brings one to three counters,
    // and this is ~4× cheaper per call (every booking, log and sign-in calls it).
    await q.query(`
      CREATE FUNCTION stat_counters_add(a jsonb, b jsonb) RETURNS jsonb
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
      $$`);
    await q.query(`
      CREATE TABLE stat_yearly_lawyer_counters (
        year        smallint    NOT NULL,
        county_code varchar(12) COLLATE "C" NOT NULL,
        lawyer_id   uuid        NOT NULL,
        counters    jsonb       NOT NULL,
        CONSTRAINT stat_yearly_lawyer_counters_pkey PRIMARY KEY (year, county_code, lawyer_id)
      )`);
    await q.query(`
      INSERT INTO stat_yearly_lawyer_counters (year, county_code, lawyer_id, counters)
      SELECT year, county_code, lawyer_id, jsonb_object_agg(metric, value)
        FROM stat_yearly_lawyer WHERE value <> 0
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
    await q.query(`DROP TABLE stat_yearly_lawyer`);
    await q.query(`ALTER TABLE stat_yearly_lawyer_counters RENAME TO stat_yearly_lawyer`);
    await q.query(
      `ALTER TABLE stat_yearly_lawyer RENAME CONSTRAINT stat_yearly_lawyer_counters_pkey TO stat_yearly_lawyer_pkey`,
    );
    await q.query(`ANALYZE stat_yearly_lawyer`);
    await q.query(STAT_APPLY);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stat_yearly_lawyer_rows (
        county_code varchar(12) COLLATE "C" NOT NULL,
        year        smallint    NOT NULL,
        lawyer_id   uuid        NOT NULL,
        metric      varchar(30) NOT NULL,
        value       bigint      NOT NULL,
        PRIMARY KEY (county_code, year, lawyer_id, metric)
      )`);
    await q.query(`
      INSERT INTO stat_yearly_lawyer_rows (county_code, year, lawyer_id, metric, value)
      SELECT county_code, year, lawyer_id, c.key, c.value::bigint
        FROM stat_yearly_lawyer, jsonb_each_text(counters) AS c`);
    await q.query(`DROP TABLE stat_yearly_lawyer`);
    await q.query(`ALTER TABLE stat_yearly_lawyer_rows RENAME TO stat_yearly_lawyer`);
    await q.query(
      `ALTER TABLE stat_yearly_lawyer RENAME CONSTRAINT stat_yearly_lawyer_rows_pkey TO stat_yearly_lawyer_pkey`,
    );
    await q.query(
      `CREATE INDEX stat_yearly_lawyer_read_idx ON stat_yearly_lawyer (year, county_code) INCLUDE (lawyer_id, metric, value)`,
    );
    await q.query(STAT_APPLY_BEFORE);
    await q.query(`DROP FUNCTION stat_counters_add(jsonb, jsonb)`);
  }
}
