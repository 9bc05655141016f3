import { Body, Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiErrors,
  ApiFileResponse,
  assertInJurisdiction,
  CurrentUser,
  monthRange,
  type Principal,
  Roles,
} from '@app/core';
import { RegionsService, ServicePointsService, StaffService } from '@app/org';
import { attendanceSheet } from './attendance-sheet';
import { type AttendanceEvent, PENDING_REVIEW } from './attendance-event.entity';
import type { ReviewState } from './attendance-events.repository';
import { AttendanceCorrectionsService } from './attendance-corrections.service';
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
  ListPendingReviewQuery,
} from './dto/attendance.dto';

const PENDING_ANSWER =
  'Sent later than ATTENDANCE_MAX_DELAY_HOURS after its clientTime: kept with its own time as a correction request (status pending_review), ' +
  'to count once an official in jurisdiction accepts it. The phone may forget it; the same idempotencyKey again gets this same answer.';

function toEventResponse(
  e: AttendanceEvent,
  reviews: Map<string, ReviewState>,
  names: Map<string, string>,
): AttendanceEventResponse {
  return {
    ...toCheckInResponse(e),
    lawyerId: e.lawyerId,
    lawyerName: names.get(e.lawyerId) ?? '',
    date: e.date,
    receivedAt: e.receivedAt.toISOString(),
    clientTime: e.clientTime?.toISOString() ?? null,
    source: e.source,
    reason: e.reason,
    voidsEventId: e.voidsEventId,
    reviewsEventId: e.reviewsEventId,
    review: reviews.get(e.id) ?? null,
  };
}

/** 202 for a sign-in kept for review (also when its idempotency key is sent again), 201 otherwise. */
function answer(e: AttendanceEvent, reply: FastifyReply): CheckInResponse {
  if (e.status === PENDING_REVIEW) void reply.status(202);
  return toCheckInResponse(e);
}

