import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { BUSINESS_TIME_ZONE } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JOBS_SCHEMA } from '../database/database-roles';
import { pgConnectionConfig } from '../database/multi-host';
import { RequestContext } from '../context/request-context';

type PgBossInstance = {
  start(): Promise<unknown>;
  stop(options?: { graceful?: boolean; timeout?: number }): Promise<void>;
  createQueue(name: string): Promise<void>;
  schedule(name: string, cron: string, data?: object | null, options?: { tz?: string }): Promise<void>;
  work(name: string, handler: (jobs: { data: unknown }[]) => Promise<unknown>): Promise<string>;
  send(
    name: string,
    data: object,
    options?: { retryLimit?: number; retryDelay?: number; retryBackoff?: boolean },
  ): Promise<string | null>;
  on(event: 'error', handler: (err: Error) => void): void;
};

interface ScheduledJob {
  name: string;
  cron: string;
  handler: () => Promise<unknown>;
}

/**
 * Runs a job's handler in a context of its own, acting for nobody: it never inherits the principal of
 * the request that queued it. A handler that reads or writes region-bound data says
 * `asSystem((system) => ...)` and passes that caller on; with no caller the jurisdiction helpers give it nothing.
 */
function inJobContext<T>(handler: () => Promise<T>): Promise<T> {
  return RequestContext.run({}, handler);
}

/**
 * Scheduled jobs on pg-boss, in the app's own PostgreSQL: each runs once per schedule even with
 * several app instances. Crons are read in Asia/Shanghai. Modules register in onModuleInit; the
 * queue starts after the app has bootstrapped (and not at all when JOBS_ENABLED is false). Each
 * handler runs in a context of its own (see `inJobContext`).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(JobsService.name);
  private readonly jobs: ScheduledJob[] = [];
  private readonly workers = new Map<string, (data: unknown) => Promise<unknown>>();
  private boss?: PgBossInstance;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  schedule(name: string, cron: string, handler: () => Promise<unknown>): void {
    this.jobs.push({ name, cron, handler });
  }

  /** Registers the handler of a queue that `send` puts work on (retried with back-off on failure). */
  worker<T>(name: string, handler: (data: T) => Promise<unknown>): void {
    this.workers.set(name, handler as (data: unknown) => Promise<unknown>);
  }

  /**
   * Queues work for the registered worker. Without a running queue (JOBS_ENABLED=false, tests,
   * the CLI) the worker runs at once, so the outcome is the same, only not retried.
   */
  async send(name: string, data: object): Promise<void> {
    if (this.boss) {
      await this.boss.send(name, data, { retryLimit: 5, retryDelay: 30, retryBackoff: true });
      return;
    }
    const handler = this.workers.get(name);
    if (!handler) throw new Error(`No worker for queue ${name}`);
    await inJobContext(() => handler(data)).catch((err: unknown) =>
      this.log.warn({ err, job: name }, 'Job failed (not retried: no queue running)'),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobsEnabled || (!this.jobs.length && !this.workers.size)) return;
    // pg-boss is an ES module; Node ≥ 20.19 requires it like any other (the build emits require()).
    const { PgBoss } = (await import('pg-boss')) as unknown as {
      PgBoss: new (options: object) => PgBossInstance;
    };
    // The schema exists already (the owner makes it and lets the app's role create pg-boss's tables
    // in it, see database-roles.ts); the app's role may not create schemas itself.
    const boss = new PgBoss({
      ...pgConnectionConfig(this.config.databaseUrl!),
      schema: JOBS_SCHEMA,
      createSchema: false,
      max: 3,
    });
    boss.on('error', (err) => {
      // 57P01: the server is shutting down (on SIGINT the embedded PostgreSQL stops alongside us).
      if ((err as Error & { code?: string }).code === '57P01') return;
      this.log.error({ err }, 'Job queue error');
    });
    await boss.start();
    for (const job of this.jobs) {
      await boss.createQueue(job.name);
      await boss.schedule(job.name, job.cron, null, { tz: BUSINESS_TIME_ZONE });
      await boss.work(job.name, async () => {
        const started = Date.now();
        const result = await inJobContext(job.handler);
        this.log.log({ job: job.name, ms: Date.now() - started, result }, 'Job done');
        return result;
      });
    }
    for (const [name, handler] of this.workers) {
      await boss.createQueue(name);
      await boss.work(name, async (jobs) => {
        for (const job of jobs) await inJobContext(() => handler(job.data));
      });
    }
    this.boss = boss;
    this.log.log(`Scheduled jobs: ${this.jobs.map((j) => `${j.name} (${j.cron})`).join(', ')}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000 }).catch(() => undefined);
  }
}
