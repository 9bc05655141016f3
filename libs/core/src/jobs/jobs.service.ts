import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { BUSINESS_TIME_ZONE } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

type PgBossInstance = {
  start(): Promise<unknown>;
  stop(options?: { graceful?: boolean; timeout?: number }): Promise<void>;
  createQueue(name: string): Promise<void>;
  schedule(name: string, cron: string, data?: object | null, options?: { tz?: string }): Promise<void>;
  work(name: string, handler: (jobs: { data: unknown }[]) => Promise<unknown>): Promise<string>;
  on(event: 'error', handler: (err: Error) => void): void;
};

interface ScheduledJob {
  name: string;
  cron: string;
  handler: () => Promise<unknown>;
}

/**
 * Scheduled jobs on pg-boss, in the app's own PostgreSQL: each runs once per schedule even with
 * several app instances. Crons are read in Asia/Shanghai. Modules register in onModuleInit; the
 * queue starts after the app has bootstrapped (and not at all when JOBS_ENABLED is false).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(JobsService.name);
  private readonly jobs: ScheduledJob[] = [];
  private boss?: PgBossInstance;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  schedule(name: string, cron: string, handler: () => Promise<unknown>): void {
    this.jobs.push({ name, cron, handler });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobsEnabled || !this.jobs.length) return;
    // pg-boss is an ES module; Node ≥ 20.19 requires it like any other (the build emits require()).
    const { PgBoss } = (await import('pg-boss')) as unknown as {
      PgBoss: new (options: object) => PgBossInstance;
    };
    const boss = new PgBoss({ connectionString: this.config.databaseUrl, schema: 'pgboss', max: 3 });
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
        const result = await job.handler();
        this.log.log({ job: job.name, ms: Date.now() - started, result }, 'Job done');
        return result;
      });
    }
    this.boss = boss;
    this.log.log(`Scheduled jobs: ${this.jobs.map((j) => `${j.name} (${j.cron})`).join(', ')}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000 }).catch(() => undefined);
  }
}
