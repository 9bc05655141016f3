/** Error codes of legal-aid cases. */
export const LegalAidErrors = {
  LEGAL_AID_CASE_NOT_FOUND: 'LEGAL_AID_CASE_NOT_FOUND',
  SERVICE_POINT_NOT_FOUND: 'SERVICE_POINT_NOT_FOUND',
  SERVICE_POINT_INACTIVE: 'SERVICE_POINT_INACTIVE',
  COUNTY_NOT_FOUND: 'COUNTY_NOT_FOUND',
  /** The status machine does not allow this step from the case's current status (422). */
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  /** Closing a case that no lawyer was ever assigned to (422). */
  CASE_NOT_ASSIGNED: 'CASE_NOT_ASSIGNED',
  LAWYER_NOT_FOUND: 'LAWYER_NOT_FOUND',
  /** The lawyer belongs to another county's advisor groups (422). */
  LAWYER_OUTSIDE_COUNTY: 'LAWYER_OUTSIDE_COUNTY',
  ALREADY_ASSIGNED: 'ALREADY_ASSIGNED',
  /** A lawyer acting on a case that is not assigned to them (403). */
  NOT_ASSIGNED_LAWYER: 'NOT_ASSIGNED_LAWYER',
  /** Unmasked applicant data only for officials and the assigned lawyer (403). */
  REVEAL_NOT_ALLOWED: 'REVEAL_NOT_ALLOWED',
} as const;
