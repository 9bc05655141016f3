export const ROLES = ['lawyer', 'official', 'admin', 'security', 'auditor', 'resident'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES: Role[] = ['lawyer', 'official', 'admin', 'security', 'auditor'];
/**
 * 三权分立: the system administrator (`admin`), the security administrator (`security`) and the
 * auditor (`auditor`). Each is an account of its own holding that one role (a database constraint),
 * made and changed only with the command line, never through the API.
 */
export const PRIVILEGED_ROLES: Role[] = ['admin', 'security', 'auditor'];

/**
 * A signed-in caller: set by the auth guard from the access token, handed to controllers by
 * `@CurrentUser()` (and kept in the request context as the audit trail's actor).
 */
export interface Principal {
  id: string;
  kind: 'staff' | 'resident';
  name: string;
  roles: Role[];
  /** The region the caller governs or belongs to (6-digit county, 9-digit township); null for residents. */
  regionCode: string | null;
  /** The sign-in session the access token belongs to (absent for callers that are not a request). */
  sessionId?: string;
}

declare const systemBrand: unique symbol;

/**
 * The system itself (a scheduled job, a queue worker, a CLI command, the demo seed): the one caller no
 * jurisdiction restricts. There is exactly one such object, frozen and private to access/caller.ts, and only
 * `asSystem` (access/caller.ts) hands it out; it is recognised by identity (`isSystemCaller`), so an object that merely
 * looks like it (`{ kind: 'system' }` from a token, a body, a cast) is nobody and sees nothing.
 */
export interface SystemCaller {
  readonly kind: 'system';
  readonly [systemBrand]: true;
}

/** Who a use case runs for: a signed-in staff member or resident, or the system. */
export type Caller = Principal | SystemCaller;

/** Whether a signed-in caller holds one of `roles` (the system holds none: it is not a person). */
export function hasRole(p: Caller | undefined, ...roles: Role[]): boolean {
  return !!p && p.kind !== 'system' && p.roles.some((r) => roles.includes(r));
}

/**
 * What a caller sees of rows that belong to a lawyer (work-log entries, attendance, legal-aid cases):
 * a lawyer with no role above theirs sees their own (`lawyerId`), wherever those lie; any other
 * staff member the rows of their jurisdiction. The one rule every module asks, so that "a lawyer sees
 * their own" is spelled once.
 */
export type ViewerScope = { lawyerId: string } | { jurisdiction: true };

export function viewerScope(caller: Caller | undefined): ViewerScope {
  return caller?.kind === 'staff' &&
    hasRole(caller, 'lawyer') &&
    !hasRole(caller, 'official', 'admin', 'auditor', 'security')
    ? { lawyerId: caller.id }
    : { jurisdiction: true };
}