@ApiTags('attendance')
@ApiBearerAuth()
@Controller({ path: 'attendance', version: '1' })
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly corrections: AttendanceCorrectionsService,
    private readonly regions: RegionsService,
    private readonly points: ServicePointsService,
    private readonly staff: StaffService,
  ) {}

  @Post('check-in')
  @Roles('lawyer')
  @ApiOperation({
    summary: 'Sign in (签到). Repeating the same idempotencyKey returns the first answer and records nothing',
    description:
      'Never refused for bad GPS, a missing shift or a late upload: outside the fence, low accuracy, no location and unscheduled sign-ins are recorded and flagged; one sent later than ATTENDANCE_MAX_DELAY_HOURS is kept for review (202).',
  })
  @ApiCreatedResponse({ type: CheckInResponse, description: 'Recorded; it counts' })
  @ApiAcceptedResponse({ type: CheckInResponse, description: PENDING_ANSWER })
  @ApiErrors({
    403: 'NOT_YOUR_SHIFT',
    409: 'IDEMPOTENCY_KEY_REUSED',
    422: 'SHIFT_NOT_FOUND, SHIFT_CANCELLED or IDEMPOTENCY_KEY_MISMATCH',
  })
  async checkIn(
    @CurrentUser() caller: Principal,
    @Body() dto: CheckInDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CheckInResponse> {
    return answer(await this.attendance.sign(caller, 'check_in', dto), reply);
  }

  @Post('check-out')
  @Roles('lawyer')
  @ApiOperation({
    summary:
      'Sign out (签退); a sign-out without a sign-in that day is recorded and flagged no_check_in; one sent later than ATTENDANCE_MAX_DELAY_HOURS is kept for review (202)',
  })
  @ApiCreatedResponse({ type: CheckInResponse, description: 'Recorded; it counts' })
  @ApiAcceptedResponse({ type: CheckInResponse, description: PENDING_ANSWER })
  @ApiErrors({
    403: 'NOT_YOUR_SHIFT',
    409: 'IDEMPOTENCY_KEY_REUSED',
    422: 'SHIFT_NOT_FOUND, SHIFT_CANCELLED or IDEMPOTENCY_KEY_MISMATCH',
  })
  async checkOut(
    @CurrentUser() caller: Principal,
    @Body() dto: CheckInDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CheckInResponse> {
    return answer(await this.attendance.sign(caller, 'check_out', dto), reply);
  }

  @Get()
  @Roles('lawyer', 'official', 'admin')
  @ApiOperation({
    summary:
      'Attendance per shift, evaluated now (a lawyer sees their own); status=exceptions lists late, left early, absent and incomplete',
  })
  @ApiOkResponse({ type: [AttendanceRow] })
  list(@CurrentUser() caller: Principal, @Query() q: ListAttendanceQuery): Promise<AttendanceRow[]> {
    return this.attendance.list(caller, q);
  }

  @Get('events')
  @Roles('lawyer', 'official', 'admin')
  @ApiOperation({
    summary:
      'Sign-in and sign-out events; flagged=true gives the exception list (outside the fence, unscheduled, no location, delayed)',
  })
  @ApiOkResponse({ type: [AttendanceEventResponse] })
  async events(
    @CurrentUser() caller: Principal,
    @Query() q: ListAttendanceEventsQuery,
  ): Promise<AttendanceEventResponse[]> {
    const events = await this.attendance.listEvents(caller, q);
    const [reviews, names] = await Promise.all([
      this.attendance.reviewStates(events),
      this.staff.namesOf(events.map((e) => e.lawyerId)),
    ]);
    return events.map((e) => toEventResponse(e, reviews, names));
  }

  @Get('pending-review')
  @Roles('lawyer', 'official', 'admin')
  @ApiOperation({
    summary:
      'Sign-ins and sign-outs awaiting review (status pending_review: sent later than ATTENDANCE_MAX_DELAY_HOURS), oldest first, in your jurisdiction (a lawyer: their own); decide with POST /attendance/corrections action accept or refuse',
  })
  @ApiOkResponse({ type: [AttendanceEventResponse] })
  async pendingReview(
    @CurrentUser() caller: Principal,
    @Query() q: ListPendingReviewQuery,
  ): Promise<AttendanceEventResponse[]> {
    const events = await this.corrections.listPendingReview(caller, q);
    const pending = new Map(events.map((e) => [e.id, 'pending' as const]));
    const names = await this.staff.namesOf(events.map((e) => e.lawyerId));
    return events.map((e) => toEventResponse(e, pending, names));
  }

  @Post('corrections')
  @HttpCode(201)
  @Roles('official', 'admin')
  @ApiOperation({
    summary:
      'Add a missing sign-in/out, void a wrong one, or accept or refuse one awaiting review, with a reason; audited; the original stays',
    description:
      'accept / refuse: only for an event with status pending_review (422 EVENT_NOT_UNDER_REVIEW otherwise), once (409 EVENT_ALREADY_REVIEWED); an accepted one counts at its own time, a refused one stays recorded and never counts. ' +
      'void: not for an event that does not count (422 EVENT_NOT_COUNTED).',
  })
  @ApiCreatedResponse({ type: CorrectionResponse })
  @ApiErrors({
    404: 'EVENT_NOT_FOUND or SHIFT_NOT_FOUND',
    409: 'EVENT_ALREADY_VOIDED or EVENT_ALREADY_REVIEWED',
    422: 'EVENT_NOT_UNDER_REVIEW, EVENT_NOT_COUNTED or SHIFT_CANCELLED',
  })
  async correct(@CurrentUser() caller: Principal, @Body() dto: CorrectionDto): Promise<CorrectionResponse> {
    const { event, attendance } = await this.corrections.correct(caller, dto);
    return {
      event: {
        ...toCheckInResponse(event),
        reason: event.reason,
        voidsEventId: event.voidsEventId,
        reviewsEventId: event.reviewsEventId,
      },
      attendance,
    };
  }

  @Get('export')
  @Roles('official', 'admin')
  @Header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiFileResponse(
    { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'binary' },
    'The workbook, as an attachment',
  )
  @ApiOperation({ summary: 'A month’s attendance sheet (值班考勤表) as xlsx' })
  @ApiErrors({ 404: 'REGION_NOT_FOUND' })
  async export(
    @CurrentUser() caller: Principal,
    @Query() q: ExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const region = await this.regions.getByCode(q.regionCode);
    // A sheet titled with a region the caller does not govern would show none or only part of its duty.
    assertInJurisdiction(caller, region.code);
    const { from, to } = monthRange(q.month);
    const rows = await this.attendance.list(caller, { regionCode: q.regionCode, from, to });
    const points = new Map(
      (await this.points.listActive(caller, { regionCode: q.regionCode })).map((p) => [p.id, p.name]),
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
