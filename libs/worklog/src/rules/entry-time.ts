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

/** The end of the author's edit window of an entry written at `createdAt`. */
export function editableUntil(createdAt: Date, editDays: number): Date {
  return new Date(createdAt.getTime() + editDays * DAY_MS);
}

/** Whether a lawyer may still record a service or workshop of `at` themselves (else an official backfills it). */
export function withinLawyerWindow(at: Date, now: Date, editDays: number): boolean {
  return at.getTime() >= now.getTime() - editDays * DAY_MS;
}
