import { addDays, datesBetween, isoWeekday, isValidDate } from '@app/core';
import type { HolidayNotice } from './official-calendar';
import type { HolidayRange } from './provisional-calendar';

/** The years a notice can be loaded for (the lunar tables reach 2100). */
export const NOTICE_YEARS = { min: 2000, max: 2100 } as const;

/**
 * What a notice says of each day it names: its holidays' days off and its make-up working days,
 * each make-up day named after the holiday nearest to it (春节调休), as the bundled notices are.
 */
export function noticeDays(notice: HolidayNotice): Map<string, { workday: boolean; name: string }> {
  const days = new Map<string, { workday: boolean; name: string }>();
  for (const h of notice.holidays)
    for (const date of datesBetween(h.from, h.to)) days.set(date, { workday: false, name: h.name });
  for (const date of notice.makeUpDays) {
    const nearest = [...notice.holidays].sort(
      (a, b) => distance(date, a) - distance(date, b) || a.from.localeCompare(b.from),
    )[0];
    days.set(date, { workday: true, name: nearest ? `${nearest.name}调休` : '调休' });
  }
  return days;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Days from a date to the nearest day of a holiday range. */
function distance(date: string, h: HolidayRange): number {
  const d = dayNumber(date);
  return Math.max(dayNumber(h.from) - d, d - dayNumber(h.to), 0);
}

/**
 * What is wrong with a notice for `year`, by field (`holidays.1.to`, `makeUpDays.0`), as the
 * VALIDATION_FAILED details; empty when it can be loaded. The shapes (dates, names) are the DTO's
 * to check; this checks what needs the year and the other entries.
 */
export function noticeProblems(year: number, notice: Omit<HolidayNotice, 'year'>): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  const inYear = (date: string) => isValidDate(date) && date.startsWith(`${year}-`);

  notice.holidays.forEach((h, i) => {
    if (!h.name.trim()) add(`holidays.${i}.name`, 'must not be blank');
    if (!inYear(h.from)) add(`holidays.${i}.from`, `must be a date in ${year}`);
    if (!inYear(h.to)) add(`holidays.${i}.to`, `must be a date in ${year}`);
    if (inYear(h.from) && inYear(h.to) && h.from > h.to) add(`holidays.${i}.to`, 'must not be before from');
  });
  const ranges = notice.holidays
    .map((h, i) => ({ ...h, i }))
    .filter((h) => inYear(h.from) && inYear(h.to) && h.from <= h.to);
  for (const a of ranges)
    for (const b of ranges)
      if (a.i < b.i && a.from <= b.to && b.from <= a.to)
        add(`holidays.${b.i}`, `overlaps holidays.${a.i} (${a.name} ${a.from}…${a.to})`);

  const seen = new Set<string>();
  notice.makeUpDays.forEach((date, j) => {
    if (!inYear(date)) return add(`makeUpDays.${j}`, `must be a date in ${year}`);
    if (isoWeekday(date) <= 5) add(`makeUpDays.${j}`, 'a make-up working day must be a Saturday or Sunday');
    if (seen.has(date)) add(`makeUpDays.${j}`, 'is listed twice');
    seen.add(date);
    const holiday = ranges.find((h) => h.from <= date && date <= h.to);
    if (holiday) add(`makeUpDays.${j}`, `lies inside holidays.${holiday.i} (${holiday.name})`);
  });
  return problems;
}

/** A notice's days in the order the API answers them: holidays by start, make-up days by date. */
export function sortedNotice<T extends Omit<HolidayNotice, 'year'>>(notice: T): T {
  return {
    ...notice,
    holidays: [...notice.holidays].sort((a, b) => a.from.localeCompare(b.from)),
    makeUpDays: [...notice.makeUpDays].sort(),
  };
}

/** Every date of a year. */
export const datesOfYear = (year: number) => datesBetween(`${year}-01-01`, addDays(`${year + 1}-01-01`, -1));
