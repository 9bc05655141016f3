import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { MOBILE_PATTERN, Public } from '@app/core';
import { NotifyService } from './notify.service';
import { ConsoleSmsProvider } from './providers/console-sms.provider';
import { SMS_PROVIDERS, type SmsProviders } from './providers/sms-providers';
import { SMS_STATUSES } from './sms-outbox.entity';

export class DevOutboxQuery {
  @ApiProperty({ example: '13812345678' })
  @Matches(MOBILE_PATTERN, { message: 'phone must be a mainland mobile number of 11 digits' })
  phone!: string;
}

export class DevOutboxMessageResponse {
  @ApiProperty({ example: '13800138000' }) phone!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ enum: SMS_STATUSES }) status!: string;
}

/**
 * The SMS of a phone, for development and browser tests: what the development provider delivered
 * (whole, as the phone shows it) and what still waits in the outbox or failed. Registered only
 * outside production and only while the server listens on loopback.
 */
@ApiTags('development')
@Controller({ path: 'dev/outbox', version: '1' })
export class DevOutboxController {
  constructor(
    private readonly notify: NotifyService,
    private readonly console: ConsoleSmsProvider,
    @Inject(SMS_PROVIDERS) private readonly providers: SmsProviders,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Development only (not in production, and only on a server listening on 127.0.0.1): the SMS a phone received and those still waiting or failed, newest first',
  })
  @ApiOkResponse({ type: [DevOutboxMessageResponse] })
  async list(@Query() q: DevOutboxQuery): Promise<DevOutboxMessageResponse[]> {
    // The log provider keeps what it "delivered" whole; a real provider's messages show as the
    // outbox keeps them (a login code masked once handed over).
    const logged = this.providers.includes(this.console);
    const received = logged
      ? this.console.received(q.phone).map((m) => ({
          phone: m.phone,
          text: m.text,
          createdAt: m.at.toISOString(),
          status: 'sent',
        }))
      : [];
    const undelivered = (await this.notify.toPhone(q.phone))
      .filter((m) => m.status === 'pending' || m.status === 'failed' || m.provider !== 'log')
      .map((m) => ({
        phone: this.notify.phoneOf(m),
        text: m.text,
        createdAt: m.createdAt.toISOString(),
        status: m.status,
      }));
    return [...received, ...undelivered].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
}
