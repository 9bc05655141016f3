import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { HolidayNotice } from './official-calendar';
import type { HolidayRange } from './provisional-calendar';

export interface StoredNotice extends HolidayNotice {
  loadedBy: string | null;
  loadedAt: Date;
}

export interface OverrideRow {
  regionCode: string;
  date: string;
  workday: boolean;
  name: string;
}

/** Every query of the calendar's own tables: the loaded notices and the counties' overrides. */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * In one round trip: the loaded notices of these years, and a county's overrides between two
   * dates (none without a county).
   */
  async read(
    years: number[],
    county: string | null,
    from: string,
    to: string,
    em?: EntityManager,
  ): Promise<{ notices: HolidayNotice[]; overrides: OverrideRow[] }> {
    const [row]: { notices: HolidayNotice[]; overrides: OverrideRow[] }[] = await (
      em ?? this.dataSource.manager
    ).query(
      `SELECT
         (SELECT coalesce(json_agg(json_build_object('year', year, 'holidays', holidays, 'makeUpDays', make_up_days)), '[]')
            FROM calendar_notice WHERE year = ANY($1::int[])) AS notices,
         (SELECT coalesce(json_agg(json_build_object('regionCode', region_code, 'date', date::text, 'workday', workday, 'name', name)), '[]')
            FROM calendar_day WHERE region_code = $2 AND date BETWEEN $3 AND $4) AS overrides`,
      [years, county, from, to],
    );
    return row;
  }

  async findNotice(year: number, em?: EntityManager): Promise<StoredNotice | null> {
    const [row]: StoredNotice[] = await (em ?? this.dataSource.manager).query(
      `SELECT year, holidays, make_up_days AS "makeUpDays", loaded_by AS "loadedBy", loaded_at AS "loadedAt"
         FROM calendar_notice WHERE year = $1`,
      [year],
    );
    return row ?? null;
  }

  /** The years that have a loaded notice, with when it was loaded. */
  noticeYears(): Promise<{ year: number; loadedAt: Date }[]> {
    return this.dataSource.query(`SELECT year, loaded_at AS "loadedAt" FROM calendar_notice ORDER BY year`);
  }

  /** Makes the transaction's changes of a year's calendar wait for any other change of that year. */
  async lockYear(year: number, em: EntityManager): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock($1, $2)', [CALENDAR_LOCK, year]);
  }

  /** Loads a year's notice, replacing the one loaded before. */
  async saveNotice(
    notice: { year: number; holidays: HolidayRange[]; makeUpDays: string[] },
    loadedBy: string | null,
    loadedAt: Date,
    em: EntityManager,
  ): Promise<void> {
    await em.query(
      `INSERT INTO calendar_notice (year, holidays, make_up_days, loaded_by, loaded_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (year) DO UPDATE
         SET holidays = EXCLUDED.holidays, make_up_days = EXCLUDED.make_up_days,
             loaded_by = EXCLUDED.loaded_by, loaded_at = EXCLUDED.loaded_at`,
      [notice.year, JSON.stringify(notice.holidays), JSON.stringify(notice.makeUpDays), loadedBy, loadedAt],
    );
  }

  /** The counties that override any of these dates: `county|date` keys. */
  async overriddenOn(dates: string[], em: EntityManager): Promise<Set<string>> {
    if (!dates.length) return new Set();
    const rows: { key: string }[] = await em.query(
      `SELECT region_code || '|' || date::text AS key FROM calendar_day WHERE date = ANY($1::date[])`,
      [dates],
    );
    return new Set(rows.map((r) => r.key));
  }

  async findOverride(county: string, date: string, em?: EntityManager): Promise<OverrideRow | null> {
    const [row]: OverrideRow[] = await (em ?? this.dataSource.manager).query(
      `SELECT region_code AS "regionCode", date::text AS date, workday, name
         FROM calendar_day WHERE region_code = $1 AND date = $2`,
      [county, date],
    );
    return row ?? null;
  }

  async saveOverride(row: OverrideRow, updatedBy: string | null, at: Date, em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO calendar_day (region_code, date, workday, name, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (region_code, date) DO UPDATE
         SET workday = EXCLUDED.workday, name = EXCLUDED.name,
             updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [row.regionCode, row.date, row.workday, row.name, updatedBy, at],
    );
  }

  /** Removes a county's override of a date; false when it had none. */
  async deleteOverride(county: string, date: string, em: EntityManager): Promise<boolean> {
    const [, affected]: [unknown, number] = await em.query(
      `DELETE FROM calendar_day WHERE region_code = $1 AND date = $2`,
      [county, date],
    );
    return affected > 0;
  }
}

// Calendar changes (a notice, an override) go one at a time per year: each compares before and after.
const CALENDAR_LOCK = 73052026;
