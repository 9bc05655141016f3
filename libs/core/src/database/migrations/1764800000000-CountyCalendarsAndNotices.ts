import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working-day calendar becomes national + county: the State Council notices an admin loads
 * (`calendar_notice`, one row per year, taking precedence over the bundled data and the provisional
 * calendar), and single-day overrides that belong to one county (`calendar_day` keyed by
 * region_code + date). A shift may carry a confirmation that it stands on a day off on purpose.
 *
 * Existing rows of `calendar_day` were national: each one changed every county's calendar. So that
 * no county's calendar changes by this migration, each row is copied to every county in the
 * registry (level 'county'), keeping its author and time; a county can then remove what it does not
 * want (DELETE /calendar/:date). Rows are dropped only when the registry has no county at all, as
 * then no calendar read them. `down` folds the county rows back into one national row per date
 * (the most recently changed one), and drops the notices and the confirmations.
 */
export class CountyCalendarsAndNotices1764800000000 implements MigrationInterface {
  name = 'CountyCalendarsAndNotices1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_notice (
        year          integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        holidays      jsonb NOT NULL,
        make_up_days  jsonb NOT NULL,
        loaded_by     uuid REFERENCES staff (id),
        loaded_at     timestamptz NOT NULL
      )`);

    await q.query(`ALTER TABLE calendar_day DROP CONSTRAINT calendar_day_pkey`);
    await q.query(`ALTER TABLE calendar_day ADD COLUMN region_code varchar(6) COLLATE "C"`);
    await q.query(`
      INSERT INTO calendar_day (region_code, date, workday, name, updated_by, updated_at)
      SELECT r.code, d.date, d.workday, d.name, d.updated_by, d.updated_at
        FROM calendar_day d CROSS JOIN region r
       WHERE d.region_code IS NULL AND r.level = 'county'`);
    await q.query(`DELETE FROM calendar_day WHERE region_code IS NULL`);
    await q.query(`ALTER TABLE calendar_day ALTER COLUMN region_code SET NOT NULL`);
    await q.query(`ALTER TABLE calendar_day ADD PRIMARY KEY (region_code, date)`);
    await q.query(`
      ALTER TABLE calendar_day
        ADD CONSTRAINT calendar_day_county CHECK (region_code ~ '^[0-9]{6}$'),
        ADD CONSTRAINT calendar_day_region_fk FOREIGN KEY (region_code) REFERENCES region (code)`);
    // Consequences of a notice look up every county's override of a few dates.
    await q.query(`CREATE INDEX calendar_day_date_idx ON calendar_day (date)`);

    await q.query(`
      ALTER TABLE duty_shift
        ADD COLUMN day_off_confirmed_at timestamptz,
        ADD COLUMN day_off_confirmed_by uuid REFERENCES staff (id)`);
    // A notice reaches the planned shifts of a few dates in every county.
    await q.query(`CREATE INDEX duty_shift_planned_date_idx ON duty_shift (date) WHERE status = 'planned'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX duty_shift_planned_date_idx`);
    await q.query(`
      ALTER TABLE duty_shift DROP COLUMN day_off_confirmed_by, DROP COLUMN day_off_confirmed_at`);
    await q.query(`DROP INDEX calendar_day_date_idx`);
    await q.query(`
      DELETE FROM calendar_day d USING calendar_day newer
       WHERE newer.date = d.date
         AND (newer.updated_at, newer.region_code) > (d.updated_at, d.region_code)`);
    await q.query(`ALTER TABLE calendar_day DROP CONSTRAINT calendar_day_pkey`);
    await q.query(`ALTER TABLE calendar_day DROP CONSTRAINT calendar_day_region_fk`);
    await q.query(`ALTER TABLE calendar_day DROP CONSTRAINT calendar_day_county`);
    await q.query(`ALTER TABLE calendar_day DROP COLUMN region_code`);
    await q.query(`ALTER TABLE calendar_day ADD PRIMARY KEY (date)`);
    await q.query(`DROP TABLE calendar_notice`);
  }
}
