import { defineErrors } from '@app/core';

/** Error codes of residents, login codes and bookings. */
export const BookingErrors = defineErrors({
  OTP_TOO_SOON: 'too_many',
  OTP_DAILY_LIMIT: 'too_many',
  OTP_IP_LIMIT: 'too_many',
  OTP_INVALID: 'unauthorized',
  OTP_EXPIRED: 'unauthorized',
  OTP_TOO_MANY_ATTEMPTS: 'too_many',
  SLOT_NOT_FOUND: 'not_found',
  SLOT_FULL: 'conflict',
  SLOT_IN_PAST: 'rule',
  SLOT_ON_DAY_OFF: 'rule',
  OVERLAPPING_BOOKING: 'conflict',
  TOO_MANY_BOOKINGS: 'conflict',
  APPOINTMENT_NOT_FOUND: 'not_found',
  APPOINTMENT_NOT_CANCELLABLE: 'rule',
  APPOINTMENT_STATE: 'rule',
  NOT_COMPLETED: 'rule',
  ALREADY_RATED: 'conflict',
});
