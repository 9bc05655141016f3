import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, PiiCipher } from '@app/core';
import { SMS_PROVIDERS, type SmsProviders } from './providers/sms-providers';
import type { SmsProvider, SmsSendResult } from './providers/sms-provider';
import { TokenBucket } from './providers/token-bucket';
import { redactedParams } from './sms-templates';
import { type ClaimedSms, SmsOutboxRepository } from './sms-outbox.repository';
import type { SmsOutbox } from './sms-outbox.entity';

/** How long a claim holds a message; well beyond a provider's timeout, so a lapse means the worker died. */
const LEASE_MS = 2 * 60_000;
/** A provider that just failed goes to the back of the order for this long. */
const COOL_DOWN_MS = 30_000;
const FIRST_RETRY_MS = 10_000;
const MAX_RETRY_MS = 15 * 60_000;

type Failure = Extract<SmsSendResult, { ok: false }> & { provider: string };

/** The wait before the next attempt: 10 s, doubling, at most 15 minutes. */
export const retryDelayMs = (attempts: number) =>
  Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));

/**
 * Hands outbox messages to the providers. With `SMS_WORKER` on (wherever the scheduled jobs run)
 * a worker drains the outbox continuously: it claims due messages in batches (FOR UPDATE SKIP
 * LOCKED, so several instances share the work), hands over up to `SMS_WORKER_CONCURRENCY` at a
 * time within each provider's rate (a token bucket), and sleeps until `wake()` (a message was
 * committed in this process) or the next poll (messages from other processes, retries). Without
 * it (tests, the CLI) `deliverNow` hands the given messages over at once.
 *
 * Each attempt walks the providers in the `SMS_PROVIDER` order (one that failed lately goes last):
 * a provider that fails passes the message to the next; one that throttles, or the end of the
 * order, puts it back with a growing delay; a number no provider can reach, or the last attempt,
 * marks it failed. Every outcome is recorded on the message.
 */
@Injectable()
export class SmsDeliveryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('SmsDelivery');
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly coolingUntil = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private running?: Promise<void>;
  private stopped = false;
  private woken = false;
  private wakeUp?: () => void;

  constructor(
    private readonly outbox: SmsOutboxRepository,
    @Inject(SMS_PROVIDERS) private readonly providers: SmsProviders,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const rates: Record<string, number | undefined> = {
      log: config.sms.logRatePerSecond,
      aliyun: config.sms.aliyun?.ratePerSecond,
      tencent: config.sms.tencent?.ratePerSecond,
    };
    for (const p of providers) this.buckets.set(p.name, new TokenBucket(rates[p.name] ?? 10));
  }

  get workerRunning(): boolean {
    return this.running !== undefined;
  }

  onApplicationBootstrap(): void {
    if (this.config.sms.worker) this.running = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.running;
    await Promise.all([...this.inFlight]);
  }

  /** Tells the worker that messages are waiting. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Hands the given messages over now (those due and not held by a worker); never throws. */
  async deliverNow(ids: string[]): Promise<void> {
    const now = this.clock.now();
    const rows = await this.outbox.claimIds(ids, now, new Date(now.getTime() + LEASE_MS));
    for (const row of rows) await this.deliver(row);
  }

  private async run(): Promise<void> {
    const { concurrency } = this.config.sms;
    while (!this.stopped) {
      const free = concurrency - this.inFlight.size;
      if (free <= 0) {
        await Promise.race([...this.inFlight]);
        continue;
      }
      let rows: ClaimedSms[] = [];
      try {
        const now = this.clock.now();
        this.woken = false;
        rows = await this.outbox.claimDue(now, free, new Date(now.getTime() + LEASE_MS));
      } catch (err) {
        this.log.warn({ err }, 'Could not read the SMS outbox; trying again');
      }
      if (!rows.length) {
        await this.idle();
        continue;
      }
      for (const row of rows) {
        const delivery: Promise<void> = this.deliver(row).finally(() => this.inFlight.delete(delivery));
        this.inFlight.add(delivery);
      }
    }
  }

  /** Until woken, or the poll interval has passed. */
  private idle(): Promise<void> {
    if (this.woken || this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.config.sms.pollMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = undefined;
        done();
      };
    });
  }

  /** The providers in the order to try now: those that failed lately last. */
  private order(): SmsProvider[] {
    const now = performance.now();
    const cooling = (p: SmsProvider) => (this.coolingUntil.get(p.name) ?? 0) > now;
    return [...this.providers.filter((p) => !cooling(p)), ...this.providers.filter(cooling)];
  }

  private async deliver(row: ClaimedSms): Promise<void> {
    try {
      await this.attempt(row);
    } catch (err) {
      // The outcome could not be recorded (the database is away): the claim lapses and it is tried again.
      this.log.warn({ err, sms: row.id }, 'SMS outcome not recorded; the message will be tried again');
    }
  }

  private async attempt(row: ClaimedSms): Promise<void> {
    const message = {
      id: row.id,
      phone: this.pii.decrypt(row.phoneEnc),
      template: row.kind,
      params: row.params,
      text: row.text,
    };
    let failure: Failure | undefined;
    for (const provider of this.order()) {
      await this.buckets.get(provider.name)!.take();
      const result = await provider.send(message).catch((err: unknown): SmsSendResult => ({
        ok: false,
        code: 'UNREACHABLE',
        message: String((err as Error)?.message ?? err),
        kind: 'failed',
      }));
      if (result.ok) {
        this.coolingUntil.delete(provider.name);
        await this.outbox.update(row.id, {
          status: 'sent',
          sentAt: this.clock.now(),
          attempts: row.attempts + 1,
          lastError: null,
          provider: provider.name,
          providerMessageId: result.messageId,
          providerCode: result.code,
          ...this.redacted(row),
        });
        return;
      }
      failure = { ...result, provider: provider.name };
      if (result.kind !== 'failed') break;
      this.coolingUntil.set(provider.name, performance.now() + COOL_DOWN_MS);
    }
    const attempts = row.attempts + 1;
    const giveUp = !failure || failure.kind === 'rejected' || attempts >= this.config.sms.maxAttempts;
    const now = this.clock.now();
    await this.outbox.update(row.id, {
      status: giveUp ? 'failed' : 'pending',
      attempts,
      nextAttemptAt: giveUp ? now : new Date(now.getTime() + retryDelayMs(attempts)),
      lastError: (failure?.message ?? 'no SMS provider configured').slice(0, 500),
      provider: failure?.provider ?? null,
      providerCode: failure?.code ?? null,
      // Given up: a code in it is of no use to anyone any more.
      ...(giveUp ? this.redacted(row) : {}),
    });
  }

  /** The columns that take a message's secret out once it needs it no more. */
  private redacted(row: ClaimedSms): Partial<SmsOutbox> {
    if (row.redactedText === null) return {};
    const params = redactedParams(row.kind, row.params);
    return { text: row.redactedText, redactedText: null, ...(params ? { params } : {}) };
  }
}
