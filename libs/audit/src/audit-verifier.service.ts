import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditSealer } from './audit-sealer.service';
import { ChainWalk } from './chain/audit-chain';
import { AUDIT_CHECKPOINT_SINK, type AuditCheckpointSink } from './chain/audit-checkpoints';
import type { AuditChainResponse } from './dto/audit-event.response';

/** Links read per round trip while walking the chain. */
const PAGE = 5000;

/** Checks the audit trail against its key and against the last checkpoint written outside the database. */
@Injectable()
export class AuditVerifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AUDIT_CHECKPOINT_SINK) private readonly checkpoints: AuditCheckpointSink,
    private readonly events: AuditEventsRepository,
    private readonly sealer: AuditSealer,
  ) {}

  /**
   * Seals what is pending, then walks the whole chain (one snapshot) and compares it with the last
   * checkpoint: a checkpoint beyond the chain's end means its tail was deleted (`missingAfter`), a
   * checkpoint whose link now has another hash means the chain was rebuilt from there.
   */
  async verify(): Promise<AuditChainResponse> {
    await this.sealer.seal();
    const checkpoint = await this.checkpoints.latest(await this.sealer.chainIdentity());
    const { walk, hashAtCheckpoint } = await this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const w = new ChainWalk(this.config.auditKey);
      let atCheckpoint: string | null = null;
      for (let after = 0; ;) {
        const links = await this.events.findLinks(after, PAGE, em);
        for (const link of links) {
          w.add(link);
          if (link.seq === checkpoint?.seq) atCheckpoint = link.hash;
        }
        if (links.length < PAGE) return { walk: w.result(), hashAtCheckpoint: atCheckpoint };
        after = links[links.length - 1].seq;
      }
    });
    let brokenSeq = walk.brokenSeq;
    let missingAfter: number | undefined;
    if (checkpoint && walk.lastSeq < checkpoint.seq) missingAfter = walk.lastSeq;
    else if (checkpoint && hashAtCheckpoint !== checkpoint.hash)
      brokenSeq = Math.min(brokenSeq ?? Infinity, checkpoint.seq);
    return {
      intact: brokenSeq === null && missingAfter === undefined,
      checked: walk.checked,
      brokenSeq,
      checkpoint: checkpoint ? { seq: checkpoint.seq, at: checkpoint.at } : null,
      ...(missingAfter !== undefined && { missingAfter }),
    };
  }
}
