import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, maskPhone } from '@app/core';

/** Sends one SMS; throws when the carrier refuses, so the outbox retries. */
export abstract class SmsProvider {
  abstract send(phone: string, text: string): Promise<void>;
}

/**
 * The default provider: no SMS account needed. The message goes to the log (with the phone masked
 * and, in production, digit runs such as codes hidden); the outbox table keeps the full text.
 */
@Injectable()
export class ConsoleSmsProvider extends SmsProvider {
  private readonly log = new Logger('SMS');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  async send(phone: string, text: string): Promise<void> {
    const shown =
      this.config.env === 'production'
        ? text.replace(/\d{4,}/g, (d) => '*'.repeat(d.length))
        : text.replace(/\d{6}/g, '******');
    this.log.log({ to: maskPhone(phone) }, shown);
  }
}
