import { addDays, businessDate } from '@app/core';
import type { CaseStatus } from './case-status';

/** 《法律援助法》第四十三条: the decision within 7 days of receiving the application. */
export const DECISION_PERIOD_DAYS = 7;
/** 《法律援助法》第四十四条: a lawyer assigned within 3 days of the decision to grant aid. */
export const ASSIGNMENT_PERIOD_DAYS = 3;

/** How far past a nominal due date we look for a working day (the longest break is ~9 days). */
export const MAX_EXTENSION_DAYS = 30;

/**
 * The last day of a statutory period of `days` days that starts on `startDate` (a business date,
 * Asia/Shanghai). As for every period counted in days (民法典 §201, §203): the start day is not
 * counted, and a last day that is not a working day (weekend or public holiday per the official
 * calendar, make-up working days counting as working) moves to the next working day.
 */
export function statutoryDueDate(
  startDate: string,
  days: number,
  isWorkday: (date: string) => boolean,
): string {
  const nominal = addDays(startDate, days);
  for (let i = 0; i <= MAX_EXTENSION_DAYS; i++) {
    const candidate = addDays(nominal, i);
    if (isWorkday(candidate)) return candidate;
  }
  throw new RangeError(`No working day within ${MAX_EXTENSION_DAYS} days after ${nominal}`);
}

export type OverdueClock = 'decision' | 'assignment';

/**
 * Which statutory clock a case has run past on `today`: the decision clock while it is still
 * applied, the assignment clock while it is accepted and unassigned. A due date is met all day long.
 */
export function overdueClock(
  c: { status: CaseStatus; decisionDue: string; assignmentDue: string | null },
  today: string,
): OverdueClock | null {
  if (c.status === 'applied' && today > c.decisionDue) return 'decision';
  if (c.status === 'accepted' && c.assignmentDue !== null && today > c.assignmentDue) return 'assignment';
  return null;
}

/**
 * Whether a step came after its statutory due date: taken on a business day (Asia/Shanghai) after it.
 * Null while the step has not been taken (or has no clock). The decision is late when decided after
 * `decisionDue`; the assignment when the first lawyer was assigned after `assignmentDue`.
 */
export function tookLate(due: string | null, takenAt: Date | null): boolean | null {
  if (due === null || takenAt === null) return null;
  return businessDate(takenAt) > due;
}
