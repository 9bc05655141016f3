import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Response } from 'supertest';
import { AttendanceService } from '@app/attendance';
import type { AttendanceRow, CheckInDto, CheckInResponse } from '@app/attendance/dto/attendance.dto';
import {
  addDays,
  asSystem,
  businessInstant,
  type Caller,
  FixedClock,
  monthRange,
  RequestContext,
} from '@app/core';
import { SHENGSHAN, ZHANGQI } from '@app/demo';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import type { StaffResponse } from '@app/org/staff/dto/staff.dto';
import type { ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import { bearer, publishedWindowShifts, useTestApp } from '@app/testing';

/** An attendance event as GET /attendance/events lists it. */
interface EventBody extends CheckInResponse {
  lawyerId: string;
  date: string;
  clientTime: string | null;
  source: string;
}

/** A wall-clock time on a business day (Asia/Shanghai). */
const at = (date: string, time: string) => businessInstant(date, time);

/** Metres as degrees of latitude (one degree is about 111.2 km). */
const northOf = (lat: number, metres: number) => Number((lat + metres / 111_195).toFixed(6));

describe('Attendance: sign-in and sign-out at the window (e2e)', () => {
  // The app's "now", from Monday 23 November 2026 (the seed's roster holds November and December);
  // every test sets it to the moment it acts at.
  const clock = new FixedClock(businessInstant('2026-11-23', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const token = { shengshan: '', zhangqi: '' };
  const lawyerTokens = new Map<string, string>();
  const username = new Map<string, string>();
  let centre: ServicePointResponse;
  let zhangqiCentre: ServicePointResponse;
  let shengshanPointIds: Set<string>;
  /** The demo roster's window shifts at the 胜山镇 centre, one a working day; each test takes its own. */
  let pool: ShiftResponse[];
  let zhangqiPool: ShiftResponse[];

  beforeAll(async () => {
    token.shengshan = await t.login('shengshan.official');
    token.zhangqi = await t.login('zhangqi.official');
    const staff = await t
      .http()
      .get('/api/v1/staff')
      .query({ pageSize: 500 })
      .set(bearer(await t.login('admin')));
    for (const s of staff.body.items as StaffResponse[]) username.set(s.id, s.username);
    const points = (await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN }))
      .body as ServicePointResponse[];
    centre = points.find((p) => p.kind === 'township_center')!;
    shengshanPointIds = new Set(points.map((p) => p.id));
    zhangqiCentre = (
      await t.http().get('/api/v1/service-points').query({ regionCode: ZHANGQI, kind: 'township_center' })
    ).body[0] as ServicePointResponse;
    pool = await windowShifts(token.shengshan, SHENGSHAN, centre.id);
    zhangqiPool = await windowShifts(token.zhangqi, ZHANGQI, zhangqiCentre.id);
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

  const atCentre = () => ({ lat: centre.lat!, lng: centre.lng! });

  function sign(kind: 'check-in' | 'check-out', asToken: string, body: object) {
    return t.http().post(`/api/v1/attendance/${kind}`).set(bearer(asToken)).send(body);
  }

  async function checkIn(shift: ShiftResponse, body: Partial<CheckInDto> = {}) {
    return sign('check-in', await lawyerToken(shift.lawyerId), {
      idempotencyKey: randomUUID(),
      ...atCentre(),
      ...body,
    } satisfies CheckInDto);
  }

  async function checkOut(shift: ShiftResponse, body: Partial<CheckInDto> = {}) {
    return sign('check-out', await lawyerToken(shift.lawyerId), {
      idempotencyKey: randomUUID(),
      ...atCentre(),
      ...body,
    } satisfies CheckInDto);
  }

  /** Events of a lawyer on a day, as the 胜山镇 official (or `asToken`) sees them. */
  async function eventsOf(
    lawyerId: string,
    date: string,
    asToken = token.shengshan,
    extra: Record<string, string> = {},
  ): Promise<EventBody[]> {
    const res = await t
      .http()
      .get('/api/v1/attendance/events')
      .query({ lawyerId, from: date, to: date, ...extra })
      .set(bearer(asToken));
    if (res.status !== 200) throw new Error(`events: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as EventBody[];
  }

  function listAttendance(asToken: string, query: Record<string, string>) {
    return t.http().get('/api/v1/attendance').query(query).set(bearer(asToken));
  }

  /** The shift's row of GET /attendance as the 胜山镇 official sees it now. */
  async function attendanceOf(shift: ShiftResponse): Promise<AttendanceRow> {
    const res = await listAttendance(token.shengshan, {
      regionCode: SHENGSHAN,
      from: shift.date,
      to: shift.date,
    });
    if (res.status !== 200) throw new Error(`attendance: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as AttendanceRow[]).find((r) => r.shiftId === shift.id)!;
  }

  describe('POST /api/v1/attendance/check-in', () => {
    it('answers a sign-in at 08:45 (by the app’s clock) for an 08:30 shift with 201 late, at the centre 0 m away', async () => {
      const shift = takeShift();
      setNow(shift.date, '08:45');

      const res = await checkIn(shift);

      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        type: 'check_in',
        shiftId: shift.id,
        servicePointId: centre.id,
        at: at(shift.date, '08:45').toISOString(),
        insideGeofence: true,
        distanceM: 0,
        status: 'late',
        flags: [],
        proof: 'gps',
      } satisfies CheckInResponse);
    });

    it('counts a sign-in at 08:35 as on time, within the ten minutes’ grace', async () => {
      const shift = takeShift();
      setNow(shift.date, '08:35');

      const res = await checkIn(shift);

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ shiftId: shift.id, status: 'on_time', flags: [] });
    });

    it('matches a sign-in 25 minutes before the start to the shift, on time', async () => {
      const shift = takeShift();
      setNow(shift.date, '08:05');

      const res = await checkIn(shift);

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        shiftId: shift.id,
        at: at(shift.date, '08:05').toISOString(),
        status: 'on_time',
      });
    });

    it('records a sign-in 45 minutes before the start as unscheduled (201, no shift, flagged)', async () => {
      const shift = takeShift();
      setNow(shift.date, '07:45');

      const res = await checkIn(shift);

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        shiftId: null,
        servicePointId: centre.id,
        status: 'unscheduled',
        flags: ['unscheduled'],
      });
      expect((await eventsOf(shift.lawyerId, shift.date)).map((e) => e.id)).toEqual([res.body.id]);
    });

    it('records a sign-in about 1 km from the centre with its distance, flagged outside_geofence for the official', async () => {
      const shift = takeShift();
      setNow(shift.date, '08:30');

      const res = await checkIn(shift, { lat: northOf(centre.lat!, 1000), accuracy: 15 });

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        shiftId: shift.id,
        insideGeofence: false,
        status: 'on_time',
        flags: ['outside_geofence'],
      });
      expect(res.body.distanceM).toBeGreaterThanOrEqual(980);
      expect(res.body.distanceM).toBeLessThanOrEqual(1020);
      const flagged = await eventsOf(shift.lawyerId, shift.date, token.shengshan, { flagged: 'true' });
      expect(flagged.map((e) => [e.id, e.flags])).toEqual([[res.body.id, ['outside_geofence']]]);
    });

    it('records a sign-in without a location, flagged no_location, with no distance', async () => {
      const shift = takeShift();
      setNow(shift.date, '08:31');

      const res = await sign('check-in', await lawyerToken(shift.lawyerId), {
        idempotencyKey: randomUUID(),
      } satisfies CheckInDto);

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        shiftId: shift.id,
        insideGeofence: null,
        distanceM: null,
        status: 'on_time',
        flags: ['no_location'],
      });
    });
  });

  describe('idempotency keys', () => {
    it('answers 50 concurrent repeats of one key with the same event and records it once', async () => {
      const shift = takeShift();
      setNow(shift.date, '08:29');
      const body = { idempotencyKey: randomUUID(), ...atCentre(), accuracy: 8 } satisfies CheckInDto;
      const lawyer = await lawyerToken(shift.lawyerId);

      const results = await Promise.all(Array.from({ length: 50 }, () => sign('check-in', lawyer, body)));

      expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
      expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1);
      expect(results[0].body).toMatchObject({ shiftId: shift.id, status: 'on_time' });
      const events = await eventsOf(shift.lawyerId, shift.date);
      expect(events.map((e) => e.id)).toEqual([results[0].body.id]);
    });

    it('refuses a key repeated with another body (422 IDEMPOTENCY_KEY_MISMATCH) rather than give the first answer', async () => {
      const shift = takeShift();
      setNow(shift.date, '08:31');
      const lawyer = await lawyerToken(shift.lawyerId);
      const body = { idempotencyKey: randomUUID(), ...atCentre(), accuracy: 8 } satisfies CheckInDto;

      const first = await sign('check-in', lawyer, body);
      const retry = await sign('check-in', lawyer, body);
      const elsewhere = await sign('check-in', lawyer, { ...body, lat: body.lat + 0.01 });
      const noLocation = await sign('check-in', lawyer, { idempotencyKey: body.idempotencyKey });

      expect(first.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      for (const res of [elsewhere, noLocation]) {
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('IDEMPOTENCY_KEY_MISMATCH');
      }
      expect((await eventsOf(shift.lawyerId, shift.date)).map((e) => e.id)).toEqual([first.body.id]);
    });

    it('refuses the same key from another lawyer (409 IDEMPOTENCY_KEY_REUSED) and on a sign-out (409)', async () => {
      const shift = takeShift();
      const other = pool.find((s) => s.lawyerId !== shift.lawyerId)!;
      const idempotencyKey = randomUUID();
      setNow(shift.date, '08:33');
      const first = await checkIn(shift, { idempotencyKey });

      const byOther = await sign('check-in', await lawyerToken(other.lawyerId), {
        idempotencyKey,
        ...atCentre(),
      } satisfies CheckInDto);
      const asCheckOut = await checkOut(shift, { idempotencyKey });

      expect(first.status).toBe(201);
      expect(byOther.status).toBe(409);
      expect(byOther.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(asCheckOut.status).toBe(409);
      expect(asCheckOut.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect((await eventsOf(shift.lawyerId, shift.date)).map((e) => e.id)).toEqual([first.body.id]);
      expect(await eventsOf(other.lawyerId, shift.date)).toEqual([]);
    });

    it('lets one of a key’s check-in, check-out and another lawyer’s check-in sent at once through (201, 409, 409)', async () => {
      const shift = takeShift();
      const other = pool.find((s) => s.lawyerId !== shift.lawyerId)!;
      const body = { idempotencyKey: randomUUID(), ...atCentre() } satisfies CheckInDto;
      setNow(shift.date, '08:30');

      const [signIn, signOut, byOther] = await Promise.all([
        sign('check-in', await lawyerToken(shift.lawyerId), body),
        sign('check-out', await lawyerToken(shift.lawyerId), body),
        sign('check-in', await lawyerToken(other.lawyerId), body),
      ]);

      const statuses = [signIn, signOut, byOther].map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect([signIn, signOut, byOther].filter((r) => r.status === 409).map((r) => r.body.code)).toEqual([
        'IDEMPOTENCY_KEY_REUSED',
        'IDEMPOTENCY_KEY_REUSED',
      ]);
      const recorded = [
        ...(await eventsOf(shift.lawyerId, shift.date)),
        ...(await eventsOf(other.lawyerId, shift.date)),
      ];
      expect(recorded.map((e) => e.id)).toEqual([
        [signIn, signOut, byOther].find((r) => r.status === 201)!.body.id,
      ]);
    });
  });

  describe('sign-ins queued offline', () => {
    it('accepts a sign-in sent at 14:00 that the phone took at 08:32, at its own time, flagged delayed', async () => {
      const shift = takeShift();
      setNow(shift.date, '14:00');

      const res = await checkIn(shift, { clientTime: at(shift.date, '08:32') });

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        shiftId: shift.id,
        at: at(shift.date, '08:32').toISOString(),
        status: 'on_time',
        flags: ['delayed'],
      });
      const [event] = await eventsOf(shift.lawyerId, shift.date);
      expect(event.clientTime).toBe(at(shift.date, '08:32').toISOString());
    });

    it('keeps a sign-in queued 13 hours ago for review: 202 pending_review at its own time, not counted yet', async () => {
      const shift = takeShift();
      setNow(shift.date, '21:45');

      const res = await checkIn(shift, { clientTime: at(shift.date, '08:45') });

      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({
        shiftId: shift.id,
        at: at(shift.date, '08:45').toISOString(),
        status: 'pending_review',
        flags: ['delayed'],
      });
      expect(await attendanceOf(shift)).toMatchObject({ checkInAt: null, status: 'absent' });
    });
  });

  describe('refused sign-ins record nothing', () => {
    let shift: ShiftResponse;
    let lawyer: string;

    beforeAll(async () => {
      shift = takeShift();
      lawyer = await lawyerToken(shift.lawyerId);
    });

    afterEach(async () => {
      expect(await eventsOf(shift.lawyerId, shift.date)).toEqual([]);
    });

    it('refuses a client time 10 minutes ahead of the server with 400 VALIDATION_FAILED on clientTime', async () => {
      setNow(shift.date, '08:40');

      const res = await checkIn(shift, { clientTime: at(shift.date, '08:50') });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details)).toEqual(['clientTime']);
    });

    it.each([
      ['a latitude of 91', { lat: 91, lng: 121.4482 }, 'lat'],
      ['a longitude of -181', { lat: 30.2361, lng: -181 }, 'lng'],
      ['a negative accuracy', { lat: 30.2361, lng: 121.4482, accuracy: -1 }, 'accuracy'],
      ['a client time that is not a time', { clientTime: 'yesterday' }, 'clientTime'],
      ['no idempotency key', { idempotencyKey: undefined }, 'idempotencyKey'],
      ['an idempotency key that is not a UUID', { idempotencyKey: 'abc' }, 'idempotencyKey'],
      ['a lawyerId (signing in for someone else)', { lawyerId: randomUUID() }, 'lawyerId'],
    ])('refuses %s with 400 VALIDATION_FAILED naming the field', async (_, fields, field) => {
      setNow(shift.date, '08:40');

      const res = await sign('check-in', lawyer, { idempotencyKey: randomUUID(), ...fields });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details)).toEqual([field]);
    });

    it('refuses signing in for another lawyer’s shift with 403 NOT_YOUR_SHIFT', async () => {
      const others = pool.find((s) => s.lawyerId !== shift.lawyerId)!;
      setNow(shift.date, '08:40');

      const res = await checkIn(shift, { shiftId: others.id });

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('NOT_YOUR_SHIFT');
    });

    it('refuses a sign-in by an official with 403', async () => {
      setNow(shift.date, '08:40');

      const res = await sign('check-in', token.shengshan, {
        idempotencyKey: randomUUID(),
        ...atCentre(),
      } satisfies CheckInDto);

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('POST /api/v1/attendance/check-out', () => {
    it('records a sign-out with no sign-in that day (201 no_check_in, flagged), not refusing it', async () => {
      const shift = takeShift();
      setNow(shift.date, '17:02');

      const res = await checkOut(shift);

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        type: 'check_out',
        shiftId: shift.id,
        status: 'no_check_in',
        flags: ['no_check_in'],
      });
      expect((await eventsOf(shift.lawyerId, shift.date)).map((e) => e.id)).toEqual([res.body.id]);
    });
  });

  describe('GET /api/v1/attendance (evaluation per shift)', () => {
    it('evaluates a sign-in at 08:35 and a sign-out at 17:05 as on time, with 510 minutes on duty', async () => {
      const shift = takeShift();
      setNow(shift.date, '08:35');
      await checkIn(shift);
      setNow(shift.date, '17:05');
      const out = await checkOut(shift);

      const row = await attendanceOf(shift);

      expect(out.body).toMatchObject({ shiftId: shift.id, status: 'ok', flags: [] });
      expect(row).toMatchObject({
        shiftId: shift.id,
        date: shift.date,
        lawyerId: shift.lawyerId,
        checkInAt: at(shift.date, '08:35').toISOString(),
        checkOutAt: at(shift.date, '17:05').toISOString(),
        status: 'on_time',
        minutes: 510,
      } satisfies Partial<AttendanceRow>);
    });

    it('evaluates a sign-out at 15:00 as left_early', async () => {
      const shift = takeShift();
      setNow(shift.date, '08:30');
      await checkIn(shift);
      setNow(shift.date, '15:00');
      const out = await checkOut(shift);

      const row = await attendanceOf(shift);

      expect(out.body.status).toBe('left_early');
      expect(row).toMatchObject({ status: 'left_early', minutes: 390 });
    });

    it('evaluates a sign-in without a sign-out as on duty during the day and incomplete after midnight', async () => {
      const shift = takeShift();
      setNow(shift.date, '08:30');
      await checkIn(shift);
      setNow(shift.date, '23:59');
      const lateEvening = await attendanceOf(shift);
      setNow(addDays(shift.date, 1), '00:01');

      const row = await attendanceOf(shift);

      expect(lateEvening.status).toBe('on_duty');
      expect(row).toMatchObject({
        checkInAt: at(shift.date, '08:30').toISOString(),
        checkOutAt: null,
        status: 'incomplete',
        minutes: null,
      });
    });

    it('evaluates a shift with no sign-in as pending before its end and absent once it has ended', async () => {
      const shift = takeShift();
      setNow(shift.date, '16:59');
      const before = await attendanceOf(shift);
      setNow(shift.date, '17:00');

      const after = await attendanceOf(shift);

      expect(before).toMatchObject({ checkInAt: null, status: 'pending' });
      expect(after).toMatchObject({ checkInAt: null, checkOutAt: null, status: 'absent', minutes: null });
    });

    it('answers 400 VALIDATION_FAILED for a date that is not one', async () => {
      const res = await listAttendance(token.shengshan, { from: '2026-02-30', to: '2026-03-01' });

      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details)).toEqual(['from']);
    });
  });

  describe('the nightly close', () => {
    const recordsOf = async (date: string): Promise<number> => {
      const db = new Client({ connectionString: t.config.databaseUrl });
      await db.connect();
      try {
        const { rows } = await db.query(`SELECT count(*)::int AS n FROM attendance_record WHERE date = $1`, [
          date,
        ]);
        return rows[0].n;
      } finally {
        await db.end();
      }
    };

    it.each([
      ['no caller (a job that did not say asSystem())', undefined],
      ['an object shaped like the system', { kind: 'system' }],
    ])('sees nothing, and settles nothing, for %s', async (_, caller) => {
      const shift = takeShift();
      setNow(addDays(shift.date, 1), '00:05');

      // As JobsService runs a handler: in a context of its own, acting for nobody.
      const closed = await RequestContext.run({}, () =>
        t.app.get(AttendanceService).closeDay(caller as unknown as Caller, shift.date),
      );

      expect(closed).toEqual({ date: shift.date, shifts: 0 });
      expect(await recordsOf(shift.date)).toBe(0);
    });

    it('writes down a shift with no sign-in as absent when the day is closed after midnight', async () => {
      const shift = takeShift();
      setNow(addDays(shift.date, 1), '00:05');

      const closed = await asSystem((system) => t.app.get(AttendanceService).closeDay(system, shift.date));

      expect(closed.date).toBe(shift.date);
      expect(closed.shifts).toBeGreaterThanOrEqual(1);
      const db = new Client({ connectionString: t.config.databaseUrl });
      await db.connect();
      try {
        const { rows } = await db.query(
          `SELECT status, lawyer_id, date::text AS date, check_in_at FROM attendance_record WHERE shift_id = $1`,
          [shift.id],
        );
        expect(rows).toEqual([
          { status: 'absent', lawyer_id: shift.lawyerId, date: shift.date, check_in_at: null },
        ]);
      } finally {
        await db.end();
      }
    });
  });

  describe('jurisdiction', () => {
    let from: string;
    let to: string;
    let shengshanEvent: string;
    let zhangqiEvent: string;

    beforeAll(async () => {
      const shift = takeShift();
      const zhangqiShift = takeShift(zhangqiPool);
      setNow(shift.date, '08:30');
      shengshanEvent = (await checkIn(shift)).body.id;
      setNow(zhangqiShift.date, '08:30');
      zhangqiEvent = (await checkIn(zhangqiShift, { lat: zhangqiCentre.lat!, lng: zhangqiCentre.lng! })).body
        .id;
      [from, to] = [shift.date, zhangqiShift.date].sort();
      setNow(to, '18:00');
    });

    it('gives the 胜山镇 official no 掌起镇 rows when asking for 掌起镇', async () => {
      const res = await listAttendance(token.shengshan, { regionCode: ZHANGQI, from, to });

      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
    });

    it('gives the 胜山镇 official only 胜山镇 rows without a region', async () => {
      const res = await listAttendance(token.shengshan, { from, to });

      const rows = res.body as AttendanceRow[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => !shengshanPointIds.has(r.servicePointId))).toEqual([]);
    });

    it('gives a lawyer only their own rows, even when asking for another lawyer', async () => {
      const mine = pool[0];
      const others = pool.find((s) => s.lawyerId !== mine.lawyerId)!;

      const res = await listAttendance(await lawyerToken(mine.lawyerId), {
        from: pool[0].date,
        to: pool[pool.length - 1].date,
        lawyerId: others.lawyerId,
      });

      const rows = res.body as AttendanceRow[];
      expect(res.status).toBe(200);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.lawyerId !== mine.lawyerId)).toEqual([]);
    });

    it('does not show the 掌起镇 official 胜山镇 events, only 掌起镇’s', async () => {
      const all = await t
        .http()
        .get('/api/v1/attendance/events')
        .query({ from, to })
        .set(bearer(token.zhangqi));
      const asked = await t
        .http()
        .get('/api/v1/attendance/events')
        .query({ from, to, regionCode: SHENGSHAN })
        .set(bearer(token.zhangqi));

      const ids = (all.body as EventBody[]).map((e) => e.id);
      expect(ids).toContain(zhangqiEvent);
      expect(ids).not.toContain(shengshanEvent);
      expect(asked.status).toBe(200);
      expect(asked.body).toEqual([]);
    });
  });

  describe('GET /api/v1/attendance/export', () => {
    /** The response body as bytes. */
    function binary(res: Response, done: (err: Error | null, body: Buffer) => void): void {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }

    it('answers the month’s attendance sheet as xlsx: a title with 胜山镇 and the month, a row per shift', async () => {
      const shift = takeShift();
      const month = shift.date.slice(0, 7);
      const [year, mm] = month.split('-').map(Number);
      setNow(shift.date, '08:30');
      await checkIn(shift);
      setNow(shift.date, '17:00');
      await checkOut(shift);
      const { from, to } = monthRange(month);
      const shifts = await t
        .http()
        .get('/api/v1/shifts')
        .query({ regionCode: SHENGSHAN, from, to })
        .set(bearer(token.shengshan));

      const res = await t
        .http()
        .get('/api/v1/attendance/export')
        .query({ regionCode: SHENGSHAN, month })
        .set(bearer(token.shengshan))
        .buffer(true)
        .parse(binary);

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const book = new ExcelJS.Workbook();
      // exceljs types its input as its own `Buffer` (an ArrayBuffer), which Node’s Buffer type does not match.
      await book.xlsx.load(res.body as Parameters<typeof book.xlsx.load>[0]);
      const sheet = book.worksheets[0];
      const title = String(sheet.getCell('A1').value);
      expect(title).toContain('胜山镇');
      expect(title).toContain(`${year}年${mm}月`);
      const rows: string[][] = [];
      sheet.eachRow((row, n) => {
        if (n > 2) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
      });
      expect(rows).toHaveLength((shifts.body as ShiftResponse[]).length);
      const ours = rows.filter((r) => r[0] === shift.date && r[3] === '驻窗值班');
      expect(ours).toEqual([
        [
          shift.date,
          centre.name,
          expect.any(String),
          '驻窗值班',
          '08:30–17:00',
          '08:30',
          '17:00',
          '正常',
          '510',
        ],
      ]);
    });

    it.each([
      ['掌起镇', ZHANGQI],
      ['the whole county', '330282'],
    ])('refuses the 胜山镇 official the sheet of %s with 403 OUTSIDE_JURISDICTION', async (_, regionCode) => {
      const res = await t
        .http()
        .get('/api/v1/attendance/export')
        .query({ regionCode, month: pool[0].date.slice(0, 7) })
        .set(bearer(token.shengshan));

      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.body.code).toBe('OUTSIDE_JURISDICTION');
    });

    it('answers 400 VALIDATION_FAILED for a month that is not one', async () => {
      const res = await t
        .http()
        .get('/api/v1/attendance/export')
        .query({ regionCode: SHENGSHAN, month: '2026-13' })
        .set(bearer(token.shengshan));

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details)).toEqual(['month']);
    });
  });
});
