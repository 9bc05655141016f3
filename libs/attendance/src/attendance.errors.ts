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
  /** A QR code whose signature does not verify with its point's key (forged, altered, or of a rotated-away key). */
  QR_SIGNATURE_INVALID: 'rule',
  /** A QR code of another service point than the shift's. */
  QR_OTHER_POINT: 'rule',
  /** A QR code of a window that had not begun when it arrived: no kiosk ever showed it. */
  QR_NOT_YET_SHOWN: 'rule',
  /** A kiosk token that is unknown or revoked (401). */
  KIOSK_TOKEN_INVALID: 'unauthorized',
  KIOSK_NOT_FOUND: 'not_found',
  KIOSK_ALREADY_REVOKED: 'conflict',
});
