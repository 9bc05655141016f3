import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { MOBILE_PATTERN, Public } from '@app/core';
import { NotifyService } from './notify.service';
import { ConsoleSmsProvider, SmsProvider } from './sms-provider';

export class DevOutboxQuery {
  @ApiProperty({ example: '13812345678' })
  @Matches(MOBILE_PATTERN, { message: 'phone must be a mainland mobile number of 11 digits' })
  phone!: string;
}

export class DevOutboxMessageResponse {
  @ApiProperty({ example: '13800138000' }) phone!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ enum: ['failed', 'pending', 'sent'] }) status!: string;
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
    private readonly provider: SmsProvider,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Development only (not in production, and only on a server listening on 127.0.0.1): the SMS a phone received and those still waiting or failed, newest first',
  })
  @ApiOkResponse({ type: [DevOutboxMessageResponse] })
  async list(@Query() q: DevOutboxQuery): Promise<DevOutboxMessageResponse[]> {
    const received =
      this.provider instanceof ConsoleSmsProvider
        ? this.provider.received(q.phone).map((m) => ({
            phone: m.phone,
            text: m.text,
            createdAt: m.at.toISOString(),
            status: 'sent',
          }))
        : [];
    const undelivered = (await this.notify.toPhone(q.phone))
      .filter((m) => m.status !== 'sent')
      .map((m) => ({
        phone: this.notify.phoneOf(m),
        text: m.text,
        createdAt: m.createdAt.toISOString(),
        status: m.status,
      }));
    return [...received, ...undelivered].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
}
