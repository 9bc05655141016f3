import { AppError, asSystem, FixedClock, type Principal } from '@app/core';
import { PUBLISHED_SLOTS } from '@app/core/database/migrations/1764950000000-SlotsKeptByBooking';
import { DutyShiftsService } from '@app/roster';
import { createResident, SHENGSHAN_TOWN, sql, useTestApp } from '@app/testing';
import { SlotsService } from '../slots/slots.service';
import { AppointmentsService } from './appointments.service';

// 08:00 on Monday 23 November 2026 (Asia/Shanghai): the demo roster of November and December is published.
const MONDAY_8AM = new Date('2026-11-23T00:00:00Z');

/** The booking use cases called as the controllers call them, on the demo county's real database. */
describe('AppointmentsService', () => {
  const clock = new FixedClock(MONDAY_8AM);
  const t = useTestApp({ seed: true, clock });
  let appointments: AppointmentsService;
  let slots: SlotsService;
  let shifts: DutyShiftsService;
  let centreId: string;
  let n = 0;

  const resident = async (): Promise<Principal> => {
    const r = await createResident(t, `137${String(20_000_000 + n++).padStart(8, '0')}`);
    return { id: r.id, kind: 'resident', name: '', roles: ['resident'], regionCode: null };
  };
  /** A staff caller of a region, as the auth guard would set them. */
  const official = (regionCode: string): Principal => ({
    id: '00000000-0000-4000-8000-000000000000',
    kind: 'staff',
    name: 'official',
    roles: ['official'],
    regionCode,
  });
  const errorCode = (p: Promise<unknown>) =>
    p.then(
      () => 'succeeded',
      (e: unknown) => (e instanceof AppError ? e.code : String(e)),
    );
  const slotRow = async (id: string) =>
    (
      await sql<{ booked: number; open: boolean; lawyer_id: string }>(
        t,
        `SELECT booked, open, lawyer_id FROM booking_slot WHERE id = $1`,
        [id],
      )
    )[0];
  /** The first slot of a day at the 胜山镇 centre, with the shift it belongs to. */
  const slotOn = async (date: string) => {
    const [slot] = await slots.slotsOf(centreId, date, date);
    const [{ shift_id }] = await sql<{ shift_id: string }>(
      t,
      `SELECT shift_id FROM booking_slot WHERE id = $1`,
      [slot.id],
    );
    return { ...slot, shiftId: shift_id };
  };
  const topic = { topic: 'labour_wages', description: '工资被拖欠' };
  afterEach(() => clock.set(MONDAY_8AM));

  beforeAll(async () => {
    appointments = t.app.get(AppointmentsService);
    slots = t.app.get(SlotsService);
    shifts = t.app.get(DutyShiftsService);
    [{ id: centreId }] = await sql<{ id: string }>(
      t,
      `SELECT id FROM service_point WHERE region_code = $1 AND kind = 'township_center'`,
      [SHENGSHAN_TOWN.code],
    );
  });

  it('made the published roster’s slots at publication, exactly those the migration makes for published shifts', async () => {
    const key = (r: { shift_id: string; starts_at: Date }) => `${r.shift_id} ${r.starts_at.toISOString()}`;
    const made = await sql<{ shift_id: string; starts_at: Date }>(
      t,
      `SELECT b.shift_id, b.starts_at FROM booking_slot b JOIN duty_shift s ON s.id = b.shift_id
        WHERE s.ends_at > $1`,
      [clock.now()],
    );
    const derived = await sql<{ shift_id: string; starts_at: Date }>(
      t,
      `SELECT id AS shift_id, t AS starts_at FROM (${PUBLISHED_SLOTS}) AS x(id, point, region, t, ends, places, lawyer)`,
      [clock.now()],
    );

    expect(made.length).toBeGreaterThan(500);
    expect(new Set(made.map(key))).toEqual(new Set(derived.map(key)));
  });

  it('takes a place per booking and refuses the one past capacity with SLOT_FULL', async () => {
    const slot = await slotOn('2026-11-24');
    const [a, b, c] = [await resident(), await resident(), await resident()];

    const answers = await Promise.all(
      [a, b, c].map((r) => errorCode(appointments.book(r, { slotId: slot.id, ...topic }))),
    );

    expect(answers.sort()).toEqual(['SLOT_FULL', 'succeeded', 'succeeded']);
    expect((await slotRow(slot.id)).booked).toBe(2);
    const [{ n: active }] = await sql<{ n: number }>(
      t,
      `SELECT count(*)::int AS n FROM appointment WHERE slot_id = $1 AND status = 'booked' AND lawyer_id = $2`,
      [slot.id, (await slotRow(slot.id)).lawyer_id],
    );
    expect(active).toBe(2);
  });

  it('gives the place back on cancel, and refuses a second cancel by the state table', async () => {
    const slot = await slotOn('2026-11-25');
    const r = await resident();
    const booked = await appointments.book(r, { slotId: slot.id, ...topic });

    const cancelled = await appointments.cancel(r, booked.id);

    expect(cancelled.status).toBe('cancelled');
    expect((await slotRow(slot.id)).booked).toBe(0);
    expect(await errorCode(appointments.cancel(r, booked.id))).toBe('APPOINTMENT_NOT_CANCELLABLE');
    expect(await errorCode(appointments.cancel(await resident(), booked.id))).toBe('APPOINTMENT_NOT_FOUND');
  });

  it('moves a booking to another slot: the old place is given back, the new one taken', async () => {
    const [from, to] = (await slots.slotsOf(centreId, '2026-11-26', '2026-11-26')).slice(0, 2);
    const r = await resident();
    const booked = await appointments.book(r, { slotId: from.id, ...topic });

    const moved = await appointments.reschedule(r, booked.id, to.id);

    expect(moved).toMatchObject({ code: booked.code, status: 'booked', slot: { id: to.id } });
    expect([(await slotRow(from.id)).booked, (await slotRow(to.id)).booked]).toEqual([0, 1]);
  });

  it('lets staff of the point’s jurisdiction mark it as the state table allows, and nobody else', async () => {
    const slot = await slotOn('2026-11-27');
    const r = await resident();
    const booked = await appointments.book(r, { slotId: slot.id, ...topic });
    const neighbour = official('330282112');

    expect(await errorCode(appointments.mark(neighbour, booked.id, 'arrived'))).toBe('APPOINTMENT_NOT_FOUND');
    const own = official(SHENGSHAN_TOWN.code);
    expect(await errorCode(appointments.mark(own, booked.id, 'completed'))).toBe('TOO_EARLY');
    clock.set(new Date(slot.startsAt));
    const done = await appointments.mark(own, booked.id, 'completed');
    expect(done.serviceLogDraft).toMatchObject({ appointmentId: booked.id, type: 'consultation' });
    expect(await errorCode(appointments.mark(own, booked.id, 'no_show'))).toBe('APPOINTMENT_STATE');

    expect((await appointments.rate(r, booked.id, 5)).rating).toBe(5);
    expect(await errorCode(appointments.rate(r, booked.id, 4))).toBe('ALREADY_RATED');
  });

  it('moves a swapped shift’s slots and bookings to the new lawyer', async () => {
    const slot = await slotOn('2026-11-30');
    const r = await resident();
    const booked = await appointments.book(r, { slotId: slot.id, ...topic });
    const [{ lawyer_id: before }] = await sql<{ lawyer_id: string }>(
      t,
      `SELECT lawyer_id FROM duty_shift WHERE id = $1`,
      [slot.shiftId],
    );
    const [{ id: other }] = await sql<{ id: string }>(
      t,
      `SELECT id FROM staff WHERE region_code = $1 AND 'lawyer' = ANY(roles) AND id <> $2
        AND NOT EXISTS (SELECT 1 FROM duty_shift d WHERE d.lawyer_id = staff.id AND d.date = '2026-11-30' AND d.status = 'planned')
        ORDER BY username LIMIT 1`,
      [SHENGSHAN_TOWN.code, before],
    );

    await asSystem((system) => shifts.swap(system, slot.shiftId, other));

    expect((await slotRow(slot.id)).lawyer_id).toBe(other);
    const [{ lawyer_id }] = await sql<{ lawyer_id: string }>(
      t,
      `SELECT lawyer_id FROM appointment WHERE id = $1`,
      [booked.id],
    );
    expect(lawyer_id).toBe(other);
  });

  it('closes a cancelled shift’s slots and marks its bookings for rescheduling', async () => {
    const slot = await slotOn('2026-12-01');
    const r = await resident();
    const booked = await appointments.book(r, { slotId: slot.id, ...topic });

    await asSystem((system) => shifts.cancel(system, slot.shiftId, '律师生病'));

    expect(await slotRow(slot.id)).toMatchObject({ booked: 0, open: false });
    expect((await slots.slotsOf(centreId, '2026-12-01', '2026-12-01')).map((s) => s.id)).not.toContain(
      slot.id,
    );
    expect((await appointments.mine(r)).find((a) => a.id === booked.id)?.status).toBe('needs_reschedule');
    expect(await errorCode(appointments.book(await resident(), { slotId: slot.id, ...topic }))).toBe(
      'SLOT_NOT_FOUND',
    );
  });
});
