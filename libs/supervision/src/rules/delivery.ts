import { businessDate } from '@app/core';
import type { Measure } from './obligation-rules';
import type { Period } from './periods';

/** One of the advisor's shifts at the point, as attendance evaluates it from the real sign-ins. */
export interface AttendedShift {
  shiftId: string;
  date: string;
  checkInAt: Date | null;
  /** Minutes from the first sign-in to the last sign-out; null until signed out. */
  minutes: number | null;
}

/** A published, planned shift of the advisor at the point. */
export interface PublishedShift {
  shiftId: string;
  date: string;
  startsAt: Date;
  endsAt: Date;
}

export interface DeliveryFacts {
  period: Period;
  now: Date;
  attended: AttendedShift[];
  /** The business days with a (live) work-log entry of the advisor at the point. */
  logDays: string[];
  /** Lectures (workshops of kind lecture) the advisor gave at the point in the period. */
  lectures: number;
  published: PublishedShift[];
}

const HOUR = 3_600_000;
const tenths = (n: number) => Math.round(n * 10) / 10;

/**
 * What an advisor has delivered at a point in a period and what is still planned there, in the
 * measure's unit. A service day (or a visit) is a business day with a sign-in for a shift there or a
 * work-log entry there; hours are the minutes between sign-in and sign-out. Still planned: the
 * published shifts not yet over — the days not already delivered, and the hours from now (or the
 * shift's start) to its end of those not yet signed out.
 */
export function delivery(measure: Measure, f: DeliveryFacts): { delivered: number; planned: number } {
  const inPeriod = (d: string) => d >= f.period.from && d <= f.period.to;
  const ahead = f.published.filter((s) => inPeriod(s.date) && s.endsAt.getTime() > f.now.getTime());
  switch (measure) {
    case 'lectures':
      return { delivered: f.lectures, planned: 0 };
    case 'service_hours': {
      const attended = f.attended.filter((a) => inPeriod(a.date));
      const done = new Set(attended.filter((a) => a.minutes !== null).map((a) => a.shiftId));
      const delivered = attended.reduce((sum, a) => sum + (a.minutes ?? 0), 0) / 60;
      const planned = ahead
        .filter((s) => !done.has(s.shiftId))
        .reduce(
          (sum, s) => sum + (s.endsAt.getTime() - Math.max(s.startsAt.getTime(), f.now.getTime())) / HOUR,
          0,
        );
      return { delivered: tenths(delivered), planned: tenths(planned) };
    }
    default: {
      const days = new Set([
        ...f.attended.filter((a) => a.checkInAt && inPeriod(businessDate(a.checkInAt))).map((a) => a.date),
        ...f.logDays.filter(inPeriod),
      ]);
      const plannedDays = new Set(ahead.map((s) => s.date).filter((d) => !days.has(d)));
      return { delivered: days.size, planned: plannedDays.size };
    }
  }
}
