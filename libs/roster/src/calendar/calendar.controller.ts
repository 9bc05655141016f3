import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  CurrentUser,
  IdentifiesCaller,
  isValidDate,
  type Principal,
  Public,
  Roles,
  ValidationFailedException,
} from '@app/core';
import { assertPeriod } from '../period';
import { CalendarChangesService } from './calendar-changes.service';
import {
  CalendarDayResponse,
  CalendarOverrideDto,
  CalendarOverrideQuery,
  CalendarOverrideResponse,
  CalendarRangeQuery,
  CalendarYearDetailResponse,
  CalendarYearResponse,
  LoadNoticeDto,
  LoadNoticeResponse,
} from './dto/calendar.dto';
import type { CalendarYear } from './working-calendar.service';
import { WorkingCalendarService } from './working-calendar.service';

const dateParam = (date: string) => {
  if (!isValidDate(date)) throw new ValidationFailedException({ date: ['date must be a date YYYY-MM-DD'] });
  return date;
};

const yearView = <T extends CalendarYear>(y: T) => ({ ...y, loadedAt: y.loadedAt?.toISOString() ?? null });

@ApiTags('rosters')
@Controller({ path: 'calendar', version: '1' })
export class CalendarController {
  constructor(
    private readonly calendar: WorkingCalendarService,
    private readonly changes: CalendarChangesService,
  ) {}

  @Get()
  @Public()
  @IdentifiesCaller()
  @ApiOperation({
    summary:
      'The working-day calendar of a county (holidays off, 调休 make-up days on), each day with its source',
    description:
      'The national calendar — the State Council notice of the year (loaded by the admin, else bundled), or for a ' +
      'year without one a provisional calendar of the statutory holidays — with the county’s overrides when ' +
      '`regionCode` (or the signed-in caller’s region) names a county, township or village. At most 366 days.',
  })
  @ApiOkResponse({ type: [CalendarDayResponse] })
  list(
    @CurrentUser() caller: Principal | undefined,
    @Query() q: CalendarRangeQuery,
  ): Promise<CalendarDayResponse[]> {
    assertPeriod(q.from, q.to);
    return this.calendar.days(q.from, q.to, q.regionCode ?? caller?.regionCode);
  }

  @Get('years')
  @Public()
  @ApiOperation({
    summary:
      'The years of the calendar (2024 to two years ahead) and whether each has its State Council notice',
  })
  @ApiOkResponse({ type: [CalendarYearResponse] })
  async years(): Promise<CalendarYearResponse[]> {
    return (await this.calendar.years()).map(yearView);
  }

  @Get('years/:year')
  @Public()
  @ApiOperation({
    summary:
      'A year’s notice as it stands (loaded or bundled), or the statutory holidays of a provisional year',
  })
  @ApiOkResponse({ type: CalendarYearDetailResponse })
  async year(@Param('year') year: string): Promise<CalendarYearDetailResponse> {
    if (!/^\d{4}$/.test(year)) throw new ValidationFailedException({ year: ['year must be a year YYYY'] });
    return yearView(await this.calendar.year(Number(year)));
  }

  @Put('years/:year')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Load a year’s State Council notice for the whole deployment (admin); loading it again replaces it',
    description:
      'The notice takes precedence over the bundled data and the provisional calendar; counties’ overrides still ' +
      'win for their county. The answer lists the days whose working-day status changed and what they reach: ' +
      'shifts now on a day off (their bookings go to needs_reschedule with an SMS to the resident) and points ' +
      'missing window duty on a new working day. 400 per field for overlapping holidays, dates outside the year, ' +
      'from after to, a make-up day that is not a Saturday or Sunday.',
  })
  @ApiOkResponse({ type: LoadNoticeResponse })
  loadNotice(
    @CurrentUser() caller: Principal,
    @Param('year') year: string,
    @Body() dto: LoadNoticeDto,
  ): Promise<LoadNoticeResponse> {
    return this.changes.loadNotice(caller, year, dto);
  }

  @Put(':date')
  @Roles('official', 'admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Override one date in a county’s calendar (county official: their own county only)',
    description:
      'A township official gets 403 CALENDAR_NEEDS_COUNTY. Other counties’ calendars do not change. The answer ' +
      'lists what the change reaches, as a loaded notice’s does.',
  })
  @ApiOkResponse({ type: CalendarOverrideResponse })
  @ApiErrors({ 404: 'REGION_NOT_FOUND: no such county' })
  set(
    @CurrentUser() caller: Principal,
    @Param('date') date: string,
    @Body() dto: CalendarOverrideDto,
  ): Promise<CalendarOverrideResponse> {
    return this.changes.override(caller, dateParam(date), dto);
  }

  @Delete(':date')
  @Roles('official', 'admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Remove a county’s override of a date: it follows the national calendar again',
    description: '404 CALENDAR_OVERRIDE_NOT_FOUND when the county has none for that date.',
  })
  @ApiOkResponse({ type: CalendarOverrideResponse })
  @ApiErrors({ 404: 'CALENDAR_OVERRIDE_NOT_FOUND: the county has none for that date' })
  remove(
    @CurrentUser() caller: Principal,
    @Param('date') date: string,
    @Query() q: CalendarOverrideQuery,
  ): Promise<CalendarOverrideResponse> {
    return this.changes.removeOverride(caller, dateParam(date), q.regionCode);
  }
}
