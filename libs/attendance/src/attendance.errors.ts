import { defineErrors } from '@app/core';

/** Error codes of sign-in, sign-out and attendance. */
export const AttendanceErrors = defineErrors({
  NOT_YOUR_SHIFT: 'forbidden',
  IDEMPOTENCY_KEY_REUSED: 'conflict',
  IDEMPOTENCY_KEY_MISMATCH: 'rule',
  EVENT_NOT_FOUND: 'not_found',
  EVENT_ALREADY_VOIDED: 'conflict',
  EVENT_NOT_COUNTED: 'rule',
  EVENT_NOT_UNDER_REVIEW: 'rule',
  EVENT_ALREADY_REVIEWED: 'conflict',
  SHIFT_NOT_FOUND: 'not_found',
  EVENT_HAS_NO_SHIFT: 'rule',
  SHIFT_CANCELLED: 'rule',
  ABSENCE_NOT_FOUND: 'not_found',
});
