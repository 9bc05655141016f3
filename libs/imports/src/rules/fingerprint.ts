import { createHash } from 'node:crypto';
import type { ImportKind } from '../import-kinds';
import type { CheckedRow } from './check-rows';

/**
 * One fingerprint per row: sha256 of the kind and the row's normalised content (dates as instants, the
 * service point by id, the lawyer as the row named them), and which of the equal rows of its file it is (a
 * ledger may hold two identical lines). The same rows again, in any order or file, give the same
 * fingerprints, which a standing import holds.
 */
export function rowFingerprints(kind: ImportKind, rows: CheckedRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map(({ record }) => {
    // A lawyer by the name the row gave: once a name not on the staff was imported, it resolves to
    // the staff row kept for it, and the same row must still fingerprint the same.
    const content = JSON.stringify([kind, record], (key, value: unknown) =>
      (key === 'lawyer' || key === 'lecturer') && value ? (value as { as: string }).as : value,
    );
    const n = (seen.get(content) ?? 0) + 1;
    seen.set(content, n);
    return createHash('sha256').update(`${content}#${n}`).digest('hex');
  });
}
