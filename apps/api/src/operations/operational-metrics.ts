import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { Clock, JOBS_SCHEMA } from '@app/core';
import { StatsVerifyService } from '@app/stats';

/** Seconds: from a fast public read to a slow export. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The pool of `pg` under TypeORM's PostgreSQL driver. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * What an operator watches, in Prometheus' text format (`GET /metrics`): requests by route and status
 * with their latency, the database pool, the job queues, the SMS outbox, the audit trail's sealing
 * and the statistics' last nightly verification, plus the process' own (`process_*`, `nodejs_*`).
 * The figures from the database are read once per scrape, with the app's clock; each instance
 * answers for itself (the nightly verification on the instance that ran it).
 */
@Injectable()
export class OperationalMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route and status class (2xx…5xx)',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly pool = this.gauge('db_pool_connections', 'Database pool connections, by state', ['state']);
  private readonly jobsQueued = this.gauge('job_queue_depth', 'Jobs due and not yet started, by queue', [
    'queue',
  ]);
  private readonly jobsAge = this.gauge(
    'job_queue_oldest_age_seconds',
    'Age of the oldest job due and not yet started, by queue',
    ['queue'],
  );
  private readonly smsPending = this.gauge('sms_outbox_pending', 'SMS waiting to be handed to a provider');
  private readonly smsLag = this.gauge(
    'sms_outbox_oldest_pending_age_seconds',
    'Age of the oldest SMS waiting to be handed to a provider (0 when none)',
  );
  private readonly smsFailed = this.gauge(
    'sms_outbox_failed',
    'SMS given up after their retries, still in the outbox',
  );
  private readonly auditUnsealed = this.gauge(
    'audit_unsealed_events',
    'Audit events not yet linked into the hash chain',
  );
  private readonly auditLag = this.gauge(
    'audit_sealing_lag_seconds',
    'Age of the oldest audit event not yet linked into the hash chain (0 when none)',
  );
  private readonly statsDifferences = this.gauge(
    'stats_verification_differences',
    'Counters that differed from a recount at the last nightly verification on this instance (-1: none run yet)',
  );
  private readonly statsVerifiedAt = this.gauge(
    'stats_verification_timestamp_seconds',
    'When the last nightly verification on this instance ran (Unix seconds; 0: none yet)',
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verify: StatsVerifyService,
    private readonly clock: Clock,
  ) {
    collectDefaultMetrics({ register: this.registry });
  }

  private gauge(name: string, help: string, labelNames: string[] = []): Gauge {
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }

  /** One answered request; `route` is the matched route's pattern (never the raw URL). */
  observe(method: string, route: string, status: number, seconds: number): void {
    this.requests.inc({ method, route, status: String(status) });
    this.latency.observe({ method, route, status_class: `${Math.floor(status / 100)}xx` }, seconds);
  }

  /** The text Prometheus scrapes. */
  async text(): Promise<string> {
    await this.readDatabase();
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async readDatabase(): Promise<void> {
    const pool = (this.dataSource.driver as unknown as { master?: PgPool }).master;
    if (pool) {
      this.pool.set({ state: 'total' }, pool.totalCount);
      this.pool.set({ state: 'idle' }, pool.idleCount);
      this.pool.set({ state: 'waiting' }, pool.waitingCount);
    }
    const now = this.clock.now();
    const [row]: {
      sms_pending: number;
      sms_lag: number | null;
      sms_failed: number;
      audit_unsealed: number;
      audit_lag: number | null;
      jobs: boolean;
    }[] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM sms_outbox WHERE status = 'pending') AS sms_pending,
              (SELECT extract(epoch FROM $1 - min(created_at))::float8 FROM sms_outbox WHERE status = 'pending') AS sms_lag,
              (SELECT count(*)::int FROM sms_outbox WHERE status = 'failed') AS sms_failed,
              (SELECT count(*)::int FROM audit_event WHERE seq IS NULL) AS audit_unsealed,
              (SELECT extract(epoch FROM $1 - min(occurred_at))::float8 FROM audit_event WHERE seq IS NULL) AS audit_lag,
              to_regclass('${JOBS_SCHEMA}.job') IS NOT NULL AS jobs`,
      [now],
    );
    this.smsPending.set(row.sms_pending);
    this.smsLag.set(Math.max(0, row.sms_lag ?? 0));
    this.smsFailed.set(row.sms_failed);
    this.auditUnsealed.set(row.audit_unsealed);
    this.auditLag.set(Math.max(0, row.audit_lag ?? 0));
    this.jobsQueued.reset();
    this.jobsAge.reset();
    if (row.jobs) {
      // pg-boss' own table: due jobs not yet started ('created', or waiting for a retry).
      const queues: { name: string; n: number; age: number }[] = await this.dataSource.query(
        `SELECT name, count(*)::int AS n, extract(epoch FROM $1 - min(start_after))::float8 AS age
           FROM ${JOBS_SCHEMA}.job WHERE state IN ('created', 'retry') AND start_after <= $1 GROUP BY name`,
        [now],
      );
      for (const q of queues) {
        this.jobsQueued.set({ queue: q.name }, q.n);
        this.jobsAge.set({ queue: q.name }, Math.max(0, q.age));
      }
    }
    const last = this.verify.lastNightly;
    this.statsDifferences.set(last ? last.differences : -1);
    this.statsVerifiedAt.set(last ? last.at.getTime() / 1000 : 0);
  }
}
