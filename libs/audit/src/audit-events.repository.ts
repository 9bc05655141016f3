import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, Repository } from 'typeorm';
import { type Caller, jurisdictionPrefix, regionRange } from '@app/core';
import { AuditEvent } from './audit-event.entity';
import type { StoredLink } from './chain/audit-chain';

/** The advisory lock sealers take (the same as the database's `audit_event_link`). */
const CHAIN_LOCK = 7305202611;

export interface AuditEventFilter {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  offset: number;
  limit: number;
}

@Injectable()
export class AuditEventsRepository {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Newest first; events bound to a region are limited to the caller's jurisdiction. */
  async findPage(caller: Caller, f: AuditEventFilter): Promise<[AuditEvent[], number]> {
    const qb = this.events.createQueryBuilder('e');
    const prefix = jurisdictionPrefix(caller);
    if (prefix !== null) {
      const { from, to } = regionRange(prefix === '__none__' ? '0' : prefix);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('e.region_code IS NULL')
            .orWhere('e.region_code >= :jf AND e.region_code < :jt', { jf: from, jt: to }),
        ),
      );
    }
    if (f.action) qb.andWhere('e.action = :action', { action: f.action });
    if (f.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: f.entityType });
    if (f.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: f.entityId });
    if (f.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: f.actorId });
    if (f.from) qb.andWhere('e.occurred_at >= :from', { from: f.from });
    if (f.to) qb.andWhere('e.occurred_at < :to', { to: f.to });
    return qb.orderBy('e.id', 'DESC').offset(f.offset).limit(f.limit).getManyAndCount();
  }

  /**
   * Which database this trail lives in, for telling its checkpoints apart from another's in a shared
   * target: the cluster's system identifier and the database name (neither changes on restart, and
   * both do for a fresh cluster or another database).
   */
  async chainIdentity(): Promise<string> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT system_identifier FROM pg_control_system())::text || '/' || current_database() AS id`,
    );
    return row.id as string;
  }

  /** Takes the chain's lock until the transaction ends: sealers link one after another. */
  async lockChain(em: EntityManager): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
  }

  async findLastLink(em: EntityManager): Promise<{ seq: number; hash: string } | null> {
    const [row] = await em.query(
      `SELECT seq, hash FROM audit_event WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1`,
    );
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  async findHashAt(seq: number, em: EntityManager): Promise<string | null> {
    const [row] = await em.query(`SELECT hash FROM audit_event WHERE seq = $1`, [seq]);
    return row ? (row.hash as string) : null;
  }

  /** Whether any committed event waits to be linked (one probe of a partial index). */
  async hasUnsealed(): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM audit_event WHERE seq IS NULL) AS pending`,
    );
    return row.pending as boolean;
  }

  /** Committed events not yet linked, oldest first, with the text their link covers. */
  async findUnsealed(limit: number, em: EntityManager): Promise<{ id: number; body: string }[]> {
    return em.query(
      `SELECT id, audit_event_body(e) AS body FROM audit_event e WHERE seq IS NULL ORDER BY id LIMIT $1`,
      [limit],
    );
  }

  /**
   * Links `ids` in that order after the last link (`firstSeq`, `prevHash`), with the hashes the app
   * computed. Runs as the table's owner (`audit_event_link`); the app's own role cannot update it.
   */
  async link(
    ids: number[],
    hashes: string[],
    firstSeq: number,
    prevHash: string,
    em: EntityManager,
  ): Promise<void> {
    await em.query(`SELECT audit_event_link($1::bigint[], $2::text[], $3::bigint, $4::text)`, [
      ids,
      hashes,
      firstSeq,
      prevHash,
    ]);
  }

  /** Up to `limit` links after `afterSeq`, in order, with the text each covers. */
  async findLinks(afterSeq: number, limit: number, em: EntityManager): Promise<StoredLink[]> {
    const rows: { seq: string; prev_hash: string; hash: string; action: string; body: string }[] =
      await em.query(
        `SELECT seq, prev_hash, hash, action, audit_event_body(e) AS body
           FROM audit_event e WHERE seq > $1 ORDER BY seq LIMIT $2`,
        [afterSeq, limit],
      );
    return rows.map((r) => ({
      seq: Number(r.seq),
      prevHash: r.prev_hash,
      hash: r.hash,
      action: r.action,
      body: r.body,
    }));
  }
}
