import type {
  AfterQueryEvent,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

/**
 * What a cached public read depends on: `directory` — service points, their regions, duty shifts,
 * the lawyers' names, advisors and the working-day calendar (the directory, a point's page and its
 * slots all show them); `slots` — the places taken in a slot (only the slot lists show them).
 */
export type PublicReadTopic = 'directory' | 'slots';

const DIRECTORY_TABLES = new Set([
  'service_point',
  'region',
  'duty_shift',
  'advisor_assignment',
  'calendar_day',
  'calendar_notice',
]);

// The statement's verb and the table it writes; "FOR UPDATE OF b", "DO UPDATE SET" and the like name
// no table here, so they match nothing watched.
const WRITE =
  /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE\s+INTO|TRUNCATE(?:\s+TABLE)?)\s+(?:ONLY\s+)?(?:"?public"?\.)?"?([A-Za-z_]\w*)"?/gi;
const MAY_WRITE = /insert|update|delete|merge|truncate/i;
// The SET list of an UPDATE of staff, up to its WHERE (or the end).
const STAFF_SET =
  /\bUPDATE\s+"?staff"?(?:\s+(?:AS\s+)?\w+)?\s+SET\s+([\s\S]*?)(?:\bWHERE\b|\bFROM\b|\bRETURNING\b|$)/i;
const NAME_ASSIGNED = /(?:^|[\s,(])"?name"?\s*=/i;

/**
 * The public reads a statement can change, from its SQL text. Every write of this process goes
 * through TypeORM's query runner, whatever wrote it (a service's raw SQL, an entity `save`, the demo
 * seed, a job), so watching the statements finds them all without each writer having to say so.
 *
 * Left out on purpose: staff rows change at every sign-in (`last_login_at`, `locked_until`), and
 * only their `name` is shown publicly.
 */
export function changedTopics(sql: string): PublicReadTopic[] {
  if (!MAY_WRITE.test(sql)) return [];
  const topics = new Set<PublicReadTopic>();
  for (const [, verb, rawTable] of sql.matchAll(WRITE)) {
    const table = rawTable.toLowerCase();
    const kind = verb.split(/\s/)[0].toUpperCase();
    if (DIRECTORY_TABLES.has(table)) topics.add('directory');
    else if (table === 'booking_slot') topics.add('slots');
    else if (table === 'staff') {
      if (kind !== 'UPDATE') continue;
      const set = STAFF_SET.exec(sql)?.[1];
      if (set === undefined || NAME_ASSIGNED.test(set)) topics.add('directory');
    }
  }
  return [...topics];
}

/**
 * A TypeORM subscriber that reports the topics a committed write changed: at once for a statement
 * outside a transaction, at the outer COMMIT for one inside (nothing for a rolled-back transaction),
 * so that a reader who sees the writer's answer also sees the change. It runs before the
 * transaction's promise resolves, i.e. before the writer's HTTP answer is sent.
 */
export class ChangeWatch implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, Set<PublicReadTopic>>();

  constructor(private readonly changed: (topics: PublicReadTopic[]) => void) {}

  afterQuery(event: AfterQueryEvent): void {
    const topics = changedTopics(event.query);
    if (!topics.length) return;
    const runner = event.queryRunner;
    if (!runner?.isTransactionActive) {
      this.changed(topics);
      return;
    }
    let set = this.pending.get(runner);
    if (!set) this.pending.set(runner, (set = new Set()));
    for (const t of topics) set.add(t);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint leaves the transaction open: wait for the outer COMMIT.
    if (event.queryRunner.isTransactionActive) return;
    const set = this.pending.get(event.queryRunner);
    if (!set) return;
    this.pending.delete(event.queryRunner);
    this.changed([...set]);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // A savepoint rolled back may have held only some of the writes: keep them all (a needless
    // invalidation costs one read), and forget them with the whole transaction.
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }
}
