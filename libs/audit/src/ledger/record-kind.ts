/**
 * A kind of record whose changes travel through the change ledger: its name in the audit trail, the
 * fields the trail keeps of it, and whether the statistics count it. Each writer declares its kinds
 * next to its entity (`*.records.ts`), so that what subscribes to a kind can import it from there.
 */
export interface RecordKind<T> {
  /** The kind's own name, e.g. `service_log`: unique, and what statistics sources subscribe by. */
  readonly name: string;
  /** The audit trail's `entityType`: the name, unless the kind files its events under another (a roster's publication under `duty_shift`). */
  readonly entityType: string;
  /** The statistics count records of this kind: a statistics source must subscribe to it. */
  readonly counted: boolean;
  /** The fields the audit trail keeps of a record (never personal data); null for none. */
  readonly auditView: (record: T) => Record<string, unknown> | null;
  /**
   * The record's id (null for a change of many records at once) and GB/T 2260 region code, as the
   * audit trail files it (null for a fact of the whole deployment, e.g. a nightly recount).
   */
  readonly identify: (record: T) => { id: string | null; regionCode: string | null };
}

/** The kinds declared so far (by import), so that the ledger can check each counted one has a source. */
const declared = new Map<string, RecordKind<unknown>>();

export function defineRecordKind<T extends object>(
  name: string,
  options: {
    counted: boolean;
    entityType?: string;
    auditView?: (record: T) => Record<string, unknown> | null;
    identify?: (record: T) => { id: string | null; regionCode: string | null };
  },
): RecordKind<T> {
  if (declared.has(name)) throw new Error(`Record kind ${name} is declared twice`);
  const kind: RecordKind<T> = {
    name,
    entityType: options.entityType ?? name,
    counted: options.counted,
    // The diff leaves out bookkeeping timestamps and secret fields itself (audit-diff.ts).
    auditView: options.auditView ?? ((record) => ({ ...record }) as Record<string, unknown>),
    identify:
      options.identify ??
      ((r) => {
        const { id, regionCode } = r as T & { id: string; regionCode: string };
        return { id, regionCode };
      }),
  };
  declared.set(name, kind as RecordKind<unknown>);
  return kind;
}

export function declaredRecordKinds(): RecordKind<unknown>[] {
  return [...declared.values()];
}
