import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/core';
import { CountyCalendarsAndNotices1764800000000 } from '@app/core/database/migrations/1764800000000-CountyCalendarsAndNotices';
import { useTestDatabase } from '@app/testing';

/** The calendar's tables below the service: county overrides, loaded notices and their migration. */
describe('calendar schema', () => {
  const testDb = useTestDatabase();
  let db: DataSource;
  const migration = new CountyCalendarsAndNotices1764800000000();

  const overrides = () =>
    db.query(
      `SELECT region_code AS county, date::text AS date, workday, name FROM calendar_day ORDER BY region_code, date`,
    );

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testDb.url(), 2)).initialize();
    await db.query(
      `INSERT INTO region (code, name, level) VALUES ('330282', '慈溪市', 'county'), ('330281', '余姚市', 'county')`,
    );
    await db.query(
      `INSERT INTO region (code, name, level, parent_code) VALUES ('330282113', '胜山镇', 'township', '330282')`,
    );
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('turns each national override into one per county, so no county’s calendar changes', async () => {
    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      await db.query(
        `INSERT INTO calendar_day (date, workday, name, updated_at) VALUES
           ('2027-02-09', false, '春节', '2026-11-01T00:00:00Z'), ('2027-02-20', true, '春节调休', '2026-11-01T00:00:00Z')`,
      );

      await migration.up(runner);

      expect(await overrides()).toEqual([
        { county: '330281', date: '2027-02-09', workday: false, name: '春节' },
        { county: '330281', date: '2027-02-20', workday: true, name: '春节调休' },
        { county: '330282', date: '2027-02-09', workday: false, name: '春节' },
        { county: '330282', date: '2027-02-20', workday: true, name: '春节调休' },
      ]);
    } finally {
      await runner.release();
    }
  });

  it('keeps overrides to counties: a township’s code is refused, and one county holds one answer per date', async () => {
    const insert = (county: string, date: string) =>
      db.query(`INSERT INTO calendar_day (region_code, date, workday) VALUES ($1, $2, false)`, [
        county,
        date,
      ]);

    await expect(insert('330282113', '2027-03-01')).rejects.toThrow(/too long/);
    await expect(insert('33028x', '2027-03-01')).rejects.toThrow(/calendar_day_county/);
    await expect(insert('330282', '2027-02-09')).rejects.toThrow(/calendar_day_pkey/);
  });

  it('is reversible: down keeps the latest answer of each date, up spreads it to every county again', async () => {
    await db.query(
      `UPDATE calendar_day SET workday = true, name = '', updated_at = '2026-12-01T00:00:00Z'
        WHERE region_code = '330281' AND date = '2027-02-09'`,
    );
    await db.query(
      `INSERT INTO calendar_notice (year, holidays, make_up_days, loaded_at) VALUES (2027, '[]', '[]', now())`,
    );
    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      const national = await db.query(
        `SELECT date::text AS date, workday, name FROM calendar_day ORDER BY date`,
      );
      const notices = await db.query(`SELECT to_regclass('calendar_notice') AS t`);
      await migration.up(runner);

      expect(national).toEqual([
        { date: '2027-02-09', workday: true, name: '' },
        { date: '2027-02-20', workday: true, name: '春节调休' },
      ]);
      expect(notices).toEqual([{ t: null }]);
      expect((await overrides()).filter((o: { date: string }) => o.date === '2027-02-09')).toEqual([
        { county: '330281', date: '2027-02-09', workday: true, name: '' },
        { county: '330282', date: '2027-02-09', workday: true, name: '' },
      ]);
    } finally {
      await runner.release();
    }
  });
});
