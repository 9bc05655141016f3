import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  JobsService,
  PiiCipher,
  type Caller,
  scopeToJurisdiction,
} from '@app/core';
import { SmsOutbox } from './sms-outbox.entity';
import { SmsProvider } from './sms-provider';

const DELIVER = 'sms-deliver';

export interface OutgoingSms {
  phone: string;
  kind: string;
  text: string;
  /** The text without the secret it carries (a login code): all the outbox keeps once it is sent. */
  redactedText?: string;
  regionCode?: string | null;
}

/** The columns that take a message's secret out once it needs it no more. */
const redacted = (row: SmsOutbox) =>
  row.redactedText === null ? {} : { text: row.redactedText, redactedText: null };

/**
 * SMS through an outbox: `enqueue` writes the message in the caller's transaction; `dispatch`, after
 * commit, hands it to the delivery queue (pg-boss, retried with back-off); delivery marks it sent or,
 * once retries run out, failed — officials see those.
 */
@Injectable()
export class NotifyService implements OnModuleInit {
  private readonly log = new Logger(NotifyService.name);

  constructor(
    @InjectRepository(SmsOutbox) private readonly outbox: Repository<SmsOutbox>,
    private readonly provider: SmsProvider,
    private readonly pii: PiiCipher,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // Delivery and the purge act for nobody in particular and take no caller: they hand on, or
    // delete, any county's message by id or age, reading nothing region-bound.
    this.jobs.worker<{ id: string }>(DELIVER, ({ id }) => this.deliver(id));
    this.jobs.schedule('sms-outbox-purge', '40 3 * * *', () =>
      this.purgeDelivered(this.config.smsRetentionDays),
    );
  }

  async enqueue(em: EntityManager, sms: OutgoingSms): Promise<string> {
    const row = await em.getRepository(SmsOutbox).save(
      em.getRepository(SmsOutbox).create({
        phoneEnc: this.pii.encrypt(sms.phone),
        phoneIndex: this.pii.blindIndex(sms.phone),
        kind: sms.kind,
        text: sms.text,
        redactedText: sms.redactedText ?? null,
        regionCode: sms.regionCode ?? null,
      }),
    );
    return row.id;
  }

  /**
   * After the transaction that enqueued them has committed. Never throws: the change the messages
   * tell of has happened, and a message that could not be handed on stays in the outbox, `pending`
   * or `failed` with its error, where officials see it.
   */
  async dispatch(ids: string[]): Promise<void> {
    for (const id of ids) {
      try {
        await this.jobs.send(DELIVER, { id });
      } catch {
        // The error stays in the outbox row (it may quote the phone number, which logs never hold).
        this.log.warn(`SMS ${id} not delivered now; kept in the outbox for a later attempt`);
      }
    }
  }

  async deliver(id: string): Promise<void> {
    const row = await this.outbox.findOneBy({ id });
    if (!row || row.status === 'sent') return;
    try {
      await this.provider.send(this.pii.decrypt(row.phoneEnc), row.text);
      await this.outbox.update(
        { id },
        {
          status: 'sent',
          sentAt: this.clock.now(),
          attempts: row.attempts + 1,
          lastError: null,
          ...redacted(row),
        },
      );
    } catch (err) {
      const attempts = row.attempts + 1;
      await this.outbox.update(
        { id },
        {
          status: attempts >= 6 ? 'failed' : 'pending',
          attempts,
          lastError: String((err as Error).message ?? err).slice(0, 500),
          // Given up: the code is of no use to anyone any more.
          ...(attempts >= 6 ? redacted(row) : {}),
        },
      );
      throw err;
    }
  }

  /**
   * Deletes delivered messages sent more than `retentionDays` ago (the nightly job); returns how many.
   * Failed ones stay for officials to see.
   */
  async purgeDelivered(retentionDays: number): Promise<number> {
    const before = new Date(this.clock.now().getTime() - retentionDays * 86_400_000);
    const res = await this.outbox
      .createQueryBuilder()
      .delete()
      .where(`status = 'sent' AND sent_at < :before`, { before })
      .execute();
    return res.affected ?? 0;
  }

  /** Messages to a phone, newest first (development only). */
  async toPhone(phone: string, limit = 50): Promise<SmsOutbox[]> {
    return this.outbox.find({
      where: { phoneIndex: this.pii.blindIndex(phone) },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  /** Messages by delivery status in the caller's jurisdiction (those bound to a region), newest first. */
  byStatus(caller: Caller, status: SmsOutbox['status'], limit = 200): Promise<SmsOutbox[]> {
    return scopeToJurisdiction(caller, this.outbox.createQueryBuilder('m'), 'm.region_code')
      .andWhere('m.status = :status AND m.region_code IS NOT NULL', { status })
      .orderBy('m.created_at', 'DESC')
      .limit(limit)
      .getMany();
  }

  phoneOf(row: SmsOutbox): string {
    return this.pii.decrypt(row.phoneEnc);
  }
}
