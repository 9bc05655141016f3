import { APPOINTMENT_STATUSES, isCountedAppointmentStatus, nextStatus } from './appointment-status';

describe('the appointment transition table', () => {
  it('lets staff mark arrival, completion and no-show only from the statuses that allow them', () => {
    expect(nextStatus('arrived', 'booked')).toBe('arrived');
    expect(nextStatus('completed', 'arrived')).toBe('completed');
    expect(nextStatus('completed', 'booked')).toBe('completed');
    expect(nextStatus('no_show', 'arrived')).toBeNull();
    expect(nextStatus('arrived', 'completed')).toBeNull();
  });

  it('lets a resident cancel or move only a booking, and move one waiting to be moved', () => {
    expect(nextStatus('cancel', 'booked')).toBe('cancelled');
    expect(nextStatus('cancel', 'needs_reschedule')).toBeNull();
    expect(nextStatus('reschedule', 'needs_reschedule')).toBe('booked');
    expect(nextStatus('reschedule', 'cancelled')).toBeNull();
  });

  it('rates only a completed consultation, which stays completed', () => {
    expect(nextStatus('rate', 'completed')).toBe('completed');
    for (const status of APPOINTMENT_STATUSES.filter((s) => s !== 'completed'))
      expect(nextStatus('rate', status)).toBeNull();
  });

  it('moves the bookings of a cancelled shift to needs_reschedule, which counts nowhere', () => {
    expect(nextStatus('shift_cancelled', 'booked')).toBe('needs_reschedule');
    expect(nextStatus('shift_cancelled', 'completed')).toBeNull();
    expect(isCountedAppointmentStatus('needs_reschedule')).toBe(false);
    expect(isCountedAppointmentStatus('cancelled')).toBe(false);
    expect(['booked', 'arrived', 'completed', 'no_show'].every(isCountedAppointmentStatus)).toBe(true);
  });
});
