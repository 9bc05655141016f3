import { Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { ApiErrors, ApiFileResponse, CurrentUser, type Principal, Public, Roles, uuidParam } from '@app/core';
import { CalendarFeedService } from './calendar-feed.service';

export class FeedQuery {
  @ApiProperty({ description: 'The secret from POST /lawyers/:id/calendar-token' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{16,64}$/, { message: 'token is malformed' })
  token!: string;
}

export class FeedTokenResponse {
  @ApiProperty() token!: string;
  @ApiProperty({ example: '/api/v1/lawyers/…/calendar.ics?token=…' }) url!: string;
}

@ApiTags('rosters')
@Controller({ path: 'lawyers', version: '1' })
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Post(':id/calendar-token')
  @HttpCode(200)
  @Roles('lawyer', 'official', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Make (or replace) the secret link of a lawyer’s calendar subscription' })
  @ApiOkResponse({ type: FeedTokenResponse })
  @ApiErrors({ 422: 'NOT_A_LAWYER: the id is not an active lawyer' })
  rotate(@CurrentUser() caller: Principal, @Param('id', uuidParam()) id: string): Promise<FeedTokenResponse> {
    return this.feeds.rotate(caller, id);
  }

  @Get(':id/calendar.ics')
  @Public()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  @ApiFileResponse({ 'text/calendar': 'text' }, 'The iCalendar text (VCALENDAR with one VEVENT per shift)')
  @ApiOperation({
    summary: 'iCalendar feed (RFC 5545) of the lawyer’s published shifts; cancelled ones as STATUS:CANCELLED',
  })
  feed(@Param('id', uuidParam()) id: string, @Query() q: FeedQuery): Promise<string> {
    return this.feeds.feed(id, q.token);
  }
}
