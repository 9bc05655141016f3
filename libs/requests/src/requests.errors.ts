import { defineErrors } from '@app/core';

/** Error codes of lawyers' requests, absences and notices. */
export const RequestsErrors = defineErrors({
  REQUEST_NOT_FOUND: 'not_found',
  NOT_YOUR_SHIFT: 'forbidden',
  SHIFT_NOT_FOUND: 'not_found',
  SHIFT_NOT_PLANNED: 'rule',
  SHIFT_IN_FUTURE: 'rule',
  SHIFT_ALREADY_BEGUN: 'rule',
  SWAP_WITH_ONESELF: 'rule',
  NOT_A_COLLEAGUE: 'rule',
  LEAVE_IN_PAST: 'rule',
  FIX_OUTSIDE_SHIFT_DAY: 'rule',
  NOT_THE_NAMED_COLLEAGUE: 'forbidden',
  REQUEST_NOT_PENDING: 'conflict',
  SWAP_NOT_ACCEPTED: 'rule',
  OWN_REQUEST: 'forbidden',
  NOT_YOUR_STANDBY: 'forbidden',
  ABSENCE_ALREADY_ACCEPTED: 'conflict',
  NOTICE_NOT_FOUND: 'not_found',
});
