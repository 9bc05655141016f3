import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ApiErrors, CurrentUser, maskPhone, type Principal, Roles, uuidParam } from '@app/core';
import { NotifyService } from './notify.service';
import { SMS_STATUSES, type SmsOutbox, type SmsStatus } from './sms-outbox.entity';
import { SmsResendService } from './sms-resend.service';

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
  constructor(
    private readonly notify: NotifyService,
    private readonly resends: SmsResendService,
  ) {}

  @Get()
  @Roles('official', 'admin')
  @ApiOperation({
    summary: 'SMS by delivery status (default: failed) in your jurisdiction, phones masked, newest first',
  })
  @ApiOkResponse({ type: [OutboxMessageResponse] })
  async list(@CurrentUser() caller: Principal, @Query() q: OutboxQuery): Promise<OutboxMessageResponse[]> {
    return (await this.notify.byStatus(caller, q.status ?? 'failed')).map((m) => this.toResponse(m));
  }

  @Post(':id/resend')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({
    summary: 'Send a failed SMS again (重发); audited',
    description:
      'Puts the message back in the outbox, due now and with its attempts counted afresh, for the delivery worker to hand over as it does a new one. ' +
      'Answers the message as it stands then (`pending`, or `sent` when it was handed over at once). ' +
      'Only a `failed` message of your jurisdiction; a verification code is never sent again (its code is gone from the outbox).',
  })
  @ApiOkResponse({ type: OutboxMessageResponse })
  @ApiErrors({
    404: 'SMS_NOT_FOUND: no such message in your jurisdiction',
    409: 'SMS_NOT_FAILED: the message is pending or was handed over already',
    422: 'SMS_NOT_RESENDABLE: a verification code',
  })
  async resend(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<OutboxMessageResponse> {
    return this.toResponse(await this.resends.resend(caller, id));
  }

  private toResponse(m: SmsOutbox): OutboxMessageResponse {
    return {
      id: m.id,
      phoneMasked: maskPhone(this.notify.phoneOf(m)),
      kind: m.kind,
      status: m.status,
      attempts: m.attempts,
      lastError: m.lastError,
      provider: m.provider,
      providerCode: m.providerCode,
      createdAt: m.createdAt.toISOString(),
    };
  }
}
