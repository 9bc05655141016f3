import { defineErrors } from '@app/core';

/** Error codes of the work log and workshops. */
export const WorklogErrors = defineErrors({
  SERVICE_LOG_NOT_FOUND: 'not_found',
  WORKSHOP_NOT_FOUND: 'not_found',
  /** The author's edit window has passed: only an official corrects the entry now (422). */
  LOG_LOCKED: 'rule',
  WORKSHOP_LOCKED: 'rule',
  /** A voided entry cannot be edited (422) nor voided again (409). */
  LOG_VOIDED: 'rule',
  WORKSHOP_VOIDED: 'rule',
  ALREADY_VOIDED: 'conflict',
  /** A lawyer records only where they have a shift that day or advise the village (403). */
  NOT_ON_DUTY_AT_POINT: 'forbidden',
  /** A lawyer records only their own services and lectures (403). */
  NOT_YOUR_ENTRY: 'forbidden',
  /** A lawyer records services of the edit window only; older ones go through an official (422). */
  TOO_OLD_TO_RECORD: 'rule',
  LAWYER_NOT_FOUND: 'not_found',
  NOT_A_LAWYER: 'rule',
  APPOINTMENT_NOT_FOUND: 'not_found',
  APPOINTMENT_NOT_COMPLETED: 'rule',
  APPOINTMENT_POINT_MISMATCH: 'rule',
  /** One appointment gives at most one log (409). */
  APPOINTMENT_ALREADY_LOGGED: 'conflict',
  /** 回访 are recorded of consultations only (422). */
  NOT_A_CONSULTATION: 'rule',
  /** A consultation's follow-up already reached its resident (409). */
  ALREADY_FOLLOWED_UP: 'conflict',
  /** The entry changed between reading and writing it: reload and try again (409). */
  CHANGED_MEANWHILE: 'conflict',
});
