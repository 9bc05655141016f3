import { addDays, asSystem, businessInstant, datesBetween, FixedClock, isoWeekday } from '@app/core';
import { DEMO_COUNTY, DEMO_PASSWORD, SHENGSHAN, ZHANGQI } from '@app/demo';
import { RegionsService, StaffService } from '@app/org';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import type { StaffResponse } from '@app/org/staff/dto/staff.dto';
import { officialDay } from '@app/roster';
import type { CreateShiftDto, ShiftResponse, SwapShiftDto } from '@app/roster/shifts/dto/shift.dto';
import type { CreateUnavailabilityDto } from '@app/roster/unavailability/unavailability.dto';
import { bearer, useTestApp } from '@app/testing';

/** 余姚市, the neighbouring county: its lawyers do not serve 慈溪市. */
const OTHER_COUNTY = '330281';

// Monday 23 November 2026, 10:00 in Asia/Shanghai: the demo roster holds November and December.
const NOW = businessInstant('2026-11-23', '10:00');

/**
 * Mondays of weeks beyond the demo roster (the seed fills the current month and the next) whose
 * Monday to Friday are working days and whose weekend is not: every shift there is one these tests made.
 */
function plainWeeks(count: number): string[] {
  const start = addDays('2026-11-23', 70);
  let monday = addDays(start, (8 - isoWeekday(start)) % 7);
  const mondays: string[] = [];
  while (mondays.length < count) {
    const week = datesBetween(monday, addDays(monday, 6));
    if (week.every((d, i) => officialDay(d).workday === i < 5)) mondays.push(monday);
    monday = addDays(monday, 7);
  }
  return mondays;
}

const [W1, W2, W3, W4] = plainWeeks(4);
const MON = W1;
const TUE = addDays(W1, 1);
const WED = addDays(W1, 2);
const SUN = addDays(W1, 6);

