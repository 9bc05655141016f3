/** Error codes of the work log and workshops. */
export const WorklogErrors = {
  SERVICE_LOG_NOT_FOUND: 'SERVICE_LOG_NOT_FOUND',
  WORKSHOP_NOT_FOUND: 'WORKSHOP_NOT_FOUND',
  /** The author's edit window has passed: only an official corrects the entry now (422). */
  LOG_LOCKED: 'LOG_LOCKED',
  WORKSHOP_LOCKED: 'WORKSHOP_LOCKED',
  /** A voided entry cannot be edited (422) nor voided again (409). */
  LOG_VOIDED: 'LOG_VOIDED',
  WORKSHOP_VOIDED: 'WORKSHOP_VOIDED',
  ALREADY_VOIDED: 'ALREADY_VOIDED',
  /** A lawyer records only where they have a shift that day or advise the village (403). */
  NOT_ON_DUTY_AT_POINT: 'NOT_ON_DUTY_AT_POINT',
  /** A lawyer records only their own services and lectures (403). */
  NOT_YOUR_ENTRY: 'NOT_YOUR_ENTRY',
  /** A lawyer records services of the edit window only; older ones go through an official (422). */
  TOO_OLD_TO_RECORD: 'TOO_OLD_TO_RECORD',
  LAWYER_NOT_FOUND: 'LAWYER_NOT_FOUND',
  NOT_A_LAWYER: 'NOT_A_LAWYER',
  APPOINTMENT_NOT_FOUND: 'APPOINTMENT_NOT_FOUND',
  APPOINTMENT_NOT_COMPLETED: 'APPOINTMENT_NOT_COMPLETED',
  APPOINTMENT_POINT_MISMATCH: 'APPOINTMENT_POINT_MISMATCH',
  /** One appointment gives at most one log (409). */
  APPOINTMENT_ALREADY_LOGGED: 'APPOINTMENT_ALREADY_LOGGED',
  /** The entry changed between reading and writing it: reload and try again (409). */
  CHANGED_MEANWHILE: 'CHANGED_MEANWHILE',
} as const;
