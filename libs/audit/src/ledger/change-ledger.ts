import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit.service';
import { declaredRecordKinds, type RecordKind } from './record-kind';

/** Work to do once a change's transaction has committed (sending the SMS it queued, say). */
export type AfterCommit = () => Promise<void>;

/** One change of one record: `before` null when it is new, `after` null when it is gone. */
export interface Change<T> {
  /** The audit trail's action, e.g. `create`, `void`, `cancel`. */
  action: string;
  before: T | null;
  after: T | null;
  /** Extra facts for the trail (a reason, the slot moved from); never personal data. */
  note?: Record<string, unknown>;
}

/**
 * A subscriber's part in a change: it runs in the change's transaction, after the audit event, and
 * may return work for after the commit.
 */
export type ChangeSubscriber<T> = (change: Change<T>, em: EntityManager) => Promise<AfterCommit | void>;

interface Subscription {
  subscriber: ChangeSubscriber<never>;
  statistics: boolean;
}

/**
 * The one way a change of an audited or counted record travels. A use case calls `record` inside
 * its transaction (opened with `transaction`); the ledger writes the audit event with the record's
 * diff, hands the change to the subscribers of its kind (the statistics, other modules' consequences)
 * in the same transaction, in the order they subscribed, and runs the work they return once the
 * transaction has committed. Nothing is asynchronous: counters commit or roll back with the change.
 */
@Injectable()
export class ChangeLedger implements OnApplicationBootstrap {
  private readonly subscriptions = new Map<string, Subscription[]>();
  /** Per open transaction: the closing work by key, and the work for after the commit. */
  private readonly open = new WeakMap<
    EntityManager,
    { closing: (() => Promise<void>)[]; afterCommit: AfterCommit[] }
  >();

  constructor(
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Subscribes to every change of a kind; `statistics` marks the source that counts it. */
  subscribe<T>(kind: RecordKind<T>, subscriber: ChangeSubscriber<T>, options: { statistics?: boolean } = {}) {
    const list = this.subscriptions.get(kind.name) ?? [];
    list.push({ subscriber: subscriber as ChangeSubscriber<never>, statistics: options.statistics ?? false });
    this.subscriptions.set(kind.name, list);
  }

  /** A counted kind that no statistics source subscribes to would be silently missing from every figure. */
  onApplicationBootstrap(): void {
    const uncounted = declaredRecordKinds().filter(
      (k) => k.counted && !this.subscriptions.get(k.name)?.some((s) => s.statistics),
    );
    if (uncounted.length)
      throw new Error(
        `No statistics source subscribes to the counted record kinds ${uncounted.map((k) => k.name).join(', ')}`,
      );
  }

  /**
   * Runs `work` in a transaction whose changes may be recorded; then, still inside it, the closing
   * work subscribers left (e.g. the counters, written last so that their rows are locked for the
   * commit alone); then, once committed, the work they left for after the commit.
   */
  async transaction<R>(work: (em: EntityManager) => Promise<R>): Promise<R> {
    const state = { closing: [] as (() => Promise<void>)[], afterCommit: [] as AfterCommit[] };
    const result = await this.dataSource.transaction(async (em) => {
      this.open.set(em, state);
      const done = await work(em);
      for (const close of state.closing) await close();
      return done;
    });
    for (const done of state.afterCommit) await done();
    return result;
  }

  /**
   * Runs `work` in `em`'s transaction when one is given (another module's use case that this one is
   * part of: an approved request that makes a swap, say, all or nothing), else in a transaction of its own.
   */
  within<R>(em: EntityManager | undefined, work: (em: EntityManager) => Promise<R>): Promise<R> {
    if (!em) return this.transaction(work);
    this.openIn(em);
    return work(em);
  }

  /** Work to do at the end of `em`'s transaction, just before it commits. */
  beforeCommit(em: EntityManager, work: () => Promise<void>): void {
    this.openIn(em).closing.push(work);
  }

  /** Work for after the commit of `em`'s transaction, which `transaction` must have opened. */
  afterCommit(em: EntityManager, work: AfterCommit): void {
    this.openIn(em).afterCommit.push(work);
  }

  private openIn(em: EntityManager) {
    const state = this.open.get(em);
    if (!state) throw new Error('A change was recorded in a transaction the ledger did not open');
    return state;
  }

  /** Records a change of one record in `em`'s transaction: audit event, then every subscriber. */
  async record<T>(em: EntityManager, kind: RecordKind<T>, change: Change<T>): Promise<void> {
    const subject = change.after ?? change.before;
    if (!subject) throw new Error(`A change of ${kind.name} names no record`);
    const { id, regionCode } = kind.identify(subject);
    await this.audit.record(em, {
      action: change.action,
      entityType: kind.entityType,
      entityId: id,
      regionCode,
      before: change.before && kind.auditView(change.before),
      after: change.after && kind.auditView(change.after),
      note: change.note,
    });
    await this.handOn(em, kind, change);
  }

  /** Hands a change to every subscriber of its kind, in order; their after-commit work is kept. */
  private async handOn<T>(em: EntityManager, kind: RecordKind<T>, change: Change<T>): Promise<void> {
    for (const { subscriber } of this.subscriptions.get(kind.name) ?? []) {
      const work = await (subscriber as ChangeSubscriber<T>)(change, em);
      if (work) this.afterCommit(em, work);
    }
  }

  /**
   * Records many changes of one kind at once (an import of past records, its withdrawal): ONE audit
   * event for the whole batch (`summary`: the batch's action, entity and facts; the records carry the
   * batch's id), then every subscriber for every change, in the same transaction. A per-record event
   * would be one more INSERT per row, which is most of the cost of a 10,000-row import; the
   * statistics gather the changes and move the counters in one statement before the commit.
   */
  async recordBatch<T>(
    em: EntityManager,
    kind: RecordKind<T>,
    changes: Change<T>[],
    summary: {
      action: string;
      entityType: string;
      entityId: string;
      regionCode: string;
      note: Record<string, unknown>;
    },
  ): Promise<void> {
    this.openIn(em);
    await this.audit.record(em, {
      action: summary.action,
      entityType: summary.entityType,
      entityId: summary.entityId,
      regionCode: summary.regionCode,
      note: { ...summary.note, recordKind: kind.name, records: changes.length },
    });
    for (const change of changes) await this.handOn(em, kind, change);
  }
}
