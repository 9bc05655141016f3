import type { CreateAppointmentDto } from '@app/booking/appointments/appointments.controller';
import { WaitlistService } from '@app/booking';
import { businessInstant, FixedClock } from '@app/core';
import { type Metrics, recountScope, StatsVerifyService } from '@app/stats';
import { bearer, createResident, createServiceLog, sql, staffDirectory, useTestApp } from '@app/testing';

// 08:00 on Monday 23 November 2026 (Asia/Shanghai): the demo roster of November is published.
const MONDAY_8AM = businessInstant('2026-11-23', '08:00');
const MINUTE = 60_000;

interface Slot {
  id: string;
  startsAt: string;
  capacity: number;
  available: number;
  lawyerName: string;
}

/**
 * Residents served to the end (issue 17): the waitlist of a full slot, staff cancelling and booking
 * for residents, the SMS of a reschedule, marks refused too early, the rating link after a
 * consultation and the phone follow-ups of the work log, with the statistics equal to a recount.
 */
describe('Residents served to the end: waitlist, staff acting for residents, 回访', () => {
  const clock = new FixedClock(MONDAY_8AM);
  const t = useTestApp({ seed: true, clock });
  const staff = staffDirectory(t);
  let centreId: string;
  let n = 0;

  const resident = () => createResident(t, `139${String(30_000_000 + n++).padStart(8, '0')}`);
  const slotsOf = async (date = '2026-11-23') =>
    (await t.http().get(`/api/v1/service-points/${centreId}/slots`).query({ from: date, to: date }))
      .body as Slot[];
  const book = (token: string, slotId: string, extra: Partial<CreateAppointmentDto> = {}) =>
    t
      .http()
      .post('/api/v1/appointments')
      .set(bearer(token))
      .send({
        slotId,
        topic: 'labour_wages',
        description: '工资被拖欠',
        ...extra,
      } satisfies CreateAppointmentDto);
  const sms = async (phone: string) =>
    (await t.http().get('/api/v1/dev/outbox').query({ phone })).body as { text: string; createdAt: string }[];
  const lastSms = async (phone: string) => (await sms(phone))[0]?.text ?? '';
  const official = () => staff.token('shengshan.official');

  beforeAll(async () => {
    await staff.load();
    const points = await t
      .http()
      .get('/api/v1/service-points')
      .query({ regionCode: '330282113', kind: 'township_center' });
    centreId = points.body[0].id;
  });
  afterEach(() => clock.set(MONDAY_8AM));

  describe('waitlist', () => {
    it('offers a freed place of a full slot to the first in line by SMS, holds it, and books it on confirmation', async () => {
      const [a, b, c, d] = [await resident(), await resident(), await resident(), await resident()];
      const slot = (await slotsOf())[1];
      await book(a.token, slot.id);
      await book(b.token, slot.id);

      const joined = await t.http().post(`/api/v1/slots/${slot.id}/waitlist`).set(bearer(c.token)).send({});
      const again = await t.http().post(`/api/v1/slots/${slot.id}/waitlist`).set(bearer(c.token)).send({});
      const mineA = (await t.http().get('/api/v1/appointments/mine').set(bearer(a.token))).body;
      await t.http().post(`/api/v1/appointments/${mineA[0].id}/cancel`).set(bearer(a.token));
      const offered = (await t.http().get('/api/v1/waitlist/mine').set(bearer(c.token))).body;
      const held = (await slotsOf()).find((s) => s.id === slot.id)!;
      const other = await book(d.token, slot.id);
      const confirmed = await t
        .http()
        .post(`/api/v1/waitlist/${joined.body.id}/confirm`)
        .set(bearer(c.token));
      const twice = await t.http().post(`/api/v1/waitlist/${joined.body.id}/confirm`).set(bearer(c.token));
      const mineC = (await t.http().get('/api/v1/appointments/mine').set(bearer(c.token))).body;

      expect(joined.status).toBe(201);
      expect(joined.body).toMatchObject({ status: 'waiting', position: 1, slot: { id: slot.id } });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ALREADY_WAITLISTED');
      expect(offered[0]).toMatchObject({ status: 'offered', offer: { slot: { id: slot.id } } });
      expect(Date.parse(offered[0].offer.expiresAt) - MONDAY_8AM.getTime()).toBe(30 * MINUTE);
      expect((await sms(c.phone)).map((m) => m.text)).toContainEqual(
        expect.stringContaining('候补通知：2026-11-23 09:00有空位，已为您保留至08:30'),
      );
      expect(held.available).toBe(0);
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('SLOT_FULL');
      expect(confirmed.status).toBe(201);
      expect(confirmed.body).toMatchObject({ status: 'booked', slot: { id: slot.id } });
      expect(twice.status).toBe(422);
      expect(twice.body.code).toBe('NO_OFFER');
      expect(mineC[0]).toMatchObject({ id: confirmed.body.id, status: 'booked' });
      expect(await lastSms(c.phone)).toContain(confirmed.body.code);
    });

    it('passes an unconfirmed offer on after WAITLIST_OFFER_MINUTES, skipping whoever holds a booking at that time', async () => {
      const [a, b, early, busy, next] = [
        await resident(),
        await resident(),
        await resident(),
        await resident(),
        await resident(),
      ];
      const slot = (await slotsOf())[3];
      const booked = await book(a.token, slot.id);
      await book(b.token, slot.id);
      const join = (token: string) =>
        t.http().post(`/api/v1/slots/${slot.id}/waitlist`).set(bearer(token)).send({ topic: 'neighbour' });
      const first = await join(early.token);
      await join(busy.token);
      const third = await join(next.token);
      // The second in line books another point at the same time meanwhile.
      const zhangqi = (
        await t
          .http()
          .get('/api/v1/service-points')
          .query({ regionCode: '330282104', kind: 'township_center' })
      ).body[0].id as string;
      const elsewhere = (
        (
          await t
            .http()
            .get(`/api/v1/service-points/${zhangqi}/slots`)
            .query({ from: '2026-11-23', to: '2026-11-23' })
        ).body as Slot[]
      ).find((s) => s.startsAt === slot.startsAt)!;
      expect((await book(busy.token, elsewhere.id)).status).toBe(201);

      await t.http().post(`/api/v1/appointments/${booked.body.id}/cancel`).set(bearer(a.token));
      clock.advance(31 * MINUTE);
      const late = await t.http().post(`/api/v1/waitlist/${first.body.id}/confirm`).set(bearer(early.token));
      const passed = await t.app.get(WaitlistService).passOnExpired();
      const entries = async (token: string) =>
        (await t.http().get('/api/v1/waitlist/mine').set(bearer(token))).body as { status: string }[];

      expect(third.body.position).toBe(3);
      expect(late.status).toBe(422);
      expect(late.body.code).toBe('OFFER_EXPIRED');
      expect(passed.expired).toBe(1);
      expect((await entries(early.token))[0].status).toBe('expired');
      expect((await entries(busy.token))[0].status).toBe('waiting');
      expect((await entries(next.token))[0].status).toBe('offered');
      expect(await lastSms(next.phone)).toContain('候补通知');
      expect((await sms(busy.phone)).some((m) => m.text.includes('候补通知'))).toBe(false);
    });

    it('refuses to wait for a slot with room (409, per field), one that has begun (422), and an unknown one (404)', async () => {
      const r = await resident();
      const slots = await slotsOf();

      const roomy = await t
        .http()
        .post(`/api/v1/slots/${slots[5].id}/waitlist`)
        .set(bearer(r.token))
        .send({});
      clock.set(new Date(Date.parse(slots[6].startsAt) + MINUTE));
      const past = await t.http().post(`/api/v1/slots/${slots[6].id}/waitlist`).set(bearer(r.token)).send({});
      clock.set(MONDAY_8AM);
      const unknown = await t
        .http()
        .post('/api/v1/slots/00000000-0000-4000-8000-000000000000/waitlist')
        .set(bearer(r.token))
        .send({});
      const badTopic = await t
        .http()
        .post(`/api/v1/slots/${slots[5].id}/waitlist`)
        .set(bearer(r.token))
        .send({ topic: 'witchcraft' });
      const day = await t
        .http()
        .post(`/api/v1/service-points/${centreId}/waitlist`)
        .set(bearer(r.token))
        .send({ date: '2026-11-23' });

      expect(roomy.status).toBe(409);
      expect(roomy.body).toMatchObject({ code: 'SLOT_HAS_ROOM', details: { slotId: [expect.any(String)] } });
      expect(past.status).toBe(422);
      expect(past.body).toMatchObject({ code: 'SLOT_IN_PAST', details: { slotId: [expect.any(String)] } });
      expect(unknown.status).toBe(404);
      expect(badTopic.status).toBe(400);
      expect(badTopic.body.details.topic).toBeDefined();
      expect(day.status).toBe(409);
      expect(day.body).toMatchObject({ code: 'SLOT_HAS_ROOM', details: { date: [expect.any(String)] } });
    });
  });

  describe('staff acting for residents', () => {
    it('lets a lawyer of the township cancel with a reason, which the resident is told by SMS', async () => {
      const r = await resident();
      const slot = (await slotsOf('2026-11-24'))[0];
      const booked = await book(r.token, slot.id);
      const lawyer = await staff.token('lawyer02');

      const noReason = await t
        .http()
        .post(`/api/v1/appointments/${booked.body.id}/cancel`)
        .set(bearer(lawyer));
      const cancelled = await t
        .http()
        .post(`/api/v1/appointments/${booked.body.id}/cancel`)
        .set(bearer(lawyer))
        .send({ reason: '律师临时出庭' });
      const [row] = await sql<{ cancelled_by: string; cancel_reason: string }>(
        t,
        `SELECT cancelled_by, cancel_reason FROM appointment WHERE id = $1`,
        [booked.body.id],
      );

      expect(noReason.status).toBe(400);
      expect(noReason.body.details.reason).toBeDefined();
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe('cancelled');
      expect(row).toEqual({ cancelled_by: staff.id('lawyer02'), cancel_reason: '律师临时出庭' });
      expect(await lastSms(r.phone)).toContain('已由工作人员取消，原因：律师临时出庭');
      expect((await slotsOf('2026-11-24'))[0].available).toBe(slot.available);
    });

    it('refuses a cancellation by staff of another township (404), leaving the booking and sending nothing', async () => {
      const r = await resident();
      const slot = (await slotsOf('2026-11-24'))[1];
      const booked = await book(r.token, slot.id);

      const foreign = await t
        .http()
        .post(`/api/v1/appointments/${booked.body.id}/cancel`)
        .set(bearer(await staff.token('zhangqi.official')))
        .send({ reason: '越权' });
      const byForeignLawyer = await t
        .http()
        .post(`/api/v1/appointments/${booked.body.id}/cancel`)
        .set(bearer(await staff.token('lawyer07')))
        .send({ reason: '越权' });
      const mine = (await t.http().get('/api/v1/appointments/mine').set(bearer(r.token))).body;

      expect(foreign.status).toBe(404);
      expect(byForeignLawyer.status).toBe(404);
      expect(mine[0].status).toBe('booked');
      expect(await sms(r.phone)).toHaveLength(1);
    });

    it('books for a resident who called (代约): by a code read out, or as entered by staff, audited either way', async () => {
      const phone = '13911112222';
      const slots = await slotsOf('2026-11-24');
      const asOfficial = bearer(await official());

      const sent = await t.http().post('/api/v1/appointments/phone-checks').set(asOfficial).send({ phone });
      const code = /验证码(\d{6})/.exec(await lastSms(phone))![1];
      const wrong = await book(await official(), slots[2].id, {
        resident: { phone, code: code === '000000' ? '111111' : '000000' },
      });
      const checked = await book(await official(), slots[2].id, {
        resident: { phone, name: '张大爷', code },
      });
      const entered = await book(await official(), slots[3].id, { resident: { phone: '13911113333' } });
      const badPhone = await book(await official(), slots[3].id, { resident: { phone: '12345' } });
      const noResident = await book(await official(), slots[3].id);
      const rows = await sql<{ id: string; booked_by: string; phone_check: string; name: string }>(
        t,
        `SELECT id, booked_by, phone_check, name FROM appointment WHERE id = ANY($1::uuid[]) ORDER BY created_at`,
        [[checked.body.id, entered.body.id]],
      );
      const trail = await sql<{ changes: unknown }>(
        t,
        `SELECT changes FROM audit_event WHERE entity_type = 'appointment' AND entity_id = $1 AND action = 'create'`,
        [entered.body.id],
      );

      expect(sent.status).toBe(202);
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe('PHONE_CHECK_FAILED');
      expect(checked.status).toBe(201);
      expect(entered.status).toBe(201);
      expect(rows.map((r) => [r.booked_by, r.phone_check])).toEqual([
        [staff.id('shengshan.official'), 'sms_code'],
        [staff.id('shengshan.official'), 'staff_entered'],
      ]);
      expect(rows[0].name).toBe('张大爷');
      expect(JSON.stringify(trail[0].changes)).toContain('staff_entered');
      expect(await lastSms(phone)).toContain(checked.body.code);
      expect(badPhone.status).toBe(400);
      expect(badPhone.body.details['resident.phone']).toBeDefined();
      expect(noResident.status).toBe(400);
      expect(noResident.body.details.resident).toBeDefined();
    });

    it('tells a rescheduled resident the new time in their last SMS', async () => {
      const r = await resident();
      const slots = await slotsOf('2026-11-25');
      const booked = await book(r.token, slots[0].id);

      const moved = await t
        .http()
        .post(`/api/v1/appointments/${booked.body.id}/reschedule`)
        .set(bearer(r.token))
        .send({ slotId: slots[4].id });

      expect(moved.status).toBe(200);
      expect(await lastSms(r.phone)).toContain('新的预约时间为2026-11-25 10:30');
      expect(await lastSms(r.phone)).toContain(booked.body.code);
    });

    it('refuses arrival and completion before the slot starts and a no-show before its start plus the grace', async () => {
      const r = await resident();
      const slot = (await slotsOf('2026-11-25'))[6];
      const booked = await book(r.token, slot.id);
      const lawyer = bearer(await staff.token('lawyer01'));
      const mark = (what: string) =>
        t.http().post(`/api/v1/appointments/${booked.body.id}/${what}`).set(lawyer);

      const noShowEarly = await mark('no-show');
      const arriveEarly = await mark('arrive');
      clock.set(new Date(Date.parse(slot.startsAt) + 5 * MINUTE));
      const noShowInGrace = await mark('no-show');
      clock.set(new Date(Date.parse(slot.startsAt) + 15 * MINUTE));
      const noShow = await mark('no-show');

      expect(noShowEarly.status).toBe(422);
      expect(noShowEarly.body).toMatchObject({
        code: 'TOO_EARLY',
        details: { allowedFrom: new Date(Date.parse(slot.startsAt) + 15 * MINUTE).toISOString() },
      });
      expect(arriveEarly.status).toBe(422);
      expect(arriveEarly.body.code).toBe('TOO_EARLY');
      expect(noShowInGrace.status).toBe(422);
      expect(noShow.status).toBe(200);
      expect(noShow.body.status).toBe('no_show');
    });
  });

  describe('回访', () => {
    it('sends one SMS link after completion that records a rating without signing in, once', async () => {
      const r = await resident();
      const slot = (await slotsOf('2026-11-26'))[0];
      const booked = await book(r.token, slot.id);
      clock.set(new Date(Date.parse(slot.startsAt) + 20 * MINUTE));
      await t
        .http()
        .post(`/api/v1/appointments/${booked.body.id}/complete`)
        .set(bearer(await official()));
      const link = /\/r\/([A-Za-z0-9_-]{22})/.exec(await lastSms(r.phone));
      const token = link![1];

      const shown = await t.http().get(`/api/v1/ratings/${token}`);
      const rated = await t.http().post(`/api/v1/ratings/${token}`).send({ score: 5, comment: '很耐心' });
      const again = await t.http().post(`/api/v1/ratings/${token}`).send({ score: 1 });
      const inApp = await t
        .http()
        .post(`/api/v1/appointments/${booked.body.id}/rating`)
        .set(bearer(r.token))
        .send({ score: 3 });
      const garbage = await t.http().post('/api/v1/ratings/not-a-token').send({ score: 5 });
      const unknown = await t
        .http()
        .post(`/api/v1/ratings/${'A'.repeat(22)}`)
        .send({ score: 5 });
      const [row] = await sql<{ rating: number; rating_source: string }>(
        t,
        `SELECT rating, rating_source FROM appointment WHERE id = $1`,
        [booked.body.id],
      );
      const [stored] = await sql<{ n: number }>(
        t,
        `SELECT count(*)::int AS n FROM rating_link WHERE token_hash = $1 OR token_hash = $2`,
        [token, token.padEnd(64, ' ')],
      );

      expect(link).not.toBeNull();
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({ servicePointName: '胜山镇公共法律服务站', startsAt: slot.startsAt });
      expect(rated.status).toBe(201);
      expect(rated.body.rating).toBe(5);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('RATING_LINK_USED');
      expect(inApp.status).toBe(409);
      expect(garbage.status).toBe(400);
      expect(unknown.status).toBe(404);
      expect(row).toEqual({ rating: 5, rating_source: 'sms_link' });
      expect(stored.n).toBe(0);
      expect((await sms(r.phone)).filter((m) => m.text.includes('评价'))).toHaveLength(1);
    });

    it('refuses an expired link (after 7 days)', async () => {
      const r = await resident();
      const slot = (await slotsOf('2026-11-26'))[1];
      const booked = await book(r.token, slot.id);
      clock.set(new Date(Date.parse(slot.startsAt) + 20 * MINUTE));
      await t
        .http()
        .post(`/api/v1/appointments/${booked.body.id}/complete`)
        .set(bearer(await official()));
      const token = /\/r\/([A-Za-z0-9_-]{22})/.exec(await lastSms(r.phone))![1];

      clock.advance(7 * 24 * 60 * MINUTE + MINUTE);
      const late = await t.http().post(`/api/v1/ratings/${token}`).send({ score: 4 });

      expect(late.status).toBe(422);
      expect(late.body.code).toBe('RATING_LINK_EXPIRED');
    });

    it('records phone follow-ups of walk-in consultations and counts satisfaction by source, equal to a recount', async () => {
      const lawyerId = staff.id('lawyer01');
      clock.set(businessInstant('2026-11-26', '16:00'));
      const before = await monthly();
      const walkIn = await createServiceLog(t, await official(), {
        type: 'consultation',
        topic: 'inheritance',
        servicePointId: centreId,
        occurredAt: businessInstant('2026-11-26', '10:00').toISOString(),
        peopleCount: 2,
        summary: '遗产继承咨询',
        lawyerId,
      });
      const mediation = await createServiceLog(t, await official(), {
        type: 'mediation',
        topic: 'neighbour',
        servicePointId: centreId,
        occurredAt: businessInstant('2026-11-26', '11:00').toISOString(),
        peopleCount: 1,
        summary: '邻里纠纷',
        lawyerId,
      });
      const followUp = (id: string, body: object, token?: string) =>
        t.http().post(`/api/v1/service-logs/${id}/follow-up`).set(bearer(token!)).send(body);
      const lawyer = await staff.token('lawyer01');

      const missed = await followUp(walkIn.id, { reached: false }, lawyer);
      const muddled = await followUp(walkIn.id, { reached: false, satisfied: true }, lawyer);
      const reached = await followUp(
        walkIn.id,
        { reached: true, satisfied: true, comment: '很满意' },
        lawyer,
      );
      const twice = await followUp(walkIn.id, { reached: true, satisfied: false }, lawyer);
      const notConsultation = await followUp(mediation.id, { reached: true }, lawyer);
      const foreign = await followUp(walkIn.id, { reached: false }, await staff.token('zhangqi.official'));
      const after = await monthly();
      const diff = (k: keyof Metrics) => (after[k] as number) - (before[k] as number);
      const verify = await t.app.get(StatsVerifyService).verify(recountScope('330282113', 2026));

      expect(missed.status).toBe(201);
      expect(muddled.status).toBe(400);
      expect(muddled.body.details.satisfied).toBeDefined();
      expect(reached.status).toBe(201);
      expect(reached.body).toMatchObject({ reached: true, satisfied: true, comment: '很满意' });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('ALREADY_FOLLOWED_UP');
      expect(notConsultation.status).toBe(422);
      expect(foreign.status).toBe(404);
      expect(
        (
          [
            'followUps',
            'followUpsReached',
            'followUpsSatisfied',
            'consultations',
            'consultationsFollowedUp',
          ] as const
        ).map(diff),
      ).toEqual([2, 1, 1, 2, 2]);
      // Earlier in this file: one rating through the SMS link (5).
      expect(after.ratingsViaSms).toBe(1);
      expect(after.satisfactionRateSmsLink).toBe(1);
      expect(after.satisfactionRatePhone).toBe(1);
      expect(after.followUpRate).toBe(
        Math.round((after.consultationsFollowedUp / after.consultations) * 10_000) / 10_000,
      );
      expect(verify.differences).toEqual([]);
      expect(verify.total).toBe(0);
    });
  });

  async function monthly(): Promise<Metrics> {
    const res = await t
      .http()
      .get('/api/v1/stats/monthly')
      .query({ regionCode: '330282113', month: '2026-11' })
      .set(bearer(await official()));
    if (res.status !== 200) throw new Error(`monthly: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.totals as Metrics;
  }
});
