import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { type Caller, scopeToJurisdiction } from '@app/core';
import { SmsOutbox, type SmsStatus } from './sms-outbox.entity';

/** A message a worker has claimed: what delivery needs of its row. */
export interface ClaimedSms {
  id: string;
  phoneEnc: Buffer;
  kind: string;
  params: Record<string, string>;
  text: string;
  redactedText: string | null;
  attempts: number;
}

interface ClaimedRow {
  id: string;
  phone_enc: Buffer;
  kind: string;
  params: Record<string, string>;
  text: string;
  redacted_text: string | null;
  attempts: number;
}

const claimed = (r: ClaimedRow): ClaimedSms => ({
  id: r.id,
  phoneEnc: r.phone_enc,
  kind: r.kind,
  params: r.params ?? {},
  text: r.text,
  redactedText: r.redacted_text,
  attempts: r.attempts,
});

/** Every query of the SMS outbox. */
@Injectable()
export class SmsOutboxRepository {
  constructor(@InjectRepository(SmsOutbox) private readonly outbox: Repository<SmsOutbox>) {}

  async insert(em: EntityManager, row: Partial<SmsOutbox>): Promise<string> {
    const repo = em.getRepository(SmsOutbox);
    return (await repo.save(repo.create(row))).id;
  }

  /**
   * Claims up to `limit` due pending messages, oldest due first: each is pushed to `leaseUntil`, so
   * no other worker takes it while it is being handed over, and comes back by itself if this process
   * dies first. Rows another worker is claiming are skipped, not waited for.
   */
  async claimDue(now: Date, limit: number, leaseUntil: Date): Promise<ClaimedSms[]> {
    const [rows] = (await this.outbox.query(
      `UPDATE sms_outbox SET next_attempt_at = $3
        WHERE id IN (SELECT id FROM sms_outbox
                      WHERE status = 'pending' AND next_attempt_at <= $1
                      ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING id, phone_enc, kind, params, text, redacted_text, attempts`,
      [now, limit, leaseUntil],
    )) as [ClaimedRow[], number];
    return rows.map(claimed);
  }

  /** Claims the given messages when they are due and no worker holds them (see `claimDue`). */
  async claimIds(ids: string[], now: Date, leaseUntil: Date): Promise<ClaimedSms[]> {
    const [rows] = (await this.outbox.query(
      `UPDATE sms_outbox SET next_attempt_at = $3
        WHERE id IN (SELECT id FROM sms_outbox
                      WHERE id = ANY($1::uuid[]) AND status = 'pending' AND next_attempt_at <= $2
                      FOR UPDATE SKIP LOCKED)
        RETURNING id, phone_enc, kind, params, text, redacted_text, attempts`,
      [ids, now, leaseUntil],
    )) as [ClaimedRow[], number];
    return rows.map(claimed);
  }

  async update(id: string, changes: Partial<SmsOutbox>): Promise<void> {
    await this.outbox.update({ id }, changes);
  }

  /** Messages a provider took since `since` whose receipt has not come, oldest first. */
  findAwaitingReceipt(provider: string, since: Date, limit: number): Promise<SmsOutbox[]> {
    return this.outbox
      .createQueryBuilder('m')
      .where(`m.status = 'sent' AND m.provider_message_id IS NOT NULL AND m.provider = :provider`, {
        provider,
      })
      .andWhere('m.sent_at >= :since', { since })
      .orderBy('m.sent_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Records a delivery receipt on the message the provider knows by `messageId`; false when none waits for it. */
  async applyReceipt(
    provider: string,
    messageId: string,
    receipt: { status: 'delivered' | 'failed'; code: string; at: Date },
  ): Promise<boolean> {
    const res = await this.outbox
      .createQueryBuilder()
      .update()
      .set({
        status: receipt.status,
        providerCode: receipt.code,
        deliveredAt: receipt.status === 'delivered' ? receipt.at : null,
        lastError: receipt.status === 'failed' ? `${provider} receipt: ${receipt.code}` : null,
      })
      .where(`status = 'sent' AND provider = :provider AND provider_message_id = :messageId`, {
        provider,
        messageId,
      })
      .execute();
    return (res.affected ?? 0) > 0;
  }

  /** When the message about `subjectId` was first handed over, or null while none has been. */
  async handedOverAt(subjectId: string, em?: EntityManager): Promise<Date | null> {
    const row = await (em?.getRepository(SmsOutbox) ?? this.outbox)
      .createQueryBuilder('m')
      .select('min(m.sent_at)', 'sentAt')
      .where('m.subject_id = :subjectId', { subjectId })
      .getRawOne<{ sentAt: Date | null }>();
    return row?.sentAt ?? null;
  }

  async purgeHandedOver(before: Date): Promise<number> {
    const res = await this.outbox
      .createQueryBuilder()
      .delete()
      .where(`status IN ('sent', 'delivered') AND sent_at < :before`, { before })
      .execute();
    return res.affected ?? 0;
  }

  toPhone(phoneIndex: string, limit: number): Promise<SmsOutbox[]> {
    return this.outbox.find({ where: { phoneIndex }, order: { createdAt: 'DESC' }, take: limit });
  }

  /**
   * A message bound to a region in the caller's jurisdiction, locked until the transaction ends; null
   * for an unknown id, another jurisdiction's message, or one bound to no region (a login code).
   */
  findInJurisdictionForUpdate(caller: Caller, id: string, em: EntityManager): Promise<SmsOutbox | null> {
    const qb = em.getRepository(SmsOutbox).createQueryBuilder('m').setLock('pessimistic_write');
    return scopeToJurisdiction(
      caller,
      qb.where('m.id = :id AND m.region_code IS NOT NULL', { id }),
      'm.region_code',
    ).getOne();
  }

  findById(id: string): Promise<SmsOutbox | null> {
    return this.outbox.findOneBy({ id });
  }

  save(row: SmsOutbox, em: EntityManager): Promise<SmsOutbox> {
    return em.getRepository(SmsOutbox).save(row);
  }

  byStatus(caller: Caller, status: SmsStatus, limit: number): Promise<SmsOutbox[]> {
    return scopeToJurisdiction(caller, this.outbox.createQueryBuilder('m'), 'm.region_code')
      .andWhere('m.status = :status AND m.region_code IS NOT NULL', { status })
      .orderBy('m.created_at', 'DESC')
      .limit(limit)
      .getMany();
  }
}
