import { businessInstant, businessTimeOfDay, isoWeekday } from '@app/core';
import type { OpeningPeriod } from '@app/org';

export const SLOT_MINUTES = 30;

/**
 * The 30-minute slots of a shift: inside both the shift and the point's opening periods that day
 * (a make-up working day borrows Monday's when the point has none of its own).
 */
export function slotsOfShift(
  shift: { date: string; startsAt: Date; endsAt: Date },
  hours: OpeningPeriod[],
): { startsAt: Date; endsAt: Date }[] {
  let periods = hours.filter((p) => p.weekday === isoWeekday(shift.date));
  if (!periods.length) periods = hours.filter((p) => p.weekday === 1);
  const out: { startsAt: Date; endsAt: Date }[] = [];
  for (const p of periods) {
    const from = Math.max(businessInstant(shift.date, p.from).getTime(), shift.startsAt.getTime());
    const to = Math.min(businessInstant(shift.date, p.to).getTime(), shift.endsAt.getTime());
    for (let t = from; t + SLOT_MINUTES * 60_000 <= to; t += SLOT_MINUTES * 60_000) {
      out.push({ startsAt: new Date(t), endsAt: new Date(t + SLOT_MINUTES * 60_000) });
    }
  }
  return out;
}

export const slotLabel = (s: { startsAt: Date; endsAt: Date }) =>
  `${businessTimeOfDay(s.startsAt)}–${businessTimeOfDay(s.endsAt)}`;
