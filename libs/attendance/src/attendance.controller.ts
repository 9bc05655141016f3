import { Body, Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { assertInJurisdiction, monthRange, Roles } from '@app/core';
import { RegionsService, ServicePointsService } from '@app/org';
import { attendanceSheet } from './attendance-sheet';
import { AttendanceService, toCheckInResponse } from './attendance.service';
import {
  AttendanceEventResponse,
  AttendanceRow,
  CheckInDto,
  CheckInResponse,
  CorrectionDto,
  CorrectionResponse,
  ExportQuery,
  ListAttendanceEventsQuery,
  ListAttendanceQuery,
} from './dto/attendance.dto';

@ApiTags('attendance')
@ApiBearerAuth()
@Controller({ path: 'attendance', version: '1' })
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly regions: RegionsService,
    private readonly points: ServicePointsService,
  ) {}

  @Post('check-in')
  @Roles('lawyer')
  @ApiOperation({
    summary: 'Sign in (签到). Repeating the same idempotencyKey returns the first answer and records nothing',
    description:
      'Never refused for bad GPS or a missing shift: outside the fence, no location and unscheduled sign-ins are recorded and flagged.',
  })
  @ApiCreatedResponse({ type: CheckInResponse })
  async checkIn(@Body() dto: CheckInDto): Promise<CheckInResponse> {
    return toCheckInResponse(await this.attendance.sign('check_in', dto));
  }

  @Post('check-out')
  @Roles('lawyer')
  @ApiOperation({
    summary: 'Sign out (签退); a sign-out without a sign-in that day is recorded and flagged no_check_in',
  })
  @ApiCreatedResponse({ type: CheckInResponse })
  async checkOut(@Body() dto: CheckInDto): Promise<CheckInResponse> {
    return toCheckInResponse(await this.attendance.sign('check_out', dto));
  }

  @Get()
  @Roles('lawyer', 'official', 'admin', 'auditor')
  @ApiOperation({
    summary:
      'Attendance per shift, evaluated now (a lawyer sees their own); status=exceptions lists late, left early, absent and incomplete',
  })
  @ApiOkResponse({ type: [AttendanceRow] })
  list(@Query() q: ListAttendanceQuery): Promise<AttendanceRow[]> {
    return this.attendance.list(q);
  }

  @Get('events')
  @Roles('lawyer', 'official', 'admin', 'auditor')
  @ApiOperation({
    summary:
      'Sign-in and sign-out events; flagged=true gives the exception list (outside the fence, unscheduled, no location, delayed)',
  })
  @ApiOkResponse({ type: [AttendanceEventResponse] })
  async events(@Query() q: ListAttendanceEventsQuery): Promise<AttendanceEventResponse[]> {
    return (await this.attendance.listEvents(q)).map((e) => ({
      ...toCheckInResponse(e),
      lawyerId: e.lawyerId,
      date: e.date,
      receivedAt: e.receivedAt.toISOString(),
      clientTime: e.clientTime?.toISOString() ?? null,
      source: e.source,
      reason: e.reason,
      voidsEventId: e.voidsEventId,
    }));
  }

  @Post('corrections')
  @HttpCode(201)
  @Roles('official', 'admin')
  @ApiOperation({
    summary: 'Add a missing sign-in/out or void a wrong one, with a reason; audited; the original stays',
  })
  @ApiCreatedResponse({ type: CorrectionResponse })
  async correct(@Body() dto: CorrectionDto): Promise<CorrectionResponse> {
    const { event, attendance } = await this.attendance.correct(dto);
    return {
      event: { ...toCheckInResponse(event), reason: event.reason, voidsEventId: event.voidsEventId },
      attendance,
    };
  }

  @Get('export')
  @Roles('official', 'admin')
  @Header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'A month’s attendance sheet (值班考勤表) as xlsx' })
  async export(@Query() q: ExportQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const region = await this.regions.getByCode(q.regionCode);
    // A sheet titled with a region the caller does not govern would show none or only part of its duty.
    assertInJurisdiction(region.code);
    const { from, to } = monthRange(q.month);
    const rows = await this.attendance.list({ regionCode: q.regionCode, from, to });
    const points = new Map(
      (await this.points.listActive({ regionCode: q.regionCode })).map((p) => [p.id, p.name]),
    );
    const [year, month] = q.month.split('-').map(Number);
    const title = `${region.name}公共法律服务值班考勤表（${year}年${month}月）`;
    void reply.header(
      'content-disposition',
      `attachment; filename="attendance-${q.regionCode}-${q.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${title}.xlsx`)}`,
    );
    return attendanceSheet(title, rows, points);
  }
}
