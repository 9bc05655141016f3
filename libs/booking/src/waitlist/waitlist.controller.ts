import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentUser, type Principal, Roles, uuidParam } from '@app/core';
import { AppointmentResponse } from '../appointments/dto/appointment.response';
import { JoinDayWaitlistDto, JoinWaitlistDto, WaitlistEntryResponse } from './dto/waitlist.dto';
import { WaitlistService } from './waitlist.service';

const OFFER_RULE =
  'When a place frees, the first in line who has no booking at an overlapping time is offered it by SMS and it is held for them for WAITLIST_OFFER_MINUTES (default 30); unconfirmed, it passes on to the next.';

@ApiTags('booking')
@ApiBearerAuth()
@Roles('resident')
@Controller({ version: '1' })
export class WaitlistController {
  constructor(private readonly waitlist: WaitlistService) {}

  @Post('slots/:id/waitlist')
  @ApiOperation({
    summary: 'Join the waitlist of a full slot',
    description: `${OFFER_RULE} The answer gives your place in line.`,
  })
  @ApiCreatedResponse({ type: WaitlistEntryResponse })
  @ApiErrors({
    404: 'SLOT_NOT_FOUND',
    409: 'SLOT_HAS_ROOM (details.slotId; book it instead), ALREADY_WAITLISTED or OVERLAPPING_BOOKING',
    422: 'SLOT_IN_PAST (details.slotId) or SLOT_ON_DAY_OFF',
  })
  joinSlot(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: JoinWaitlistDto,
  ): Promise<WaitlistEntryResponse> {
    return this.waitlist.joinSlot(caller, id, dto);
  }

  @Post('service-points/:id/waitlist')
  @ApiOperation({
    summary:
      'Join the waitlist of a day at a point whose slots are all taken: offered any slot of the day that frees',
    description: OFFER_RULE,
  })
  @ApiCreatedResponse({ type: WaitlistEntryResponse })
  @ApiErrors({
    404: 'SERVICE_POINT_NOT_FOUND, or SLOT_NOT_FOUND (details.date: no slots to come that day)',
    409: 'SLOT_HAS_ROOM (details.date, details.slotIds; book one instead) or ALREADY_WAITLISTED',
    422: 'SLOT_IN_PAST (details.date: the day is over) or SLOT_ON_DAY_OFF',
  })
  joinDay(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: JoinDayWaitlistDto,
  ): Promise<WaitlistEntryResponse> {
    return this.waitlist.joinDay(caller, id, dto);
  }

  @Get('waitlist/mine')
  @ApiOperation({ summary: 'Your waitlist entries, newest first, with your place in line and any offer' })
  @ApiOkResponse({ type: [WaitlistEntryResponse] })
  mine(@CurrentUser() caller: Principal): Promise<WaitlistEntryResponse[]> {
    return this.waitlist.mine(caller);
  }

  @Post('waitlist/:id/confirm')
  @ApiOperation({
    summary:
      'Take the place offered to you (one tap from the SMS) while the offer holds: the booking is made',
  })
  @ApiCreatedResponse({ type: AppointmentResponse, description: 'status "booked"' })
  @ApiErrors({
    404: 'WAITLIST_ENTRY_NOT_FOUND',
    409: 'TOO_MANY_BOOKINGS or OVERLAPPING_BOOKING',
    422: 'NO_OFFER or OFFER_EXPIRED',
  })
  confirm(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<AppointmentResponse> {
    return this.waitlist.confirm(caller, id);
  }

  @Delete('waitlist/:id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Leave the line; a place held for you passes on to the next' })
  @ApiOkResponse({ type: WaitlistEntryResponse })
  @ApiErrors({ 404: 'WAITLIST_ENTRY_NOT_FOUND', 422: 'WAITLIST_CLOSED' })
  leave(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<WaitlistEntryResponse> {
    return this.waitlist.leave(caller, id);
  }
}
