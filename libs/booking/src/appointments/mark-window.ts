/**
 * When staff may mark an appointment: arrival and completion from the slot's start, a no-show from
 * its start plus the grace (a resident a few minutes late has not failed to come).
 */
export function earliestMark(
  status: 'arrived' | 'completed' | 'no_show',
  startsAt: Date,
  noShowGraceMinutes: number,
): Date {
  return status === 'no_show' ? new Date(startsAt.getTime() + noShowGraceMinutes * 60_000) : startsAt;
}

/** Whether marking `status` at `now` comes too early; the instant it is allowed from when it does. */
export function tooEarlyToMark(
  status: 'arrived' | 'completed' | 'no_show',
  startsAt: Date,
  now: Date,
  noShowGraceMinutes: number,
): Date | null {
  const from = earliestMark(status, startsAt, noShowGraceMinutes);
  return now < from ? from : null;
}
