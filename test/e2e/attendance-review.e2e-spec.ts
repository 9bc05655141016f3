import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AttendanceService } from '@app/attendance';
import type {
  AttendanceEventResponse,
  AttendanceRow,
  CheckInDto,
  CheckInResponse,
  CorrectionDto,
} from '@app/attendance/dto/attendance.dto';
import type { AuditEventResponse } from '@app/audit/dto/audit-event.response';
import { asSystem, businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import { recountScope, StatsVerifyService } from '@app/stats';
import { bearer, createShift, useTestApp } from '@app/testing';
import { answerProblems, type Answer, type OpenApiDocument } from '../setup/openapi';
import type { CreateServicePointDto } from '@app/org/service-points/dto/create-service-point.dto';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import type { StaffResponse } from '@app/org/staff/dto/staff.dto';
import type { ShiftResponse } from '@app/roster/shifts/dto/shift.dto';

const at = (date: string, time: string) => businessInstant(date, time);
const HOUR = 3_600_000;

describe('Attendance dated when it happened: late uploads reviewed, sign-out without sign-in (e2e)', () => {
  // The app's "now": 2027-02-03 10:00 in 慈溪 unless a test sets another explicit instant.
  const clock = new FixedClock(at('2027-02-03', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const token = { shengshan: '', zhangqi: '', auditor: '' };
  const lawyer = new Map<string, { id: string; token: string }>();
  let point: ServicePointResponse;

  beforeAll(async () => {
    token.shengshan = await t.login('shengshan.official');
    token.zhangqi = await t.login('zhangqi.official');
    token.auditor = await t.login('auditor');
    const staff = await t
      .http()
      .get('/api/v1/staff')
      .query({ regionCode: SHENGSHAN, pageSize: 500 })
      .set(bearer(token.shengshan));
    for (const username of ['lawyer02', 'lawyer03', 'lawyer04', 'lawyer05']) {
      const s = (staff.body.items as StaffResponse[]).find((x) => x.username === username)!;
      lawyer.set(username, { id: s.id, token: await t.login(username) });
    }
    // An evening window of our own (every day 18:00–22:00), clear of the demo roster's daytime duty.
    const res = await t
      .http()
      .post('/api/v1/service-points')
      .set(bearer(token.shengshan))
      .send({
        regionCode: SHENGSHAN,
        kind: 'township_center',
        name: '胜山镇夜间法律服务窗口',
        lat: 30.2899,
        lng: 121.4213,
        geofenceRadiusM: 100,
        openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '18:00', to: '22:00' })),
      } satisfies CreateServicePointDto);
    if (res.status !== 201) throw new Error(`point: ${res.status} ${JSON.stringify(res.body)}`);
    point = res.body as ServicePointResponse;
  }, 60_000);

  function eveningShift(username: string, date: string): Promise<ShiftResponse> {
    return createShift(t, token.shengshan, {
      servicePointId: point.id,
      lawyerId: lawyer.get(username)!.id,
      date,
      from: '18:30',
      to: '21:00',
      kind: 'window',
    });
  }

  function sign(kind: 'check-in' | 'check-out', username: string, body: Partial<CheckInDto> = {}) {
    return t
      .http()
      .post(`/api/v1/attendance/${kind}`)
      .set(bearer(lawyer.get(username)!.token))
      .send({
        idempotencyKey: randomUUID(),
        lat: point.lat!,
        lng: point.lng!,
        accuracy: 10,
        coordSystem: 'wgs84',
        ...body,
      } satisfies CheckInDto);
  }

  function correct(asToken: string, body: CorrectionDto) {
    return t.http().post('/api/v1/attendance/corrections').set(bearer(asToken)).send(body);
  }

  async function attendanceOf(shift: ShiftResponse): Promise<AttendanceRow> {
    const res = await t
      .http()
      .get('/api/v1/attendance')
      .query({ regionCode: SHENGSHAN, from: shift.date, to: shift.date })
      .set(bearer(token.shengshan));
    if (res.status !== 200) throw new Error(`attendance: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as AttendanceRow[]).find((r) => r.shiftId === shift.id)!;
  }

  async function pendingReview(asToken = token.shengshan): Promise<AttendanceEventResponse[]> {
    const res = await t.http().get('/api/v1/attendance/pending-review').set(bearer(asToken));
    if (res.status !== 200) throw new Error(`pending: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as AttendanceEventResponse[];
  }

  async function eventsOf(username: string, date: string): Promise<AttendanceEventResponse[]> {
    const res = await t
      .http()
      .get('/api/v1/attendance/events')
      .query({ lawyerId: lawyer.get(username)!.id, from: date, to: date })
      .set(bearer(token.shengshan));
    if (res.status !== 200) throw new Error(`events: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as AttendanceEventResponse[];
  }

  /** The statistics' counters against a recount from the raw tables (`stats verify`). */
  const verify = () => t.app.get(StatsVerifyService).verify(recountScope(SHENGSHAN, 2027));

  /** 坐诊天数 of 胜山镇 in February 2027, as the monthly tally gives it. */
  async function dutyDays(): Promise<number> {
    const res = await t
      .http()
      .get('/api/v1/stats/monthly')
      .query({ regionCode: SHENGSHAN, month: '2027-02' })
      .set(bearer(token.shengshan));
    if (res.status !== 200) throw new Error(`stats: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.totals.dutyDays as number;
  }

  async function settled(shiftId: string): Promise<{ status: string; check_out_at: Date | null }[]> {
    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    try {
      return (
        await db.query('SELECT status, check_out_at FROM attendance_record WHERE shift_id = $1', [shiftId])
      ).rows;
    } finally {
      await db.end();
    }
  }

  describe('a shift with only a sign-out', () => {
    it('is incomplete, not absent, once over, and the nightly close writes it down so', async () => {
      const shift = await eveningShift('lawyer02', '2027-02-01');
      clock.set(at('2027-02-01', '21:05'));
      const out = await sign('check-out', 'lawyer02');
      clock.set(at('2027-02-01', '20:00'));
      const before = await attendanceOf(shift);
      clock.set(at('2027-02-02', '00:05'));

      const row = await attendanceOf(shift);
      await asSystem((system) => t.app.get(AttendanceService).closeDay(system, '2027-02-01'));

      expect(out.status).toBe(201);
      expect(out.body).toMatchObject({ shiftId: shift.id, status: 'no_check_in', flags: ['no_check_in'] });
      expect(before.status).toBe('pending');
      expect(row).toMatchObject({
        checkInAt: null,
        checkOutAt: at('2027-02-01', '21:05').toISOString(),
        status: 'incomplete',
        minutes: null,
      } satisfies Partial<AttendanceRow>);
      expect(await settled(shift.id)).toEqual([
        { status: 'incomplete', check_out_at: at('2027-02-01', '21:05') },
      ]);
    });
  });

  describe('a sign-in and sign-out uploaded 30 hours late', () => {
    let shift: ShiftResponse;
    let signIn: CheckInResponse;
    let signOut: CheckInResponse;
    let dutyDaysBefore: number;
    const now = at('2027-02-04', '00:30');
    const clientTime = new Date(now.getTime() - 30 * HOUR); // 2027-02-02 18:30, the shift's start

    beforeAll(async () => {
      clock.set(at('2027-02-03', '10:00'));
      shift = await eveningShift('lawyer03', '2027-02-02');
      clock.set(now);
      dutyDaysBefore = await dutyDays();
    });

    it('answers 202 pending_review at its own time, and the same idempotency key again the same', async () => {
      const body = { idempotencyKey: randomUUID(), clientTime } satisfies Partial<CheckInDto>;

      const first = await sign('check-in', 'lawyer03', body);
      const again = await sign('check-in', 'lawyer03', body);
      const out = await sign('check-out', 'lawyer03', {
        clientTime: new Date(now.getTime() - 27.5 * HOUR), // 21:00 that evening
      });

      expect(first.status).toBe(202);
      expect(first.body).toMatchObject({
        type: 'check_in',
        shiftId: shift.id,
        servicePointId: point.id,
        at: clientTime.toISOString(),
        insideGeofence: true,
        status: 'pending_review',
        flags: ['delayed'],
      } satisfies Partial<CheckInResponse>);
      expect(again.status).toBe(202);
      expect(again.body).toEqual(first.body);
      expect(out.status).toBe(202);
      expect(out.body).toMatchObject({ type: 'check_out', shiftId: shift.id, status: 'pending_review' });
      expect((await eventsOf('lawyer03', '2027-02-02')).map((e) => e.id).sort()).toEqual(
        [first.body.id, out.body.id].sort(),
      );
      signIn = first.body as CheckInResponse;
      signOut = out.body as CheckInResponse;
    });

    it('shows in the officials’ pending list (and the lawyer’s own), not in another township’s', async () => {
      const official = await pendingReview();
      const own = await pendingReview(lawyer.get('lawyer03')!.token);
      const other = await pendingReview(token.zhangqi);
      const staff = await t
        .http()
        .get(`/api/v1/staff/${lawyer.get('lawyer03')!.id}`)
        .set(bearer(token.shengshan));
      const events = await eventsOf('lawyer03', '2027-02-02');

      expect(official.filter((e) => e.shiftId === shift.id)).toEqual([
        expect.objectContaining({ id: signIn.id, review: 'pending', clientTime: clientTime.toISOString() }),
        expect.objectContaining({ id: signOut.id, review: 'pending' }),
      ]);
      expect(own.map((e) => e.id)).toEqual([signIn.id, signOut.id]);
      expect(other.map((e) => e.id)).not.toContain(signIn.id);
      // Each event names its lawyer, so the console's tables need no staff list to fill the column.
      expect(staff.body.name).toEqual(expect.any(String));
      expect(official.filter((e) => e.shiftId === shift.id).map((e) => e.lawyerName)).toEqual([
        staff.body.name,
        staff.body.name,
      ]);
      expect(events.map((e) => e.lawyerName)).toEqual(events.map(() => staff.body.name));
    });

    it('counts nowhere while pending: the shift is absent, the duty days unchanged, a void refused', async () => {
      const voided = await correct(token.shengshan, {
        action: 'void',
        eventId: signIn.id,
        reason: '不应作废待审核记录',
      });

      expect(await attendanceOf(shift)).toMatchObject({ checkInAt: null, status: 'absent' });
      expect(await dutyDays()).toBe(dutyDaysBefore);
      expect((await verify()).total).toBe(0);
      expect(voided.status).toBe(422);
      expect(voided.body.code).toBe('EVENT_NOT_COUNTED');
    });

    it('is not another township’s official to decide (404), nor a sign-in that needs no review (422)', async () => {
      const other = await correct(token.zhangqi, {
        action: 'accept',
        eventId: signIn.id,
        reason: '越权审核',
      });
      const ordinary = await correct(token.shengshan, {
        action: 'accept',
        eventId: (await eventsOf('lawyer02', '2027-02-01'))[0].id,
        reason: '无需审核',
      });

      expect(other.status).toBe(404);
      expect(other.body.code).toBe('EVENT_NOT_FOUND');
      expect(ordinary.status).toBe(422);
      expect(ordinary.body.code).toBe('EVENT_NOT_UNDER_REVIEW');
    });

    it('counts once accepted: on time with 150 minutes, one more duty day, audited, off the pending list', async () => {
      const reason = '经核实当晚在岗，手机无信号次日补传';

      const accepted = await correct(token.shengshan, { action: 'accept', eventId: signIn.id, reason });
      const acceptedOut = await correct(token.shengshan, { action: 'accept', eventId: signOut.id, reason });

      expect(accepted.status).toBe(201);
      expect(accepted.body.event).toMatchObject({
        type: 'accept',
        status: 'accept',
        shiftId: shift.id,
        reviewsEventId: signIn.id,
        reason,
      });
      expect(accepted.body.attendance).toMatchObject({ checkInAt: clientTime.toISOString() });
      expect(acceptedOut.status).toBe(201);
      expect(acceptedOut.body.attendance).toMatchObject({
        shiftId: shift.id,
        checkInAt: at('2027-02-02', '18:30').toISOString(),
        checkOutAt: at('2027-02-02', '21:00').toISOString(),
        status: 'on_time',
        minutes: 150,
      } satisfies Partial<AttendanceRow>);
      expect(await attendanceOf(shift)).toMatchObject({ status: 'on_time', minutes: 150 });
      expect(await settled(shift.id)).toEqual([
        { status: 'on_time', check_out_at: at('2027-02-02', '21:00') },
      ]);
      expect(await dutyDays()).toBe(dutyDaysBefore + 1);
      expect((await verify()).total).toBe(0);
      expect((await pendingReview()).map((e) => e.id)).not.toContain(signIn.id);
      expect((await eventsOf('lawyer03', '2027-02-02')).find((e) => e.id === signIn.id)).toMatchObject({
        status: 'pending_review',
        review: 'accepted',
      });
      const trail = await t
        .http()
        .get('/api/v1/audit-events')
        .query({ action: 'attendance.accept', entityId: accepted.body.event.id })
        .set(bearer(token.auditor));
      expect(trail.body.items as AuditEventResponse[]).toEqual([
        expect.objectContaining({
          action: 'attendance.accept',
          regionCode: SHENGSHAN,
          changes: { note: expect.objectContaining({ reviews: signIn.id, reason }) },
        }),
      ]);
    });

    it('answers in the shapes the OpenAPI document gives', async () => {
      const doc = (await t.http().get('/api/docs-json')).body as OpenApiDocument;
      const replay = await sign('check-in', 'lawyer05', {
        clientTime: new Date(now.getTime() - 40 * HOUR),
        coordSystem: 'gcj02',
      });
      const answers: Answer[] = [
        ['post', '/api/v1/attendance/check-in', replay],
        [
          'get',
          '/api/v1/attendance/pending-review',
          await t.http().get('/api/v1/attendance/pending-review').set(bearer(token.shengshan)),
        ],
        [
          'get',
          '/api/v1/attendance/events',
          await t
            .http()
            .get('/api/v1/attendance/events')
            .query({ from: '2027-02-01', to: '2027-02-03' })
            .set(bearer(token.shengshan)),
        ],
        [
          'post',
          '/api/v1/attendance/corrections',
          await correct(token.shengshan, {
            action: 'refuse',
            eventId: replay.body.id,
            reason: '无班次，不予认可',
          }),
        ],
      ];

      expect(answers.map(([, , res]) => res.status)).toEqual([202, 200, 200, 201]);
      expect(answerProblems(doc, answers)).toEqual([]);
    });

    it('is decided once: a second accept or a refuse afterwards is 409 EVENT_ALREADY_REVIEWED', async () => {
      const again = await correct(token.shengshan, { action: 'refuse', eventId: signIn.id, reason: '改判' });

      expect(again.status).toBe(409);
      expect(again.body.code).toBe('EVENT_ALREADY_REVIEWED');
    });
  });

  describe('two officials deciding at once', () => {
    it('records one decision; the other gets 409 EVENT_ALREADY_REVIEWED', async () => {
      clock.set(at('2027-02-03', '10:00'));
      await eveningShift('lawyer05', '2027-02-01');
      const now = at('2027-02-03', '01:00');
      clock.set(now);
      const pending = await sign('check-in', 'lawyer05', { clientTime: new Date(now.getTime() - 30 * HOUR) });
      const county = await t.login('cixi.official');

      const answers = await Promise.all([
        correct(token.shengshan, { action: 'accept', eventId: pending.body.id, reason: '镇司法所认可' }),
        correct(county, { action: 'refuse', eventId: pending.body.id, reason: '县司法局不予认可' }),
      ]);

      expect(pending.status).toBe(202);
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(answers.find((r) => r.status === 409)!.body.code).toBe('EVENT_ALREADY_REVIEWED');
      const decisions = (await eventsOf('lawyer05', '2027-02-01')).filter(
        (e) => e.reviewsEventId === pending.body.id,
      );
      expect(decisions).toHaveLength(1);
    });
  });

  describe('a late sign-in refused', () => {
    it('stays recorded with its reason and never counts', async () => {
      clock.set(at('2027-02-03', '10:00'));
      const shift = await eveningShift('lawyer04', '2027-02-01');
      const now = at('2027-02-03', '00:30');
      clock.set(now);
      const before = await dutyDays();
      const pending = await sign('check-in', 'lawyer04', { clientTime: new Date(now.getTime() - 30 * HOUR) });
      const reason = '当晚未到岗，补传记录不予认可';

      const refused = await correct(token.shengshan, { action: 'refuse', eventId: pending.body.id, reason });
      const thenAccepted = await correct(token.shengshan, {
        action: 'accept',
        eventId: pending.body.id,
        reason: '改为认可',
      });

      expect(pending.status).toBe(202);
      expect(refused.status).toBe(201);
      expect(refused.body.event).toMatchObject({ type: 'refuse', reviewsEventId: pending.body.id, reason });
      expect(refused.body.attendance).toMatchObject({ shiftId: shift.id, checkInAt: null, status: 'absent' });
      expect(thenAccepted.status).toBe(409);
      expect(await dutyDays()).toBe(before);
      expect((await verify()).total).toBe(0);
      expect((await pendingReview()).map((e) => e.id)).not.toContain(pending.body.id);
      const events = await eventsOf('lawyer04', '2027-02-01');
      expect(events.find((e) => e.id === pending.body.id)).toMatchObject({ review: 'refused' });
      expect(events.find((e) => e.type === 'refuse')).toMatchObject({
        reviewsEventId: pending.body.id,
        reason,
      });
      clock.set(at('2027-02-05', '09:00'));
      expect(await attendanceOf(shift)).toMatchObject({ checkInAt: null, status: 'absent' });
    });
  });
});
