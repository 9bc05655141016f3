import { addDays, isoWeekday } from '@app/core';
import { type HolidayRange, provisionalHolidays } from './provisional-calendar';

/**
 * Where a day's answer comes from: a State Council notice (bundled with `chinese-days` or loaded by
 * the admin), the provisional calendar of a year without one, or the county's own override.
 */
export const DAY_SOURCES = ['official', 'provisional', 'override'] as const;
export type DaySource = (typeof DAY_SOURCES)[number];

export interface CalendarDay {
  date: string;
  workday: boolean;
  /** A holiday's or make-up day's Chinese name (国庆节, 国庆节调休), else the empty string. */
  name: string;
  source: DaySource;
}

/** A year's State Council notice: the holidays with their ranges and the make-up working days (调休). */
export interface HolidayNotice {
  year: number;
  holidays: HolidayRange[];
  makeUpDays: string[];
}

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

// The package's own data file. Its date functions parse dates in the host's time zone (west of
// UTC they answer for the day before), so we read the data rather than call them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const DATA = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;

/** "National Day,国庆节,3" → "国庆节" */
const chineseName = (entry: string) => entry.split(',')[1] ?? entry;

const BUNDLED_YEARS = new Set(Object.keys(DATA.holidays).map((d) => Number(d.slice(0, 4))));

/** The first and last year whose notice the bundled `chinese-days` data holds. */
export const FIRST_KNOWN_YEAR = Math.min(...BUNDLED_YEARS);
export const LAST_KNOWN_YEAR = Math.max(...BUNDLED_YEARS);

/** True for a year whose State Council notice comes with the `chinese-days` package. */
export const isBundledYear = (year: number) => BUNDLED_YEARS.has(year);

/** A day of a year without a notice: weekends and the statutory holidays off, no 调休. */
export function provisionalDay(date: string): CalendarDay {
  const holiday = provisionalHolidays(Number(date.slice(0, 4))).get(date);
  if (holiday) return { date, workday: false, name: holiday, source: 'provisional' };
  return { date, workday: isoWeekday(date) <= 5, name: '', source: 'provisional' };
}

/** A day as the bundled notice of its year says (only for bundled years). */
function bundledDay(date: string): CalendarDay {
  const holiday = DATA.holidays[date];
  if (holiday) return { date, workday: false, name: chineseName(holiday), source: 'official' };
  const makeUp = DATA.workdays[date];
  if (makeUp) return { date, workday: true, name: `${chineseName(makeUp)}调休`, source: 'official' };
  return { date, workday: isoWeekday(date) <= 5, name: '', source: 'official' };
}

/**
 * The national calendar without the notices loaded into the database: the State Council's notice
 * as the `chinese-days` package has it (public holidays off, 调休 make-up days on), and for a year it
 * does not have, the provisional calendar of statutory holidays.
 */
export function officialDay(date: string): CalendarDay {
  return isBundledYear(Number(date.slice(0, 4))) ? bundledDay(date) : provisionalDay(date);
}

/**
 * A bundled year's notice as holiday ranges (consecutive days of one holiday) and make-up days,
 * the shape an admin loads; null for a year the package does not have.
 */
export function bundledNotice(year: number): HolidayNotice | null {
  if (!isBundledYear(year)) return null;
  const prefix = `${year}-`;
  const holidays: HolidayRange[] = [];
  for (const date of Object.keys(DATA.holidays)
    .filter((d) => d.startsWith(prefix))
    .sort()) {
    const name = chineseName(DATA.holidays[date]);
    const last = holidays.at(-1);
    if (last && last.name === name && addDays(last.to, 1) === date) last.to = date;
    else holidays.push({ name, from: date, to: date });
  }
  const makeUpDays = Object.keys(DATA.workdays)
    .filter((d) => d.startsWith(prefix))
    .sort();
  return { year, holidays, makeUpDays };
}
