import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supervision: the obligations a county or township sets its advisors (service days or hours a month,
 * lectures a quarter, visits an ISO week to pilot villages), and a county's optional weights for the
 * score of the quarterly assessment (考核).
 */
export class SupervisionObligations1765120000000 implements MigrationInterface {
  name = 'SupervisionObligations1765120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE obligation (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The county, township or village the obligation holds in (its points and their advisors).
        region_code  varchar(12) COLLATE "C" NOT NULL REFERENCES region (code)
                     CHECK (length(region_code) IN (6, 9, 12)),
        -- The kind of point it holds for (null: every kind).
        point_kind   varchar(20) CHECK (point_kind IN ('county_center', 'township_center', 'village_point')),
        measure      varchar(20) NOT NULL
                     CHECK (measure IN ('service_days', 'service_hours', 'lectures', 'visits')),
        period       varchar(10) NOT NULL CHECK (period IN ('month', 'quarter', 'iso_week')),
        required     integer NOT NULL CHECK (required >= 1),
        -- Only for pilot villages (试点村).
        pilot_only   boolean NOT NULL DEFAULT false,
        created_by   uuid NOT NULL REFERENCES staff (id),
        created_at   timestamptz NOT NULL,
        updated_at   timestamptz NOT NULL,
        CHECK (
          (measure = 'service_days' AND period = 'month' AND required <= 31) OR
          (measure = 'service_hours' AND period = 'month' AND required <= 744) OR
          (measure = 'lectures' AND period = 'quarter' AND required <= 92) OR
          (measure = 'visits' AND period = 'iso_week' AND required <= 7))
      )`);
    await q.query(`
      CREATE UNIQUE INDEX obligation_scope_key
        ON obligation (region_code, coalesce(point_kind, ''), measure, pilot_only)`);

    await q.query(`
      CREATE TABLE assessment_weights (
        county_code  varchar(6) COLLATE "C" PRIMARY KEY REFERENCES region (code),
        weights      jsonb NOT NULL,
        updated_by   uuid NOT NULL REFERENCES staff (id),
        updated_at   timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assessment_weights`);
    await q.query(`DROP TABLE obligation`);
  }
}
