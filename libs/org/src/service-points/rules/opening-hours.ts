import type { OpeningPeriod } from '../service-point.entity';

/** Problems with a week of opening hours: empty periods and overlaps on the same weekday. */
export function openingHoursProblems(periods: OpeningPeriod[]): string[] {
  const problems: string[] = [];
  for (const p of periods) {
    if (p.from >= p.to) problems.push(`weekday ${p.weekday}: ${p.from}–${p.to} ends before it starts`);
  }
  const sorted = [...periods].sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev.weekday === cur.weekday && cur.from < prev.to) {
      problems.push(`weekday ${cur.weekday}: ${prev.from}–${prev.to} overlaps ${cur.from}–${cur.to}`);
    }
  }
  return problems;
}

/** Sorted by weekday and time, the order they are shown in. */
export function sortOpeningHours(periods: OpeningPeriod[]): OpeningPeriod[] {
  return [...periods]
    .map(({ weekday, from, to }) => ({ weekday, from, to }))
    .sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
}

/** Monday to Friday, 08:30–11:30 and 13:30–17:00: the usual hours of a township service station. */
export function weekdayOfficeHours(): OpeningPeriod[] {
  return [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, from: '08:30', to: '11:30' },
    { weekday, from: '13:30', to: '17:00' },
  ]);
}
