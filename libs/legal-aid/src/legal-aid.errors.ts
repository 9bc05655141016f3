import { defineErrors } from '@app/core';

/** Error codes of legal-aid cases. */
export const LegalAidErrors = defineErrors({
  LEGAL_AID_CASE_NOT_FOUND: 'not_found',
  SERVICE_POINT_NOT_FOUND: 'not_found',
  SERVICE_POINT_INACTIVE: 'rule',
  COUNTY_NOT_FOUND: 'rule',
  /** The status machine does not allow this step from the case's current status (422). */
  ILLEGAL_TRANSITION: 'rule',
  /** Closing a case that no lawyer was ever assigned to (422). */
  CASE_NOT_ASSIGNED: 'rule',
  LAWYER_NOT_FOUND: 'not_found',
  /** The lawyer belongs to another county's advisor groups (422). */
  LAWYER_OUTSIDE_COUNTY: 'rule',
  ALREADY_ASSIGNED: 'rule',
  /** A lawyer acting on a case that is not assigned to them (403). */
  NOT_ASSIGNED_LAWYER: 'forbidden',
  /** Unmasked applicant data only for officials and the assigned lawyer (403). */
  REVEAL_NOT_ALLOWED: 'forbidden',
  /** A case whose import was withdrawn takes no further step (422). */
  CASE_VOIDED: 'rule',
});