describe('Rosters: manual shifts, cancellation, swaps and leave (e2e)', () => {
  const clock = new FixedClock(NOW);
  const t = useTestApp({ seed: true, clock });
  const token = { shengshan: '', zhangqi: '', cixi: '', admin: '', lawyer01: '', lawyer02: '' };
  const staffId: Record<string, string> = {};
  const staffName: Record<string, string> = {};
  const pointId: Record<string, string> = {};
  const today = clock.today();
  let outsiderId = '';

  beforeAll(async () => {
    token.shengshan = await t.login('shengshan.official');
    token.zhangqi = await t.login('zhangqi.official');
    token.cixi = await t.login('cixi.official');
    token.admin = await t.login('admin');
    token.lawyer01 = await t.login('lawyer01');
    token.lawyer02 = await t.login('lawyer02');
    const staff = await t.http().get('/api/v1/staff').query({ pageSize: 500 }).set(bearer(token.admin));
    for (const s of staff.body.items as StaffResponse[]) {
      staffId[s.username] = s.id;
      staffName[s.id] = s.name;
    }
    const points = await t.http().get('/api/v1/service-points').query({ regionCode: DEMO_COUNTY });
    for (const p of points.body as ServicePointResponse[]) pointId[p.regionCode] = p.id;
    // A lawyer of another county. Only 慈溪市 is in the registry and nobody's jurisdiction reaches
    // beyond it, so the arrangement goes through the app's services, as the CLI's import would.
    const outsider = await asSystem(async (system) => {
      await t.app.get(RegionsService).importCounty(OTHER_COUNTY);
      return t.app.get(StaffService).create(system, {
        username: 'yuyao.lawyer',
        name: '余律师',
        kind: 'lawyer',
        regionCode: OTHER_COUNTY,
        password: DEMO_PASSWORD,
      });
    });
    outsiderId = outsider.id;
  }, 60_000);

  function createShift(asToken: string, body: object) {
    return t.http().post('/api/v1/shifts').set(bearer(asToken)).send(body);
  }

  /** A shift at the 胜山镇 centre, as the 胜山镇 official adds it. */
  function windowShift(lawyer: string, date: string, from: string, to: string) {
    return createShift(token.shengshan, {
      servicePointId: pointId[SHENGSHAN],
      lawyerId: staffId[lawyer],
      date,
      from,
      to,
      kind: 'window',
    } satisfies CreateShiftDto);
  }

  function cancel(asToken: string, id: string) {
    return t.http().post(`/api/v1/shifts/${id}/cancel`).set(bearer(asToken)).send({});
  }

  function swap(asToken: string, body: object) {
    return t.http().post('/api/v1/shifts/swap').set(bearer(asToken)).send(body);
  }

  function recordLeave(asToken: string, body: object) {
    return t.http().post('/api/v1/unavailability').set(bearer(asToken)).send(body);
  }

  function listShifts(asToken: string, query: Record<string, string>) {
    return t.http().get('/api/v1/shifts').query(query).set(bearer(asToken));
  }

  /** A lawyer's shifts on a date as the county official sees them, cancelled ones included. */
  async function shiftsOf(lawyer: string, date: string): Promise<ShiftResponse[]> {
    const res = await listShifts(token.cixi, {
      lawyerId: staffId[lawyer],
      from: date,
      to: date,
      includeCancelled: 'true',
    });
    if (res.status !== 200) throw new Error(`list shifts: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as ShiftResponse[];
  }

  /** A published shift of the demo roster in 掌起镇, a week or more ahead. */
  async function zhangqiShift(): Promise<ShiftResponse> {
    const res = await listShifts(token.zhangqi, {
      regionCode: ZHANGQI,
      from: addDays(today, 7),
      to: addDays(today, 20),
    });
    const shift = (res.body as ShiftResponse[]).find((s) => s.kind === 'window');
    if (!shift) throw new Error('no shift in 掌起镇');
    return shift;
  }

  describe('POST /api/v1/shifts', () => {
    it('adds a window shift at the 胜山镇 centre and answers 201 with the lawyer’s name', async () => {
      const res = await windowShift('lawyer01', MON, '09:00', '12:00');

      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        servicePointId: pointId[SHENGSHAN],
        regionCode: SHENGSHAN,
        lawyerId: staffId.lawyer01,
        lawyerName: staffName[staffId.lawyer01],
        date: MON,
        from: '09:00',
        to: '12:00',
        startsAt: `${MON}T01:00:00.000Z`,
        endsAt: `${MON}T04:00:00.000Z`,
        kind: 'window',
        status: 'planned',
        published: false,
      } satisfies ShiftResponse);
      expect(res.body.lawyerName).not.toBe('');
    });

    it('refuses the same lawyer an overlapping shift, even at another centre (409 SHIFT_OVERLAP), and keeps one', async () => {
      const res = await createShift(token.cixi, {
        servicePointId: pointId[ZHANGQI],
        lawyerId: staffId.lawyer01,
        date: MON,
        from: '11:00',
        to: '14:00',
        kind: 'window',
      } satisfies CreateShiftDto);

      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SHIFT_OVERLAP');
      expect((await shiftsOf('lawyer01', MON)).map((s) => [s.from, s.to])).toEqual([['09:00', '12:00']]);
    });

    it('accepts a shift that starts when the lawyer’s previous one ends', async () => {
      const res = await windowShift('lawyer01', MON, '12:00', '15:00');

      expect(res.status).toBe(201);
      expect((await shiftsOf('lawyer01', MON)).map((s) => [s.from, s.to])).toEqual([
        ['09:00', '12:00'],
        ['12:00', '15:00'],
      ]);
    });

    it('lets exactly one of two overlapping requests fired at once through (201 and 409 SHIFT_OVERLAP)', async () => {
      const dates = [TUE, WED, addDays(W1, 3), addDays(W1, 4)];

      const results = await Promise.all(
        dates.flatMap((date) => [
          windowShift('lawyer05', date, '09:00', '11:00'),
          windowShift('lawyer05', date, '10:00', '12:00'),
        ]),
      );

      for (const [i, date] of dates.entries()) {
        const pair = results.slice(2 * i, 2 * i + 2);
        expect(pair.map((r) => r.status).sort()).toEqual([201, 409]);
        expect(pair.find((r) => r.status === 409)!.body.code).toBe('SHIFT_OVERLAP');
        expect(await shiftsOf('lawyer05', date)).toEqual([pair.find((r) => r.status === 201)!.body]);
      }
    });

    it.each([
      ['18:00', '20:00'],
      ['08:00', '10:00'],
      ['16:00', '17:30'],
    ])(
      'refuses window duty %s–%s, outside the centre’s hours 08:30–17:00 (422 OUTSIDE_OPENING_HOURS)',
      async (from, to) => {
        const res = await windowShift('lawyer02', TUE, from, to);

        expect(res.status).toBe(422);
        expect(res.body.code).toBe('OUTSIDE_OPENING_HOURS');
        expect(res.body.details.openingHours).toEqual({ from: '08:30', to: '17:00' });
        expect(await shiftsOf('lawyer02', TUE)).toEqual([]);
      },
    );

    it('refuses window duty on a Sunday, when the centre is closed (422 OUTSIDE_OPENING_HOURS)', async () => {
      const res = await windowShift('lawyer02', SUN, '09:00', '12:00');

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('OUTSIDE_OPENING_HOURS');
      expect(await shiftsOf('lawyer02', SUN)).toEqual([]);
    });

    it('accepts window duty on the make-up Saturday 2026-10-10 in Monday’s hours', async () => {
      const res = await windowShift('lawyer02', '2026-10-10', '08:30', '17:00');

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ date: '2026-10-10', from: '08:30', to: '17:00' });
    });

    it('accepts on-call duty outside the opening hours and on a Sunday', async () => {
      const evening = await createShift(token.shengshan, {
        servicePointId: pointId[SHENGSHAN],
        lawyerId: staffId.lawyer02,
        date: TUE,
        from: '18:00',
        to: '22:00',
        kind: 'on_call',
      } satisfies CreateShiftDto);
      const sunday = await createShift(token.shengshan, {
        servicePointId: pointId[SHENGSHAN],
        lawyerId: staffId.lawyer02,
        date: SUN,
        from: '09:00',
        to: '12:00',
        kind: 'on_call',
      } satisfies CreateShiftDto);

      expect(evening.status).toBe(201);
      expect(evening.body).toMatchObject({ kind: 'on_call', from: '18:00', to: '22:00' });
      expect(sunday.status).toBe(201);
    });

    it('refuses a village visit at a centre and window duty at a village point (422 KIND_POINT_MISMATCH)', async () => {
      const visitAtCentre = await createShift(token.shengshan, {
        servicePointId: pointId[SHENGSHAN],
        lawyerId: staffId.lawyer02,
        date: WED,
        from: '09:00',
        to: '11:00',
        kind: 'village_visit',
      } satisfies CreateShiftDto);
      const windowAtVillage = await createShift(token.shengshan, {
        servicePointId: pointId['330282113201'],
        lawyerId: staffId.lawyer02,
        date: WED,
        from: '09:00',
        to: '11:00',
        kind: 'window',
      } satisfies CreateShiftDto);

      expect(visitAtCentre.status).toBe(422);
      expect(visitAtCentre.body.code).toBe('KIND_POINT_MISMATCH');
      expect(windowAtVillage.status).toBe(422);
      expect(windowAtVillage.body.code).toBe('KIND_POINT_MISMATCH');
      expect(await shiftsOf('lawyer02', WED)).toEqual([]);
    });

    it('refuses a lawyer of another county (422 LAWYER_OUTSIDE_REGION)', async () => {
      const res = await createShift(token.shengshan, {
        servicePointId: pointId[SHENGSHAN],
        lawyerId: outsiderId,
        date: WED,
        from: '09:00',
        to: '12:00',
        kind: 'window',
      } satisfies CreateShiftDto);

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('LAWYER_OUTSIDE_REGION');
    });

    it('refuses the 胜山镇 official a lawyer of 掌起镇 (403 OUTSIDE_JURISDICTION) and adds no shift', async () => {
      const res = await windowShift('lawyer07', WED, '09:00', '12:00');

      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({
        code: 'OUTSIDE_JURISDICTION',
        details: { lawyerId: staffId.lawyer07, regionCode: ZHANGQI },
      });
      expect(await shiftsOf('lawyer07', WED)).toEqual([]);
    });

    it('lets the county official put a 掌起镇 lawyer at the 胜山镇 centre: lawyers serve their county', async () => {
      const res = await createShift(token.cixi, {
        servicePointId: pointId[SHENGSHAN],
        lawyerId: staffId.lawyer07,
        date: WED,
        from: '09:00',
        to: '12:00',
        kind: 'window',
      } satisfies CreateShiftDto);

      expect(res.status).toBe(201);
      expect(res.body.lawyerId).toBe(staffId.lawyer07);
    });

    it('lets the 胜山镇 official send a village’s advisor from 掌起镇 on a visit there, and nowhere else', async () => {
      const village = '330282113203';
      const other = '330282113205';
      const friday = addDays(W2, 4); // every village point is open on Friday afternoons
      const current = await t
        .http()
        .get('/api/v1/advisor-assignments')
        .query({ servicePointId: pointId[village], activeOn: friday })
        .set(bearer(token.shengshan));
      await t
        .http()
        .post(`/api/v1/advisor-assignments/${current.body.items[0].id}/end`)
        .set(bearer(token.shengshan))
        .send({ to: addDays(friday, -1) });
      const assigned = await t
        .http()
        .post('/api/v1/advisor-assignments')
        .set(bearer(token.shengshan))
        .send({ lawyerId: staffId.lawyer07, servicePointId: pointId[village], from: friday });
      const visit = (regionCode: string) =>
        createShift(token.shengshan, {
          servicePointId: pointId[regionCode],
          lawyerId: staffId.lawyer07,
          date: friday,
          from: '14:00',
          to: '15:00',
          kind: 'village_visit',
        } satisfies CreateShiftDto);

      const advised = await visit(village);
      const elsewhere = await visit(other);

      expect(assigned.status).toBe(201);
      expect(advised.status).toBe(201);
      expect(advised.body).toMatchObject({ lawyerId: staffId.lawyer07, regionCode: village });
      expect(elsewhere.status).toBe(403);
      expect(elsewhere.body.code).toBe('OUTSIDE_JURISDICTION');
    });

    it('refuses an official or an unknown person as the lawyer (422 NOT_A_LAWYER)', async () => {
      const official = await createShift(token.shengshan, {
        servicePointId: pointId[SHENGSHAN],
        lawyerId: staffId['shengshan.official'],
        date: WED,
        from: '09:00',
        to: '12:00',
        kind: 'window',
      } satisfies CreateShiftDto);
      const unknown = await createShift(token.shengshan, {
        servicePointId: pointId[SHENGSHAN],
        lawyerId: '00000000-0000-4000-8000-000000000000',
        date: WED,
        from: '09:00',
        to: '12:00',
        kind: 'window',
      } satisfies CreateShiftDto);

      expect(official.status).toBe(422);
      expect(official.body.code).toBe('NOT_A_LAWYER');
      expect(unknown.status).toBe(422);
      expect(unknown.body.code).toBe('NOT_A_LAWYER');
    });

    it('treats a 掌起镇 point as unknown to the 胜山镇 official (404 SERVICE_POINT_NOT_FOUND)', async () => {
      const res = await createShift(token.shengshan, {
        servicePointId: pointId[ZHANGQI],
        lawyerId: staffId.lawyer03,
        date: WED,
        from: '09:00',
        to: '12:00',
        kind: 'window',
      } satisfies CreateShiftDto);

      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SERVICE_POINT_NOT_FOUND');
      expect(await shiftsOf('lawyer03', WED)).toEqual([]);
    });

    it.each([
      ['12:00', '09:00'],
      ['10:00', '10:00'],
    ])('refuses a shift from %s to %s (400 INVALID_PERIOD)', async (from, to) => {
      const res = await windowShift('lawyer03', WED, from, to);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_PERIOD');
      expect(res.body.details.to).toBeDefined();
    });

    it.each(['2027-02-30', '2027-3-3', '20270303', 'next monday'])(
      'refuses the date %s with 400 naming the field',
      async (date) => {
        const res = await windowShift('lawyer03', date, '09:00', '12:00');

        expect(res.status).toBe(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(Object.keys(res.body.details)).toEqual(['date']);
      },
    );

    it('refuses times that are not times with 400 naming each', async () => {
      const res = await windowShift('lawyer03', WED, '9:00', '24:00');

      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['from', 'to']);
    });

    it('refuses unknown fields, ids that are not uuids and unknown kinds with 400 naming each', async () => {
      const res = await createShift(token.shengshan, {
        servicePointId: 'centre',
        lawyerId: 42,
        date: WED,
        from: '09:00',
        to: '12:00',
        kind: 'night',
        published: true,
      });

      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual([
        'kind',
        'lawyerId',
        'published',
        'servicePointId',
      ]);
    });

    it('refuses a lawyer (403 FORBIDDEN_ROLE) and an anonymous caller (401)', async () => {
      const body = {
        servicePointId: pointId[SHENGSHAN],
        lawyerId: staffId.lawyer01,
        date: WED,
        from: '09:00',
        to: '12:00',
        kind: 'window',
      } satisfies CreateShiftDto;

      const lawyer = await createShift(token.lawyer01, body);
      const anonymous = await t.http().post('/api/v1/shifts').send(body);

      expect(lawyer.status).toBe(403);
      expect(lawyer.body.code).toBe('FORBIDDEN_ROLE');
      expect(anonymous.status).toBe(401);
      expect(await shiftsOf('lawyer01', WED)).toEqual([]);
    });
  });

  describe('leave and shifts', () => {
    const leave = { from: W2, to: addDays(W2, 4) };
    let leaveId = '';

    it('refuses leave over a day the lawyer has a shift (409 SHIFTS_DURING_LEAVE) and records none', async () => {
      const res = await recordLeave(token.shengshan, {
        lawyerId: staffId.lawyer01,
        from: MON,
        to: WED,
      } satisfies CreateUnavailabilityDto);
      const recorded = await t
        .http()
        .get('/api/v1/unavailability')
        .query({ lawyerId: staffId.lawyer01 })
        .set(bearer(token.shengshan));

      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SHIFTS_DURING_LEAVE');
      expect(recorded.body).toEqual([]);
    });

    it('records leave, then refuses a shift during it (409 LAWYER_ON_LEAVE)', async () => {
      const recorded = await recordLeave(token.shengshan, {
        lawyerId: staffId.lawyer03,
        ...leave,
        reason: '外出开庭',
      } satisfies CreateUnavailabilityDto);
      leaveId = recorded.body.id;

      const res = await windowShift('lawyer03', addDays(W2, 2), '09:00', '12:00');

      expect(recorded.status).toBe(201);
      expect(recorded.body).toEqual({
        id: expect.any(String),
        lawyerId: staffId.lawyer03,
        ...leave,
        reason: '外出开庭',
      });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('LAWYER_ON_LEAVE');
      expect(await shiftsOf('lawyer03', addDays(W2, 2))).toEqual([]);
    });

    it('refuses handing a shift to a lawyer on leave (409 LAWYER_ON_LEAVE) and keeps its lawyer', async () => {
      const shift = await windowShift('lawyer04', addDays(W2, 3), '09:00', '12:00');

      const res = await swap(token.shengshan, {
        shiftId: shift.body.id,
        toLawyerId: staffId.lawyer03,
      } satisfies SwapShiftDto);

      expect(shift.status).toBe(201);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('LAWYER_ON_LEAVE');
      expect((await shiftsOf('lawyer04', addDays(W2, 3))).map((s) => s.id)).toEqual([shift.body.id]);
    });

    it('schedules the lawyer again once the leave is cancelled', async () => {
      const cancelled = await t
        .http()
        .post(`/api/v1/unavailability/${leaveId}/cancel`)
        .set(bearer(token.shengshan));

      const res = await windowShift('lawyer03', addDays(W2, 2), '09:00', '12:00');

      expect(cancelled.status).toBe(200);
      expect(res.status).toBe(201);
    });

    it('lets a lawyer record their own leave, not a colleague’s (403)', async () => {
      const own = await recordLeave(token.lawyer02, {
        lawyerId: staffId.lawyer02,
        from: W4,
        to: addDays(W4, 1),
      } satisfies CreateUnavailabilityDto);
      const colleague = await recordLeave(token.lawyer02, {
        lawyerId: staffId.lawyer01,
        from: W4,
        to: addDays(W4, 1),
      } satisfies CreateUnavailabilityDto);

      expect(own.status).toBe(201);
      expect(colleague.status).toBe(403);
    });

    it('refuses the 胜山镇 official leave for a 掌起镇 lawyer (403 OUTSIDE_JURISDICTION)', async () => {
      const res = await recordLeave(token.shengshan, {
        lawyerId: staffId.lawyer07,
        from: W4,
        to: addDays(W4, 1),
      } satisfies CreateUnavailabilityDto);

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUTSIDE_JURISDICTION');
    });

    it.each([
      ['2027-04-06', '2027-04-05', 'INVALID_PERIOD'],
      ['2027-04-05', '2028-04-05', 'PERIOD_TOO_LONG'],
      ['2027-02-30', '2027-04-05', 'VALIDATION_FAILED'],
    ])('refuses leave from %s to %s (400 %s)', async (from, to, code) => {
      const res = await recordLeave(token.shengshan, {
        lawyerId: staffId.lawyer04,
        from,
        to,
      } satisfies CreateUnavailabilityDto);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe(code);
    });
  });

  describe('POST /api/v1/shifts/:id/cancel', () => {
    const date = W3;
    let shiftId = '';

    it('cancels a shift: 200 cancelled, listed only with includeCancelled=true', async () => {
      shiftId = (await windowShift('lawyer06', date, '09:00', '12:00')).body.id;

      const res = await cancel(token.shengshan, shiftId);
      const planned = await listShifts(token.shengshan, { lawyerId: staffId.lawyer06, from: date, to: date });
      const all = await listShifts(token.shengshan, {
        lawyerId: staffId.lawyer06,
        from: date,
        to: date,
        includeCancelled: 'true',
      });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: shiftId, status: 'cancelled', lawyerId: staffId.lawyer06 });
      expect(planned.body).toEqual([]);
      expect(all.body).toEqual([res.body]);
    });

    it('refuses cancelling twice (409 SHIFT_ALREADY_CANCELLED)', async () => {
      const res = await cancel(token.shengshan, shiftId);

      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SHIFT_ALREADY_CANCELLED');
    });

    it('frees the lawyer’s time: the same slot can be booked again', async () => {
      const res = await windowShift('lawyer06', date, '09:00', '12:00');

      expect(res.status).toBe(201);
      expect((await shiftsOf('lawyer06', date)).map((s) => s.status).sort()).toEqual([
        'cancelled',
        'planned',
      ]);
    });

    it('treats a 掌起镇 shift as unknown to the 胜山镇 official (404 SHIFT_NOT_FOUND) and leaves it planned', async () => {
      const shift = await zhangqiShift();

      const res = await cancel(token.shengshan, shift.id);

      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SHIFT_NOT_FOUND');
      expect((await zhangqiShift()).id).toBe(shift.id);
    });

    it('answers 404 for an unknown id, 400 for an id that is not a uuid, 403 for a lawyer', async () => {
      const unknown = await cancel(token.shengshan, '00000000-0000-4000-8000-000000000000');
      const malformed = await cancel(token.shengshan, 'shift-1');
      const lawyer = await cancel(token.lawyer01, shiftId);

      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('SHIFT_NOT_FOUND');
      expect(malformed.status).toBe(400);
      expect(malformed.body.details.id).toBeDefined();
      expect(lawyer.status).toBe(403);
    });
  });

  describe('POST /api/v1/shifts/swap', () => {
    const date = addDays(W3, 1);
    let shiftId = '';

    it('hands a shift to another lawyer and answers 200 with the new lawyer', async () => {
      const shift = await windowShift('lawyer04', date, '09:00', '12:00');
      shiftId = shift.body.id;

      const res = await swap(token.shengshan, {
        shiftId,
        toLawyerId: staffId.lawyer06,
      } satisfies SwapShiftDto);

      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        ...shift.body,
        lawyerId: staffId.lawyer06,
        lawyerName: staffName[staffId.lawyer06],
      });
      expect(await shiftsOf('lawyer04', date)).toEqual([]);
      expect(await shiftsOf('lawyer06', date)).toEqual([res.body]);
    });

    it('refuses a lawyer who is busy then (409 SHIFT_OVERLAP) and the shift keeps its lawyer', async () => {
      const other = await windowShift('lawyer04', date, '10:00', '11:00');

      const res = await swap(token.shengshan, {
        shiftId: other.body.id,
        toLawyerId: staffId.lawyer06,
      } satisfies SwapShiftDto);

      expect(other.status).toBe(201);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SHIFT_OVERLAP');
      expect(await shiftsOf('lawyer04', date)).toEqual([other.body]);
      expect((await shiftsOf('lawyer06', date)).map((s) => s.id)).toEqual([shiftId]);
    });

    it('refuses a cancelled shift (409 SHIFT_ALREADY_CANCELLED)', async () => {
      const shift = await windowShift('lawyer05', date, '09:00', '12:00');
      await cancel(token.shengshan, shift.body.id);

      const res = await swap(token.shengshan, {
        shiftId: shift.body.id,
        toLawyerId: staffId.lawyer02,
      } satisfies SwapShiftDto);

      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SHIFT_ALREADY_CANCELLED');
      expect(await shiftsOf('lawyer02', date)).toEqual([]);
    });

    it('refuses a lawyer of another county (422 LAWYER_OUTSIDE_REGION) and an official (422 NOT_A_LAWYER)', async () => {
      const outsider = await swap(token.shengshan, {
        shiftId,
        toLawyerId: outsiderId,
      } satisfies SwapShiftDto);
      const official = await swap(token.shengshan, {
        shiftId,
        toLawyerId: staffId['shengshan.official'],
      } satisfies SwapShiftDto);

      expect(outsider.status).toBe(422);
      expect(outsider.body.code).toBe('LAWYER_OUTSIDE_REGION');
      expect(official.status).toBe(422);
      expect(official.body.code).toBe('NOT_A_LAWYER');
      expect((await shiftsOf('lawyer06', date)).map((s) => s.id)).toEqual([shiftId]);
    });

    it('refuses the 胜山镇 official handing a shift to a 掌起镇 lawyer (403 OUTSIDE_JURISDICTION); the shift keeps its lawyer', async () => {
      const res = await swap(token.shengshan, {
        shiftId,
        toLawyerId: staffId.lawyer08,
      } satisfies SwapShiftDto);

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUTSIDE_JURISDICTION');
      expect((await shiftsOf('lawyer06', date)).map((s) => s.id)).toEqual([shiftId]);
      expect(await shiftsOf('lawyer08', date)).toEqual([]);
    });

    it('lets the county official hand a 胜山镇 shift to a 掌起镇 lawyer', async () => {
      const shift = await windowShift('lawyer05', date, '14:00', '15:00');

      const res = await swap(token.cixi, {
        shiftId: shift.body.id,
        toLawyerId: staffId.lawyer09,
      } satisfies SwapShiftDto);

      expect(res.status).toBe(200);
      expect(res.body.lawyerId).toBe(staffId.lawyer09);
    });

    it('treats a 掌起镇 shift as unknown to the 胜山镇 official (404 SHIFT_NOT_FOUND)', async () => {
      const shift = await zhangqiShift();

      const res = await swap(token.shengshan, {
        shiftId: shift.id,
        toLawyerId: staffId.lawyer01,
      } satisfies SwapShiftDto);

      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SHIFT_NOT_FOUND');
      expect((await zhangqiShift()).lawyerId).toBe(shift.lawyerId);
    });

    it('refuses ids that are not uuids and unknown fields with 400 naming each', async () => {
      const res = await swap(token.shengshan, { shiftId: 'x', toLawyerId: 'lawyer01', reason: '病假' });

      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['reason', 'shiftId', 'toLawyerId']);
    });

    it('refuses a lawyer (403)', async () => {
      const res = await swap(token.lawyer01, {
        shiftId,
        toLawyerId: staffId.lawyer01,
      } satisfies SwapShiftDto);

      expect(res.status).toBe(403);
      expect((await shiftsOf('lawyer06', date)).map((s) => s.id)).toEqual([shiftId]);
    });
  });

  describe('GET /api/v1/shifts', () => {
    const fortnight = { from: today, to: addDays(today, 13) };

    it('shows the 胜山镇 official only 胜山镇 shifts, and nothing of 掌起镇 even when asked for it', async () => {
      const own = await listShifts(token.shengshan, fortnight);
      const county = await listShifts(token.shengshan, { regionCode: DEMO_COUNTY, ...fortnight });
      const zhangqi = await listShifts(token.shengshan, { regionCode: ZHANGQI, ...fortnight });
      const byLawyer = await listShifts(token.shengshan, { lawyerId: staffId.lawyer07, ...fortnight });

      expect(own.status).toBe(200);
      expect(own.body.length).toBeGreaterThan(0);
      expect((own.body as ShiftResponse[]).every((s) => s.regionCode.startsWith(SHENGSHAN))).toBe(true);
      expect(county.body).toEqual(own.body);
      expect(zhangqi.status).toBe(200);
      expect(zhangqi.body).toEqual([]);
      expect(byLawyer.body).toEqual([]);
    });

    it('shows the county official both towns', async () => {
      const res = await listShifts(token.cixi, fortnight);

      const regions = new Set((res.body as ShiftResponse[]).map((s) => s.regionCode.slice(0, 9)));

      expect([...regions].sort()).toEqual([ZHANGQI, SHENGSHAN]);
    });

    it('lists cancelled shifts only with includeCancelled=true', async () => {
      const period = { from: MON, to: addDays(W3, 6) };

      const planned = await listShifts(token.shengshan, period);
      const all = await listShifts(token.shengshan, { ...period, includeCancelled: 'true' });

      const cancelledIds = (all.body as ShiftResponse[])
        .filter((s) => s.status === 'cancelled')
        .map((s) => s.id);
      expect(cancelledIds.length).toBeGreaterThan(0);
      expect((planned.body as ShiftResponse[]).every((s) => s.status === 'planned')).toBe(true);
      expect((planned.body as ShiftResponse[]).filter((s) => cancelledIds.includes(s.id))).toEqual([]);
      expect(all.body).toHaveLength(planned.body.length + cancelledIds.length);
    });

    it.each([
      [{ from: '2027-03-31', to: '2027-03-01' }, 'INVALID_PERIOD'],
      [{ from: '2027-03-01', to: '2028-03-01' }, 'PERIOD_TOO_LONG'],
      [{ from: '2027-02-30', to: '2027-03-01' }, 'VALIDATION_FAILED'],
      [{ from: '2027-03-01', to: '2027-03-31', includeCancelled: 'yes' }, 'VALIDATION_FAILED'],
    ])('refuses %j with 400 %s', async (query, code) => {
      const res = await listShifts(token.shengshan, query);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe(code);
    });

    it('needs a token', async () => {
      const res = await t.http().get('/api/v1/shifts').query(fortnight);

      expect(res.status).toBe(401);
    });
  });
});
