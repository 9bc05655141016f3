export type AttendanceStatus =
  'on_time' | 'late' | 'left_early' | 'absent' | 'incomplete' | 'pending' | 'on_duty';

export interface ShiftTimes {
  startsAt: Date;
  endsAt: Date;
  /** End of the shift's business day: after it, a missing sign-out makes the shift incomplete. */
  dayEndsAt: Date;
}

export interface Evaluation {
  status: AttendanceStatus;
  checkInAt: Date | null;
  checkOutAt: Date | null;
  minutes: number | null;
  late: boolean;
  leftEarly: boolean;
}

/**
 * Attendance of one shift from its (non-voided) sign-ins and sign-outs at `now`:
 * - no sign-in: once the shift is over `incomplete` when the lawyer signed out (they were there, the
 *   sign-in is missing) and `absent` when not; `pending` before;
 * - signed in, no sign-out: `incomplete` once the business day is over, `on_duty` before;
 * - otherwise `late` (first sign-in after start + grace) before `left_early` (last sign-out before
 *   end − grace) before `on_time`.
 * Minutes on duty run from the first sign-in to the last sign-out. Without a sign-in, `checkOutAt` is
 * the last sign-out (for the official who corrects it) and there are no minutes.
 */
export function evaluateShift(
  shift: ShiftTimes,
  checkIns: Date[],
  checkOuts: Date[],
  now: Date,
  graceMinutes: number,
): Evaluation {
  const grace = graceMinutes * 60_000;
  const checkInAt = checkIns.length ? new Date(Math.min(...checkIns.map((d) => d.getTime()))) : null;
  const outs = checkInAt ? checkOuts.filter((d) => d >= checkInAt) : checkOuts;
  const checkOutAt = outs.length ? new Date(Math.max(...outs.map((d) => d.getTime()))) : null;
  const late = !!checkInAt && checkInAt.getTime() > shift.startsAt.getTime() + grace;
  const leftEarly = !!checkOutAt && checkOutAt.getTime() < shift.endsAt.getTime() - grace;
  const minutes =
    checkInAt && checkOutAt ? Math.round((checkOutAt.getTime() - checkInAt.getTime()) / 60_000) : null;
  let status: AttendanceStatus;
  if (!checkInAt) status = now < shift.endsAt ? 'pending' : checkOutAt ? 'incomplete' : 'absent';
  else if (!checkOutAt) status = now >= shift.dayEndsAt ? 'incomplete' : late ? 'late' : 'on_duty';
  else status = late ? 'late' : leftEarly ? 'left_early' : 'on_time';
  return { status, checkInAt, checkOutAt, minutes, late, leftEarly };
}
