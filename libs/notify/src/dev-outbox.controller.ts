import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { MOBILE_PATTERN, Public } from '@app/core';
import { NotifyService } from './notify.service';

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

/** The SMS outbox of a phone, for development and browser tests. Not registered in production. */
@ApiTags('development')
@Controller({ path: 'dev/outbox', version: '1' })
export class DevOutboxController {
  constructor(private readonly notify: NotifyService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Outside production only: the SMS sent to a phone, newest first' })
  @ApiOkResponse({ type: [DevOutboxMessageResponse] })
  async list(@Query() q: DevOutboxQuery): Promise<DevOutboxMessageResponse[]> {
    return (await this.notify.toPhone(q.phone)).map((m) => ({
      phone: this.notify.phoneOf(m),
      text: m.text,
      createdAt: m.createdAt.toISOString(),
      status: m.status,
    }));
  }
}
