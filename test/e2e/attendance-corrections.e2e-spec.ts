import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AttendanceService } from '@app/attendance';
import type {
  AttendanceRow,
  CheckInDto,
  CheckInResponse,
  CorrectionDto,
} from '@app/attendance/dto/attendance.dto';
import type { AuditEventResponse } from '@app/audit/dto/audit-event.response';
import { addDays, businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN, ZHANGQI } from '@app/demo';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import type { StaffResponse } from '@app/org/staff/dto/staff.dto';
import type { ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import { bearer, publishedWindowShifts, useTestApp } from '@app/testing';

/** An attendance event as GET /attendance/events lists it. */
interface EventBody extends CheckInResponse {
  lawyerId: string;
  date: string;
  source: string;
  reason: string | null;
  voidsEventId: string | null;
}

/** A wall-clock time on a business day (Asia/Shanghai). */
const at = (date: string, time: string) => businessInstant(date, time);

describe('Attendance corrections and duty days (e2e)', () => {
  // The app's "now", from Monday 23 November 2026 (the seed's roster holds November and December);
  // every test sets it to the moment it acts at.
  const clock = new FixedClock(businessInstant('2026-11-23', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const token = { shengshan: '', zhangqi: '', auditor: '' };
  const lawyerTokens = new Map<string, string>();
  const username = new Map<string, string>();
  let centre: ServicePointResponse;
  /** The demo roster's window shifts at a town centre, one a working day; each test takes its own. */
  let pool: ShiftResponse[];
  let zhangqiPool: ShiftResponse[];

  beforeAll(async () => {
    token.shengshan = await t.login('shengshan.official');
    token.zhangqi = await t.login('zhangqi.official');
    token.auditor = await t.login('auditor');
    const staff = await t
      .http()
      .get('/api/v1/staff')
      .query({ pageSize: 500 })
      .set(bearer(await t.login('admin')));
    for (const s of staff.body.items as StaffResponse[]) username.set(s.id, s.username);
    const centres = async (regionCode: string) =>
      (await t.http().get('/api/v1/service-points').query({ regionCode, kind: 'township_center' }))
        .body[0] as ServicePointResponse;
    centre = await centres(SHENGSHAN);
    pool = await windowShifts(token.shengshan, SHENGSHAN, centre.id);
    zhangqiPool = await windowShifts(token.zhangqi, ZHANGQI, (await centres(ZHANGQI)).id);
  }, 60_000);

  const windowShifts = (asToken: string, regionCode: string, pointId: string) =>
    publishedWindowShifts(t, asToken, regionCode, pointId);

  /** A window shift of 08:30–17:00 no other test uses. */
  function takeShift(from = pool): ShiftResponse {
    const shift = from.shift();
    if (!shift) throw new Error('the demo roster has no window shift left for this test');
    return shift;
  }

  async function lawyerToken(lawyerId: string): Promise<string> {
    if (!lawyerTokens.has(lawyerId)) lawyerTokens.set(lawyerId, await t.login(username.get(lawyerId)!));
    return lawyerTokens.get(lawyerId)!;
  }

  function setNow(date: string, time: string): void {
    clock.set(at(date, time));
  }

  /** The shift's lawyer signs in at the centre at `time` of the shift's day; answers the event. */
  async function signInAt(shift: ShiftResponse, time: string): Promise<CheckInResponse> {
    setNow(shift.date, time);
    const res = await t
      .http()
      .post('/api/v1/attendance/check-in')
      .set(bearer(await lawyerToken(shift.lawyerId)))
      .send({ idempotencyKey: randomUUID(), lat: centre.lat!, lng: centre.lng! } satisfies CheckInDto);
    if (res.status !== 201) throw new Error(`check-in: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as CheckInResponse;
  }

  function correct(asToken: string, body: object) {
    return t.http().post('/api/v1/attendance/corrections').set(bearer(asToken)).send(body);
  }

  function voidEvent(eventId: string, reason = '误签到，经核实当日未到岗') {
    return correct(token.shengshan, { action: 'void', eventId, reason } satisfies CorrectionDto);
  }

  async function eventsOf(lawyerId: string, date: string, asToken = token.shengshan): Promise<EventBody[]> {
    const res = await t
      .http()
      .get('/api/v1/attendance/events')
      .query({ lawyerId, from: date, to: date })
      .set(bearer(asToken));
    if (res.status !== 200) throw new Error(`events: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as EventBody[];
  }

  /** The shift's row of GET /attendance as the 胜山镇 official sees it now. */
  async function attendanceOf(shift: ShiftResponse): Promise<AttendanceRow> {
    const res = await t
      .http()
      .get('/api/v1/attendance')
      .query({ regionCode: SHENGSHAN, from: shift.date, to: shift.date })
      .set(bearer(token.shengshan));
    if (res.status !== 200) throw new Error(`attendance: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as AttendanceRow[]).find((r) => r.shiftId === shift.id)!;
  }

  async function settledStatus(shiftId: string): Promise<string[]> {
    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ status: string }>(
        'SELECT status FROM attendance_record WHERE shift_id = $1',
        [shiftId],
      );
      return rows.map((r) => r.status);
    } finally {
      await db.end();
    }
  }

  describe('POST /api/v1/attendance/corrections', () => {
    it('adds a forgotten sign-out: the incomplete shift becomes on time, the sign-in stays, the trail shows it', async () => {
      const shift = takeShift();
      const signIn = await signInAt(shift, '08:32');
      setNow(addDays(shift.date, 1), '09:00');
      const before = await attendanceOf(shift);

      const res = await correct(token.shengshan, {
        action: 'add',
        type: 'check_out',
        shiftId: shift.id,
        at: at(shift.date, '17:00'),
        reason: '律师忘记签退，经核实17:00离开',
      } satisfies CorrectionDto);

      expect(before.status).toBe('incomplete');
      expect(res.status).toBe(201);
      expect(res.body.event).toMatchObject({
        type: 'check_out',
        shiftId: shift.id,
        at: at(shift.date, '17:00').toISOString(),
        status: 'ok',
        reason: '律师忘记签退，经核实17:00离开',
        voidsEventId: null,
      });
      expect(res.body.attendance).toMatchObject({
        shiftId: shift.id,
        checkInAt: at(shift.date, '08:32').toISOString(),
        checkOutAt: at(shift.date, '17:00').toISOString(),
        status: 'on_time',
        minutes: 508,
      } satisfies Partial<AttendanceRow>);
      expect((await attendanceOf(shift)).status).toBe('on_time');
      expect(await settledStatus(shift.id)).toEqual(['on_time']);
      const events = await eventsOf(shift.lawyerId, shift.date);
      expect(events.find((e) => e.id === signIn.id)).toMatchObject({ ...signIn, source: 'phone' });
      expect(events.find((e) => e.id === res.body.event.id)).toMatchObject({
        source: 'correction',
        lawyerId: shift.lawyerId,
      });
      const trail = await t
        .http()
        .get('/api/v1/audit-events')
        .query({ action: 'attendance.correction', entityId: res.body.event.id })
        .set(bearer(token.auditor));
      expect(trail.status).toBe(200);
      expect(trail.body.items).toHaveLength(1);
      const [audit] = trail.body.items as AuditEventResponse[];
      expect(audit).toMatchObject({
        action: 'attendance.correction',
        entityType: 'attendance_event',
        regionCode: SHENGSHAN,
        actorName: expect.any(String),
        changes: { note: { shiftId: shift.id, type: 'check_out', reason: '律师忘记签退，经核实17:00离开' } },
      });
    });

    it('voids a wrong sign-in: the shift is evaluated again and is absent, the sign-in still listed', async () => {
      const shift = takeShift();
      const signIn = await signInAt(shift, '08:40');
      setNow(shift.date, '17:30');
      const before = await attendanceOf(shift);

      const res = await voidEvent(signIn.id);

      expect(before.status).toBe('on_duty');
      expect(res.status).toBe(201);
      expect(res.body.event).toMatchObject({ type: 'void', shiftId: shift.id, voidsEventId: signIn.id });
      expect(res.body.attendance).toMatchObject({ checkInAt: null, status: 'absent' });
      expect((await attendanceOf(shift)).status).toBe('absent');
      expect((await eventsOf(shift.lawyerId, shift.date)).map((e) => e.id).sort()).toEqual(
        [signIn.id, res.body.event.id].sort(),
      );
    });

    it('refuses voiding an event a second time with 409 EVENT_ALREADY_VOIDED', async () => {
      const shift = takeShift();
      const signIn = await signInAt(shift, '08:30');
      setNow(shift.date, '12:00');
      const first = await voidEvent(signIn.id);

      const second = await voidEvent(signIn.id);

      expect(first.status).toBe(201);
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('EVENT_ALREADY_VOIDED');
      expect(await eventsOf(shift.lawyerId, shift.date)).toHaveLength(2);
    });

    it('lets one of five voids of the same event sent at once through; the others get 409 EVENT_ALREADY_VOIDED', async () => {
      const shift = takeShift();
      const signIn = await signInAt(shift, '08:30');
      setNow(shift.date, '12:00');

      const results = await Promise.all(Array.from({ length: 5 }, () => voidEvent(signIn.id)));

      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
        Array(4).fill('EVENT_ALREADY_VOIDED'),
      );
      expect((await eventsOf(shift.lawyerId, shift.date)).filter((e) => e.type === 'void')).toHaveLength(1);
    });

    it('refuses a correction without a reason with 400 VALIDATION_FAILED on reason', async () => {
      const res = await correct(token.shengshan, { action: 'void', eventId: randomUUID() });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details)).toEqual(['reason']);
    });

    it('refuses adding an event without a shift with 400 VALIDATION_FAILED on shiftId', async () => {
      const shift = takeShift();
      setNow(addDays(shift.date, 1), '09:00');

      const res = await correct(token.shengshan, {
        action: 'add',
        type: 'check_in',
        at: at(shift.date, '08:30'),
        reason: '补录签到',
      } satisfies CorrectionDto);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details)).toEqual(['shiftId']);
    });

    it('answers 404 when the 胜山镇 official corrects a 掌起镇 shift, and records nothing', async () => {
      const shift = takeShift(zhangqiPool);
      setNow(addDays(shift.date, 1), '09:00');

      const res = await correct(token.shengshan, {
        action: 'add',
        type: 'check_in',
        shiftId: shift.id,
        at: at(shift.date, '08:30'),
        reason: '补录签到',
      } satisfies CorrectionDto);

      expect(res.status).toBe(404);
      expect(await eventsOf(shift.lawyerId, shift.date, token.zhangqi)).toEqual([]);
    });

    it('refuses a lawyer with 403 FORBIDDEN_ROLE', async () => {
      const shift = takeShift();
      setNow(addDays(shift.date, 1), '09:00');

      const res = await correct(await lawyerToken(shift.lawyerId), {
        action: 'add',
        type: 'check_out',
        shiftId: shift.id,
        at: at(shift.date, '17:00'),
        reason: '自己补签退',
      } satisfies CorrectionDto);

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN_ROLE');
      expect(await eventsOf(shift.lawyerId, shift.date)).toEqual([]);
    });
  });

  describe('duty days (坐诊天数)', () => {
    it('counts the centre’s day once for two sign-ins, and not at all once both are voided', async () => {
      const shift = takeShift();
      const dutyDays = () => t.app.get(AttendanceService).dutyDays(SHENGSHAN, shift.date, shift.date);
      const first = await signInAt(shift, '08:30');
      const second = await signInAt(shift, '08:50');
      const twice = await dutyDays();
      setNow(shift.date, '12:00');
      await voidEvent(first.id);
      const oneVoided = await dutyDays();

      await voidEvent(second.id);

      expect([first.shiftId, second.shiftId]).toEqual([shift.id, shift.id]);
      expect(twice).toBe(1);
      expect(oneVoided).toBe(1);
      expect(await dutyDays()).toBe(0);
    });
  });
});
