import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentUser, type Principal, Roles } from '@app/core';
import { ClosePeriodDto, ListPeriodsQuery, PeriodResponse, PeriodsPageResponse } from './dto/periods.dto';
import { PeriodsService } from './periods.service';

@ApiTags('periods')
@ApiBearerAuth()
@Controller({ path: 'periods', version: '1' })
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @Post('close')
  @Roles('official')
  @ApiOperation({
    summary: 'Close a township’s month (月结), or report it as zero (零上报)',
    description:
      'By an official of the township (or of its county). Only a month that is over (Asia/Shanghai). A month with records closes as `closed` (`zeroReport: true` is refused); a month without any record closes only with `zeroReport: true` (`zero`), never by default. The close keeps the figures as version 1. Afterwards the month’s records (work-log entries, workshops, legal-aid cases where they count by month) are locked for lawyers (422 PERIOD_CLOSED); an official’s correction of one (with its reason) makes the next version (2, 3 …), whose figures are kept too: GET /stats/monthly?version=1 reads the figures as first reported. Closes and amendments are in the audit trail. City and province officials read only (403 READ_ONLY_JURISDICTION).',
  })
  @ApiCreatedResponse({ type: PeriodResponse })
  @ApiErrors({
    403: 'OUTSIDE_JURISDICTION: not a township of yours; READ_ONLY_JURISDICTION: a city or province official',
    404: 'REGION_NOT_FOUND: no such township',
    409: 'PERIOD_ALREADY_CLOSED: the month is closed already (a change now is a correction: a new version)',
    422: 'PERIOD_NOT_OVER: the month has not ended; PERIOD_HAS_RECORDS: zeroReport for a month with records; PERIOD_ZERO_REPORT_REQUIRED: a month without records closes only with zeroReport: true',
  })
  close(@CurrentUser() caller: Principal, @Body() dto: ClosePeriodDto): Promise<PeriodResponse> {
    return this.periods.close(caller, dto);
  }

  @Get()
  @Roles('official', 'admin')
  @ApiOperation({
    summary: 'Every township of a region with its month: open (not yet reported), closed or zero (零上报)',
    description:
      'For the county (and city, province) official: which townships have closed the month, reported zero or are behind (`status=open`). `counts` gives the townships by status.',
  })
  @ApiOkResponse({ type: PeriodsPageResponse })
  @ApiErrors({
    403: 'OUTSIDE_JURISDICTION: a region outside yours',
    404: 'REGION_NOT_FOUND: no such region',
  })
  list(@CurrentUser() caller: Principal, @Query() q: ListPeriodsQuery): Promise<PeriodsPageResponse> {
    return this.periods.list(caller, q);
  }
}
