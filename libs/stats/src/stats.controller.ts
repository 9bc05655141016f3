import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiErrors, ApiFileResponse, CurrentUser, type Principal, Roles } from '@app/core';
import {
  MonthlyStatsResponse,
  StatsExportQuery,
  RankingResponse,
  StatsMonthlyVersionQuery,
  StatsRankingQuery,
  StatsReportQuery,
  StatsYearlyQuery,
  YearlyStatsResponse,
} from './dto/stats.dto';
import { contentDisposition, type Download, FRESHNESS_HEADERS_NOTE, XLSX_TYPE } from './report/download';
import { StatsReportsService } from './report/stats-reports.service';
import { type Ranking, StatsRankingService } from './ranking/stats-ranking.service';
import { MonthlyStats, StatsService, YearlyStats } from './stats.service';

function send(reply: FastifyReply, d: Download): Buffer | string {
  void reply.header('content-type', d.contentType);
  // The paragraph shows in the browser; files download under their Chinese name.
  if (typeof d.body !== 'string') void reply.header('content-disposition', contentDisposition(d));
  if (d.freshness) {
    void reply.header('x-stats-source', d.freshness.source);
    void reply.header('x-stats-as-of', d.freshness.asOf);
    void reply.header('x-stats-lag-seconds', String(d.freshness.lagSeconds));
  }
  return d.body;
}

@ApiTags('stats')
@ApiBearerAuth()
@Roles('official', 'admin')
@ApiErrors({ 404: 'REGION_NOT_FOUND: no such region' })
@Controller({ path: 'stats', version: '1' })
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly reports: StatsReportsService,
    private readonly rankings: StatsRankingService,
  ) {}

  @Get('ranking')
  @ApiOperation({
    summary: '排名: the counties or townships below a region ranked by one metric over a month or a year',
    description:
      'For comparing counties and townships (city and province officials read every county below them; a county official its townships). Every county or township of the region is listed, zeros included. With GET /periods?status=open, the townships behind on closing.',
  })
  @ApiOkResponse({ type: RankingResponse })
  @ApiErrors({
    400: 'VALIDATION_FAILED: a level that does not lie below the region, an unknown metric',
    403: 'OUTSIDE_JURISDICTION: a region outside yours',
  })
  ranking(@CurrentUser() caller: Principal, @Query() q: StatsRankingQuery): Promise<Ranking> {
    return this.rankings.ranking(caller, q);
  }

  @Get('monthly')
  @ApiOperation({
    summary: 'The monthly tally (月报) of a region in your jurisdiction, by child region, lawyer and topic',
  })
  @ApiOkResponse({ type: MonthlyStatsResponse })
  @ApiErrors({
    400: 'VALIDATION_FAILED: `version` for a region that is not a township',
    404: 'REGION_NOT_FOUND: no such region; PERIOD_VERSION_NOT_FOUND: the township has not closed the month, or has no such version yet',
  })
  monthly(@CurrentUser() caller: Principal, @Query() q: StatsMonthlyVersionQuery): Promise<MonthlyStats> {
    return this.stats.monthly(caller, q.regionCode, q.month, q.version);
  }

  @Get('monthly/export')
  @ApiOperation({ summary: 'The monthly tally as an xlsx workbook or CSV (UTF-8 with BOM)' })
  @ApiFileResponse(
    { [XLSX_TYPE]: 'binary', 'text/csv': 'text' },
    'format=xlsx: the workbook; format=csv: the table as CSV (UTF-8 with BOM); as an attachment.' +
      FRESHNESS_HEADERS_NOTE,
  )
  async monthlyExport(
    @CurrentUser() caller: Principal,
    @Query() q: StatsExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    return send(reply, await this.reports.monthly(caller, q.regionCode, q.month, q.format));
  }

  @Get('yearly')
  @ApiOperation({
    summary: 'The statistics of a year to date, by month, child region, lawyer and topic',
  })
  @ApiOkResponse({ type: YearlyStatsResponse })
  yearly(@CurrentUser() caller: Principal, @Query() q: StatsYearlyQuery): Promise<YearlyStats> {
    return this.stats.yearly(caller, q.regionCode, q.year, q.through);
  }

  @Get('yearly/report')
  @ApiOperation({
    summary:
      'The year-end report through the last complete month (or `through`): the paragraph in Chinese (text) or the statistics workbook (xlsx)',
    description:
      'Every non-zero metric with its unit, amounts in 万元 with two decimals, e.g. 至12月底,已为群众提供法律咨询237人次,代拟各类法律文书7份,…',
  })
  @ApiFileResponse(
    { 'text/plain': 'text', [XLSX_TYPE]: 'binary' },
    'format=text: the paragraph (UTF-8); format=xlsx: the workbook, as an attachment.' +
      FRESHNESS_HEADERS_NOTE,
  )
  @ApiErrors({ 422: 'A `through` month that has not ended yet' })
  async yearlyReport(
    @CurrentUser() caller: Principal,
    @Query() q: StatsReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    return send(reply, await this.reports.yearly(caller, q.regionCode, q.year, q.format, q.through));
  }
}
