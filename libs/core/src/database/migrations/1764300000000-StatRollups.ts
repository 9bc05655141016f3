import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics' counters, kept in step with the records in the same transaction, at two grains:
 *
 * - `stat_daily`, the fine level: one row per region code, business day (Asia/Shanghai), service
 *   point, lawyer (or none), topic (or none) and counter — for villages and a township's villages;
 * - the coarse levels, per month: `stat_monthly` (totals) and `stat_monthly_lawyer` (by lawyer) per
 *   township (the first 9 digits of the region code; a county centre keeps its 6), for townships and
 *   everything above, about 40× fewer rows than the fine level; `stat_monthly_topic` (by topic) per
 *   county, for counties and above (a township's topics come from the fine level).
 *
 * `stat_apply` adds one change's deltas to every level, table after table and each in key order, so
 * two transactions touching the same counters lock them in the same order and never deadlock.
 * Money counters are in fen. Rows that drop back to 0 stay (they read as 0).
 */
export class StatRollups1764300000000 implements MigrationInterface {
  name = 'StatRollups1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stat_daily (
        region_code      varchar(12) COLLATE "C" NOT NULL,
        day              date        NOT NULL,
        service_point_id uuid        NOT NULL REFERENCES service_point (id),
        lawyer_id        uuid,
        topic            varchar(20),
        metric           varchar(30) NOT NULL,
        value            bigint      NOT NULL,
        -- Region first: every read is a region range and a period.
        CONSTRAINT stat_daily_key UNIQUE NULLS NOT DISTINCT
          (region_code, day, service_point_id, lawyer_id, topic, metric)
      )`);
    await q.query(`
      CREATE TABLE stat_monthly (
        township_code varchar(12) COLLATE "C" NOT NULL,
        month         date        NOT NULL,
        metric        varchar(30) NOT NULL,
        value         bigint      NOT NULL,
        PRIMARY KEY (township_code, month, metric)
      )`);
    await q.query(`
      CREATE TABLE stat_monthly_topic (
        county_code varchar(12) COLLATE "C" NOT NULL,
        month       date        NOT NULL,
        topic       varchar(20) NOT NULL,
        metric      varchar(30) NOT NULL,
        value       bigint      NOT NULL,
        PRIMARY KEY (county_code, month, topic, metric)
      )`);
    await q.query(`
      CREATE TABLE stat_monthly_lawyer (
        township_code varchar(12) COLLATE "C" NOT NULL,
        month         date        NOT NULL,
        lawyer_id     uuid        NOT NULL,
        metric        varchar(30) NOT NULL,
        value         bigint      NOT NULL,
        PRIMARY KEY (township_code, month, lawyer_id, metric)
      )`);
    await q.query(`CREATE INDEX stat_monthly_lawyer_lawyer_idx ON stat_monthly_lawyer (lawyer_id, month)`);

    // The point-level dutyDays has no lawyer and so no row in stat_monthly_lawyer; the per-lawyer
    // lawyerDutyDays is not a total and so has none in stat_monthly.
    await q.query(`
      CREATE FUNCTION stat_apply(
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
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION stat_apply(varchar[], date[], uuid[], uuid[], varchar[], varchar[], bigint[])`,
    );
    await q.query(`DROP TABLE stat_monthly_lawyer`);
    await q.query(`DROP TABLE stat_monthly_topic`);
    await q.query(`DROP TABLE stat_monthly`);
    await q.query(`DROP TABLE stat_daily`);
  }
}
