import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `stat_apply` as this migration ships it: the four levels of 1764300000000, then the county level
 * and the yearly lawyer level (one row per metric). A frozen copy, as every migration keeps its own:
 * later ones change the function with copies of their own, and the current text, which the schema
 * must equal, is `libs/stats/src/sql/stat-functions.ts`.
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

    INSERT INTO stat_yearly_lawyer AS t (county_code, year, lawyer_id, metric, value)
    SELECT left(region_code, 6), extract(year FROM day)::smallint, lawyer_id, metric, sum(value)
      FROM unnest(p_region, p_day, p_lawyer, p_metric, p_value) AS d (region_code, day, lawyer_id, metric, value)
     WHERE lawyer_id IS NOT NULL
     GROUP BY 1, 2, 3, 4 HAVING sum(value) <> 0
     ORDER BY 1, 2, 3, 4
    ON CONFLICT (county_code, year, lawyer_id, metric) DO UPDATE SET value = t.value + EXCLUDED.value;
  $$`;

/** `stat_apply` as 1764300000000 made it (the four levels), which `down` restores. */
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
  $$`;

/**
 * Two coarser levels for counties and everything above them, kept by `stat_apply` in the same
 * statement as the others (appended after them, each in key order, so the lock order stays stable):
 *
 * - `stat_county_monthly` (county, month, metric): totals, months and a province's or city's
 *   counties, ~35× fewer rows than the township level (`stat_monthly`);
 * - `stat_yearly_lawyer` (county, year, lawyer, metric): the by-lawyer breakdown of whole years for
 *   counties and above, ~12× fewer rows than the monthly township level (`stat_monthly_lawyer`).
 *
 * "County" is the first 6 digits of the region code (a province's or city's own rows keep their
 * shorter code), as in `stat_monthly_topic`. The new levels are filled from the monthly ones.
 */
export class StatCoarseLevels1764500000000 implements MigrationInterface {
  name = 'StatCoarseLevels1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stat_county_monthly (
        county_code varchar(12) COLLATE "C" NOT NULL,
        month       date        NOT NULL,
        metric      varchar(30) NOT NULL,
        value       bigint      NOT NULL,
        PRIMARY KEY (county_code, month, metric)
      )`);
    await q.query(`
      CREATE TABLE stat_yearly_lawyer (
        county_code varchar(12) COLLATE "C" NOT NULL,
        year        smallint    NOT NULL,
        lawyer_id   uuid        NOT NULL,
        metric      varchar(30) NOT NULL,
        value       bigint      NOT NULL,
        PRIMARY KEY (county_code, year, lawyer_id, metric)
      )`);
    // Reads are a county range and one year: this order lets them scan one year's slice of each county.
    await q.query(
      `CREATE INDEX stat_yearly_lawyer_read_idx ON stat_yearly_lawyer (year, county_code) INCLUDE (lawyer_id, metric, value)`,
    );
    await q.query(`
      INSERT INTO stat_county_monthly (county_code, month, metric, value)
      SELECT left(township_code, 6), month, metric, sum(value) FROM stat_monthly
       GROUP BY 1, 2, 3 HAVING sum(value) <> 0`);
    await q.query(`
      INSERT INTO stat_yearly_lawyer (county_code, year, lawyer_id, metric, value)
      SELECT left(township_code, 6), extract(year FROM month)::smallint, lawyer_id, metric, sum(value)
        FROM stat_monthly_lawyer
       GROUP BY 1, 2, 3, 4 HAVING sum(value) <> 0`);
    await q.query(`ANALYZE stat_county_monthly`);
    await q.query(`ANALYZE stat_yearly_lawyer`);
    await q.query(STAT_APPLY);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(STAT_APPLY_BEFORE);
    await q.query(`DROP TABLE stat_yearly_lawyer`);
    await q.query(`DROP TABLE stat_county_monthly`);
  }
}
