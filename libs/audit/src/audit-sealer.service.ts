import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, Clock } from '@app/core';
import { AuditEventsRepository } from './audit-events.repository';
import { GENESIS_HASH, keyedDigest, linkMessage } from './chain/audit-chain';
import {
  AUDIT_CHECKPOINT_SINK,
  type AuditCheckpoint,
  type AuditCheckpointSink,
} from './chain/audit-checkpoints';

/** Events linked per transaction; a backlog is worked off in batches of this size. */
const BATCH = 5000;

/**
 * Links new audit events into the hash chain. Writers append unsealed events without waiting for
 * each other; this seals the committed ones in order, every `AUDIT_SEAL_INTERVAL_MS`, and before
 * anyone reads the trail. Each link is an HMAC under AUDIT_KEY computed here (the database never
 * holds the key) and stored by the owner's `audit_event_link`; after each seal the last link goes
 * to the checkpoint target outside the database. A chain that no longer reaches the last
 * checkpoint (a deleted tail, a rewritten link) is not extended: new events stay unsealed, still
 * recorded, until someone has looked (verify reports it). Several app instances may seal: they
 * take the chain's lock one after another and never fork the chain.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(AuditSealer.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;
  private chain: Promise<string> | null = null;
  /** The last checkpoint this instance knows of; undefined until read from the target. */
  private checkpoint: AuditCheckpoint | null | undefined;
  private refusal: string | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AUDIT_CHECKPOINT_SINK) private readonly checkpoints: AuditCheckpointSink,
    private readonly events: AuditEventsRepository,
    private readonly clock: Clock,
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

  /** Which database's chain this is, as checkpoints name it. */
  chainIdentity(): Promise<string> {
    this.chain ??= this.events.chainIdentity().catch((err: unknown) => {
      this.chain = null;
      throw err;
    });
    return this.chain;
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
    // Most ticks find nothing to link: one cheap probe instead of a transaction under the lock.
    if (!(await this.events.hasUnsealed())) return 0;
    const chain = await this.chainIdentity();
    if (this.checkpoint === undefined) this.checkpoint = await this.checkpoints.latest(chain);
    let total = 0;
    for (;;) {
      const sealed = await this.dataSource.transaction((em) => this.sealBatch(em));
      if (!sealed) return total;
      // After the commit (no file I/O inside a transaction): the links exist whatever happens here.
      const checkpoint = { seq: sealed.seq, hash: sealed.hash, at: this.clock.now().toISOString() };
      try {
        await this.checkpoints.append(chain, checkpoint);
        this.checkpoint = checkpoint;
      } catch (err) {
        this.log.error(`writing the audit checkpoint at seq ${sealed.seq} failed: ${String(err)}`);
      }
      total += sealed.count;
      if (sealed.count < BATCH) return total;
    }
  }

  private async sealBatch(em: EntityManager): Promise<{ count: number; seq: number; hash: string } | null> {
    await this.events.lockChain(em);
    const last = await this.events.findLastLink(em);
    const divergence = await this.divergence(last, em);
    if (divergence) {
      if (divergence !== this.refusal)
        this.log.error(`The audit chain is not extended: ${divergence}. New events stay unsealed.`);
      this.refusal = divergence;
      return null;
    }
    this.refusal = null;
    const pending = await this.events.findUnsealed(BATCH, em);
    if (!pending.length) return null;
    const firstSeq = (last?.seq ?? 0) + 1;
    let prev = last?.hash ?? GENESIS_HASH;
    const hashes = pending.map((e, i) => {
      prev = keyedDigest(this.config.auditKey, linkMessage(prev, firstSeq + i, e.body));
      return prev;
    });
    await this.events.link(
      pending.map((e) => e.id),
      hashes,
      firstSeq,
      last?.hash ?? GENESIS_HASH,
      em,
    );
    return { count: pending.length, seq: firstSeq + pending.length - 1, hash: prev };
  }

  /** Why the chain in the database does not continue the last checkpoint; null when it does. */
  private async divergence(
    last: { seq: number; hash: string } | null,
    em: EntityManager,
  ): Promise<string | null> {
    const cp = this.checkpoint;
    if (!cp) return null;
    if (!last || last.seq < cp.seq)
      return `it ends at seq ${last?.seq ?? 0}, but the checkpoint of ${cp.at} recorded seq ${cp.seq}`;
    const hash = last.seq === cp.seq ? last.hash : await this.events.findHashAt(cp.seq, em);
    return hash === cp.hash ? null : `seq ${cp.seq} differs from the checkpoint of ${cp.at}`;
  }
}
