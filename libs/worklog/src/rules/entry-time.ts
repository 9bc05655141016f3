import { addDays, businessDate, businessInstant } from '@app/core';

/** A phone clock a little ahead of the server's is not "the future". */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** Older than this is a typo (1926 for 2026), not a backfill. */
export const MAX_AGE_DAYS = 730;

const DAY_MS = 86_400_000;

/** Why the time of a service or workshop cannot be right, or null: future, or absurdly old. */
export function instantProblem(at: Date, now: Date): string | null {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) return 'must not be in the future';
  if (at.getTime() < now.getTime() - MAX_AGE_DAYS * DAY_MS)
    return `must be within the last ${MAX_AGE_DAYS} days`;
  return null;
}

/** The edit window in words, for the OpenAPI descriptions. */
export const EDIT_WINDOW_RULE =
  'Edit window: an entry is editable (and voidable) by its own lawyer until the end of the WORKLOG_EDIT_DAYS-th day (default 7) after the service date, in Asia/Shanghai calendar days: a service on 2 March is editable by its lawyer until 9 March 23:59:59 (editableUntil = 10 March 00:00 +08:00). It counts from when the service took place, not from when the entry was written: an entry an official backfills late is locked for its lawyer at once. Time is the server’s clock.';

/**
 * The end of the author's edit window of a service (or workshop) that took place at `at`: the end of
 * the `editDays`-th business day (Asia/Shanghai, calendar days) after the business day of `at`, i.e.
 * the first instant of the day after. It counts from when the service took place, not from when the
 * entry was written: an entry an official backfills late is locked for its lawyer at once.
 */
export function editableUntil(at: Date, editDays: number): Date {
  return businessInstant(addDays(businessDate(at), editDays + 1));
}

/**
 * Whether a lawyer may still record (or move their entry to) a service or workshop of `at` themselves:
 * while its edit window is open. Older work is an official's backfill.
 */
export function withinLawyerWindow(at: Date, now: Date, editDays: number): boolean {
  return now < editableUntil(at, editDays);
}
