import { addDays, isoWeekOf, isValidDate, monthRange } from '@app/core';

/** The kinds of period an obligation is counted over. */
export const PERIOD_KINDS = ['month', 'quarter', 'iso_week'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A period by its key: a month `2026-11`, a quarter `2026-Q4` or an ISO week `2026-W48`, with its first and last day. */
export interface Period {
  kind: PeriodKind;
  key: string;
  from: string;
  to: string;
}

export const PERIOD_PATTERN = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4])|W(0[1-9]|[1-4]\d|5[0-3]))$/;

/** The period a key names, or null when it names none (a week 53 of a year without one). */
export function parsePeriod(key: string): Period | null {
  const m = PERIOD_PATTERN.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  if (m[2]) return { kind: 'month', key, ...monthRange(key) };
  if (m[3]) return quarterPeriod(year, Number(m[3]));
  // Week 1 holds the year's first Thursday; its Monday is at most 3 days before 4 January.
  const jan4 = `${year}-01-04`;
  const monday = addDays(isoWeekOf(jan4).monday, (Number(m[4]) - 1) * 7);
  const week = isoWeekOf(monday);
  if (week.key !== key) return null;
  return { kind: 'iso_week', key, from: week.monday, to: week.sunday };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}`;
  const last = `${year}-${String(quarter * 3).padStart(2, '0')}`;
  return {
    kind: 'quarter',
    key: `${year}-Q${quarter}`,
    from: monthRange(first).from,
    to: monthRange(last).to,
  };
}

/** The period of a kind that holds a date. */
export function periodOf(kind: PeriodKind, date: string): Period {
  if (!isValidDate(date)) throw new RangeError(`Not a date: ${date}`);
  const month = date.slice(0, 7);
  if (kind === 'month') return { kind, key: month, ...monthRange(month) };
  if (kind === 'quarter')
    return quarterPeriod(Number(date.slice(0, 4)), Math.ceil(Number(date.slice(5, 7)) / 3));
  const week = isoWeekOf(date);
  return { kind, key: week.key, from: week.monday, to: week.sunday };
}

/** The periods of a kind that lie within [from, to] (a week counts where its Thursday falls). */
export function periodsWithin(kind: PeriodKind, from: string, to: string): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(kind, from); p.from <= to; p = periodOf(kind, addDays(p.to, 1))) {
    const anchor = kind === 'iso_week' ? addDays(p.from, 3) : p.from;
    if (anchor >= from && anchor <= to) out.push(p);
  }
  return out;
}
