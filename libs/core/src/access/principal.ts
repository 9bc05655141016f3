export const ROLES = ['lawyer', 'official', 'admin', 'auditor', 'resident'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES: Role[] = ['lawyer', 'official', 'admin', 'auditor'];

/** Who is calling: set by the auth guard from the access token and kept in the request context. */
export interface Principal {
  id: string;
  kind: 'staff' | 'resident';
  name: string;
  roles: Role[];
  /** The region the caller governs or belongs to (6-digit county, 9-digit township); null for residents. */
  regionCode: string | null;
}

export function hasRole(p: Principal | undefined, ...roles: Role[]): boolean {
  return !!p && p.roles.some((r) => roles.includes(r));
}
