/** The dated steps of a case: the decision, the assignment (or reassignment) and the closing. */
export type DatedStep = 'decision' | 'assign' | 'close';

/** The times of a case's earlier steps, as far as it has them. */
export interface StepTimes {
  receivedAt: Date;
  decidedAt: Date | null;
  assignedAt: Date | null;
  startedAt: Date | null;
}

/** The step a dated step follows: it may not be dated before it. */
export function previousStep(step: DatedStep, c: StepTimes): { at: Date; what: string } {
  if (step === 'decision') return { at: c.receivedAt, what: 'the application was received' };
  // An assignment follows the decision; a reassignment the previous assignment and the start of work;
  // a closing all of them.
  const steps: { at: Date | null; what: string }[] = [
    { at: c.decidedAt, what: 'the decision' },
    { at: c.assignedAt, what: 'the assignment' },
    { at: c.startedAt, what: 'work started' },
  ];
  let latest = { at: c.receivedAt, what: 'the application was received' };
  for (const s of steps) if (s.at && s.at >= latest.at) latest = { at: s.at, what: s.what };
  return latest;
}

/**
 * Why `at` cannot be the date of `step`, as a 400 message naming `field`, or null. A step may be
 * recorded after the day it happened, but never dated in the future (by the app's clock) nor before
 * the step it follows.
 */
export function stepDateProblem(
  field: string,
  step: DatedStep,
  at: Date,
  now: Date,
  c: StepTimes,
): string | null {
  if (at > now) return `${field} must not be in the future`;
  const previous = previousStep(step, c);
  if (at < previous.at) return `${field} must not be before ${previous.what} (${previous.at.toISOString()})`;
  return null;
}
