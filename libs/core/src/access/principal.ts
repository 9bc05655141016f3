export const ROLES = ['lawyer', 'official', 'admin', 'security', 'auditor', 'resident'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES: Role[] = ['lawyer', 'official', 'admin', 'security', 'auditor'];
/**
 * 三权分立: the system administrator (`admin`), the security administrator (`security`) and the
 * auditor (`auditor`). Each is an account of its own holding that one role (a database constraint),
 * made and changed only with the command line, never through the API.
 */
export const PRIVILEGED_ROLES: Role[] = ['admin', 'security', 'auditor'];

/** Who is calling: set by the auth guard from the access token and kept in the request context. */
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

export function hasRole(p: Principal | undefined, ...roles: Role[]): boolean {
  return !!p && p.roles.some((r) => roles.includes(r));
}

/**
 * What a caller sees of rows that belong to a lawyer (work-log entries, attendance, legal-aid cases):
 * a lawyer with no role above theirs sees their own (`lawyerId`), wherever those lie; any other
 * staff member the rows of their jurisdiction. The one rule every module asks, so that "a lawyer sees
 * their own" is spelled once.
 */
export type ViewerScope = { lawyerId: string } | { jurisdiction: true };

export function viewerScope(caller: Principal | undefined): ViewerScope {
  return caller?.kind === 'staff' &&
    hasRole(caller, 'lawyer') &&
    !hasRole(caller, 'official', 'admin', 'auditor', 'security')
    ? { lawyerId: caller.id }
    : { jurisdiction: true };
}
