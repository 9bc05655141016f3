import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, PLACE_CODE_PATTERN } from '@app/core';
import { DAY_SOURCES } from '../official-calendar';

const REGION_DESCRIPTION =
  'A county, township or village code: the answer is its county’s calendar (the first 6 digits). ' +
  'Without it, the signed-in caller’s county; else the national calendar.';

export class CalendarRangeQuery {
  @ApiProperty({ example: '2027-01-01' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2027-02-28' })
  @IsCalendarDate()
  to!: string;

  @ApiPropertyOptional({ example: '330282', description: REGION_DESCRIPTION })
  @IsOptional()
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode?: string;
}

export class CalendarOverrideDto {
  @ApiProperty({ description: 'Whether the day is a working day in the county' })
  @IsBoolean()
  workday!: boolean;

  @ApiPropertyOptional({ example: '台风停工', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string;

  @ApiPropertyOptional({
    example: '330282',
    description:
      'The county whose calendar changes. A county official changes only their own (the default); an admin names one.',
  })
  @IsOptional()
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode?: string;
}

export class CalendarOverrideQuery {
  @ApiPropertyOptional({
    example: '330282',
    description: 'As in the body of PUT: the caller’s county by default',
  })
  @IsOptional()
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode?: string;
}

export class CalendarDayResponse {
  @ApiProperty({ format: 'date', example: '2027-02-05' }) date!: string;
  @ApiProperty() workday!: boolean;
  @ApiProperty({ example: '春节', description: 'The holiday or make-up day (国庆节调休), else empty' })
  name!: string;
  @ApiProperty({
    enum: DAY_SOURCES,
    description:
      'official: a State Council notice (bundled, or loaded by the admin); provisional: a year without a notice ' +
      '(weekends and the statutory holidays computed from the lunar calendar, no 调休); override: the county’s own',
  })
  source!: string;
}

export class CalendarYearResponse {
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({ enum: ['official', 'provisional'] }) status!: string;
  @ApiProperty({
    enum: ['loaded', 'bundled', 'provisional'],
    description: 'loaded: the admin loaded the notice; bundled: it comes with the chinese-days package',
  })
  source!: string;
  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'When the admin loaded the notice (ISO instant)',
  })
  loadedAt!: string | null;
}

export class NoticeHolidayDto {
  @ApiProperty({ example: '春节', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name!: string;

  @ApiProperty({ example: '2027-02-05', description: 'First day off' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2027-02-11', description: 'Last day off' })
  @IsCalendarDate()
  to!: string;
}

export class LoadNoticeDto {
  @ApiProperty({
    type: [NoticeHolidayDto],
    description: 'Each holiday with the days it gives off, inside the year, not overlapping one another',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NoticeHolidayDto)
  holidays!: NoticeHolidayDto[];

  @ApiProperty({
    type: [String],
    example: ['2027-02-20'],
    description: 'The make-up working days (调休): Saturdays or Sundays of the year, outside the holidays',
  })
  @IsArray()
  @ArrayMaxSize(30)
  @IsCalendarDate({ each: true, message: 'each of makeUpDays must be a date YYYY-MM-DD' })
  makeUpDays!: string[];
}

export class CalendarYearDetailResponse extends CalendarYearResponse {
  @ApiProperty({
    type: [NoticeHolidayDto],
    description: 'The notice’s holidays; for a provisional year, the statutory holidays it computes',
  })
  holidays!: NoticeHolidayDto[];
  @ApiProperty({ type: [String], description: 'The make-up working days (none in a provisional year)' })
  makeUpDays!: string[];
}

export class CalendarConflict {
  @ApiProperty({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The shift standing on a new day off; null for a point missing duty on a new working day',
  })
  shiftId!: string | null;
  @ApiProperty({ format: 'date', example: '2027-02-09' }) date!: string;
  @ApiProperty({ example: '330282113' }) regionCode!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty({
    enum: ['not_a_working_day', 'missing_on_working_day'],
    description:
      'not_a_working_day: a planned window shift or village visit now stands on a day off (its bookings were ' +
      'moved to needs_reschedule and the residents told by SMS); missing_on_working_day: a point that has window ' +
      'duty in that month has none on the new working day',
  })
  reason!: string;
}

export class LoadNoticeResponse {
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({
    type: [String],
    example: ['2027-02-09', '2027-02-20'],
    description: 'The days whose working-day status changed in the national calendar',
  })
  changedDays!: string[];
  @ApiProperty({ type: [CalendarConflict], description: 'In your jurisdiction' })
  conflicts!: CalendarConflict[];
  @ApiProperty({
    description: 'Conflicts in counties outside your jurisdiction (the notice reaches them too)',
  })
  conflictsOutsideJurisdiction!: number;
}

export class CalendarOverrideResponse extends CalendarDayResponse {
  @ApiProperty({ example: '330282', description: 'The county whose calendar changed' }) regionCode!: string;
  @ApiProperty({
    type: [CalendarConflict],
    description: 'What the change leaves standing on a day off or missing',
  })
  conflicts!: CalendarConflict[];
}
