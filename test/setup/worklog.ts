import { Client } from 'pg';
import type { StaffResponse } from '@app/org/staff/dto/staff.dto';
import type { TestApp } from './test-app';

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The demo staff by id and login name, with their access tokens signed in once each. */
export function staffDirectory(t: TestApp) {
  const usernameOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  const tokens = new Map<string, string>();
  return {
    async load(): Promise<void> {
      const res = await t
        .http()
        .get('/api/v1/staff')
        .query({ pageSize: 500 })
        .set(bearer(await t.login('admin')));
      for (const s of res.body.items as StaffResponse[]) {
        usernameOf.set(s.id, s.username);
        idOf.set(s.username, s.id);
      }
    },
    id(username: string): string {
      const id = idOf.get(username);
      if (!id) throw new Error(`no staff member ${username}`);
      return id;
    },
    username(id: string): string {
      const name = usernameOf.get(id);
      if (!name) throw new Error(`no staff member ${id}`);
      return name;
    },
    /** The access token of a login name (or of a staff id). */
    async token(who: string): Promise<string> {
      const username = usernameOf.get(who) ?? who;
      if (!tokens.has(username)) tokens.set(username, await t.login(username));
      return tokens.get(username)!;
    },
  };
}

/**
 * The statistics' fine counters (stat_daily) of one business day, service point and lawyer (or
 * none), summed over topics, for the given metrics; counters at zero are left out.
 */
export async function dailyCounters(
  t: TestApp,
  key: { day: string; servicePointId: string; lawyerId: string | null },
  metrics: readonly string[],
): Promise<Record<string, number>> {
  const db = new Client({ connectionString: t.config.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ metric: string; value: number }>(
      `SELECT metric, sum(value)::int AS value FROM stat_daily
        WHERE day = $1 AND service_point_id = $2 AND lawyer_id IS NOT DISTINCT FROM $3 AND metric = ANY($4)
        GROUP BY metric HAVING sum(value) <> 0 ORDER BY metric`,
      [key.day, key.servicePointId, key.lawyerId, metrics],
    );
    return Object.fromEntries(rows.map((r) => [r.metric, r.value]));
  } finally {
    await db.end();
  }
}

/** Audit events of one record, oldest first, as the auditor reads them. */
export async function auditTrailOf(
  t: TestApp,
  entityType: string,
  entityId: string,
): Promise<{ action: string; actorId: string | null; changes: Record<string, unknown> | null }[]> {
  const res = await t
    .http()
    .get('/api/v1/audit-events')
    .query({ entityType, entityId, pageSize: 100 })
    .set(bearer(await t.login('auditor')));
  if (res.status !== 200) throw new Error(`audit-events: ${res.status} ${JSON.stringify(res.body)}`);
  return [...res.body.items].reverse();
}
