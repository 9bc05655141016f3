import type { OpeningPeriod } from '../api/types';
import { t } from '../i18n';

/** Opening hours as lines like "周一至周五 08:30–11:30、13:30–17:00", grouping days with the same hours. */
export function openingLines(hours: OpeningPeriod[]): string[] {
  const byDay = new Map<number, string[]>();
  for (const p of [...hours].sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from))) {
    byDay.set(p.weekday, [...(byDay.get(p.weekday) ?? []), `${p.from}–${p.to}`]);
  }
  const groups: { days: number[]; text: string }[] = [];
  for (const [day, periods] of byDay) {
    const text = periods.join(', ');
    const last = groups[groups.length - 1];
    if (last && last.text === text && last.days[last.days.length - 1] === day - 1) last.days.push(day);
    else groups.push({ days: [day], text });
  }
  return groups.map(({ days, text }) => {
    const names = days.map((d) => t(`weekday[${d}]`));
    const label = days.length > 2 ? `${names[0]}–${names[names.length - 1]}` : names.join(', ');
    return `${label} ${text}`;
  });
}

export function distanceText(m: number): string {
  return m >= 1000 ? t('resident.km', { n: (m / 1000).toFixed(1) }) : t('resident.m', { n: Math.round(m) });
}
