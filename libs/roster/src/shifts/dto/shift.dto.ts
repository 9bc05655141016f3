import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate, PLACE_CODE_PATTERN, RegionPeriodQuery } from '@app/core';
import { SHIFT_KINDS, type ShiftKind } from '../duty-shift.entity';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class CreateShiftDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  servicePointId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  lawyerId!: string;

  @ApiProperty({ format: 'date', example: '2026-11-23' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ example: '08:30', description: 'Local start time' })
  @Matches(HH_MM, { message: 'from must be a time HH:mm' })
  from!: string;

  @ApiProperty({ example: '17:00', description: 'Local end time' })
  @Matches(HH_MM, { message: 'to must be a time HH:mm' })
  to!: string;

  @ApiProperty({ enum: SHIFT_KINDS })
  @IsIn(SHIFT_KINDS)
  kind!: ShiftKind;
}

export class ListShiftsQuery extends RegionPeriodQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  servicePointId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  lawyerId?: string;

  @ApiPropertyOptional({ description: 'Include cancelled shifts', enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeCancelled?: string;
}

export class PeriodDto {
  @ApiProperty({ example: '330282113' })
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode!: string;

  @ApiProperty({ example: '2026-11-01' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsCalendarDate()
  to!: string;
}

export class PublishDto extends PeriodDto {
  @ApiPropertyOptional({
    description:
      'Keep and publish the shifts that stand on days off (after a notice or a county override moved a holiday): ' +
      'without it, such shifts refuse the publication with 422 SHIFTS_ON_DAYS_OFF. The confirmation is recorded on ' +
      'the shifts, so they stop counting as conflicts; no booking slots are offered on days off all the same.',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  confirmDaysOff?: boolean;
}

/** A planned shift standing on a day off of its county's calendar. */
export class DayOffConflict {
  @ApiProperty({ format: 'uuid' }) shiftId!: string;
  @ApiProperty({ format: 'date', example: '2027-02-09' }) date!: string;
  @ApiProperty({ example: '330282113' }) regionCode!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty({ enum: ['window', 'village_visit'] }) kind!: string;
  @ApiProperty() published!: boolean;
  @ApiProperty({
    description: 'An official confirmed it stands there on purpose (publish with confirmDaysOff)',
  })
  confirmed!: boolean;
  @ApiProperty({ enum: ['not_a_working_day'] }) reason!: 'not_a_working_day';
}

export class CancelShiftDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

export class SwapShiftDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  shiftId!: string;

  @ApiProperty({ format: 'uuid', description: 'The lawyer who takes the shift over' })
  @IsUUID()
  toLawyerId!: string;
}

export class ShiftResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ format: 'uuid' }) lawyerId!: string;
  @ApiProperty({ example: '王建国' }) lawyerName!: string;
  @ApiProperty({ format: 'date', example: '2026-11-23' }) date!: string;
  @ApiProperty({ example: '08:30' }) from!: string;
  @ApiProperty({ example: '17:00' }) to!: string;
  @ApiProperty({ format: 'date-time', description: 'ISO instant' }) startsAt!: string;
  @ApiProperty({ format: 'date-time', description: 'ISO instant' }) endsAt!: string;
  @ApiProperty({ enum: SHIFT_KINDS }) kind!: string;
  @ApiProperty({ enum: ['planned', 'cancelled'] }) status!: string;
  @ApiProperty() published!: boolean;
}

export class PublishResponse {
  @ApiProperty({ description: 'Shifts published by this call' }) published!: number;
}
