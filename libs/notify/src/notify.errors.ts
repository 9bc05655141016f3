import { defineErrors } from '@app/core';

/** Error codes of the SMS outbox. */
export const NotifyErrors = defineErrors({
  /** No such message in the caller's jurisdiction. */
  SMS_NOT_FOUND: 'not_found',
  /** Only a message that failed is sent again; one pending or handed over is on its way already. */
  SMS_NOT_FAILED: 'conflict',
  /** A login or phone-check code: its secret is gone from the outbox once it failed, so it cannot go again. */
  SMS_NOT_RESENDABLE: 'rule',
});
