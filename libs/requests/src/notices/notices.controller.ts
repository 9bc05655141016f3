import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ChangeLedger } from '@app/audit';
import { ApiErrors, CurrentUser, type Principal, Roles, uuidParam } from '@app/core';
import { NoticesService } from './notices.service';
import { NOTICE_CHANNELS, type NoticeChannel, type StaffNotice } from './staff-notice.entity';

export class NoticeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    example: 'request_decided',
    description:
      'request_decided, swap_asked, new_booking, absence (a window lawyer did not sign in), legal_aid_clock, recount_difference',
  })
  kind!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) readAt!: string | null;
}

export class NoticeListResponse {
  @ApiProperty({ type: [NoticeResponse], description: 'The latest 100, newest first' })
  items!: NoticeResponse[];
  @ApiProperty() unread!: number;
}

export class NoticePreferenceDto {
  @ApiProperty({
    enum: NOTICE_CHANNELS,
    description: 'sms: also by SMS; in_app: only in the notice list (default)',
  })
  @IsIn(NOTICE_CHANNELS)
  channel!: NoticeChannel;
}

const toNoticeResponse = (n: StaffNotice): NoticeResponse => ({
  id: n.id,
  kind: n.kind,
  text: n.text,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

@ApiTags('supervision')
@ApiBearerAuth()
@Roles('lawyer', 'official', 'admin')
@Controller({ path: 'notices', version: '1' })
export class NoticesController {
  constructor(
    private readonly notices: NoticesService,
    private readonly ledger: ChangeLedger,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Your notices, newest first, with the unread count' })
  @ApiOkResponse({ type: NoticeListResponse })
  async list(@CurrentUser() caller: Principal): Promise<NoticeListResponse> {
    const { items, unread } = await this.notices.list(caller);
    return { items: items.map(toNoticeResponse), unread };
  }

  @Get('preference')
  @ApiOperation({ summary: 'How you are told: sms or in_app' })
  @ApiOkResponse({ type: NoticePreferenceDto })
  async preference(@CurrentUser() caller: Principal): Promise<NoticePreferenceDto> {
    return { channel: await this.notices.channel(caller) };
  }

  @Put('preference')
  @ApiOperation({ summary: 'Choose how you are told: sms (also by SMS) or in_app' })
  @ApiOkResponse({ type: NoticePreferenceDto })
  async setPreference(
    @CurrentUser() caller: Principal,
    @Body() dto: NoticePreferenceDto,
  ): Promise<NoticePreferenceDto> {
    await this.ledger.transaction((em) => this.notices.setChannel(caller, dto.channel, em));
    return { channel: dto.channel };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of your notices read' })
  @ApiOkResponse({ type: NoticeResponse })
  @ApiErrors({ 404: 'NOTICE_NOT_FOUND' })
  async read(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<NoticeResponse> {
    return toNoticeResponse(await this.notices.read(caller, id));
  }
}
