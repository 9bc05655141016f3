import { Client } from 'pg';
import { AppointmentsService } from '@app/booking';
import { FixedClock } from '@app/core';
import { ConsoleSmsProvider } from '@app/notify';
import type { CreateAppointmentDto } from '@app/booking/appointments/appointments.controller';
import { createResident, useTestApp } from '@app/testing';
import { answerProblems, type OpenApiDocument } from '../setup/openapi';

// 08:00 on Monday 23 November 2026 (Asia/Shanghai): the demo roster of November is published.
const MONDAY_8AM = new Date('2026-11-23T00:00:00Z');

describe('Booking a consultation', () => {
  const clock = new FixedClock(MONDAY_8AM);
  const t = useTestApp({ seed: true, clock });
  let centreId: string;
  let n = 0;

  /** Residents made directly (an SMS login each would only test the OTP limits again). */
  async function residents(count: number): Promise<{ id: string; phone: string; token: string }[]> {
    const out = [];
    for (let i = 0; i < count; i++)
      out.push(await createResident(t, `136${String(10_000_000 + n++).padStart(8, '0')}`));
    return out;
  }

  const slotsOf = async (from = '2026-11-23', to = '2026-11-23') =>
    (await t.http().get(`/api/v1/service-points/${centreId}/slots`).query({ from, to })).body as {
      id: string;
      startsAt: string;
      capacity: number;
      available: number;
      lawyerName: string;
    }[];
  const book = (token: string, slotId: string, extra: Partial<CreateAppointmentDto> = {}) =>
    t
      .http()
      .post('/api/v1/appointments')
      .set('authorization', `Bearer ${token}`)
      .send({
        slotId,
        topic: 'labour_wages',
        description: '工资被拖欠三个月',
        ...extra,
      } satisfies CreateAppointmentDto);

  beforeAll(async () => {
    const points = await t
      .http()
      .get('/api/v1/service-points')
      .query({ regionCode: '330282113', kind: 'township_center' });
    centreId = points.body[0].id;
  });

  it('lists 30-minute slots of the published window duty with capacity 2 and the lawyer’s name', async () => {
    const slots = await slotsOf();

    expect(slots).toHaveLength(13);
    expect(slots[0]).toMatchObject({ startsAt: '2026-11-23T00:30:00.000Z', capacity: 2, available: 2 });
    expect(slots[0].lawyerName).not.toBe('');
  });

  it('lets exactly 2 of 120 residents racing for one slot of capacity 2 book it; the others get 409 SLOT_FULL', async () => {
    const [slot] = (await slotsOf()).slice(1, 2);
    const racers = await residents(120);

    const answers = await Promise.all(racers.map((r) => book(r.token, slot.id)));

    expect(answers.filter((a) => a.status === 201)).toHaveLength(2);
    expect(answers.filter((a) => a.status === 409 && a.body.code === 'SLOT_FULL')).toHaveLength(118);
    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    const { rows } = await db.query(
      `SELECT booked, (SELECT count(*)::int FROM appointment WHERE slot_id = $1 AND status = 'booked') AS n FROM booking_slot WHERE id = $1`,
      [slot.id],
    );
    await db.end();
    expect(rows[0]).toEqual({ booked: 2, n: 2 });
    expect((await slotsOf()).find((s) => s.id === slot.id)!.available).toBe(0);
  });

  it('books with an 8-character code and writes the confirmation with the code to the outbox', async () => {
    const [resident] = await residents(1);
    const slot = (await slotsOf())[2];

    const res = await book(resident.token, slot.id);
    const outbox = await t.http().get('/api/v1/dev/outbox').query({ phone: resident.phone });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'booked', slot: { id: slot.id } });
    expect(res.body.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(outbox.body[0].text).toContain(res.body.code);
    expect(outbox.body[0].text).toContain('2026-11-23 09:30');
  });

  it('refuses an overlapping second booking and a fourth future booking', async () => {
    const [resident] = await residents(1);
    const slots = await slotsOf('2026-11-23', '2026-11-24');

    const first = await book(resident.token, slots[3].id);
    const sameTime = await book(resident.token, slots[3].id);
    await book(resident.token, slots[4].id);
    await book(resident.token, slots[5].id);
    const fourth = await book(resident.token, slots[7].id);

    expect(first.status).toBe(201);
    expect(sameTime.status).toBe(409);
    expect(sameTime.body.code).toBe('OVERLAPPING_BOOKING');
    expect(fourth.status).toBe(409);
    expect(fourth.body.code).toBe('TOO_MANY_BOOKINGS');
  });

  it('frees the place when a resident cancels, and shows the booking as cancelled in mine', async () => {
    const [a, b, c] = await residents(3);
    const slot = (await slotsOf())[8];
    const booked = await book(a.token, slot.id);
    await book(b.token, slot.id);

    const cancelled = await t
      .http()
      .post(`/api/v1/appointments/${booked.body.id}/cancel`)
      .set('authorization', `Bearer ${a.token}`);
    const third = await book(c.token, slot.id);
    const mine = await t.http().get('/api/v1/appointments/mine').set('authorization', `Bearer ${a.token}`);

    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(third.status).toBe(201);
    expect(mine.body[0]).toMatchObject({ id: booked.body.id, status: 'cancelled' });
  });

  it('does not let another resident cancel a booking (404), nor cancel after the start (422)', async () => {
    const [a, b] = await residents(2);
    const slot = (await slotsOf())[9];
    const booked = await book(a.token, slot.id);

    const other = await t
      .http()
      .post(`/api/v1/appointments/${booked.body.id}/cancel`)
      .set('authorization', `Bearer ${b.token}`);
    clock.set(new Date(slot.startsAt));
    const late = await t
      .http()
      .post(`/api/v1/appointments/${booked.body.id}/cancel`)
      .set('authorization', `Bearer ${a.token}`);
    clock.set(MONDAY_8AM);

    expect(other.status).toBe(404);
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('APPOINTMENT_NOT_CANCELLABLE');
  });

  it('refuses a slot that has begun (422 SLOT_IN_PAST), an unknown slot (404), no token (401), a staff token of a role that does not book (403)', async () => {
    const [resident] = await residents(1);
    const slot = (await slotsOf())[10];
    const staff = await t.login('auditor');

    clock.set(new Date(Date.parse(slot.startsAt) + 60_000));
    const past = await book(resident.token, slot.id);
    clock.set(MONDAY_8AM);
    const unknown = await book(resident.token, '00000000-0000-4000-8000-000000000000');
    const anonymous = await t.http().post('/api/v1/appointments').send({ slotId: slot.id, topic: 'other' });
    const byStaff = await book(staff, slot.id);

    expect(past.status).toBe(422);
    expect(past.body.code).toBe('SLOT_IN_PAST');
    expect(unknown.status).toBe(404);
    expect(anonymous.status).toBe(401);
    expect(byStaff.status).toBe(403);
  });

  it('refuses a description over 2,000 characters and an unknown topic with 400, and keeps HTML as plain text', async () => {
    const [resident] = await residents(1);
    const slot = (await slotsOf())[11];

    const long = await book(resident.token, slot.id, { description: '字'.repeat(2001) });
    const topic = await book(resident.token, slot.id, {
      topic: 'witchcraft' as CreateAppointmentDto['topic'],
    });
    const html = await book(resident.token, slot.id, { description: '<script>alert(1)</script>' });

    expect(long.status).toBe(400);
    expect(long.body.details.description).toBeDefined();
    expect(topic.status).toBe(400);
    expect(html.status).toBe(201);
    expect(html.body.description).toBe('<script>alert(1)</script>');
    expect(html.headers['content-type']).toContain('application/json');
  });

  it('shows lawyers the day’s list with phones masked, and lets them mark arrival and completion', async () => {
    const [resident] = await residents(1);
    const slot = (await slotsOf())[12];
    const booked = await book(resident.token, slot.id, { name: '张大爷' });
    const lawyer = await t.login('lawyer01');

    const list = await t
      .http()
      .get('/api/v1/appointments')
      .query({ servicePointId: centreId, date: '2026-11-23' })
      .set('authorization', `Bearer ${lawyer}`);
    // Arrival and completion are marked from the slot's start.
    clock.set(new Date(slot.startsAt));
    const arrived = await t
      .http()
      .post(`/api/v1/appointments/${booked.body.id}/arrive`)
      .set('authorization', `Bearer ${lawyer}`);
    const completed = await t
      .http()
      .post(`/api/v1/appointments/${booked.body.id}/complete`)
      .set('authorization', `Bearer ${lawyer}`);
    const again = await t
      .http()
      .post(`/api/v1/appointments/${booked.body.id}/no-show`)
      .set('authorization', `Bearer ${lawyer}`);
    clock.set(MONDAY_8AM);

    const mine = list.body.find((a: { id: string }) => a.id === booked.body.id);
    expect(mine).toMatchObject({
      name: '张大爷',
      residentPhoneMasked: `${resident.phone.slice(0, 3)}****${resident.phone.slice(-4)}`,
    });
    expect(JSON.stringify(list.body)).not.toContain(resident.phone);
    expect(arrived.body.status).toBe('arrived');
    expect(completed.body.status).toBe('completed');
    expect(again.status).toBe(422);
  });

  it('hides another township’s appointments from its officials', async () => {
    const official = await t.login('zhangqi.official');

    const list = await t
      .http()
      .get('/api/v1/appointments')
      .query({ servicePointId: centreId, date: '2026-11-23' })
      .set('authorization', `Bearer ${official}`);

    expect(list.status).toBe(200);
    expect(list.body).toEqual([]);
  });

  it('lets a resident rate only after completion, and only once', async () => {
    const [resident] = await residents(1);
    const slot = (await slotsOf('2026-11-24', '2026-11-24'))[0];
    const booked = await book(resident.token, slot.id);
    const lawyer = await t.login('shengshan.official');
    const rate = (score: number) =>
      t
        .http()
        .post(`/api/v1/appointments/${booked.body.id}/rating`)
        .set('authorization', `Bearer ${resident.token}`)
        .send({ score, comment: '很耐心' });

    const early = await rate(5);
    clock.set(new Date(slot.startsAt));
    await t
      .http()
      .post(`/api/v1/appointments/${booked.body.id}/complete`)
      .set('authorization', `Bearer ${lawyer}`);
    const first = await rate(5);
    const twice = await rate(4);
    const outOfRange = await rate(6);
    clock.set(MONDAY_8AM);
    const mine = await t
      .http()
      .get('/api/v1/appointments/mine')
      .set('authorization', `Bearer ${resident.token}`);

    expect(early.status).toBe(422);
    expect(early.body.code).toBe('NOT_COMPLETED');
    expect(first.status).toBe(201);
    expect(first.body.rating).toBe(5);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ALREADY_RATED');
    expect(outOfRange.status).toBe(400);
    expect(mine.body[0]).toMatchObject({
      id: booked.body.id,
      status: 'completed',
      servicePointName: '胜山镇公共法律服务站',
      lawyerName: slot.lawyerName,
      rating: { score: 5, comment: '很耐心' },
    });
  });

  it('answers in the shapes its OpenAPI document gives, from the slot list to the rating', async () => {
    const doc = (await t.http().get('/api/docs-json')).body as OpenApiDocument;
    const [resident] = await residents(1);
    const official = await t.login('shengshan.official');
    const asResident = { authorization: `Bearer ${resident.token}` };
    const asOfficial = { authorization: `Bearer ${official}` };
    const slots = await t
      .http()
      .get(`/api/v1/service-points/${centreId}/slots`)
      .query({ from: '2026-11-26', to: '2026-11-26' });
    const booked = await book(resident.token, slots.body[5].id, { name: '李阿姨' });
    const other = await book(resident.token, slots.body[9].id);
    const cancelled = await t.http().post(`/api/v1/appointments/${other.body.id}/cancel`).set(asResident);
    const day = await t
      .http()
      .get('/api/v1/appointments')
      .query({ servicePointId: centreId, date: '2026-11-26' })
      .set(asOfficial);
    clock.set(new Date(slots.body[5].startsAt));
    const completed = await t.http().post(`/api/v1/appointments/${booked.body.id}/complete`).set(asOfficial);
    const rated = await t
      .http()
      .post(`/api/v1/appointments/${booked.body.id}/rating`)
      .set(asResident)
      .send({ score: 4 });
    const mine = await t.http().get('/api/v1/appointments/mine').set(asResident);
    clock.set(MONDAY_8AM);

    expect(
      answerProblems(doc, [
        ['get', '/api/v1/service-points/{id}/slots', slots],
        ['post', '/api/v1/appointments', booked],
        ['post', '/api/v1/appointments/{id}/cancel', cancelled],
        ['get', '/api/v1/appointments', day],
        ['post', '/api/v1/appointments/{id}/complete', completed],
        ['post', '/api/v1/appointments/{id}/rating', rated],
        ['get', '/api/v1/appointments/mine', mine],
      ]),
    ).toEqual([]);
    // The answers hold what the shapes promise: a draft on completion, a nullable comment, both bookings.
    expect(completed.body.serviceLogDraft).toMatchObject({
      type: 'consultation',
      appointmentId: booked.body.id,
    });
    expect(mine.body.map((a: { status: string }) => a.status).sort()).toEqual(['cancelled', 'completed']);
    expect(mine.body.find((a: { id: string }) => a.id === booked.body.id).rating).toEqual({
      score: 4,
      comment: null,
    });
  });

  it('sends exactly one reminder per appointment of tomorrow, however often the job runs', async () => {
    const [a, b] = await residents(2);
    const slots = await slotsOf('2026-11-24', '2026-11-24');
    await book(a.token, slots[1].id);
    await book(b.token, slots[2].id);
    const reminders = async (phone: string) =>
      ((await t.http().get('/api/v1/dev/outbox').query({ phone })).body as { text: string }[]).filter((m) =>
        m.text.includes('提醒'),
      );

    const first = await t.app.get(AppointmentsService).sendReminders();
    const second = await t.app.get(AppointmentsService).sendReminders();

    expect(first.reminded).toBeGreaterThanOrEqual(2);
    expect(second.reminded).toBe(0);
    expect(await reminders(a.phone)).toHaveLength(1);
    expect(await reminders(b.phone)).toHaveLength(1);
    expect((await reminders(a.phone))[0].text).toContain('明天');
  });

  it('moves a booking to another slot, keeping its code and freeing the old place', async () => {
    const [resident] = await residents(1);
    const slots = await slotsOf('2026-11-24', '2026-11-24');
    const booked = await book(resident.token, slots[6].id);

    const moved = await t
      .http()
      .post(`/api/v1/appointments/${booked.body.id}/reschedule`)
      .set('authorization', `Bearer ${resident.token}`)
      .send({ slotId: slots[7].id });
    const after = await slotsOf('2026-11-24', '2026-11-24');

    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ code: booked.body.code, status: 'booked', slot: { id: slots[7].id } });
    expect(after.find((x) => x.id === slots[6].id)!.available).toBe(slots[6].available);
    expect(after.find((x) => x.id === slots[7].id)!.available).toBe(slots[7].available - 1);
  });

  it('counts a booking waiting to be moved against the limit of 3 when it is moved back in', async () => {
    const [resident] = await residents(1);
    const slots = await slotsOf('2026-11-27', '2026-11-27');
    const waiting = await book(resident.token, slots[0].id);
    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    // As a cancelled shift leaves it: waiting for a new slot, its place given back.
    await db.query(`UPDATE appointment SET status = 'needs_reschedule' WHERE id = $1`, [waiting.body.id]);
    await db.query(`UPDATE booking_slot SET booked = booked - 1 WHERE id = $1`, [slots[0].id]);
    await db.end();
    for (const slot of slots.slice(2, 5)) expect((await book(resident.token, slot.id)).status).toBe(201);

    const moved = await t
      .http()
      .post(`/api/v1/appointments/${waiting.body.id}/reschedule`)
      .set('authorization', `Bearer ${resident.token}`)
      .send({ slotId: slots[6].id });

    expect(moved.status).toBe(409);
    expect(moved.body.code).toBe('TOO_MANY_BOOKINGS');
  });

  it('when staff cancel a shift, marks its bookings for rescheduling and tells the residents by SMS', async () => {
    const [resident] = await residents(1);
    const slot = (await slotsOf('2026-11-25', '2026-11-25'))[0];
    const booked = await book(resident.token, slot.id);
    const official = await t.login('shengshan.official');
    const shifts = await t
      .http()
      .get('/api/v1/shifts')
      .query({ servicePointId: centreId, from: '2026-11-25', to: '2026-11-25' })
      .set('authorization', `Bearer ${official}`);
    const shift = (shifts.body as { id: string; kind: string }[]).find((x) => x.kind === 'window')!;

    await t
      .http()
      .post(`/api/v1/shifts/${shift.id}/cancel`)
      .set('authorization', `Bearer ${official}`)
      .send({ reason: '律师出庭' });
    const mine = await t
      .http()
      .get('/api/v1/appointments/mine')
      .set('authorization', `Bearer ${resident.token}`);
    const outbox = await t.http().get('/api/v1/dev/outbox').query({ phone: resident.phone });
    const other = (await slotsOf('2026-11-26', '2026-11-26'))[0];
    const moved = await t
      .http()
      .post(`/api/v1/appointments/${booked.body.id}/reschedule`)
      .set('authorization', `Bearer ${resident.token}`)
      .send({ slotId: other.id });

    expect(mine.body.find((a: { id: string }) => a.id === booked.body.id).status).toBe('needs_reschedule');
    expect(outbox.body[0].text).toContain(booked.body.code);
    expect(outbox.body[0].text).toContain('取消');
    expect((await slotsOf('2026-11-25', '2026-11-25')).some((x) => x.id === slot.id)).toBe(false);
    expect(moved.body.status).toBe('booked');
  });

  it('keeps a booking and its SMS when the provider fails: 201, the message pending with its error', async () => {
    const [resident] = await residents(1);
    const slot = (await slotsOf('2026-11-26', '2026-11-26'))[5];
    const provider = t.app.get(ConsoleSmsProvider);
    const send = provider.send;
    provider.send = () => Promise.reject(new Error('carrier unreachable'));
    let booked;
    try {
      booked = await book(resident.token, slot.id);
    } finally {
      provider.send = send;
    }
    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    const { rows } = await db.query(
      `SELECT status, last_error FROM sms_outbox WHERE kind = 'booking_confirmation' ORDER BY created_at DESC LIMIT 1`,
    );
    await db.end();

    expect(booked.status).toBe(201);
    expect(rows[0]).toEqual({ status: 'pending', last_error: 'carrier unreachable' });
  });

  it('shows officials the SMS that failed, phones masked, in their jurisdiction only', async () => {
    const [resident] = await residents(1);
    const slot = (await slotsOf('2026-11-26', '2026-11-26'))[3];
    await book(resident.token, slot.id);
    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    await db.query(
      `UPDATE sms_outbox SET status = 'failed', attempts = 6, last_error = 'carrier refused' WHERE kind = 'booking_confirmation' AND created_at = (SELECT max(created_at) FROM sms_outbox)`,
    );
    await db.end();

    const shengshan = await t
      .http()
      .get('/api/v1/sms-outbox')
      .set('authorization', `Bearer ${await t.login('shengshan.official')}`);
    const zhangqi = await t
      .http()
      .get('/api/v1/sms-outbox')
      .set('authorization', `Bearer ${await t.login('zhangqi.official')}`);

    expect(shengshan.status).toBe(200);
    expect(shengshan.body).toHaveLength(1);
    expect(shengshan.body[0]).toMatchObject({
      kind: 'booking_confirmation',
      status: 'failed',
      lastError: 'carrier refused',
      phoneMasked: `${resident.phone.slice(0, 3)}****${resident.phone.slice(-4)}`,
    });
    expect(JSON.stringify(shengshan.body)).not.toContain(resident.phone);
    expect(zhangqi.body).toEqual([]);
  });
});
