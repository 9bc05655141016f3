import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, isValidDate, Public, Roles, ValidationFailedException } from '@app/core';
import { assertPeriod } from '../period';
import { WorkingCalendarService } from './working-calendar.service';

export class CalendarRangeQuery {
  @ApiProperty({ example: '2026-10-01' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-10-31' })
  @IsCalendarDate()
  to!: string;
}

export class CalendarOverrideDto {
  @ApiProperty({ description: 'Whether the day is a working day' })
  @IsBoolean()
  workday!: boolean;

  @ApiProperty({ example: '春节', required: false, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string;
}

export class CalendarDayResponse {
  @ApiProperty({ example: '2026-10-10' }) date!: string;
  @ApiProperty() workday!: boolean;
  @ApiProperty({ example: '国庆节调休' }) name!: string;
}

@ApiTags('rosters')
@Controller({ path: 'calendar', version: '1' })
export class CalendarController {
  constructor(private readonly calendar: WorkingCalendarService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'The official working-day calendar (holidays off, 调休 make-up days on) with overrides',
  })
  @ApiOkResponse({ type: [CalendarDayResponse] })
  list(@Query() q: CalendarRangeQuery): Promise<CalendarDayResponse[]> {
    assertPeriod(q.from, q.to);
    return this.calendar.days(q.from, q.to);
  }

  @Put(':date')
  @Roles('official', 'admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Set whether a date is a working day (for years the bundled calendar does not know yet)',
  })
  @ApiOkResponse({ type: CalendarDayResponse })
  set(@Param('date') date: string, @Body() dto: CalendarOverrideDto): Promise<CalendarDayResponse> {
    if (!isValidDate(date)) throw new ValidationFailedException({ date: ['date must be a date YYYY-MM-DD'] });
    return this.calendar.override(date, dto.workday, dto.name ?? '');
  }
}
