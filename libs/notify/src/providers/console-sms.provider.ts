import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, maskPhone } from '@app/core';
import { type SmsMessage, SmsProvider, type SmsSendResult } from './sms-provider';

/** A message as the phone received it. */
export interface ReceivedSms {
  phone: string;
  text: string;
  at: Date;
}

const INBOX_SIZE = 50;

/**
 * The default provider (`SMS_PROVIDER=log`): no SMS account needed. The message goes to the log
 * (with the phone masked and codes hidden). Outside production it also plays the phone: it keeps the
 * last messages of each number in memory, whole, for the development outbox (the outbox table keeps
 * no code once sent).
 */
@Injectable()
export class ConsoleSmsProvider extends SmsProvider {
  readonly name = 'log' as const;
  private readonly log = new Logger('SMS');
  private readonly inbox = new Map<string, ReceivedSms[]>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    super();
  }

  async send({ phone, text }: SmsMessage): Promise<SmsSendResult> {
    const shown =
      this.config.env === 'production'
        ? text.replace(/\d{4,}/g, (d) => '*'.repeat(d.length))
        : text.replace(/\d{6}/g, '******');
    this.log.log({ to: maskPhone(phone) }, shown);
    if (this.config.env !== 'production') {
      const received = [{ phone, text, at: this.clock.now() }, ...(this.inbox.get(phone) ?? [])];
      this.inbox.set(phone, received.slice(0, INBOX_SIZE));
    }
    return { ok: true, messageId: null, code: 'OK' };
  }

  /** What a phone received, newest first (outside production only). */
  received(phone: string): ReceivedSms[] {
    return this.inbox.get(phone) ?? [];
  }
}
