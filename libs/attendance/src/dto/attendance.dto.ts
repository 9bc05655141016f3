import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { RegionMonthQuery, RegionPeriodQuery } from '@app/core';

export class CheckInDto {
  @ApiProperty({ description: 'A UUID the phone makes once per sign-in and sends again on every retry' })
  @IsUUID()
  idempotencyKey!: string;

  @ApiPropertyOptional({ example: 30.2361 })
  @IsOptional()
  @IsLatitude()
  lat?: number;

  @ApiPropertyOptional({ example: 121.4482 })
  @IsOptional()
  @IsLongitude()
  lng?: number;

  @ApiPropertyOptional({ example: 25, description: 'GPS accuracy in metres' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100000)
  accuracy?: number;

  @ApiPropertyOptional({
    description: 'The phone’s clock (ISO instant); a sign-in queued offline keeps its own time',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  clientTime?: Date;

  @ApiPropertyOptional({ description: 'The shift signed in for; found from the time when omitted' })
  @IsOptional()
  @IsUUID()
  shiftId?: string;
}

export class CheckInResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['check_in', 'check_out'] }) type!: string;
  @ApiProperty({ nullable: true }) shiftId!: string | null;
  @ApiProperty({ nullable: true }) servicePointId!: string | null;
  @ApiProperty({ description: 'When it counts (ISO instant)' }) at!: string;
  @ApiProperty({ nullable: true }) insideGeofence!: boolean | null;
  @ApiProperty({ nullable: true, description: 'Metres to the service point' }) distanceM!: number | null;
  @ApiProperty({ enum: ['on_time', 'late', 'ok', 'left_early', 'unscheduled', 'no_check_in'] })
  status!: string;
  @ApiProperty({
    isArray: true,
    enum: ['no_location', 'outside_geofence', 'delayed', 'unscheduled', 'no_check_in'],
  })
  flags!: string[];
}

/** A sign-in or sign-out as the event list shows it: when it arrived, from where, and what it corrects. */
export class AttendanceEventResponse extends CheckInResponse {
  @ApiProperty({ format: 'uuid' }) lawyerId!: string;
  @ApiProperty({ example: '2026-11-23', description: 'Business day (Asia/Shanghai)' }) date!: string;
  @ApiProperty({ description: 'When the server got it (ISO instant)' }) receivedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: "The phone's own time, for offline uploads" })
  clientTime!: string | null;
  @ApiProperty({ enum: ['phone', 'kiosk', 'correction'] }) source!: string;
  @ApiProperty({ type: String, nullable: true, description: "A correction's reason" }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The event a void correction cancels' })
  voidsEventId!: string | null;
}

export class ListAttendanceQuery extends RegionPeriodQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  lawyerId?: string;

  @ApiPropertyOptional({
    enum: ['on_time', 'late', 'left_early', 'absent', 'incomplete', 'pending', 'on_duty', 'exceptions'],
  })
  @IsOptional()
  @IsIn(['on_time', 'late', 'left_early', 'absent', 'incomplete', 'pending', 'on_duty', 'exceptions'])
  status?: string;
}

export class ListAttendanceEventsQuery extends RegionPeriodQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  lawyerId?: string;

  @ApiPropertyOptional({
    description:
      'Only flagged events: outside the fence, unscheduled, no location, delayed, sign-out without sign-in',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  flagged?: string;
}

export class AttendanceRow {
  @ApiProperty() shiftId!: string;
  @ApiProperty({ example: '2026-11-23' }) date!: string;
  @ApiProperty() lawyerId!: string;
  @ApiProperty() lawyerName!: string;
  @ApiProperty() servicePointId!: string;
  @ApiProperty({ enum: ['window', 'village_visit', 'on_call'] }) kind!: string;
  @ApiProperty({ description: 'Shift start (ISO)' }) startsAt!: string;
  @ApiProperty({ description: 'Shift end (ISO)' }) endsAt!: string;
  @ApiProperty({ nullable: true }) checkInAt!: string | null;
  @ApiProperty({ nullable: true }) checkOutAt!: string | null;
  @ApiProperty({ enum: ['on_time', 'late', 'left_early', 'absent', 'incomplete', 'pending', 'on_duty'] })
  status!: string;
  @ApiProperty({ nullable: true, description: 'Minutes from first sign-in to last sign-out' }) minutes!:
    number | null;
}

export class CorrectionDto {
  @ApiProperty({ enum: ['add', 'void'], description: 'add a missing sign-in/out, or void a wrong event' })
  @IsIn(['add', 'void'])
  action!: 'add' | 'void';

  @ApiPropertyOptional({ enum: ['check_in', 'check_out'], description: 'For add' })
  @IsOptional()
  @IsIn(['check_in', 'check_out'])
  type?: 'check_in' | 'check_out';

  @ApiPropertyOptional({ description: 'For add: the shift' })
  @IsOptional()
  @IsUUID()
  shiftId?: string;

  @ApiPropertyOptional({ description: 'For add: when it happened (ISO instant)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  at?: Date;

  @ApiPropertyOptional({ description: 'For void: the event' })
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @ApiProperty({ example: '律师忘记签退，经核实17:00离开', maxLength: 200 })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  reason!: string;
}

/** A month's attendance sheet of a region. */
export class ExportQuery extends RegionMonthQuery {}

export class CorrectedEventResponse extends CheckInResponse {
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The event a void cancels' })
  voidsEventId!: string | null;
}

/** The correction's own event, and the shift's attendance as it now stands. */
export class CorrectionResponse {
  @ApiProperty({ type: CorrectedEventResponse }) event!: CorrectedEventResponse;
  @ApiProperty({ type: AttendanceRow }) attendance!: AttendanceRow;
}
