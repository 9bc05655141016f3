import { defineErrors } from '@app/core';

/** Error codes of rosters, shifts, leave and the calendar. */
export const RosterErrors = defineErrors({
  SHIFT_NOT_FOUND: 'not_found',
  SHIFT_OVERLAP: 'conflict',
  LAWYER_ON_LEAVE: 'conflict',
  SHIFTS_DURING_LEAVE: 'conflict',
  LAWYER_OUTSIDE_REGION: 'rule',
  NOT_A_LAWYER: 'rule',
  OUTSIDE_OPENING_HOURS: 'rule',
  SHIFT_ALREADY_CANCELLED: 'conflict',
  SHIFT_IN_PAST: 'rule',
  INVALID_PERIOD: 'bad_request',
  PERIOD_TOO_LONG: 'bad_request',
  UNAVAILABILITY_NOT_FOUND: 'not_found',
  INVALID_FEED_TOKEN: 'not_found',
  KIND_POINT_MISMATCH: 'rule',
  CALENDAR_NEEDS_COUNTY: 'forbidden',
  CALENDAR_OVERRIDE_NOT_FOUND: 'not_found',
  SHIFTS_ON_DAYS_OFF: 'rule',
});
