import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `stat_apply` as this migration ships it: the levels before, then the yearly township level. A
 * frozen copy, as every migration keeps its own: later ones change the function with copies of their
 * own, and the current text, which the schema must equal, is `libs/stats/src/sql/stat-functions.ts`.
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

/** `stat_apply` as 1764600000000 left it, which `down` restores. */
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
  $$`;

/**
 * A yearly township level, `stat_yearly_township`: one row per (year, township) with all of the
 * township's counters as a jsonb object (zeros and the per-lawyer duty days left out), kept by
 * `stat_apply` after the other levels. A county's whole year split into its townships reads ~100
 * rows instead of ~22,000 monthly ones. "Township" is the first 9 digits of the region code, as in
 * `stat_monthly` (a county centre's rows keep the county's 6).
 */
export class StatYearlyTownship1764600000001 implements MigrationInterface {
  name = 'StatYearlyTownship1764600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stat_yearly_township (
        year          smallint    NOT NULL,
        township_code varchar(12) COLLATE "C" NOT NULL,
        counters      jsonb       NOT NULL,
        PRIMARY KEY (year, township_code)
      )`);
    await q.query(`
      INSERT INTO stat_yearly_township (year, township_code, counters)
      SELECT year, township_code, jsonb_object_agg(metric, value)
        FROM (SELECT extract(year FROM month)::smallint AS year, township_code, metric, sum(value) AS value
                FROM stat_monthly GROUP BY 1, 2, 3 HAVING sum(value) <> 0) g
       GROUP BY 1, 2 ORDER BY 1, 2`);
    await q.query(`ANALYZE stat_yearly_township`);
    await q.query(STAT_APPLY);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(STAT_APPLY_BEFORE);
    await q.query(`DROP TABLE stat_yearly_township`);
  }
}
