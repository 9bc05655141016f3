import { addDays, businessInstant, datesBetween, FixedClock, isoWeekday, monthRange } from '@app/core';
import { DEMO_COUNTY, DEMO_PASSWORD, SHENGSHAN, ZHANGQI } from '@app/demo';
import type { AdvisorAssignmentResponse } from '@app/org/advisors/dto/advisor-assignment.dto';
import type {
  ServicePointDetailResponse,
  ServicePointResponse,
} from '@app/org/service-points/dto/service-point.response';
import type { CreateStaffDto, StaffResponse } from '@app/org/staff/dto/staff.dto';
import type { CalendarDayResponse, CalendarOverrideDto } from '@app/roster/calendar/dto/calendar.dto';
import type { RosterCoverage } from '@app/roster/generation/dto/roster-coverage.response';
import type { GenerateResponse } from '@app/roster/generation/rosters.controller';
import type { CreateShiftDto, PeriodDto, ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import type { CreateUnavailabilityDto } from '@app/roster/unavailability/unavailability.dto';
import { bearer, SHENGSHAN_TOWN, useTestApp } from '@app/testing';

const OCTOBER: PeriodDto = { regionCode: SHENGSHAN, from: '2026-10-01', to: '2026-10-31' };

// Monday 23 November 2026, 10:00 in Asia/Shanghai: the demo roster holds November and December.
const TODAY = '2026-11-23';

/**
 * A month nobody has generated: the demo seed fills the current month and the next, so the month
 * `daysAhead` (> 62) days from today has no window duty yet (at most a pilot visit of the seed's
 * last ISO week falls on its first days).
 */
const emptyMonth = (daysAhead: number) => monthRange(addDays(TODAY, daysAhead).slice(0, 7));

/** Mondays of the ISO weeks whose Thursday lies in the period (the weeks a month owes visits for). */
const isoWeeksOf = (from: string, to: string) =>
  datesBetween(from, to)
    .filter((d) => isoWeekday(d) === 4)
    .map((thursday) => addDays(thursday, -3));

/** Shifts of one lawyer that overlap another shift of the same lawyer. */
const overlapping = (list: ShiftResponse[]) =>
  list.filter((a) =>
    list.some(
      (b) => a.id !== b.id && a.lawyerId === b.lawyerId && a.startsAt < b.endsAt && b.startsAt < a.endsAt,
    ),
  );

/** What the public sees of a shift. */
const publicView = (s: ShiftResponse) => ({ lawyerName: s.lawyerName, from: s.from, to: s.to, kind: s.kind });

describe('Rosters: calendar, generation, coverage and publication (e2e)', () => {
  const t = useTestApp({ seed: true, clock: new FixedClock(businessInstant(TODAY, '10:00')) });
  const token = { shengshan: '', zhangqi: '', cixi: '', admin: '', lawyer: '' };
  const staffId: Record<string, string> = {};
  const pointId: Record<string, string> = {};
  const pointName: Record<string, string> = {};
  const today = TODAY;
  let centre = '';

  beforeAll(async () => {
    token.shengshan = await t.login('shengshan.official');
    token.zhangqi = await t.login('zhangqi.official');
    token.cixi = await t.login('cixi.official');
    token.admin = await t.login('admin');
    token.lawyer = await t.login('lawyer01');
    const staff = await t.http().get('/api/v1/staff').query({ pageSize: 500 }).set(bearer(token.admin));
    for (const s of staff.body.items as StaffResponse[]) staffId[s.username] = s.id;
    const points = await t.http().get('/api/v1/service-points').query({ regionCode: DEMO_COUNTY });
    for (const p of points.body as ServicePointResponse[]) {
      pointId[p.regionCode] = p.id;
      pointName[p.id] = p.name;
    }
    const centres = await t
      .http()
      .get('/api/v1/service-points')
      .query({ regionCode: SHENGSHAN, kind: 'township_center' });
    [{ id: centre }] = centres.body as ServicePointResponse[];
  });

  function calendar(query: Record<string, string>) {
    return t.http().get('/api/v1/calendar').query(query);
  }

  function generate(asToken: string, body: object) {
    return t.http().post('/api/v1/rosters/generate').set(bearer(asToken)).send(body);
  }

  function coverage(asToken: string, query: Record<string, string>) {
    return t.http().get('/api/v1/rosters/coverage').query(query).set(bearer(asToken));
  }

  function publish(asToken: string, body: object) {
    return t.http().post('/api/v1/shifts/publish').set(bearer(asToken)).send(body);
  }

  function cancel(asToken: string, id: string) {
    return t.http().post(`/api/v1/shifts/${id}/cancel`).set(bearer(asToken)).send({ reason: '测试取消' });
  }

  async function listShifts(query: Record<string, string>, asToken = token.cixi): Promise<ShiftResponse[]> {
    const res = await t.http().get('/api/v1/shifts').query(query).set(bearer(asToken));
    if (res.status !== 200) throw new Error(`list shifts: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as ShiftResponse[];
  }

  async function windowsAtCentre(from: string, to: string): Promise<ShiftResponse[]> {
    return (await listShifts({ servicePointId: centre, from, to })).filter((s) => s.kind === 'window');
  }

  /** Working days of the demo county (whose official overrides a day of February 2027 below). */
  async function workdaysBetween(from: string, to: string): Promise<string[]> {
    const res = await calendar({ from, to, regionCode: DEMO_COUNTY });
    if (res.status !== 200) throw new Error(`calendar: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as CalendarDayResponse[]).filter((d) => d.workday).map((d) => d.date);
  }

  async function advisorOf(servicePointId: string, date: string): Promise<string> {
    const res = await t
      .http()
      .get('/api/v1/advisor-assignments')
      .query({ servicePointId, activeOn: date })
      .set(bearer(token.shengshan));
    const [current] = res.body.items as AdvisorAssignmentResponse[];
    if (!current) throw new Error(`no advisor at ${servicePointId} on ${date}`);
    return current.lawyerId;
  }

  describe('GET /api/v1/calendar', () => {
    it('gives 1–7 October 2026 off for 国庆节 and makes Saturday 10 October a working day (国庆节调休)', async () => {
      const res = await calendar({ from: '2026-10-01', to: '2026-10-11' });

      expect(res.status).toBe(200);
      expect(res.body).toEqual([
        ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
          date: `2026-10-${d}`,
          workday: false,
          name: '国庆节',
          source: 'official',
        })),
        { date: '2026-10-08', workday: true, name: '', source: 'official' },
        { date: '2026-10-09', workday: true, name: '', source: 'official' },
        { date: '2026-10-10', workday: true, name: '国庆节调休', source: 'official' },
        { date: '2026-10-11', workday: false, name: '', source: 'official' },
      ] satisfies CalendarDayResponse[]);
    });

    it('answers a range of exactly 366 days, one entry per date', async () => {
      const res = await calendar({ from: '2027-01-01', to: '2028-01-01' });

      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(366);
      expect(res.body.at(-1).date).toBe('2028-01-01');
    });

    it('refuses a range that ends before it starts (400 INVALID_PERIOD)', async () => {
      const res = await calendar({ from: '2026-10-11', to: '2026-10-01' });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_PERIOD');
      expect(res.body.details.to).toBeDefined();
    });

    it('refuses a range over 366 days (400 PERIOD_TOO_LONG)', async () => {
      const res = await calendar({ from: '2027-01-01', to: '2028-01-02' });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('PERIOD_TOO_LONG');
    });

    it('refuses dates that are not dates, and a missing end, with 400 naming each field', async () => {
      const res = await calendar({ from: '2026-02-30' });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details).sort()).toEqual(['from', 'to']);
    });
  });

  describe('PUT /api/v1/calendar/:date', () => {
    function setDay(asToken: string, date: string, body: object) {
      return t.http().put(`/api/v1/calendar/${date}`).set(bearer(asToken)).send(body);
    }

    it('lets the county official make a day of 2027 a holiday, and the county calendar shows it', async () => {
      const before = await calendar({ from: '2027-02-08', to: '2027-02-10', regionCode: DEMO_COUNTY });

      const res = await setDay(token.cixi, '2027-02-10', {
        workday: false,
        name: '春节',
      } satisfies CalendarOverrideDto);
      const after = await calendar({ from: '2027-02-08', to: '2027-02-10', regionCode: DEMO_COUNTY });

      expect(before.body[2]).toEqual({ date: '2027-02-10', workday: true, name: '', source: 'provisional' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        date: '2027-02-10',
        workday: false,
        name: '春节',
        source: 'override',
        regionCode: DEMO_COUNTY,
        conflicts: [],
      });
      expect(after.body).toEqual([
        { date: '2027-02-08', workday: false, name: '春节', source: 'provisional' },
        { date: '2027-02-09', workday: true, name: '', source: 'provisional' },
        { date: '2027-02-10', workday: false, name: '春节', source: 'override' },
      ]);
    });

    it('refuses a township official (403 CALENDAR_NEEDS_COUNTY) and leaves the day as it was', async () => {
      const res = await setDay(token.shengshan, '2027-02-09', {
        workday: false,
        name: '春节',
      } satisfies CalendarOverrideDto);
      const after = await calendar({ from: '2027-02-09', to: '2027-02-09', regionCode: SHENGSHAN });

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('CALENDAR_NEEDS_COUNTY');
      expect(after.body).toEqual([{ date: '2027-02-09', workday: true, name: '', source: 'provisional' }]);
    });

    it('refuses a lawyer (403) and an anonymous caller (401)', async () => {
      const lawyer = await setDay(token.lawyer, '2027-02-09', { workday: false });
      const anonymous = await t.http().put('/api/v1/calendar/2027-02-09').send({ workday: false });

      expect(lawyer.status).toBe(403);
      expect(anonymous.status).toBe(401);
    });

    it.each(['2027-02-30', '2027-2-8', 'tomorrow'])('refuses the path date %s with 400', async (date) => {
      const res = await setDay(token.cixi, date, { workday: false });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.date).toBeDefined();
    });

    it('refuses a body without a boolean workday, or with unknown fields, with 400', async () => {
      const res = await setDay(token.cixi, '2027-02-09', { workday: 'no', holiday: true });

      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['holiday', 'workday']);
    });
  });

  describe('POST /api/v1/rosters/generate (October 2026, 胜山镇)', () => {
    it('puts one window shift at the centre on every working day: on Saturday 10-10, none on 10-01…07', async () => {
      const workdays = await workdaysBetween(OCTOBER.from, OCTOBER.to);
      expect(await windowsAtCentre(OCTOBER.from, OCTOBER.to)).toEqual([]);

      const res = await generate(token.shengshan, OCTOBER);

      expect(res.status).toBe(201);
      const body = res.body as GenerateResponse;
      expect(body.created).toBe(body.shifts.length);
      expect(body.unfilled).toEqual([]);
      const windows = await windowsAtCentre(OCTOBER.from, OCTOBER.to);
      expect(windows.map((s) => s.date)).toEqual(workdays);
      expect(windows.map((s) => s.date)).toContain('2026-10-10');
      expect(windows.filter((s) => s.date <= '2026-10-07')).toEqual([]);
      expect(windows.every((s) => s.from === '08:30' && s.to === '17:00' && s.status === 'planned')).toBe(
        true,
      );
      expect(windows.every((s) => s.regionCode === SHENGSHAN && s.lawyerName !== '')).toBe(true);
    });

    it('shares the window duty among lawyer01…lawyer06, no one more than one shift ahead of another', async () => {
      const windows = await windowsAtCentre(OCTOBER.from, OCTOBER.to);

      const counts = SHENGSHAN_TOWN.lawyers.map(
        (u) => windows.filter((s) => s.lawyerId === staffId[u]).length,
      );

      expect(counts.reduce((a, b) => a + b)).toBe(windows.length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    });

    it('visits each of the 3 pilot villages once in every ISO week of October, with its advisor, on a working day', async () => {
      const villages = await t
        .http()
        .get('/api/v1/service-points')
        .query({ regionCode: SHENGSHAN, kind: 'village_point' });
      const pilots = (villages.body as ServicePointResponse[]).filter((p) => p.isPilot);
      const mondays = isoWeeksOf(OCTOBER.from, OCTOBER.to);
      const span = { from: mondays[0], to: addDays(mondays.at(-1)!, 6) };
      const workdays = await workdaysBetween(span.from, span.to);

      const visits = (await listShifts({ regionCode: SHENGSHAN, ...span })).filter(
        (s) => s.kind === 'village_visit',
      );

      expect(pilots.map((p) => p.regionCode).sort()).toEqual([
        '330282113201',
        '330282113207',
        '330282113210',
      ]);
      expect(mondays).toEqual(['2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26']);
      expect(visits).toHaveLength(pilots.length * mondays.length);
      for (const pilot of pilots) {
        for (const monday of mondays) {
          const inWeek = visits.filter(
            (v) => v.servicePointId === pilot.id && v.date >= monday && v.date <= addDays(monday, 6),
          );
          expect(inWeek).toHaveLength(1);
          expect(inWeek[0].lawyerId).toBe(await advisorOf(pilot.id, inWeek[0].date));
          expect(workdays).toContain(inWeek[0].date);
        }
      }
    });

    it('never gives a lawyer two shifts at the same time', async () => {
      const all = await listShifts({ regionCode: DEMO_COUNTY, from: '2026-09-28', to: '2026-11-01' });

      expect(all.length).toBeGreaterThan(0);
      expect(overlapping(all)).toEqual([]);
    });

    it('creates nothing when run again over the same month', async () => {
      const before = await listShifts({ regionCode: SHENGSHAN, from: '2026-09-28', to: '2026-11-01' });

      const res = await generate(token.shengshan, OCTOBER);

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ created: 0, shifts: [], unfilled: [] });
      expect(await listShifts({ regionCode: SHENGSHAN, from: '2026-09-28', to: '2026-11-01' })).toEqual(
        before,
      );
    });

    it('leaves what it generated unpublished', async () => {
      const october = await listShifts({ ...OCTOBER });

      expect(october.length).toBeGreaterThan(0);
      expect(october.filter((s) => s.published)).toEqual([]);
    });
  });

  describe('GET /api/v1/rosters/coverage', () => {
    it('finds October fully covered: as many workdays as the calendar has, no gaps, no missing visits', async () => {
      const workdays = await workdaysBetween(OCTOBER.from, OCTOBER.to);

      const res = await coverage(token.shengshan, { regionCode: SHENGSHAN, month: '2026-10' });

      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        regionCode: SHENGSHAN,
        month: '2026-10',
        workdays: workdays.length,
        provisional: false,
        provisionalDays: [],
        gaps: [],
        pilotVisitGaps: [],
        conflicts: [],
      } satisfies RosterCoverage);
      expect(workdays).toHaveLength(18);
    });

    it('lists exactly the day of a cancelled window shift as a gap', async () => {
      const windows = await windowsAtCentre(OCTOBER.from, OCTOBER.to);
      const victim = windows.find((s) => s.date === '2026-10-14')!;

      const cancelled = await cancel(token.shengshan, victim.id);
      const res = await coverage(token.shengshan, { regionCode: SHENGSHAN, month: '2026-10' });

      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ id: victim.id, status: 'cancelled' });
      expect(res.body.gaps).toEqual([
        {
          date: '2026-10-14',
          servicePointId: centre,
          servicePointName: pointName[centre],
          reason: 'no_window_shift',
        },
      ]);
      expect(res.body.pilotVisitGaps).toEqual([]);
    });

    it('fills exactly that day when generated again, and the month is clean again', async () => {
      const res = await generate(token.shengshan, OCTOBER);
      const after = await coverage(token.shengshan, { regionCode: SHENGSHAN, month: '2026-10' });

      expect(res.status).toBe(201);
      expect(res.body.created).toBe(1);
      expect(res.body.shifts).toEqual([
        expect.objectContaining({ servicePointId: centre, date: '2026-10-14', kind: 'window' }),
      ]);
      expect(after.body).toMatchObject({ gaps: [], pilotVisitGaps: [] });
      expect((await windowsAtCentre('2026-10-14', '2026-10-14')).map((s) => s.id)).toEqual([
        res.body.shifts[0].id,
      ]);
    });

    it('lists a pilot village whose weekly visit was cancelled under that week, until generation restores it', async () => {
      const [visit] = (
        await listShifts({ regionCode: SHENGSHAN, from: '2026-10-12', to: '2026-10-18' })
      ).filter((s) => s.kind === 'village_visit');

      await cancel(token.shengshan, visit.id);
      const gap = await coverage(token.shengshan, { regionCode: SHENGSHAN, month: '2026-10' });
      const refill = await generate(token.shengshan, OCTOBER);
      const after = await coverage(token.shengshan, { regionCode: SHENGSHAN, month: '2026-10' });

      expect(gap.body.gaps).toEqual([]);
      expect(gap.body.pilotVisitGaps).toEqual([
        {
          week: '2026-W42',
          from: '2026-10-12',
          to: '2026-10-18',
          servicePointId: visit.servicePointId,
          servicePointName: pointName[visit.servicePointId],
        },
      ]);
      expect(refill.body.created).toBe(1);
      expect(refill.body.shifts[0]).toMatchObject({
        servicePointId: visit.servicePointId,
        kind: 'village_visit',
      });
      expect(after.body).toMatchObject({ gaps: [], pilotVisitGaps: [] });
    });

    it('reports every working day of an ungenerated month of 掌起镇 as a gap', async () => {
      const workdays = await workdaysBetween(OCTOBER.from, OCTOBER.to);

      const res = await coverage(token.zhangqi, { regionCode: ZHANGQI, month: '2026-10' });

      expect(res.status).toBe(200);
      expect(res.body.workdays).toBe(workdays.length);
      expect(res.body.gaps.map((g: { date: string }) => g.date)).toEqual(workdays);
      expect(res.body.pilotVisitGaps).toHaveLength(2 * 5);
    });

    it('refuses the 胜山镇 official a look at 掌起镇 (403 OUTSIDE_JURISDICTION)', async () => {
      const res = await coverage(token.shengshan, { regionCode: ZHANGQI, month: '2026-10' });

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUTSIDE_JURISDICTION');
    });

    it('answers an unknown region with 404 REGION_NOT_FOUND', async () => {
      const res = await coverage(token.cixi, { regionCode: '330282999', month: '2026-10' });

      expect(res.status).toBe(404);
      expect(res.body.code).toBe('REGION_NOT_FOUND');
    });

    it('refuses a month that is not a month and a malformed region with 400 naming each', async () => {
      const res = await coverage(token.cixi, { regionCode: '3302821', month: '2026-13' });

      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['month', 'regionCode']);
    });

    it('refuses a lawyer (403)', async () => {
      const res = await coverage(token.lawyer, { regionCode: SHENGSHAN, month: '2026-10' });

      expect(res.status).toBe(403);
    });
  });

  describe('generation and leave (a month not generated yet)', () => {
    const month = emptyMonth(70);
    const fresh: PeriodDto = { regionCode: SHENGSHAN, ...month };
    // Monday to Friday of the month's second week.
    const monday = datesBetween(addDays(month.from, 7), addDays(month.from, 13)).find(
      (d) => isoWeekday(d) === 1,
    )!;
    const leave = { from: monday, to: addDays(monday, 4) };

    it('schedules nobody during a lawyer’s leave and gives those days to the others', async () => {
      const recorded = await t
        .http()
        .post('/api/v1/unavailability')
        .set(bearer(token.shengshan))
        .send({ lawyerId: staffId.lawyer02, ...leave, reason: '开庭' } satisfies CreateUnavailabilityDto);
      const workdays = await workdaysBetween(leave.from, leave.to);
      expect(await windowsAtCentre(month.from, month.to)).toEqual([]);

      const res = await generate(token.shengshan, fresh);

      expect(recorded.status).toBe(201);
      expect(recorded.body).toEqual({
        id: expect.any(String),
        lawyerId: staffId.lawyer02,
        ...leave,
        reason: '开庭',
      });
      expect(res.status).toBe(201);
      expect(res.body.created).toBeGreaterThan(0);
      expect(await listShifts({ lawyerId: staffId.lawyer02, ...leave })).toEqual([]);
      expect((await listShifts({ lawyerId: staffId.lawyer02, ...month })).length).toBeGreaterThan(0);
      const windows = await windowsAtCentre(leave.from, leave.to);
      expect(windows.map((s) => s.date)).toEqual(workdays);
      expect(windows.every((s) => s.lawyerId !== staffId.lawyer02)).toBe(true);
      const cover = await coverage(token.shengshan, { regionCode: SHENGSHAN, month: month.from.slice(0, 7) });
      expect(cover.body.gaps).toEqual([]);
    });

    it('refuses leave over a day the lawyer is on duty (409 SHIFTS_DURING_LEAVE) and records none', async () => {
      const [duty] = (await windowsAtCentre(month.from, month.to)).filter(
        (s) => s.lawyerId === staffId.lawyer03,
      );

      const res = await t
        .http()
        .post('/api/v1/unavailability')
        .set(bearer(token.shengshan))
        .send({
          lawyerId: staffId.lawyer03,
          from: duty.date,
          to: duty.date,
        } satisfies CreateUnavailabilityDto);
      const recorded = await t
        .http()
        .get('/api/v1/unavailability')
        .query({ lawyerId: staffId.lawyer03 })
        .set(bearer(token.shengshan));

      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SHIFTS_DURING_LEAVE');
      expect(recorded.body).toEqual([]);
    });
  });

  describe('POST /api/v1/rosters/generate refuses bad input and creates nothing', () => {
    const spare = emptyMonth(110);

    afterEach(async () => {
      expect(await listShifts({ regionCode: DEMO_COUNTY, ...spare })).toEqual([]);
    });

    it('answers an unknown region with 404 REGION_NOT_FOUND', async () => {
      const res = await generate(token.cixi, { regionCode: '330282999', ...spare } satisfies PeriodDto);

      expect(res.status).toBe(404);
      expect(res.body.code).toBe('REGION_NOT_FOUND');
    });

    it('refuses the 胜山镇 official 掌起镇 (403 OUTSIDE_JURISDICTION)', async () => {
      const res = await generate(token.shengshan, { regionCode: ZHANGQI, ...spare } satisfies PeriodDto);

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUTSIDE_JURISDICTION');
    });

    it('refuses a period that ends before it starts (400 INVALID_PERIOD)', async () => {
      const res = await generate(token.shengshan, {
        regionCode: SHENGSHAN,
        from: spare.to,
        to: spare.from,
      } satisfies PeriodDto);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_PERIOD');
    });

    it('refuses a period of 367 days (400 PERIOD_TOO_LONG)', async () => {
      const res = await generate(token.shengshan, {
        regionCode: SHENGSHAN,
        from: spare.from,
        to: addDays(spare.from, 366),
      } satisfies PeriodDto);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('PERIOD_TOO_LONG');
    });

    it('refuses dates that are not dates and a malformed region with 400 naming each', async () => {
      const res = await generate(token.shengshan, {
        regionCode: '3302821',
        from: '2026-02-30',
        to: '2027-3-31',
      });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details).sort()).toEqual(['from', 'regionCode', 'to']);
    });

    it('refuses unknown fields with 400', async () => {
      const res = await generate(token.shengshan, { regionCode: SHENGSHAN, ...spare, publish: true });

      expect(res.status).toBe(400);
      expect(res.body.details.publish).toBeDefined();
    });

    it('refuses a lawyer (403 FORBIDDEN_ROLE) and an anonymous caller (401)', async () => {
      const lawyer = await generate(token.lawyer, {
        regionCode: SHENGSHAN,
        ...spare,
      } satisfies PeriodDto);
      const anonymous = await t
        .http()
        .post('/api/v1/rosters/generate')
        .send({ regionCode: SHENGSHAN, ...spare } satisfies PeriodDto);

      expect(lawyer.status).toBe(403);
      expect(lawyer.body.code).toBe('FORBIDDEN_ROLE');
      expect(anonymous.status).toBe(401);
    });
  });

  describe('publication and the public reads', () => {
    const tomorrow = addDays(today, 1);
    const week = { from: today, to: addDays(today, 6) };

    /** The published duty at a point over a period, as GET /shifts lists it. */
    async function publishedAt(servicePointId: string, from: string, to: string) {
      return (await listShifts({ servicePointId, from, to })).filter((s) => s.published);
    }

    async function readPoint(id: string): Promise<ServicePointDetailResponse> {
      const res = await t.http().get(`/api/v1/service-points/${id}`);
      if (res.status !== 200) throw new Error(`read point: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as ServicePointDetailResponse;
    }

    it('shows on a point the published duty of the next 7 days, today’s also as todayDuty', async () => {
      const published = await publishedAt(centre, week.from, week.to);
      const workdays = await workdaysBetween(week.from, week.to);

      const point = await readPoint(centre);

      // The demo roster of this month and the next is published: one window shift per working day.
      expect(published.filter((s) => s.kind === 'window').map((s) => s.date)).toEqual(workdays);
      expect(point.upcomingShifts).toEqual(published.map((s) => ({ ...publicView(s), date: s.date })));
      expect(point.todayDuty).toEqual(published.filter((s) => s.date === today).map(publicView));
      expect(point.todayDuty.filter((d) => d.kind === 'window')).toHaveLength(
        workdays.includes(today) ? 1 : 0,
      );
    });

    it('shows in the list every point’s published duty of today', async () => {
      const published = (await listShifts({ regionCode: DEMO_COUNTY, from: today, to: today })).filter(
        (s) => s.published,
      );

      const res = await t.http().get('/api/v1/service-points').query({ regionCode: DEMO_COUNTY });

      expect(res.status).toBe(200);
      for (const p of res.body as ServicePointResponse[]) {
        expect(p.todayDuty).toEqual(published.filter((s) => s.servicePointId === p.id).map(publicView));
      }
    });

    it('keeps new duty of today and tomorrow from the public until it is published, then shows it', async () => {
      const created = await t
        .http()
        .post('/api/v1/staff')
        .set(bearer(token.cixi))
        .send({
          username: 'county.lawyer',
          name: '钱律师',
          kind: 'lawyer',
          regionCode: DEMO_COUNTY,
          password: DEMO_PASSWORD,
        } satisfies CreateStaffDto);
      // A lawyer of the county's own group: the county official schedules them at the town's centre.
      const onCall = (date: string, from: string, to: string) =>
        t
          .http()
          .post('/api/v1/shifts')
          .set(bearer(token.cixi))
          .send({
            servicePointId: centre,
            lawyerId: created.body.id,
            date,
            from,
            to,
            kind: 'on_call',
          } satisfies CreateShiftDto);
      const todays = await onCall(today, '20:00', '22:00');
      const tomorrows = await onCall(tomorrow, '18:00', '20:00');
      const unpublished = (await listShifts({ regionCode: SHENGSHAN, from: today, to: tomorrow })).filter(
        (s) => !s.published,
      );
      const hidden = await readPoint(centre);

      const res = await publish(token.shengshan, {
        regionCode: SHENGSHAN,
        from: today,
        to: tomorrow,
      } satisfies PeriodDto);
      const shown = await readPoint(centre);
      const list = await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN });

      expect(created.status).toBe(201);
      expect([todays.status, tomorrows.status]).toEqual([201, 201]);
      expect(unpublished.map((s) => s.id).sort()).toEqual([todays.body.id, tomorrows.body.id].sort());
      expect(hidden.upcomingShifts.filter((d) => d.lawyerName === '钱律师')).toEqual([]);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ published: unpublished.length });
      expect(shown.upcomingShifts.filter((d) => d.lawyerName === '钱律师')).toEqual([
        { lawyerName: '钱律师', from: '20:00', to: '22:00', kind: 'on_call', date: today },
        { lawyerName: '钱律师', from: '18:00', to: '20:00', kind: 'on_call', date: tomorrow },
      ]);
      const listed = (list.body as ServicePointResponse[]).find((p) => p.id === centre)!;
      expect(listed.todayDuty).toContainEqual({
        lawyerName: '钱律师',
        from: '20:00',
        to: '22:00',
        kind: 'on_call',
      });
    });

    it('publishes October: the count equals the planned unpublished shifts, a second call publishes none', async () => {
      const before = await listShifts({ ...OCTOBER, includeCancelled: 'true' });
      // Week 40 (28 Sep – 4 Oct) belongs to October (its Thursday is 1 Oct): its visits, made on
      // 28–30 Sep because 1–4 Oct are holidays, are October's too.
      const week40 = await listShifts({ regionCode: SHENGSHAN, from: '2026-09-28', to: '2026-09-30' });
      const due = [...before, ...week40.filter((s) => s.kind === 'village_visit')].filter(
        (s) => s.status === 'planned' && !s.published,
      );

      const res = await publish(token.shengshan, OCTOBER);
      const again = await publish(token.shengshan, OCTOBER);
      const after = await listShifts({ ...OCTOBER, includeCancelled: 'true' });

      expect(due.length).toBeGreaterThan(0);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ published: due.length });
      expect(again.body).toEqual({ published: 0 });
      expect(after.filter((s) => s.status === 'planned').every((s) => s.published)).toBe(true);
      // Cancelled shifts are never published.
      expect(after.filter((s) => s.status === 'cancelled')).toHaveLength(2);
      expect(after.filter((s) => s.status === 'cancelled' && s.published)).toEqual([]);
      // Only the region and period asked for: in late September only week 40's visits.
      const september = await listShifts({ regionCode: SHENGSHAN, from: '2026-09-28', to: '2026-09-30' });
      expect(september.filter((s) => s.kind === 'village_visit').every((s) => s.published)).toBe(true);
      expect(september.filter((s) => s.kind !== 'village_visit').every((s) => !s.published)).toBe(true);
    });

    it('refuses publication outside the caller’s jurisdiction (403), by a lawyer (403), over a bad period (400) or region (404)', async () => {
      const outside = await publish(token.shengshan, { ...OCTOBER, regionCode: ZHANGQI } satisfies PeriodDto);
      const lawyer = await publish(token.lawyer, OCTOBER);
      const reversed = await publish(token.shengshan, {
        regionCode: SHENGSHAN,
        from: '2026-10-31',
        to: '2026-10-01',
      } satisfies PeriodDto);
      const unknown = await publish(token.cixi, { ...OCTOBER, regionCode: '330282999' } satisfies PeriodDto);

      expect(outside.status).toBe(403);
      expect(outside.body.code).toBe('OUTSIDE_JURISDICTION');
      expect(lawyer.status).toBe(403);
      expect(reversed.status).toBe(400);
      expect(reversed.body.code).toBe('INVALID_PERIOD');
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('REGION_NOT_FOUND');
    });
  });
});
