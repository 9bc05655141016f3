/** Error codes of sign-in, sessions and tokens. */
export const AuthErrors = {
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** 423: the whole account (or login name) is locked after a distributed attack; the security admin unlocks. */
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  /** 429: too many wrong passwords for this login name from this address; `details.retryAfterSeconds`. */
  LOGIN_DELAYED: 'LOGIN_DELAYED',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  INVALID_REFRESH_TOKEN: 'INVALID_REFRESH_TOKEN',
  REFRESH_TOKEN_REUSED: 'REFRESH_TOKEN_REUSED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** 401: the access token's session has ended (logout, new password, disabled, ended by an administrator). */
  SESSION_ENDED: 'SESSION_ENDED',
  SESSION_NOT_FOUND: 'SESSION_NOT_FOUND',
  FORBIDDEN_ROLE: 'FORBIDDEN_ROLE',
} as const;
