import type { AttendanceRow } from '@app/attendance/dto/attendance.dto';
import { addDays, asSystem, businessInstant, FixedClock, PiiCipher } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import { AbsencesService, ClockNoticesService } from '@app/requests';
import type { AbsenceResponse } from '@app/requests/absences/absences.controller';
import type { NoticeListResponse } from '@app/requests/notices/notices.controller';
import type { CreateRequestDto, RequestResponse } from '@app/requests/requests/dto/staff-request.dto';
import type { ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import { StatsVerifyService } from '@app/stats';
import {
  bearer,
  createAppointment,
  createResident,
  createShift,
  demoIds,
  publishedWindowShifts,
  sql,
  staffDirectory,
  useTestApp,
} from '@app/testing';
import { application } from '../setup/legal-aid';

const at = (date: string, time: string) => businessInstant(date, time);
const OFFICIAL_PHONE = '13957400999';

/** A request body as JSON carries it (the instant as an ISO string). */
type RequestBody = Omit<CreateRequestDto, 'at'> & { at?: string };

describe('Requests, absences and notices (e2e)', () => {
  // Monday 23 November 2026, 10:00 in Asia/Shanghai; the seed's roster holds November and December.
  const clock = new FixedClock(at('2026-11-23', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const staff = staffDirectory(t);
  let official: string;
  let centreId: string;
  /** The demo roster's published window shifts at 胜山镇's centre; each test takes its own. */
  let past: ShiftResponse[];
  let future: ShiftResponse[];

  beforeAll(async () => {
    await staff.load();
    official = await staff.token('shengshan.official');
    centreId = (await demoIds(t)).shengshanCentre;
    const shifts = await publishedWindowShifts(t, official, SHENGSHAN, centreId);
    past = shifts.filter((s) => s.date < '2026-11-23');
    future = shifts.filter((s) => s.date > '2026-11-24');
    // The township official gets the absence SMS: give them a mobile number.
    const res = await t
      .http()
      .patch(`/api/v1/staff/${staff.id('shengshan.official')}`)
      .set(bearer(await staff.token('cixi.official')))
      .send({ phone: OFFICIAL_PHONE });
    if (res.status !== 200) throw new Error(`phone: ${res.status} ${JSON.stringify(res.body)}`);
  }, 60_000);

  const ask = async (lawyerId: string, body: RequestBody) =>
    t
      .http()
      .post('/api/v1/requests')
      .set(bearer(await staff.token(lawyerId)))
      .send(body);
  const decide = (id: string, action: 'approve' | 'refuse', token = official, body: object = {}) =>
    t.http().post(`/api/v1/requests/${id}/${action}`).set(bearer(token)).send(body);
  const outbox = async (phone: string) =>
    (await t.http().get('/api/v1/dev/outbox').query({ phone })).body as { text: string }[];
  const phoneOf = async (staffId: string) => {
    const [row] = await sql<{ phone_enc: Buffer }>(t, `SELECT phone_enc FROM staff WHERE id = $1`, [staffId]);
    return t.app.get(PiiCipher).decrypt(row.phone_enc);
  };
  /** The 胜山镇 lawyers with no shift at all on `date`. */
  const freeLawyersOn = async (date: string) => {
    const res = await t
      .http()
      .get('/api/v1/shifts')
      .query({ regionCode: SHENGSHAN, from: date, to: date })
      .set(bearer(official));
    const busy = new Set((res.body as ShiftResponse[]).map((s) => s.lawyerId));
    return ['lawyer01', 'lawyer02', 'lawyer03', 'lawyer04', 'lawyer05']
      .map((u) => staff.id(u))
      .filter((id) => !busy.has(id));
  };
  const attendanceOf = async (shift: ShiftResponse) => {
    const res = await t
      .http()
      .get('/api/v1/attendance')
      .query({ regionCode: SHENGSHAN, from: shift.date, to: shift.date })
      .set(bearer(official));
    expect(res.status).toBe(200);
    return (res.body as AttendanceRow[]).find((r) => r.shiftId === shift.id)!;
  };

  describe('absence and the standby lawyer', () => {
    it('tells the official and the standby once each; the standby’s acceptance moves the shift and tells the residents', async () => {
      const shift = future.shift()!;
      const [standby] = (await freeLawyersOn(shift.date)).filter((id) => id !== shift.lawyerId);
      // The township's standby of the day: an on-call shift at the centre.
      clock.set(at('2026-11-23', '10:00'));
      await createShift(t, official, {
        servicePointId: centreId,
        lawyerId: standby,
        date: shift.date,
        from: '08:00',
        to: '18:00',
        kind: 'on_call',
      });
      const slots = (
        await t
          .http()
          .get(`/api/v1/service-points/${centreId}/slots`)
          .query({ from: shift.date, to: shift.date })
      ).body as { id: string; startsAt: string }[];
      const resident = await createResident(t, '13800571234');
      const booking = await createAppointment(t, resident.token, {
        slotId: slots.find((s) => s.startsAt >= at(shift.date, '14:00').toISOString())!.id,
        topic: 'labour_wages',
        description: '工资拖欠咨询',
      });
      const standbyPhone = await phoneOf(standby);
      const before = {
        official: (await outbox(OFFICIAL_PHONE)).length,
        standby: (await outbox(standbyPhone)).length,
      };

      clock.set(at(shift.date, '08:35'));
      const early = await asSystem((system) => t.app.get(AbsencesService).watch(system));
      clock.set(at(shift.date, '08:45'));
      const first = await asSystem((system) => t.app.get(AbsencesService).watch(system));
      const second = await asSystem((system) => t.app.get(AbsencesService).watch(system));
      const since = (list: { text: string }[], count: number) => list.slice(0, list.length - count);
      const toOfficial = since(await outbox(OFFICIAL_PHONE), before.official);
      const toStandby = since(await outbox(standbyPhone), before.standby);

      expect(early.absences).toBe(0);
      // 掌起镇's window lawyer has not signed in either: that is an absence of its own.
      expect(first.absences).toBeGreaterThanOrEqual(1);
      expect(second.absences).toBe(0);
      expect(toOfficial.filter((m) => m.text.includes('未按时签到'))).toHaveLength(1);
      expect(toStandby.filter((m) => m.text.includes('未按时签到'))).toHaveLength(1);

      const absences = await t
        .http()
        .get('/api/v1/absences')
        .query({ from: shift.date, to: shift.date })
        .set(bearer(await staff.token(standby)));
      const absence = (absences.body as AbsenceResponse[]).find((a) => a.shiftId === shift.id)!;
      expect(absence).toMatchObject({
        lawyerId: shift.lawyerId,
        standbyLawyerId: standby,
        standbySource: 'on_call',
      });

      const stranger = await t
        .http()
        .post(`/api/v1/absences/${absence.id}/accept`)
        .set(bearer(await staff.token(shift.lawyerId)));
      clock.set(at(shift.date, '09:05'));
      const accepted = await t
        .http()
        .post(`/api/v1/absences/${absence.id}/accept`)
        .set(bearer(await staff.token(standby)));
      const again = await t
        .http()
        .post(`/api/v1/absences/${absence.id}/accept`)
        .set(bearer(await staff.token(standby)));

      expect(stranger.status).toBe(403);
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ responseMinutes: 20 });
      expect(again.status).toBe(409);
      const shifts = (
        await t
          .http()
          .get('/api/v1/shifts')
          .query({ regionCode: SHENGSHAN, from: shift.date, to: shift.date, includeCancelled: 'true' })
          .set(bearer(official))
      ).body as ShiftResponse[];
      expect(shifts.find((s) => s.id === shift.id)).toMatchObject({ lawyerId: standby });
      expect(shifts.find((s) => s.kind === 'on_call' && s.lawyerId === standby)).toMatchObject({
        status: 'cancelled',
      });
      const told = (await outbox(resident.phone)).filter((m) => m.text.includes(booking.code));
      expect(told[0].text).toContain('改由');
      const row = await attendanceOf(shift);
      expect(row.lawyerId).toBe(standby);
      expect(row.absence).toMatchObject({ lawyerId: shift.lawyerId, responseMinutes: 20 });
      expect(row.absence!.acceptedAt).toBe(at(shift.date, '09:05').toISOString());
    });
  });

  describe('补卡', () => {
    it('approved, shows in attendance as corrected with the lawyer’s reason and the approver', async () => {
      clock.set(at('2026-11-23', '10:00'));
      const shift = past.pop()!;
      const reason = '当日手机没电，08:32已到岗';

      const asked = await ask(shift.lawyerId, {
        kind: 'attendance_fix',
        shiftId: shift.id,
        fixType: 'check_in',
        at: at(shift.date, '08:32').toISOString(),
        reason,
      });
      const approved = await decide(asked.body.id, 'approve');
      const twice = await decide(asked.body.id, 'approve');
      const row = await attendanceOf(shift);

      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({ kind: 'attendance_fix', status: 'pending' });
      expect(approved.status).toBe(200);
      expect((approved.body as RequestResponse).status).toBe('approved');
      expect(twice.status).toBe(409);
      expect(row.checkInAt).toBe(at(shift.date, '08:32').toISOString());
      expect(row.corrected).toBe(true);
      expect(row.corrections).toEqual([
        expect.objectContaining({
          type: 'check_in',
          reason,
          recordedBy: staff.id('shengshan.official'),
          requestId: asked.body.id,
        }),
      ]);
      const notices = (
        await t
          .http()
          .get('/api/v1/notices')
          .set(bearer(await staff.token(shift.lawyerId)))
      ).body as NoticeListResponse;
      const decided = notices.items.find((n) => n.kind === 'request_decided')!;
      expect(decided.text).toContain('补卡');
      const read = await t
        .http()
        .post(`/api/v1/notices/${decided.id}/read`)
        .set(bearer(await staff.token(shift.lawyerId)));
      const after = (
        await t
          .http()
          .get('/api/v1/notices')
          .set(bearer(await staff.token(shift.lawyerId)))
      ).body as NoticeListResponse;
      expect(read.status).toBe(200);
      expect(after.unread).toBe(notices.unread - 1);
    });

    it('refuses a 补卡 of a shift to come (422) and of another lawyer’s shift (403)', async () => {
      clock.set(at('2026-11-23', '10:00'));
      const coming = future.shift()!;
      const done = past.pop()!;
      const other = staff.id(['lawyer01', 'lawyer02'].find((u) => staff.id(u) !== done.lawyerId)!);

      const ahead = await ask(coming.lawyerId, {
        kind: 'attendance_fix',
        shiftId: coming.id,
        fixType: 'check_in',
        at: at('2026-11-23', '08:30').toISOString(),
        reason: '忘记签到',
      });
      const notMine = await ask(other, {
        kind: 'attendance_fix',
        shiftId: done.id,
        fixType: 'check_in',
        at: at(done.date, '08:30').toISOString(),
        reason: '忘记签到',
      });
      const noReason = await ask(done.lawyerId, {
        kind: 'attendance_fix',
        shiftId: done.id,
        fixType: 'check_in',
        at: at(done.date, '08:30').toISOString(),
      } as RequestBody);

      expect(ahead.status).toBe(422);
      expect(ahead.body.code).toBe('SHIFT_IN_FUTURE');
      expect(notMine.status).toBe(403);
      expect(notMine.body.code).toBe('NOT_YOUR_SHIFT');
      expect(noReason.status).toBe(400);
      expect(noReason.body.details).toHaveProperty('reason');
    });
  });

  describe('swap and leave', () => {
    it('a swap waits for the colleague, then the official’s approval moves the shift', async () => {
      clock.set(at('2026-11-23', '10:00'));
      const shift = future.shift()!;
      const [colleague] = (await freeLawyersOn(shift.date)).filter((id) => id !== shift.lawyerId);

      const asked = await ask(shift.lawyerId, {
        kind: 'swap',
        shiftId: shift.id,
        toLawyerId: colleague,
        reason: '当天需出庭',
      });
      const tooSoon = await decide(asked.body.id, 'approve');
      const accepted = await t
        .http()
        .post(`/api/v1/requests/${asked.body.id}/accept`)
        .set(bearer(await staff.token(colleague)));
      const approved = await decide(asked.body.id, 'approve');
      const moved = (
        await t
          .http()
          .get('/api/v1/shifts')
          .query({ regionCode: SHENGSHAN, from: shift.date, to: shift.date })
          .set(bearer(official))
      ).body as ShiftResponse[];
      const audit = await sql<{ action: string }>(
        t,
        `SELECT action FROM audit_event WHERE entity_type = 'staff_request' AND entity_id = $1 ORDER BY id`,
        [asked.body.id],
      );

      expect(asked.status).toBe(201);
      expect(tooSoon.status).toBe(422);
      expect(tooSoon.body.code).toBe('SWAP_NOT_ACCEPTED');
      expect(accepted.body.status).toBe('accepted');
      expect(approved.body.status).toBe('approved');
      expect(moved.find((s) => s.id === shift.id)!.lawyerId).toBe(colleague);
      expect(audit.map((a) => a.action)).toEqual(['create', 'accept', 'approve']);
    });

    it('refuses a swap to a colleague on leave (409) and leaves nothing half-done when leave meets a shift', async () => {
      clock.set(at('2026-11-23', '10:00'));
      const shift = future.shift()!;
      const [onLeave] = (await freeLawyersOn(shift.date)).filter((id) => id !== shift.lawyerId);
      const leave = await t
        .http()
        .post('/api/v1/unavailability')
        .set(bearer(official))
        .send({ lawyerId: onLeave, from: shift.date, to: shift.date, reason: '年休' });
      expect(leave.status).toBe(201);

      const swap = await ask(shift.lawyerId, {
        kind: 'swap',
        shiftId: shift.id,
        toLawyerId: onLeave,
        reason: '当天需出庭',
      });
      const overShift = await ask(shift.lawyerId, {
        kind: 'leave',
        from: shift.date,
        to: shift.date,
        reason: '家中有事',
      });
      const approval = await decide(overShift.body.id, 'approve');
      const list = (
        await t
          .http()
          .get('/api/v1/requests')
          .query({ regionCode: SHENGSHAN, status: 'pending' })
          .set(bearer(official))
      ).body as RequestResponse[];

      expect(swap.status).toBe(409);
      expect(swap.body.code).toBe('LAWYER_ON_LEAVE');
      expect(overShift.status).toBe(201);
      expect(approval.status).toBe(409);
      expect(approval.body.code).toBe('SHIFTS_DURING_LEAVE');
      expect(list.find((r) => r.id === overShift.body.id)!.status).toBe('pending');
    });

    it('refuses an official’s approval of their own request (403) and another township’s official (404)', async () => {
      clock.set(at('2026-11-23', '10:00'));
      const shift = future.shift()!;
      // A 司法所 official who is also a lawyer of the advisor group.
      await sql(t, `UPDATE staff SET roles = ARRAY['lawyer', 'official'] WHERE id = $1`, [shift.lawyerId]);
      const self = await t.login(staff.username(shift.lawyerId));

      const asked = await t
        .http()
        .post('/api/v1/requests')
        .set(bearer(self))
        .send({ kind: 'leave', from: '2027-01-04', to: '2027-01-05', reason: '年休' } satisfies RequestBody);
      const own = await decide(asked.body.id, 'approve', self);
      const elsewhere = await decide(asked.body.id, 'refuse', await t.login('zhangqi.official'), {
        reason: '不同意',
      });
      const refused = await decide(asked.body.id, 'refuse', official, { reason: '当月人手不足' });

      expect(asked.status).toBe(201);
      expect(own.status).toBe(403);
      expect(own.body.code).toBe('OWN_REQUEST');
      expect(elsewhere.status).toBe(404);
      expect(refused.body).toMatchObject({ status: 'refused', decisionReason: '当月人手不足' });
    });
  });

  describe('notice preferences', () => {
    it('a lawyer who chose SMS is told of a new booking by SMS too', async () => {
      clock.set(at('2026-11-23', '10:00'));
      const shift = future.shift()!;
      const token = await staff.token(shift.lawyerId);
      const put = await t
        .http()
        .put('/api/v1/notices/preference')
        .set(bearer(token))
        .send({ channel: 'sms' });
      const bad = await t
        .http()
        .put('/api/v1/notices/preference')
        .set(bearer(token))
        .send({ channel: 'fax' });
      const slots = (
        await t
          .http()
          .get(`/api/v1/service-points/${centreId}/slots`)
          .query({ from: shift.date, to: shift.date })
      ).body as { id: string }[];
      const resident = await createResident(t, '13800575678');

      const booking = await createAppointment(t, resident.token, {
        slotId: slots[0].id,
        topic: 'neighbour',
        description: '相邻关系纠纷',
      });
      const notices = (await t.http().get('/api/v1/notices').set(bearer(token))).body as NoticeListResponse;
      const sms = await outbox(await phoneOf(shift.lawyerId));

      expect(put.status).toBe(200);
      expect(bad.status).toBe(400);
      expect(notices.items.find((n) => n.kind === 'new_booking')!.text).toContain(booking.code);
      expect(sms.filter((m) => m.text.includes(booking.code))).toHaveLength(1);
    });
  });

  describe('notices of legal-aid clocks and of the nightly recount', () => {
    it('tells the official a day before a legal-aid decision clock runs out, once', async () => {
      clock.set(at('2026-11-23', '10:00'));
      const intake = await t
        .http()
        .post('/api/v1/legal-aid-cases')
        .set(bearer(await staff.token('lawyer01')))
        .send(application(centreId, 901));
      expect(intake.status).toBe(201);
      const { caseNo, decisionDue } = intake.body as { caseNo: string; decisionDue: string };
      const noticesOfOfficial = async () =>
        (
          (await t.http().get('/api/v1/notices').set(bearer(official))).body as NoticeListResponse
        ).items.filter((n) => n.kind === 'legal_aid_clock' && n.text.includes(caseNo));

      clock.set(at(addDays(decisionDue, -2), '08:00'));
      await t.app.get(ClockNoticesService).remind();
      const early = await noticesOfOfficial();
      clock.set(at(addDays(decisionDue, -1), '08:00'));
      await t.app.get(ClockNoticesService).remind();
      await t.app.get(ClockNoticesService).remind();
      const dayBefore = await noticesOfOfficial();

      expect(early).toHaveLength(0);
      expect(dayBefore).toHaveLength(1);
      expect(dayBefore[0].text).toContain(decisionDue);
    });

    it('tells the admin when the nightly recount finds a difference', async () => {
      clock.set(at('2026-11-23', '10:00'));
      await sql(
        t,
        `INSERT INTO stat_monthly (township_code, month, metric, value) VALUES ('330282113', '2026-11-01', 'consultations', 7)
         ON CONFLICT (township_code, month, metric) DO UPDATE SET value = stat_monthly.value + 7`,
      );

      const nightly = await t.app.get(StatsVerifyService).nightly();
      const notices = (
        await t
          .http()
          .get('/api/v1/notices')
          .set(bearer(await t.login('admin')))
      ).body as NoticeListResponse;

      expect(nightly.differences).toBeGreaterThan(0);
      expect(notices.items.filter((n) => n.kind === 'recount_difference')).toHaveLength(1);
      expect(notices.unread).toBeGreaterThan(0);
    });
  });
});
