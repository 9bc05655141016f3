import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/core';

/** Events linked per call of `audit_event_seal`; a backlog is worked off in batches of this size. */
const BATCH = 5000;

/**
 * Links new audit events into the hash chain. Writers append unsealed events without waiting for
 * each other; this seals the committed ones in order, every `AUDIT_SEAL_INTERVAL_MS`, and before
 * anyone reads the trail. Several app instances may run it: the database function takes the
 * chain's lock, so they seal one after another and never fork the chain.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(AuditSealer.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.auditSealIntervalMs <= 0) return;
    this.timer = setInterval(() => {
      if (this.running || this.stopped) return;
      this.seal().catch((err: unknown) => this.log.error(`sealing the audit chain failed: ${String(err)}`));
    }, this.config.auditSealIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Seals every event committed so far; returns how many were linked. */
  seal(): Promise<number> {
    const run = (this.running ?? Promise.resolve(0))
      .catch(() => 0)
      .then(() => this.sealAll())
      .finally(() => {
        if (this.running === run) this.running = null;
      });
    this.running = run;
    return run;
  }

  private async sealAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const [{ n }] = await this.dataSource.query(`SELECT audit_event_seal($1) AS n`, [BATCH]);
      total += n;
      if (n < BATCH) return total;
    }
  }
}
