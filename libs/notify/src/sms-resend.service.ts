import { Injectable } from '@nestjs/common';
import { ChangeLedger } from '@app/audit';
import { AppError, Clock, type Principal } from '@app/core';
import { NotifyErrors } from './notify.errors';
import { NotifyService } from './notify.service';
import type { SmsOutbox } from './sms-outbox.entity';
import { SMS_MESSAGE } from './sms-outbox.records';
import { SmsOutboxRepository } from './sms-outbox.repository';
import { redactedParams } from './sms-templates';

/**
 * An official sends a failed SMS again (短信重发): the message goes back to `pending`, due now, with its
 * attempts counted from zero, so the delivery worker takes it as it takes a new one (and walks the
 * providers again); the change is audited through the change ledger.
 */
@Injectable()
export class SmsResendService {
  constructor(
    private readonly outbox: SmsOutboxRepository,
    private readonly notify: NotifyService,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
  ) {}

  /** The message as it stands once queued again (already `sent` when it was handed over at once). */
  async resend(caller: Principal, id: string): Promise<SmsOutbox> {
    const queued = await this.ledger.transaction(async (em) => {
      const row = await this.outbox.findInJurisdictionForUpdate(caller, id, em);
      if (!row) throw new AppError(NotifyErrors.SMS_NOT_FOUND, 'SMS not found', { id });
      if (row.status !== 'failed')
        throw new AppError(NotifyErrors.SMS_NOT_FAILED, 'Only a failed SMS is sent again', {
          id,
          status: row.status,
        });
      // A failed code was masked in the outbox when it was given up: sending it again would send ******.
      if (redactedParams(row.kind, row.params))
        throw new AppError(NotifyErrors.SMS_NOT_RESENDABLE, 'A verification code is not sent again', {
          id,
          kind: row.kind,
        });
      const before = { ...row };
      Object.assign(row, {
        status: 'pending',
        attempts: 0,
        nextAttemptAt: this.clock.now(),
        providerMessageId: null,
        sentAt: null,
        deliveredAt: null,
      } satisfies Partial<SmsOutbox>);
      const saved = await this.outbox.save(row, em);
      await this.ledger.record(em, SMS_MESSAGE, { action: 'resend', before, after: saved });
      // After the commit, as for a new message: the worker is woken, or it is handed over at once.
      this.ledger.afterCommit(em, () => this.notify.dispatch([saved.id]));
      return saved;
    });
    return (await this.outbox.findById(queued.id)) ?? queued;
  }
}
