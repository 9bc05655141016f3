import { defineErrors } from '@app/core';

/** Error codes of sign-in, sessions and tokens. */
export const AuthErrors = defineErrors({
  INVALID_CREDENTIALS: 'unauthorized',
  /** 423: the whole account (or login name) is locked after a distributed attack; the security admin unlocks. */
  ACCOUNT_LOCKED: 'locked',
  /** 429: too many wrong passwords for this login name from this address; `details.retryAfterSeconds`. */
  LOGIN_DELAYED: 'too_many',
  ACCOUNT_DISABLED: 'unauthorized',
  INVALID_REFRESH_TOKEN: 'unauthorized',
  REFRESH_TOKEN_REUSED: 'unauthorized',
  UNAUTHENTICATED: 'unauthorized',
  /** 401: the access token's session has ended (logout, new password, disabled, ended by an administrator). */
  SESSION_ENDED: 'unauthorized',
  SESSION_NOT_FOUND: 'not_found',
  FORBIDDEN_ROLE: 'forbidden',
});
