import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CurrentUser, maskPhone, type Principal, Roles } from '@app/core';
import { NotifyService } from './notify.service';
import { SMS_STATUSES, type SmsStatus } from './sms-outbox.entity';

export class OutboxQuery {
  @ApiPropertyOptional({ enum: SMS_STATUSES, default: 'failed' })
  @IsOptional()
  @IsIn(SMS_STATUSES)
  status?: SmsStatus;
}

export class OutboxMessageResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '138****5678' }) phoneMasked!: string;
  @ApiProperty({ example: 'booking_confirmation' }) kind!: string;
  @ApiProperty({ enum: SMS_STATUSES }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'aliyun',
    description: 'The provider that took the message, or failed last',
  })
  provider!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'isv.BUSINESS_LIMIT_CONTROL',
    description: "The provider's last answer code (of sending, or of the delivery receipt)",
  })
  providerCode!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** SMS that did not go out (or are still waiting), for officials to follow up by phone. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller({ path: 'sms-outbox', version: '1' })
export class OutboxController {
  constructor(private readonly notify: NotifyService) {}

  @Get()
  @Roles('official', 'admin')
  @ApiOperation({
    summary: 'SMS by delivery status (default: failed) in your jurisdiction, phones masked, newest first',
  })
  @ApiOkResponse({ type: [OutboxMessageResponse] })
  async list(@CurrentUser() caller: Principal, @Query() q: OutboxQuery): Promise<OutboxMessageResponse[]> {
    return (await this.notify.byStatus(caller, q.status ?? 'failed')).map((m) => ({
      id: m.id,
      phoneMasked: maskPhone(this.notify.phoneOf(m)),
      kind: m.kind,
      status: m.status,
      attempts: m.attempts,
      lastError: m.lastError,
      provider: m.provider,
      providerCode: m.providerCode,
      createdAt: m.createdAt.toISOString(),
    }));
  }
}
