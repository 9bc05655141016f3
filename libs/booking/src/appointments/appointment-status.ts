/**
 * An appointment's statuses and the one table of how it moves between them. Every use case asks
 * `nextStatus` instead of spelling out its own list, so the rules cannot drift apart.
 */
export const APPOINTMENT_STATUSES = [
  'booked',
  'arrived',
  'completed',
  'no_show',
  'cancelled',
  'needs_reschedule',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** What happens to an appointment: by the resident, by staff, or to it when its shift goes. */
export type AppointmentAction =
  'cancel' | 'arrived' | 'completed' | 'no_show' | 'rate' | 'reschedule' | 'shift_cancelled';

export const APPOINTMENT_TRANSITIONS: Record<
  AppointmentAction,
  { from: readonly AppointmentStatus[]; to: AppointmentStatus | 'same' }
> = {
  cancel: { from: ['booked'], to: 'cancelled' },
  arrived: { from: ['booked'], to: 'arrived' },
  completed: { from: ['booked', 'arrived'], to: 'completed' },
  no_show: { from: ['booked'], to: 'no_show' },
  rate: { from: ['completed'], to: 'same' },
  // A booking still to come moves to another slot; so does one whose shift was cancelled.
  reschedule: { from: ['booked', 'needs_reschedule'], to: 'booked' },
  shift_cancelled: { from: ['booked'], to: 'needs_reschedule' },
};

/** The status `action` leads to from `from`, or null when the table does not allow it. */
export function nextStatus(action: AppointmentAction, from: string): AppointmentStatus | null {
  const rule = APPOINTMENT_TRANSITIONS[action];
  if (!(rule.from as readonly string[]).includes(from)) return null;
  return rule.to === 'same' ? (from as AppointmentStatus) : rule.to;
}

/** The statuses that count as booked (not cancelled, not waiting to be moved). */
export const COUNTED_APPOINTMENT_STATUSES = ['booked', 'arrived', 'completed', 'no_show'] as const;

export function isCountedAppointmentStatus(status: string): boolean {
  return (COUNTED_APPOINTMENT_STATUSES as readonly string[]).includes(status);
}
