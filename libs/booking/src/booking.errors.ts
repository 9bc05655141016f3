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
  /** Arrival and completion before the slot starts, a no-show before its start and grace (422). */
  TOO_EARLY: 'rule',
  NOT_COMPLETED: 'rule',
  ALREADY_RATED: 'conflict',
  /** Staff booking for a resident: the code the resident read out does not match (422). */
  PHONE_CHECK_FAILED: 'rule',
  /** A waitlist for a slot (or day) that still has room: book it instead (409). */
  SLOT_HAS_ROOM: 'conflict',
  ALREADY_WAITLISTED: 'conflict',
  WAITLIST_ENTRY_NOT_FOUND: 'not_found',
  /** Confirming an entry that holds no offer (still waiting, expired, booked, left) (422). */
  NO_OFFER: 'rule',
  OFFER_EXPIRED: 'rule',
  /** Leaving a line the entry is no longer in (booked, expired, left) (422). */
  WAITLIST_CLOSED: 'rule',
  RATING_LINK_NOT_FOUND: 'not_found',
  RATING_LINK_USED: 'conflict',
  RATING_LINK_EXPIRED: 'rule',
});
