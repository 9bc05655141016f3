import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  ApiErrors,
  CurrentUser,
  IsCalendarDate,
  type Principal,
  Public,
  PUBLIC_READ_RULE,
  PublicRead,
  Roles,
  TOPICS,
  uuidParam,
} from '@app/core';
import { SlotsService } from '../slots/slots.service';
import { AppointmentsService } from './appointments.service';
import {
  AppointmentResponse,
  DayListAppointmentResponse,
  MyAppointmentResponse,
  RatedAppointmentResponse,
  SlotResponse,
} from './dto/appointment.response';

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
  @Roles('resident')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Book a slot: 409 SLOT_FULL, OVERLAPPING_BOOKING or TOO_MANY_BOOKINGS; an SMS confirms the code',
  })
  @ApiCreatedResponse({ type: AppointmentResponse, description: 'status "booked"' })
  @ApiErrors({
    404: 'SLOT_NOT_FOUND',
    409: 'SLOT_FULL, OVERLAPPING_BOOKING or TOO_MANY_BOOKINGS',
    422: 'SLOT_IN_PAST or SLOT_ON_DAY_OFF',
  })
  book(@CurrentUser() caller: Principal, @Body() dto: CreateAppointmentDto): Promise<AppointmentResponse> {
    return this.appointments.book(caller, dto);
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
  @ApiErrors({ 422: 'APPOINTMENT_STATE: the appointment is not in a state that allows it' })
  @ApiOperation({ summary: 'Mark that the resident has arrived for the consultation' })
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
      'Mark a consultation completed; the answer’s serviceLogDraft can be sent to POST /service-logs as is',
  })
  @ApiOkResponse({ type: AppointmentResponse, description: 'With serviceLogDraft' })
  @ApiErrors({ 422: 'APPOINTMENT_STATE: the appointment is not in a state that allows it' })
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
  @ApiErrors({ 422: 'APPOINTMENT_STATE: the appointment is not in a state that allows it' })
  @ApiOperation({ summary: 'Mark that the resident did not come' })
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
  @Roles('resident')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Cancel your booking before it starts; the place is freed' })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiErrors({ 422: 'APPOINTMENT_NOT_CANCELLABLE' })
  cancel(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<AppointmentResponse> {
    return this.appointments.cancel(caller, id);
  }
}
