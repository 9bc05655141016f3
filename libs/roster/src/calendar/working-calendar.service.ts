import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, datesBetween, isoWeekday } from '@app/core';
import { CalendarRepository } from './calendar.repository';
import { noticeDays } from './notice';
import {
  bundledNotice,
  type CalendarDay,
  type HolidayNotice,
  isBundledYear,
  officialDay,
} from './official-calendar';
import { statutoryHolidays } from './provisional-calendar';

/** The county whose calendar a region follows (its first 6 digits); null above county level. */
export const countyOf = (regionCode?: string | null): string | null =>
  regionCode && regionCode.length >= 6 ? regionCode.slice(0, 6) : null;

export type YearStatus = 'official' | 'provisional';

/** Where a year's calendar comes from: a notice loaded by the admin, the bundled data, or none yet. */
export type YearSource = 'loaded' | 'bundled' | 'provisional';

export interface CalendarYear {
  year: number;
  status: YearStatus;
  source: YearSource;
  /** When the admin loaded the notice (source `loaded`). */
  loadedAt: Date | null;
}

// The years the calendar lists: from the first year the platform kept rosters to two years ahead.
const FIRST_LISTED_YEAR = 2024;
const YEARS_AHEAD = 2;

/**
 * The one answer to "is this a working day" for the whole app. In order of precedence: the county's
 * override of the day; the State Council notice of the year the admin loaded; the notice bundled
 * with `chinese-days`; for a year without a notice, the provisional calendar (weekends and the
 * statutory holidays off, no 调休). A region below county level follows its county's calendar.
 */
@Injectable()
export class WorkingCalendarService {
  constructor(
    private readonly repo: CalendarRepository,
    private readonly clock: Clock,
  ) {}

  /** Every date from `from` to `to` as `regionCode`'s county sees it (the national calendar without one). */
  async days(
    from: string,
    to: string,
    regionCode?: string | null,
    em?: EntityManager,
  ): Promise<CalendarDay[]> {
    const years = [];
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
    const county = countyOf(regionCode);
    const { notices, overrides } = await this.repo.read(years, county, from, to, em);
    const loaded = new Map(notices.map((n) => [n.year, noticeDays(n)]));
    const overridden = new Map(overrides.map((o) => [o.date, o]));
    return datesBetween(from, to).map((date) => {
      const o = overridden.get(date);
      if (o) return { date, workday: o.workday, name: o.name, source: 'override' as const };
      return nationalDay(date, loaded);
    });
  }

  /** The working days from `from` to `to` in `regionCode`'s county. */
  async workdays(
    from: string,
    to: string,
    regionCode?: string | null,
    em?: EntityManager,
  ): Promise<string[]> {
    return (await this.days(from, to, regionCode, em)).filter((d) => d.workday).map((d) => d.date);
  }

  async isWorkday(date: string, regionCode?: string | null, em?: EntityManager): Promise<boolean> {
    return (await this.days(date, date, regionCode, em))[0].workday;
  }

  /** The listed years (2024 to two years after this one, and any other with a loaded notice) and where each comes from. */
  async years(): Promise<CalendarYear[]> {
    const loaded = new Map((await this.repo.noticeYears()).map((n) => [n.year, n.loadedAt]));
    const last = Number(this.clock.today().slice(0, 4)) + YEARS_AHEAD;
    const years = new Set<number>(loaded.keys());
    for (let y = FIRST_LISTED_YEAR; y <= last; y++) years.add(y);
    return [...years].sort((a, b) => a - b).map((year) => yearOf(year, loaded.get(year) ?? null));
  }

  /**
   * A year's notice as it stands (loaded, else bundled), or for a year without one the statutory
   * holidays the provisional calendar gives (no make-up days).
   */
  async year(year: number): Promise<CalendarYear & Omit<HolidayNotice, 'year'>> {
    const stored = await this.repo.findNotice(year);
    if (stored)
      return { ...yearOf(year, stored.loadedAt), holidays: stored.holidays, makeUpDays: stored.makeUpDays };
    const bundled = bundledNotice(year);
    if (bundled) return { ...yearOf(year, null), holidays: bundled.holidays, makeUpDays: bundled.makeUpDays };
    return { ...yearOf(year, null), holidays: statutoryHolidays(year), makeUpDays: [] };
  }
}

function yearOf(year: number, loadedAt: Date | null): CalendarYear {
  const source: YearSource = loadedAt ? 'loaded' : isBundledYear(year) ? 'bundled' : 'provisional';
  return { year, status: source === 'provisional' ? 'provisional' : 'official', source, loadedAt };
}

/**
 * A day of the national calendar: the loaded notice of its year decides when there is one (a day
 * it does not name is a working day from Monday to Friday), else the bundled or provisional data.
 */
export function nationalDay(
  date: string,
  loaded: Map<number, Map<string, { workday: boolean; name: string }>>,
): CalendarDay {
  const notice = loaded.get(Number(date.slice(0, 4)));
  if (!notice) return officialDay(date);
  const named = notice.get(date);
  if (named) return { date, ...named, source: 'official' };
  return { date, workday: isoWeekday(date) <= 5, name: '', source: 'official' };
}
