import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, type Caller, Clock, JobsService, PiiCipher } from '@app/core';
import { SmsDeliveryService } from './sms-delivery.service';
import type { SmsOutbox, SmsStatus } from './sms-outbox.entity';
import { SmsOutboxRepository } from './sms-outbox.repository';
import { SmsReceiptsService } from './sms-receipts.service';
import { redactedParams, renderSms, type SmsParams, type SmsTemplateId } from './sms-templates';

/** One message to send: a registered template and its named parameters. */
export interface OutgoingSms<T extends SmsTemplateId = SmsTemplateId> {
  phone: string;
  template: T;
  params: SmsParams<T>;
  regionCode?: string | null;
  /** What the message tells of, for finding it again (e.g. a login code's challenge). */
  subjectId?: string | null;
}

/**
 * SMS through an outbox: `enqueue` writes the message (template, parameters and the text they
 * render to) in the caller's transaction; `dispatch`, after commit, wakes the delivery worker, or
 * where none runs hands the messages over at once. Delivery records the provider and its answer on
 * each message, retries with back-off and fails over (see SmsDeliveryService); messages that did
 * not go out show to officials.
 */
@Injectable()
export class NotifyService implements OnModuleInit {
  private readonly log = new Logger(NotifyService.name);

  constructor(
    private readonly outbox: SmsOutboxRepository,
    private readonly delivery: SmsDeliveryService,
    private readonly receipts: SmsReceiptsService,
    private readonly pii: PiiCipher,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // The purge and the receipts act for nobody in particular and take no caller: they delete, or
    // update, any county's message by age or provider id, reading nothing region-bound.
    this.jobs.schedule('sms-outbox-purge', '40 3 * * *', () =>
      this.purgeDelivered(this.config.smsRetentionDays),
    );
    if (this.receipts.offered) this.jobs.schedule('sms-receipts', '* * * * *', () => this.receipts.collect());
  }

  async enqueue<T extends SmsTemplateId>(em: EntityManager, sms: OutgoingSms<T>): Promise<string> {
    const params = sms.params as Record<string, string>;
    const secretless = redactedParams(sms.template, params);
    const { signName } = this.config.sms;
    return this.outbox.insert(em, {
      phoneEnc: this.pii.encrypt(sms.phone),
      phoneIndex: this.pii.blindIndex(sms.phone),
      kind: sms.template,
      params,
      text: renderSms(signName, sms.template, params),
      // Once handed over, the outbox keeps the message without its secret.
      redactedText: secretless ? renderSms(signName, sms.template, secretless) : null,
      regionCode: sms.regionCode ?? null,
      subjectId: sms.subjectId ?? null,
      nextAttemptAt: this.clock.now(),
    });
  }

  /**
   * After the transaction that enqueued them has committed. Never throws: the change the messages
   * tell of has happened, and a message that could not be handed on stays in the outbox, `pending`
   * or `failed` with its error, where officials see it.
   */
  async dispatch(ids: string[]): Promise<void> {
    if (!ids.length) return;
    if (this.delivery.workerRunning) {
      this.delivery.wake();
      return;
    }
    try {
      await this.delivery.deliverNow(ids);
    } catch {
      // The error stays in the outbox row (it may quote the phone number, which logs never hold).
      this.log.warn(`SMS ${ids.join(', ')} not handed over now; kept in the outbox for a later attempt`);
    }
  }

  /**
   * When the message about `subjectId` (see `OutgoingSms.subjectId`) was first handed to a provider,
   * or null while it waits.
   */
  handedOverAt(subjectId: string, em?: EntityManager): Promise<Date | null> {
    return this.outbox.handedOverAt(subjectId, em);
  }

  /**
   * Deletes messages handed over more than `retentionDays` ago (the nightly job); returns how many.
   * Failed ones stay for officials to see.
   */
  purgeDelivered(retentionDays: number): Promise<number> {
    return this.outbox.purgeHandedOver(new Date(this.clock.now().getTime() - retentionDays * 86_400_000));
  }

  /** Messages to a phone, newest first (development only). */
  toPhone(phone: string, limit = 50): Promise<SmsOutbox[]> {
    return this.outbox.toPhone(this.pii.blindIndex(phone), limit);
  }

  /** Messages by delivery status in the caller's jurisdiction (those bound to a region), newest first. */
  byStatus(caller: Caller, status: SmsStatus, limit = 200): Promise<SmsOutbox[]> {
    return this.outbox.byStatus(caller, status, limit);
  }

  phoneOf(row: SmsOutbox): string {
    return this.pii.decrypt(row.phoneEnc);
  }
}
