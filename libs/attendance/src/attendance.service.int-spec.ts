import { randomUUID } from 'node:crypto';
import {
  addDays,
  asSystem,
  businessInstant,
  type Caller,
  FixedClock,
  type Principal,
  type Role,
} from '@app/core';
import { SHENGSHAN, ZHANGQI } from '@app/demo';
import { sql, useTestApp } from '@app/testing';
import { AttendanceCorrectionsService } from './attendance-corrections.service';
import { AttendanceService } from './attendance.service';
import type { CheckInDto } from './dto/attendance.dto';

interface ShiftRow {
  id: string;
  lawyer_id: string;
  date: string;
  region_code: string;
}

/** A wall-clock time on a business day (Asia/Shanghai). */
const at = (date: string, time: string) => businessInstant(date, time);

/**
 * The attendance services against the real database, called directly with explicit callers (no
 * HTTP): the rules of sign-in, sign-out and corrections, and who sees and corrects what.
 */
describe(AttendanceService.name, () => {
  // The seed's roster holds this month and the next: November and December 2026.
  const clock = new FixedClock(at('2026-11-23', '07:00'));
  const t = useTestApp({ seed: true, clock });
  const staff = new Map<string, Principal>();
  let centre: { id: string; lat: number; lng: number };
  /** The demo roster's 08:30–17:00 window shifts at the 胜山镇 centre from today on; each test takes its own. */
  let pool: ShiftRow[];
  let zhangqiPool: ShiftRow[];

  const attendance = () => t.app.get(AttendanceService);
  const corrections = () => t.app.get(AttendanceCorrectionsService);
  const person = (username: string): Principal => {
    const p = staff.get(username);
    if (!p) throw new Error(`no staff member ${username}`);
    return p;
  };
  const byId = (id: string): Principal => [...staff.values()].find((p) => p.id === id)!;

  const windowShifts = (regionCode: string) =>
    sql<ShiftRow>(
      t,
      `SELECT s.id, s.lawyer_id, to_char(s.date, 'YYYY-MM-DD') AS date, s.region_code
         FROM duty_shift s JOIN service_point p ON p.id = s.service_point_id
        WHERE s.kind = 'window' AND s.status = 'planned' AND p.kind = 'township_center'
          AND p.region_code = $1 AND s.date >= $2
          AND to_char(s.starts_at AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') = '08:30'
          AND to_char(s.ends_at AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') = '17:00'
        ORDER BY s.date`,
      [regionCode, clock.today()],
    );

  beforeAll(async () => {
    const rows = await sql<{
      id: string;
      username: string;
      name: string;
      roles: Role[];
      region_code: string;
    }>(t, `SELECT id, username, name, roles, region_code FROM staff`);
    for (const r of rows)
      staff.set(r.username, {
        id: r.id,
        kind: 'staff',
        name: r.name,
        roles: r.roles,
        regionCode: r.region_code,
      });
    [centre] = await sql<{ id: string; lat: number; lng: number }>(
      t,
      `SELECT id, lat, lng FROM service_point WHERE kind = 'township_center' AND region_code = $1`,
      [SHENGSHAN],
    );
    pool = await windowShifts(SHENGSHAN);
    zhangqiPool = await windowShifts(ZHANGQI);
  }, 60_000);

  function takeShift(from = pool): ShiftRow & { lawyer: Principal } {
    const shift = from.shift();
    if (!shift) throw new Error('the demo roster has no window shift left for this test');
    return { ...shift, lawyer: byId(shift.lawyer_id) };
  }

  const atCentre = (body: Partial<CheckInDto> = {}): CheckInDto => ({
    idempotencyKey: randomUUID(),
    lat: centre.lat,
    lng: centre.lng,
    ...body,
  });

  const eventCount = async (shiftId: string) =>
    Number(
      (
        await sql<{ n: string }>(t, `SELECT count(*) AS n FROM attendance_event WHERE shift_id = $1`, [
          shiftId,
        ])
      )[0].n,
    );

  const rowOf = async (caller: Caller, shift: ShiftRow) =>
    (await attendance().list(caller, { from: shift.date, to: shift.date })).find(
      (r) => r.shiftId === shift.id,
    );

  describe('sign', () => {
    it('signs a lawyer in on their shift at the window, on time', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:25'));

      const event = await attendance().sign(shift.lawyer, 'check_in', atCentre());

      expect(event).toMatchObject({
        type: 'check_in',
        shiftId: shift.id,
        status: 'on_time',
        insideGeofence: true,
      });
      expect(await rowOf(shift.lawyer, shift)).toMatchObject({
        status: 'on_duty',
        checkInAt: event.at.toISOString(),
      });
    });

    it('marks a sign-in after the grace period late', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '09:30'));

      const event = await attendance().sign(shift.lawyer, 'check_in', atCentre());

      expect(event.status).toBe('late');
    });

    it('answers a retried sign-in with the first answer and records it once', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:20'));
      const body = atCentre();

      const first = await attendance().sign(shift.lawyer, 'check_in', body);
      clock.set(at(shift.date, '08:22'));
      const retry = await attendance().sign(shift.lawyer, 'check_in', body);

      expect(retry.id).toBe(first.id);
      expect(await eventCount(shift.id)).toBe(1);
    });

    it('refuses the same idempotency key with another body, or from another lawyer', async () => {
      const shift = takeShift();
      const someoneElse = person(shift.lawyer.id === person('lawyer01').id ? 'lawyer02' : 'lawyer01');
      clock.set(at(shift.date, '08:20'));
      const body = atCentre();
      await attendance().sign(shift.lawyer, 'check_in', body);

      await expect(
        attendance().sign(shift.lawyer, 'check_in', { ...body, lat: centre.lat + 0.0001 }),
      ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_MISMATCH' });
      await expect(attendance().sign(someoneElse, 'check_in', body)).rejects.toMatchObject({
        code: 'IDEMPOTENCY_KEY_REUSED',
      });
      expect(await eventCount(shift.id)).toBe(1);
    });

    it('refuses a sign-in for another lawyer’s shift', async () => {
      const shift = takeShift();
      const someoneElse = person(shift.lawyer.id === person('lawyer01').id ? 'lawyer02' : 'lawyer01');
      clock.set(at(shift.date, '08:20'));

      await expect(
        attendance().sign(someoneElse, 'check_in', atCentre({ shiftId: shift.id })),
      ).rejects.toMatchObject({ code: 'NOT_YOUR_SHIFT' });
      expect(await eventCount(shift.id)).toBe(0);
    });

    it('signs out after the shift: the day is complete and on time', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:25'));
      await attendance().sign(shift.lawyer, 'check_in', atCentre());
      clock.set(at(shift.date, '17:05'));

      const out = await attendance().sign(shift.lawyer, 'check_out', atCentre());

      expect(out).toMatchObject({ type: 'check_out', shiftId: shift.id, status: 'ok' });
      expect(await rowOf(shift.lawyer, shift)).toMatchObject({
        status: 'on_time',
        checkOutAt: out.at.toISOString(),
        minutes: expect.any(Number),
      });
    });

    it('flags a sign-out without a sign-in', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '17:05'));

      const out = await attendance().sign(shift.lawyer, 'check_out', atCentre({ shiftId: shift.id }));

      expect(out).toMatchObject({ status: 'no_check_in', flags: ['no_check_in'] });
    });
  });

  describe('correct', () => {
    it('lets the town’s official add a missing sign-in and void it again', async () => {
      const shift = takeShift();
      const official = person('shengshan.official');
      clock.set(at(addDays(shift.date, 1), '10:00'));

      const added = await corrections().correct(official, {
        action: 'add',
        type: 'check_in',
        shiftId: shift.id,
        at: at(shift.date, '08:28'),
        reason: '手机没电，现场登记',
      });
      const voided = await corrections().correct(official, {
        action: 'void',
        eventId: added.event.id,
        reason: '登记有误',
      });

      expect(added.event).toMatchObject({ source: 'correction', status: 'on_time', recordedBy: official.id });
      expect(added.attendance).toMatchObject({
        shiftId: shift.id,
        checkInAt: at(shift.date, '08:28').toISOString(),
      });
      expect(voided.attendance).toMatchObject({ shiftId: shift.id, checkInAt: null, status: 'absent' });
      await expect(
        corrections().correct(official, { action: 'void', eventId: added.event.id, reason: '再次' }),
      ).rejects.toMatchObject({ code: 'EVENT_ALREADY_VOIDED' });
    });

    it('refuses an official of another town: the shift is not found in their jurisdiction', async () => {
      const shift = takeShift();
      clock.set(at(addDays(shift.date, 1), '10:00'));

      await expect(
        corrections().correct(person('zhangqi.official'), {
          action: 'add',
          type: 'check_in',
          shiftId: shift.id,
          at: at(shift.date, '08:28'),
          reason: '越权',
        }),
      ).rejects.toMatchObject({ code: 'SHIFT_NOT_FOUND', kind: 'not_found' });
      expect(await eventCount(shift.id)).toBe(0);
    });

    it('does not let another town’s official void an event', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:25'));
      const event = await attendance().sign(shift.lawyer, 'check_in', atCentre());
      clock.set(at(shift.date, '12:00'));

      await expect(
        corrections().correct(person('zhangqi.official'), {
          action: 'void',
          eventId: event.id,
          reason: '越权',
        }),
      ).rejects.toMatchObject({ code: 'EVENT_NOT_FOUND' });
      expect(await eventCount(shift.id)).toBe(1);
    });
  });

  describe('who sees what', () => {
    it('shows a lawyer only their own shifts and events, whatever they ask for', async () => {
      const shift = takeShift();
      const lawyer = shift.lawyer;
      clock.set(at(shift.date, '08:25'));
      await attendance().sign(lawyer, 'check_in', atCentre());
      const someoneElse = (await windowShifts(SHENGSHAN)).find((s) => s.lawyer_id !== lawyer.id)!;
      clock.set(at(shift.date, '18:00'));

      const rows = await attendance().list(lawyer, {
        from: shift.date,
        to: addDays(shift.date, 14),
        lawyerId: someoneElse.lawyer_id,
      });
      const events = await attendance().listEvents(lawyer, {
        from: shift.date,
        to: shift.date,
        lawyerId: someoneElse.lawyer_id,
      });
      const official = await attendance().list(person('shengshan.official'), {
        from: shift.date,
        to: addDays(shift.date, 14),
      });

      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.lawyerId === lawyer.id)).toBe(true);
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e) => e.lawyerId === lawyer.id)).toBe(true);
      expect(new Set(official.map((r) => r.lawyerId)).size).toBeGreaterThan(1);
    });

    it('shows an official of another town none of this town’s attendance', async () => {
      const shift = takeShift();
      const theirs = takeShift(zhangqiPool);
      clock.set(at(shift.date, '08:25'));
      await attendance().sign(shift.lawyer, 'check_in', atCentre());

      const period = { from: '2026-11-23', to: '2026-12-31' };
      const seen = await attendance().list(person('zhangqi.official'), period);
      const events = await attendance().listEvents(person('zhangqi.official'), {
        from: shift.date,
        to: shift.date,
      });

      expect(seen.some((r) => r.shiftId === theirs.id)).toBe(true);
      expect(seen.some((r) => r.shiftId === shift.id)).toBe(false);
      expect(events.some((e) => e.shiftId === shift.id)).toBe(false);
    });
  });

  describe('closeDay', () => {
    it('settles every shift of the day for the system, and none for a caller merely shaped like it', async () => {
      const shift = takeShift();
      clock.set(at(addDays(shift.date, 1), '00:05'));
      const records = async () =>
        Number(
          (
            await sql<{ n: string }>(t, `SELECT count(*) AS n FROM attendance_record WHERE date = $1`, [
              shift.date,
            ])
          )[0].n,
        );

      const forged = await attendance().closeDay({ kind: 'system' } as unknown as Caller, shift.date);
      const afterForged = await records();
      const closed = await asSystem((system) => attendance().closeDay(system, shift.date));

      expect(forged.shifts).toBe(0);
      expect(afterForged).toBe(0);
      expect(closed.shifts).toBeGreaterThanOrEqual(1);
      expect(await records()).toBe(closed.shifts);
      expect(
        (
          await sql<{ status: string }>(t, `SELECT status FROM attendance_record WHERE shift_id = $1`, [
            shift.id,
          ])
        )[0],
      ).toEqual({ status: 'absent' });
    });
  });
});
