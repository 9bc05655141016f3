import { isoWeekday } from '@app/core';

export interface CalendarDay {
  date: string;
  workday: boolean;
  /** A holiday's or make-up day's Chinese name (国庆节, 国庆节调休), else the empty string. */
  name: string;
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

/**
 * The official calendar of the State Council as the `chinese-days` package knows it: public
 * holidays off, make-up working days (调休) on; for years it does not know yet, Monday to Friday.
 */
export function officialDay(date: string): CalendarDay {
  const holiday = DATA.holidays[date];
  if (holiday) return { date, workday: false, name: chineseName(holiday) };
  const makeUp = DATA.workdays[date];
  if (makeUp) return { date, workday: true, name: `${chineseName(makeUp)}调休` };
  return { date, workday: isoWeekday(date) <= 5, name: '' };
}

/** The last year the bundled calendar has announced holidays for. */
export const LAST_KNOWN_YEAR = Math.max(...Object.keys(DATA.holidays).map((d) => Number(d.slice(0, 4))));
