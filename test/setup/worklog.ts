import { Client } from 'pg';
import { bearer, type TestApp } from '@app/testing';

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
