import { defineErrors } from '@app/core';

/** Error codes of the registry of places and people. */
export const OrgErrors = defineErrors({
  REGION_NOT_FOUND: 'not_found',
  REGION_NOT_REGISTERED: 'rule',
  SERVICE_POINT_NOT_FOUND: 'not_found',
  KIND_REGION_MISMATCH: 'rule',
  STAFF_NOT_FOUND: 'not_found',
  USERNAME_TAKEN: 'conflict',
  WEAK_PASSWORD: 'bad_request',
  ROLE_NOT_GRANTABLE: 'forbidden',
  /** Admin, security and auditor accounts: only `npm run cli -- accounts` makes or changes them (403). */
  PRIVILEGED_ACCOUNT: 'forbidden',
  /** One's own account, or an official at or above the caller's level (403). */
  NOT_BELOW_CALLER: 'forbidden',
  NOT_A_LAWYER: 'rule',
  NOT_A_VILLAGE_POINT: 'rule',
  ADVISOR_ALREADY_ASSIGNED: 'conflict',
  ADVISOR_ASSIGNMENT_NOT_FOUND: 'not_found',
  INVALID_PERIOD: 'bad_request',
  UNKNOWN_DIVISION: 'not_found',
  /** A lawyer only named in imported records never becomes an account (422). */
  NAMED_ONLY_NO_LOGIN: 'rule',
});
