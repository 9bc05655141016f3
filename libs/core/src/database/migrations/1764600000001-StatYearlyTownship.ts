import { MigrationInterface, QueryRunner } from 'typeorm';
import { COUNTY_MONTHLY, FINE_AND_MONTHLY } from './1764500000000-StatCoarseLevels';
import { APPLY_SIGNATURE, YEARLY_LAWYER } from './1764600000000-StatYearlyLawyerCounters';

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
    await q.query(`
      CREATE OR REPLACE FUNCTION ${APPLY_SIGNATURE} RETURNS void LANGUAGE sql AS $$
        ${FINE_AND_MONTHLY}
        ${COUNTY_MONTHLY}
        ${YEARLY_LAWYER}
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
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION ${APPLY_SIGNATURE} RETURNS void LANGUAGE sql AS $$
        ${FINE_AND_MONTHLY}
        ${COUNTY_MONTHLY}
        ${YEARLY_LAWYER}
      $$`);
    await q.query(`DROP TABLE stat_yearly_township`);
  }
}
