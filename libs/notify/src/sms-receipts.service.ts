import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, PiiCipher } from '@app/core';
import { SMS_PROVIDERS, type SmsProviders } from './providers/sms-providers';
import { SmsOutboxRepository } from './sms-outbox.repository';

/** Receipts are asked for this long after hand-over (the providers keep them a few days at most). */
const RECEIPT_WINDOW_MS = 48 * 3_600_000;
const PER_RUN = 200;

/**
 * Delivery receipts, pulled from the providers that offer them (阿里云 QuerySendDetails, 腾讯云
 * PullSmsSendStatus): a message handed over becomes `delivered`, or `failed` with the provider's
 * code, which officials then see with the other failures.
 */
@Injectable()
export class SmsReceiptsService {
  private readonly log = new Logger('SmsReceipts');

  constructor(
    private readonly outbox: SmsOutboxRepository,
    @Inject(SMS_PROVIDERS) private readonly providers: SmsProviders,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
  ) {}

  get offered(): boolean {
    return this.providers.some((p) => p.receipts);
  }

  /** One round for every provider; returns how many messages got their receipt. */
  async collect(): Promise<{ delivered: number; failed: number }> {
    const tally = { delivered: 0, failed: 0 };
    const since = new Date(this.clock.now().getTime() - RECEIPT_WINDOW_MS);
    for (const provider of this.providers) {
      if (!provider.receipts) continue;
      const awaiting = await this.outbox.findAwaitingReceipt(provider.name, since, PER_RUN);
      if (!awaiting.length) continue;
      try {
        const receipts = await provider.receipts(
          awaiting.map((m) => ({
            id: m.id,
            phone: this.pii.decrypt(m.phoneEnc),
            messageId: m.providerMessageId!,
            sentAt: m.sentAt!,
          })),
        );
        for (const r of receipts) {
          const applied = await this.outbox.applyReceipt(provider.name, r.messageId, {
            status: r.status,
            code: r.code,
            at: r.at ?? this.clock.now(),
          });
          if (applied) tally[r.status]++;
        }
      } catch (err) {
        this.log.warn({ err, provider: provider.name }, 'Delivery receipts not collected this round');
      }
    }
    return tally;
  }
}
