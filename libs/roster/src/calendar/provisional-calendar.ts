import { Lunar } from 'lunar-javascript';
import { addDays, datesBetween } from '@app/core';

/** A public holiday of a year: its name and the days it gives off, both ends included. */
export interface HolidayRange {
  name: string;
  from: string;
  to: string;
}

const lunarToSolar = (year: number, month: number, day: number) =>
  Lunar.fromYmd(year, month, day).getSolar().toYmd();

/** The day of the 清明 solar term in the Gregorian year (4 or 5 April). */
const qingming = (year: number) => Lunar.fromYmd(year, 3, 1).getJieQiTable()['清明'].toYmd();

/**
 * The statutory holidays of 《全国年节及纪念日放假办法》 for a year, as the revision in force that
 * year sets them (names as the bundled notices write them):
 * - from 2025 (国务院令第795号): 元旦 1 day, 春节 除夕 to 初三 (4), 清明 1, 劳动节 1–2 May, 端午 1, 中秋 1, 国庆节 1–3 Oct;
 * - 2014–2024 (2013 revision): 春节 初一 to 初三, 劳动节 1 May only;
 * - 2008–2013 (2007 revision): 春节 除夕 to 初二, 劳动节 1 May only;
 * - before 2008 (1999): 春节 初一 to 初三, 劳动节 1–3 May, no 清明, 端午 or 中秋.
 * Only the days the law names: the State Council's notice adds the bridging days and 调休 around them.
 */
export function statutoryHolidays(year: number): HolidayRange[] {
  const chunjie = lunarToSolar(year, 1, 1);
  const chuxi = addDays(chunjie, -1);
  const spring =
    year >= 2025
      ? { from: chuxi, to: addDays(chunjie, 2) }
      : year >= 2014
        ? { from: chunjie, to: addDays(chunjie, 2) }
        : year >= 2008
          ? { from: chuxi, to: addDays(chunjie, 1) }
          : { from: chunjie, to: addDays(chunjie, 2) };
  const labour = year >= 2025 ? 2 : year >= 2008 ? 1 : 3;
  const traditional: HolidayRange[] =
    year >= 2008
      ? [
          { name: '清明', from: qingming(year), to: qingming(year) },
          { name: '端午', from: lunarToSolar(year, 5, 5), to: lunarToSolar(year, 5, 5) },
          { name: '中秋', from: lunarToSolar(year, 8, 15), to: lunarToSolar(year, 8, 15) },
        ]
      : [];
  return [
    { name: '元旦', from: `${year}-01-01`, to: `${year}-01-01` },
    { name: '春节', ...spring },
    { name: '劳动节', from: `${year}-05-01`, to: addDays(`${year}-05-01`, labour - 1) },
    { name: '国庆节', from: `${year}-10-01`, to: `${year}-10-03` },
    ...traditional,
  ].sort((a, b) => a.from.localeCompare(b.from));
}

const byYear = new Map<number, Map<string, string>>();

/**
 * The statutory holidays of a year by date. A day that holds two (中秋 on 1 October, as in 2031)
 * carries both names, e.g. `中秋、国庆节`.
 */
export function provisionalHolidays(year: number): Map<string, string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    for (const h of statutoryHolidays(year))
      for (const date of datesBetween(h.from, h.to)) {
        const other = days.get(date);
        days.set(date, other ? `${other}、${h.name}` : h.name);
      }
    byYear.set(year, days);
  }
  return days;
}
