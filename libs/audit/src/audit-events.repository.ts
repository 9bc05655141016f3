import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, Repository } from 'typeorm';
import { jurisdictionPrefix, regionRange } from '@app/core';
import { AuditEvent } from './audit-event.entity';

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
  async findPage(f: AuditEventFilter): Promise<[AuditEvent[], number]> {
    const qb = this.events.createQueryBuilder('e');
    const prefix = jurisdictionPrefix();
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
   * Walks the whole chain in order and returns the first link whose stored hash differs from the
   * recomputed digest or whose prev_hash does not match the previous link. Only sealed events are
   * links; callers seal first.
   */
  async findFirstBrokenLink(): Promise<{ checked: number; brokenSeq: number | null }> {
    const [row] = await this.dataSource.query(`
      WITH chain AS (
        SELECT seq, hash, prev_hash, audit_event_digest(e) AS digest,
               lag(hash) OVER (ORDER BY seq) AS previous_hash,
               lag(seq) OVER (ORDER BY seq) AS previous_seq
        FROM audit_event e
        WHERE seq IS NOT NULL
      )
      SELECT (SELECT count(*) FROM chain) AS checked,
             (SELECT min(seq) FROM chain
               WHERE hash <> digest
                  OR prev_hash <> coalesce(previous_hash, repeat('0', 64))
                  OR seq <> coalesce(previous_seq, 0) + 1) AS broken_seq`);
    return {
      checked: Number(row.checked),
      brokenSeq: row.broken_seq === null ? null : Number(row.broken_seq),
    };
  }
}
