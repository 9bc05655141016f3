/** Fields that never go into the audit trail, whatever the entity. */
const SECRET_FIELD = /(password|passwordHash|tokenHash|secret|Enc$|Index$|token$)/i;

export type AuditRecord = Record<string, unknown>;

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

function comparable(value: unknown): string {
  return Buffer.isBuffer(value) ? `b:${value.toString('base64')}` : JSON.stringify(normalise(value));
}

function shown(value: unknown): unknown {
  return Buffer.isBuffer(value) ? '[binary]' : normalise(value);
}

/**
 * The changed fields of a record as `{ field: { from, to } }`; a create has no `from`, a delete no
 * `to`. Secret and encrypted fields are left out (a changed phone shows as `{ changed: true }`).
 */
export function auditDiff(
  before: AuditRecord | null | undefined,
  after: AuditRecord | null | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'createdAt') continue;
    if (comparable(before?.[key]) === comparable(after?.[key])) continue;
    const from = shown(before?.[key]);
    const to = shown(after?.[key]);
    if (SECRET_FIELD.test(key)) {
      out[key] = { changed: true };
      continue;
    }
    out[key] = before && after ? { from, to } : after ? { to } : { from };
  }
  return out;
}
