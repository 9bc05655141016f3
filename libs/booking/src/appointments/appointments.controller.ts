import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ApiErrors,
  CurrentUser,
  IsCalendarDate,
  MOBILE_PATTERN,
  type Principal,
  Public,
  PUBLIC_READ_RULE,
  PublicRead,
  Roles,
  TOPICS,
  uuidParam,
} from '@app/core';
import { OtpSentResponse, SendOtpDto } from '../otp/otp.controller';
import { SlotsService } from '../slots/slots.service';
import { AppointmentsService } from './appointments.service';
import {
  AppointmentResponse,
  DayListAppointmentResponse,
  MyAppointmentResponse,
  RatedAppointmentResponse,
  SlotResponse,
} from './dto/appointment.response';

/** The resident staff book for (代约): their phone, checked by a code they read out, or taken as entered. */
export class BookingResidentDto {
  @ApiProperty({ example: '13812345678', description: 'Mainland mobile number' })
  @Matches(MOBILE_PATTERN, { message: 'phone must be a mainland mobile number of 11 digits' })
  phone!: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string;

  @ApiPropertyOptional({
    example: '123456',
    description:
      'The code the resident read out (sent by POST /appointments/phone-checks); without it the phone is recorded as entered by staff',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code?: string;
}

export class CreateAppointmentDto {
  @ApiProperty({ format: 'uuid', description: 'From GET /service-points/:id/slots' })
  @IsUUID()
  slotId!: string;

  @ApiProperty({ enum: TOPICS })
  @IsIn(TOPICS)
  topic!: (typeof TOPICS)[number];

  @ApiPropertyOptional({ maxLength: 2000, description: 'Stored as plain text, never rendered as HTML' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string;

  @ApiPropertyOptional({
    type: BookingResidentDto,
    description: 'Staff booking for a resident (代约) only, and required then',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BookingResidentDto)
  resident?: BookingResidentDto;
}

export class CancelAppointmentDto {
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Required when staff cancel: the resident is told it by SMS',
    example: '律师临时出庭',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason?: string;
}

export class RescheduleDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  slotId!: string;
}

export class DayListQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  servicePointId!: string;

  @ApiProperty({ format: 'date', example: '2026-11-23' })
  @IsCalendarDate()
  date!: string;
}

export class RatingDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}

export class SlotsQuery {
  @ApiPropertyOptional({ example: '2026-11-23', description: 'Default today' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-29', description: 'Default 6 days after from' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

@ApiTags('booking')
@Controller({ version: '1' })
export class AppointmentsController {
  constructor(
    private readonly appointments: AppointmentsService,
    private readonly slots: SlotsService,
  ) {}

  @Get('service-points/:id/slots')
  @Public()
  @PublicRead('slots')
  @ApiOperation({
    summary: 'Bookable 30-minute slots of a point from its published duty, with places left',
    description: `${PUBLIC_READ_RULE} A booking or cancellation through this instance shows in its next answer.`,
  })
  @ApiOkResponse({ type: [SlotResponse] })
  slotsOf(@Param('id', uuidParam()) id: string, @Query() q: SlotsQuery): Promise<SlotResponse[]> {
    return this.slots.slotsOf(id, q.from, q.to);
  }

  @Post('appointments')
  @Roles('resident', 'lawyer', 'official')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Book a slot: 409 SLOT_FULL, OVERLAPPING_BOOKING or TOO_MANY_BOOKINGS; an SMS confirms the code',
    description:
      'A resident books for themselves. Lawyers and officials book for a resident who called or came in (代约) at a slot of their jurisdiction, with `resident: { phone, name?, code? }`: with `code` (read out by the resident, sent by POST /appointments/phone-checks) the phone is checked, without it recorded as entered by staff; the audit trail says which. A slot full: join its waitlist (POST /slots/{id}/waitlist).',
  })
  @ApiCreatedResponse({ type: AppointmentResponse, description: 'status "booked"' })
  @ApiErrors({
    403: 'OUTSIDE_JURISDICTION (staff booking at a slot outside their jurisdiction)',
    404: 'SLOT_NOT_FOUND',
    409: 'SLOT_FULL, OVERLAPPING_BOOKING or TOO_MANY_BOOKINGS',
    422: 'SLOT_IN_PAST, SLOT_ON_DAY_OFF or PHONE_CHECK_FAILED (details["resident.code"])',
  })
  book(@CurrentUser() caller: Principal, @Body() dto: CreateAppointmentDto): Promise<AppointmentResponse> {
    return this.appointments.book(caller, dto);
  }

  @Post('appointments/phone-checks')
  @HttpCode(202)
  @Roles('lawyer', 'official')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Staff booking for a resident (代约): send the resident a 6-digit code to read out, to check the phone (valid 5 min; the login code limits apply)',
  })
  @ApiAcceptedResponse({ type: OtpSentResponse })
  @ApiErrors({ 429: 'OTP_TOO_SOON, OTP_DAILY_LIMIT or OTP_IP_LIMIT (see Retry-After)' })
  sendPhoneCheck(@Body() dto: SendOtpDto) {
    return this.appointments.sendPhoneCheck(dto.phone);
  }

  @Get('appointments/mine')
  @Roles('resident')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'The resident’s own bookings, newest first, with the point’s and lawyer’s names and the rating given',
  })
  @ApiOkResponse({ type: [MyAppointmentResponse] })
  mine(@CurrentUser() caller: Principal): Promise<MyAppointmentResponse[]> {
    return this.appointments.mine(caller);
  }

  @Get('appointments')
  @Roles('lawyer', 'official', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The day’s appointments at a point, phones masked' })
  @ApiOkResponse({ type: [DayListAppointmentResponse] })
  dayList(@CurrentUser() caller: Principal, @Query() q: DayListQuery) {
    return this.appointments.dayList(caller, q.servicePointId, q.date);
  }

  @Post('appointments/:id/arrive')
  @HttpCode(200)
  @Roles('lawyer', 'official', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiErrors({
    422: 'APPOINTMENT_STATE (not in a state that allows it) or TOO_EARLY (before the slot starts; details.allowedFrom)',
  })
  @ApiOperation({
    summary: 'Mark that the resident has arrived for the consultation (from the slot’s start)',
  })
  arrive(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<AppointmentResponse> {
    return this.appointments.mark(caller, id, 'arrived');
  }

  @Post('appointments/:id/complete')
  @HttpCode(200)
  @Roles('lawyer', 'official', 'admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Mark a consultation completed (from the slot’s start); the answer’s serviceLogDraft can be sent to POST /service-logs as is',
    description:
      'The resident gets one SMS with a link to rate the consultation without signing in (GET/POST /ratings/{token}, once, within 7 days).',
  })
  @ApiOkResponse({ type: AppointmentResponse, description: 'With serviceLogDraft' })
  @ApiErrors({
    422: 'APPOINTMENT_STATE (not in a state that allows it) or TOO_EARLY (before the slot starts; details.allowedFrom)',
  })
  complete(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<AppointmentResponse> {
    return this.appointments.mark(caller, id, 'completed');
  }

  @Post('appointments/:id/no-show')
  @HttpCode(200)
  @Roles('lawyer', 'official', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiErrors({
    422: 'APPOINTMENT_STATE (not in a state that allows it) or TOO_EARLY (before the slot’s start plus NO_SHOW_GRACE_MINUTES; details.allowedFrom)',
  })
  @ApiOperation({
    summary:
      'Mark that the resident did not come (from NO_SHOW_GRACE_MINUTES, default 15, after the slot starts)',
  })
  noShow(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<AppointmentResponse> {
    return this.appointments.mark(caller, id, 'no_show');
  }

  @Post('appointments/:id/rating')
  @Roles('resident')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Rate a completed consultation 1–5, once' })
  @ApiCreatedResponse({ type: RatedAppointmentResponse })
  @ApiErrors({ 409: 'ALREADY_RATED', 422: 'NOT_COMPLETED' })
  rate(@CurrentUser() caller: Principal, @Param('id', uuidParam()) id: string, @Body() dto: RatingDto) {
    return this.appointments.rate(caller, id, dto.score, dto.comment);
  }

  @Post('appointments/:id/reschedule')
  @HttpCode(200)
  @Roles('resident')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Move your booking to another slot (also after staff cancelled its shift); the code stays',
    description: 'An SMS names the new time; the place left goes to the old slot’s waitlist.',
  })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiErrors({
    409: 'SLOT_FULL, OVERLAPPING_BOOKING or TOO_MANY_BOOKINGS',
    422: 'APPOINTMENT_STATE, SLOT_IN_PAST or SLOT_ON_DAY_OFF',
  })
  reschedule(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: RescheduleDto,
  ): Promise<AppointmentResponse> {
    return this.appointments.reschedule(caller, id, dto.slotId);
  }

  @Post('appointments/:id/cancel')
  @HttpCode(200)
  @Roles('resident', 'lawyer', 'official')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Cancel a booking before it starts; the place is freed (and offered to the slot’s waitlist)',
    description:
      'A resident cancels their own. Lawyers and officials cancel one of their jurisdiction with a `reason` (400 without), which the resident is told by SMS; outside it: 404.',
  })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiErrors({ 422: 'APPOINTMENT_NOT_CANCELLABLE' })
  cancel(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: CancelAppointmentDto,
  ): Promise<AppointmentResponse> {
    return this.appointments.cancel(caller, id, dto?.reason);
  }
}
