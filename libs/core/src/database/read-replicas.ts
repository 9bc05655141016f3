import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { DataSource, EntityManager, type QueryRunner } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Clock } from '../time/clock';
import { dataSourceOptions } from './data-source-options';

/** Where an answer's figures were read, and how old they may be. */
export interface ReadFreshness {
  source: 'primary' | 'replica';
  /** The figures include every change committed up to this instant. */
  asOf: Date;
  /** How far the replica's replay was behind (seconds, 0 on the primary). */
  lagSeconds: number;
}

/**
 * The replica's delay: 0 when it has replayed all it received (an idle primary sends nothing, so the
 * last replayed commit may be old while nothing is missing), else the age of the last replayed commit.
 */
const LAG_SQL = `SELECT CASE
    WHEN NOT pg_is_in_recovery() THEN 0
    WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
    ELSE greatest(0, coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), 0))
  END::float8 AS lag`;

/** How long a replica that failed is left alone before it is tried again. */
const RETRY_AFTER_MS = 10_000;

interface Replica {
  url: string;
  dataSource?: Promise<DataSource>;
  downUntil: number;
}

/** Errors of the connection rather than of the statement: the replica is gone, not the query wrong. */
function isConnectionError(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    /^(08|57P)/.test(e.code ?? '') ||
    /^E(CONNREFUSED|CONNRESET|HOSTUNREACH|TIMEDOUT|PIPE)$/.test(e.code ?? '') ||
    /Connection terminated|connect ECONNREFUSED|timeout/i.test(e.message ?? '')
  );
}

/**
 * Reads for statistics, exports and reports from a streaming replica (`DATABASE_READ_URL`), with
 * the rule that keeps a caller's own writes in view: a caller who changed something in the last
 * `afterWriteSeconds` (an audited change, noted by the audit trail with `noteWrite`) reads the
 * primary. A replica further behind than `maxLagSeconds`, or one that does not answer, is passed
 * over for the primary too. Each answer says where it was read and how fresh it is.
 *
 * The memory of writes is this process's own: behind a load balancer, a caller whose write went to
 * another instance may read a replica that has not replayed it yet for up to its lag (which the
 * answer tells); synchronous replication with `synchronous_commit = remote_apply` removes that gap.
 */
@Injectable()
export class ReadReplicas implements OnModuleDestroy {
  private readonly log = new Logger(ReadReplicas.name);
  private readonly replicas: Replica[];
  private readonly lastWrite = new Map<string, number>();
  private next = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly primary: DataSource,
    private readonly clock: Clock,
  ) {
    this.replicas = config.databaseReadUrls.map((url) => ({ url, downUntil: 0 }));
  }

  /** Whether any replica is configured. */
  get configured(): boolean {
    return this.replicas.length > 0;
  }

  /** The caller (a staff member's or resident's id) has just changed something. */
  noteWrite(callerId: string): void {
    if (!this.replicas.length) return;
    const now = this.clock.now().getTime();
    this.lastWrite.set(callerId, now);
    // Forget callers whose window has passed, now and then, so the map stays as small as the window.
    if (this.lastWrite.size > 10_000) {
      const horizon = now - this.config.readReplica.afterWriteSeconds * 1000;
      for (const [id, at] of this.lastWrite) if (at < horizon) this.lastWrite.delete(id);
    }
  }

  /** Whether `callerId` wrote within the window and so reads the primary. */
  wroteRecently(callerId: string | undefined): boolean {
    if (!callerId) return false;
    const at = this.lastWrite.get(callerId);
    return (
      at !== undefined && this.clock.now().getTime() - at < this.config.readReplica.afterWriteSeconds * 1000
    );
  }

  /**
   * Runs `work` (reads only) on a replica when the rule allows, else on the primary; `work` gets
   * the connection's EntityManager and the answer's freshness. One replica serves the whole of
   * `work`, so its parts agree with each other.
   */
  async read<T>(
    callerId: string | undefined,
    work: (em: EntityManager, freshness: ReadFreshness) => Promise<T>,
  ): Promise<T> {
    const replica = this.wroteRecently(callerId) ? undefined : this.pick();
    if (replica) {
      const answer = await this.readOn(replica, work);
      if (answer) return answer.value;
    }
    return work(this.primary.manager, { source: 'primary', asOf: this.clock.now(), lagSeconds: 0 });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(
      this.replicas.map(async (r) => {
        const ds = await r.dataSource?.catch(() => undefined);
        if (ds?.isInitialized) await ds.destroy();
      }),
    );
  }

  /** The next replica in turn that is not resting after a failure. */
  private pick(): Replica | undefined {
    const now = performance.now();
    for (let i = 0; i < this.replicas.length; i++) {
      const r = this.replicas[(this.next + i) % this.replicas.length];
      if (r.downUntil <= now) {
        this.next = (this.next + i + 1) % this.replicas.length;
        return r;
      }
    }
    return undefined;
  }

  /** `work` on the replica; undefined when the replica failed or lags too far (then the primary answers). */
  private async readOn<T>(
    replica: Replica,
    work: (em: EntityManager, freshness: ReadFreshness) => Promise<T>,
  ): Promise<{ value: T } | undefined> {
    let runner;
    // Until `work` starts, any failure is the replica's; within it, only a lost connection is.
    let working = false;
    try {
      replica.dataSource ??= new DataSource({
        ...dataSourceOptions(replica.url, Math.max(2, Math.ceil(this.config.dbPoolSize / 2))),
        migrations: [],
      }).initialize();
      runner = (await replica.dataSource).createQueryRunner();
      await runner.connect();
      const [{ lag }] = (await runner.query(LAG_SQL)) as { lag: number }[];
      if (lag > this.config.readReplica.maxLagSeconds) return undefined;
      const lagSeconds = Math.round(lag * 10) / 10;
      const asOf = new Date(this.clock.now().getTime() - lagSeconds * 1000);
      working = true;
      // One snapshot for the whole of `work`, whose parts may run at once: on one connection they
      // take turns (node-postgres no longer queues a query sent while another runs).
      await runner.startTransaction('REPEATABLE READ');
      oneAtATime(runner);
      const value = await work(runner.manager, { source: 'replica', asOf, lagSeconds });
      await runner.commitTransaction();
      return { value };
    } catch (err) {
      if (working && !isConnectionError(err)) throw err;
      this.log.warn({ err, replica: redact(replica.url) }, 'Read replica failed; reading the primary');
      replica.downUntil = performance.now() + RETRY_AFTER_MS;
      const failed = replica.dataSource;
      replica.dataSource = undefined;
      void failed?.then((ds) => (ds.isInitialized ? ds.destroy() : undefined)).catch(() => undefined);
      return undefined;
    } finally {
      if (runner?.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner?.release().catch(() => undefined);
    }
  }
}

/** Makes the queries sent through `runner` wait for the one before them. */
function oneAtATime(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = last.then(() => query(...args));
    last = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}

/** A URL without its password, for the log. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
