import { Client } from 'pg';
import { asSystem, businessInstant, FixedClock } from '@app/core';
import { DEMO_COUNTY, DEMO_PASSWORD, SHENGSHAN } from '@app/demo';
import { RegionsService, StaffService } from '@app/org';
import type {
  CalendarDayResponse,
  CalendarOverrideDto,
  CalendarYearResponse,
  LoadNoticeDto,
} from '@app/roster/calendar/dto/calendar.dto';
import type { RosterCoverage } from '@app/roster/generation/dto/roster-coverage.response';
import type { PublishDto, ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import { bearer, createResident, useTestApp } from '@app/testing';
import { answerProblems, type Answer, type OpenApiDocument } from '../setup/openapi';

const OTHER_COUNTY = '330281';
const FEBRUARY = { regionCode: SHENGSHAN, from: '2027-02-01', to: '2027-02-28' };

/** A realistic notice for 2027: 春节 from 除夕 to 正月初六 with Saturday 20 February worked instead. */
const NOTICE_2027 = {
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-11' },
    { name: '清明', from: '2027-04-03', to: '2027-04-05' },
    { name: '劳动节', from: '2027-05-01', to: '2027-05-05' },
    { name: '端午', from: '2027-06-09', to: '2027-06-09' },
    { name: '中秋', from: '2027-09-15', to: '2027-09-15' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  makeUpDays: ['2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09'],
} satisfies LoadNoticeDto;

/**
 * The working-day calendar of 2027, a year the bundled notices do not have, as officials meet it in
 * December 2026: provisional holidays, then the State Council notice loaded by the admin, with what
 * it reaches (shifts, publication, slots, bookings), and county overrides.
 */
describe('Working-day calendar: provisional years, notices and county overrides (e2e)', () => {
  // 10:00 on Monday 7 December 2026 (Asia/Shanghai): rosters for January and February 2027 are being made.
  const clock = new FixedClock(businessInstant('2026-12-07', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const token = { admin: '', cixi: '', shengshan: '', yuyao: '' };
  const answers: Answer[] = [];
  let centre = '';
  let n = 0;

  const calendar = (query: Record<string, string>, asToken?: string) => {
    const req = t.http().get('/api/v1/calendar').query(query);
    return asToken ? req.set(bearer(asToken)) : req;
  };
  const loadNotice = (asToken: string, year: string, body: object) =>
    t.http().put(`/api/v1/calendar/years/${year}`).set(bearer(asToken)).send(body);
  const setDay = (asToken: string, date: string, body: object) =>
    t.http().put(`/api/v1/calendar/${date}`).set(bearer(asToken)).send(body);
  const publish = (body: PublishDto) =>
    t.http().post('/api/v1/shifts/publish').set(bearer(token.shengshan)).send(body);
  const coverage = () =>
    t
      .http()
      .get('/api/v1/rosters/coverage')
      .query({ regionCode: SHENGSHAN, month: '2027-02' })
      .set(bearer(token.shengshan));
  const slotsOn = async (date: string) =>
    (await t.http().get(`/api/v1/service-points/${centre}/slots`).query({ from: date, to: date })).body as {
      id: string;
    }[];
  const dayOf = (body: CalendarDayResponse[], date: string) => body.find((d) => d.date === date);

  /** A resident made directly (the SMS login is tested elsewhere). */
  async function resident(): Promise<{ phone: string; token: string }> {
    const { phone, token } = await createResident(t, `137${String(20_000_000 + n++).padStart(8, '0')}`);
    // Without the resident's id: a booking spreads this in after its own id.
    return { phone, token };
  }

  const book = (residentToken: string, slotId: string) =>
    t
      .http()
      .post('/api/v1/appointments')
      .set(bearer(residentToken))
      .send({ slotId, topic: 'labour_wages', description: '年前工资没结清' });

  beforeAll(async () => {
    token.admin = await t.login('admin');
    token.cixi = await t.login('cixi.official');
    token.shengshan = await t.login('shengshan.official');
    // A second county with its own official (only 慈溪市 is seeded), made as the CLI's import would.
    await asSystem(async (system) => {
      await t.app.get(RegionsService).importCounty(OTHER_COUNTY);
      await t.app.get(StaffService).create(system, {
        username: 'yuyao.official',
        name: '余姚市司法局',
        kind: 'official',
        regionCode: OTHER_COUNTY,
        password: DEMO_PASSWORD,
      });
    });
    token.yuyao = await t.login('yuyao.official');
    const centres = await t
      .http()
      .get('/api/v1/service-points')
      .query({ regionCode: SHENGSHAN, kind: 'township_center' });
    centre = centres.body[0].id;
  }, 60_000);

  describe('a year without a notice (2027)', () => {
    it('marks 元旦 and 除夕 to 初三 as non-working days with source provisional, and no 调休', async () => {
      const res = await calendar({ from: '2027-01-01', to: '2027-02-28' });

      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(59);
      for (const date of ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'])
        expect(dayOf(res.body, date)).toMatchObject({ workday: false, source: 'provisional' });
      expect(dayOf(res.body, '2027-01-01')!.name).toBe('元旦');
      expect(dayOf(res.body, '2027-02-05')!.name).toBe('春节');
      expect(dayOf(res.body, '2027-02-09')).toEqual({
        date: '2027-02-09',
        workday: true,
        name: '',
        source: 'provisional',
      });
      expect(dayOf(res.body, '2027-02-20')!.workday).toBe(false);
      expect((res.body as CalendarDayResponse[]).every((d) => d.source === 'provisional')).toBe(true);
      answers.push(['get', '/api/v1/calendar', res]);
    });

    it('lists the years from 2024 to two years after the clock’s, 2027 and 2028 provisional', async () => {
      const res = await t.http().get('/api/v1/calendar/years');

      expect(res.status).toBe(200);
      expect((res.body as CalendarYearResponse[]).map((y) => `${y.year}:${y.status}`)).toEqual([
        '2024:official',
        '2025:official',
        '2026:official',
        '2027:provisional',
        '2028:provisional',
      ]);
      answers.push(['get', '/api/v1/calendar/years', res]);
    });

    it('generates February into the provisional calendar and says so: no duty from 除夕 to 初三', async () => {
      const res = await t.http().post('/api/v1/rosters/generate').set(bearer(token.shengshan)).send(FEBRUARY);
      const published = await publish(FEBRUARY);
      const shifts = await t
        .http()
        .get('/api/v1/shifts')
        .query({ servicePointId: centre, from: FEBRUARY.from, to: FEBRUARY.to })
        .set(bearer(token.shengshan));
      const windowDays = (shifts.body as ShiftResponse[])
        .filter((s) => s.kind === 'window')
        .map((s) => s.date);

      expect(res.status).toBe(201);
      expect(res.body.provisional).toBe(true);
      expect(res.body.provisionalDays).toHaveLength(28);
      expect(published.status).toBe(200);
      expect(windowDays).toEqual(expect.arrayContaining(['2027-02-04', '2027-02-09', '2027-02-12']));
      expect(windowDays.filter((d) => d >= '2027-02-05' && d <= '2027-02-08')).toEqual([]);
      answers.push(['post', '/api/v1/rosters/generate', res]);
    });
  });

  describe('loading the State Council notice of 2027', () => {
    const booked: Record<string, { id: string; code: string; slotId: string; phone: string; token: string }> =
      {};
    let load: Awaited<ReturnType<typeof loadNotice>>;

    beforeAll(async () => {
      // Residents booked the window on 9 February (a working day then) and on 12 February.
      for (const date of ['2027-02-09', '2027-02-12']) {
        const who = await resident();
        const [slot] = await slotsOn(date);
        const res = await book(who.token, slot.id);
        if (res.status !== 201) throw new Error(`book ${date}: ${res.status} ${JSON.stringify(res.body)}`);
        booked[date] = { id: res.body.id, code: res.body.code, slotId: slot.id, ...who };
      }
      load = await loadNotice(token.admin, '2027', NOTICE_2027);
    });

    it('answers the days whose working-day status changed', () => {
      expect(load.status).toBe(200);
      expect(load.body.year).toBe(2027);
      expect(load.body.changedDays).toEqual([
        '2027-02-09',
        '2027-02-10',
        '2027-02-11',
        '2027-02-20',
        '2027-05-03',
        '2027-05-04',
        '2027-05-05',
        '2027-05-08',
        '2027-09-26',
        '2027-10-04',
        '2027-10-05',
        '2027-10-06',
        '2027-10-07',
        '2027-10-09',
      ]);
      answers.push(['put', '/api/v1/calendar/years/{year}', load]);
    });

    it('lists the window shifts now on days off and the window missing on the new working day', () => {
      const atCentre = (
        load.body.conflicts as { servicePointId: string; date: string; reason: string }[]
      ).filter((c) => c.servicePointId === centre);

      expect(atCentre.map((c) => `${c.date} ${c.reason}`)).toEqual([
        '2027-02-09 not_a_working_day',
        '2027-02-10 not_a_working_day',
        '2027-02-11 not_a_working_day',
        '2027-02-20 missing_on_working_day',
      ]);
    });

    it('gives 9 February off and 20 February on, from the official notice', async () => {
      const res = await calendar({ from: '2027-02-08', to: '2027-02-21' });

      expect(dayOf(res.body, '2027-02-09')).toEqual({
        date: '2027-02-09',
        workday: false,
        name: '春节',
        source: 'official',
      });
      expect(dayOf(res.body, '2027-02-20')).toEqual({
        date: '2027-02-20',
        workday: true,
        name: '春节调休',
        source: 'official',
      });
      expect(dayOf(res.body, '2027-02-12')).toMatchObject({ workday: true, source: 'official' });
      expect(dayOf(res.body, '2027-02-21')).toMatchObject({ workday: false, source: 'official' });
    });

    it('moves the booking on 9 February to needs_reschedule and tells the resident by SMS; 12 February stays', async () => {
      const early = booked['2027-02-09'];
      const later = booked['2027-02-12'];

      const [mineEarly, mineLater, outbox] = await Promise.all([
        t.http().get('/api/v1/appointments/mine').set(bearer(early.token)),
        t.http().get('/api/v1/appointments/mine').set(bearer(later.token)),
        t.http().get('/api/v1/dev/outbox').query({ phone: early.phone }),
      ]);

      expect(mineEarly.body[0]).toMatchObject({ id: early.id, status: 'needs_reschedule' });
      expect(mineLater.body[0]).toMatchObject({ id: later.id, status: 'booked' });
      expect(outbox.body).toHaveLength(2);
      expect(outbox.body[0].text).toContain(early.code);
      expect(outbox.body[0].text).toContain('取消');
    });

    it('offers no slots on 9 February any more and refuses to book one (422 SLOT_ON_DAY_OFF)', async () => {
      const someone = await resident();

      const slots = await slotsOn('2027-02-09');
      const res = await book(someone.token, booked['2027-02-09'].slotId);

      expect(slots).toEqual([]);
      expect(await slotsOn('2027-02-12')).not.toEqual([]);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('SLOT_ON_DAY_OFF');
    });

    it('shows the shifts on days off as conflicts in February’s coverage, and 20 February as a gap', async () => {
      const res = await coverage();
      const body = res.body as RosterCoverage;

      expect(res.status).toBe(200);
      expect(body.provisional).toBe(false);
      expect(body.provisionalDays).toEqual([]);
      expect(
        body.conflicts.filter((c) => c.kind === 'window').map((c) => [c.date, c.reason, c.confirmed]),
      ).toEqual([
        ['2027-02-09', 'not_a_working_day', false],
        ['2027-02-10', 'not_a_working_day', false],
        ['2027-02-11', 'not_a_working_day', false],
      ]);
      expect(body.gaps.filter((g) => g.servicePointId === centre).map((g) => g.date)).toEqual(['2027-02-20']);
      answers.push(['get', '/api/v1/rosters/coverage', res]);
    });

    it('refuses to publish February while shifts stand on days off (422 SHIFTS_ON_DAYS_OFF)', async () => {
      const res = await publish(FEBRUARY);

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('SHIFTS_ON_DAYS_OFF');
      expect(res.body.details.conflicts.map((c: { date: string }) => c.date)).toEqual(
        expect.arrayContaining(['2027-02-09', '2027-02-10', '2027-02-11']),
      );
    });

    it('publishes once they are cancelled, or kept with confirmDaysOff; confirmed ones stop blocking', async () => {
      const onDaysOff = (await coverage()).body.conflicts as { shiftId: string; date: string }[];
      const keep = onDaysOff.find((c) => c.date === '2027-02-09')!;
      for (const c of onDaysOff.filter((x) => x.shiftId !== keep.shiftId))
        await t
          .http()
          .post(`/api/v1/shifts/${c.shiftId}/cancel`)
          .set(bearer(token.shengshan))
          .send({ reason: '春节放假' });

      const stillOne = await publish(FEBRUARY);
      const confirmed = await publish({ ...FEBRUARY, confirmDaysOff: true });
      const again = await publish(FEBRUARY);
      const after = (await coverage()).body as RosterCoverage;

      expect(stillOne.status).toBe(422);
      expect(stillOne.body.details.conflicts.map((c: { shiftId: string }) => c.shiftId)).toEqual([
        keep.shiftId,
      ]);
      expect(confirmed.status).toBe(200);
      expect(again.status).toBe(200);
      expect(after.conflicts.map((c) => [c.shiftId, c.confirmed])).toEqual([[keep.shiftId, true]]);
      // A confirmed shift keeps its lawyer at the window, but no slots are offered on a day off.
      expect(await slotsOn('2027-02-09')).toEqual([]);
      // The booking already moved gets no second SMS from the cancellations.
      const outbox = await t.http().get('/api/v1/dev/outbox').query({ phone: booked['2027-02-09'].phone });
      expect(outbox.body).toHaveLength(2);
    });

    it('fills the new working day when generated again, no longer provisional', async () => {
      const res = await t.http().post('/api/v1/rosters/generate').set(bearer(token.shengshan)).send(FEBRUARY);

      expect(res.status).toBe(201);
      expect(res.body.provisional).toBe(false);
      expect(res.body.provisionalDays).toEqual([]);
      expect(
        (res.body.shifts as ShiftResponse[])
          .filter((s) => s.servicePointId === centre && s.kind === 'window')
          .map((s) => s.date),
      ).toEqual(['2027-02-20']);
    });

    it('lists 2027 as official, loaded by the admin', async () => {
      const years = await t.http().get('/api/v1/calendar/years');
      const year = await t.http().get('/api/v1/calendar/years/2027');

      expect((years.body as CalendarYearResponse[]).find((y) => y.year === 2027)).toMatchObject({
        status: 'official',
        source: 'loaded',
      });
      expect(year.body.holidays).toEqual(NOTICE_2027.holidays);
      expect(year.body.makeUpDays).toEqual(NOTICE_2027.makeUpDays);
      answers.push(['get', '/api/v1/calendar/years/{year}', year]);
    });

    it('replaces the notice when loaded again, and writes who loaded it to the audit trail', async () => {
      const shorter = {
        ...NOTICE_2027,
        holidays: NOTICE_2027.holidays.map((h) => (h.name === '春节' ? { ...h, to: '2027-02-10' } : h)),
      };

      const res = await loadNotice(token.admin, '2027', shorter);
      const day = await calendar({ from: '2027-02-11', to: '2027-02-11' });
      const db = new Client({ connectionString: t.config.databaseUrl });
      await db.connect();
      const { rows } = await db.query(
        `SELECT action, entity_id, actor_name FROM audit_event WHERE entity_type = 'calendar_notice' ORDER BY id`,
      );
      await db.end();

      expect(res.status).toBe(200);
      expect(res.body.changedDays).toEqual(['2027-02-11']);
      expect(day.body[0]).toMatchObject({ workday: true, source: 'official' });
      expect(rows.map((r) => `${r.action} ${r.entity_id}`)).toEqual(['load 2027', 'replace 2027']);
      expect(rows[0].actor_name).not.toBe('system');
    });
  });

  describe('refusals of a notice', () => {
    it('answers a notice with overlapping holidays, dates outside the year, from after to and a weekday make-up day with 400 per field', async () => {
      const res = await loadNotice(token.admin, '2028', {
        holidays: [
          { name: '春节', from: '2028-01-25', to: '2028-02-01' },
          { name: '春节补', from: '2028-01-31', to: '2028-02-02' },
          { name: '国庆节', from: '2028-10-07', to: '2028-10-01' },
          { name: '元旦', from: '2027-12-31', to: '2028-01-01' },
        ],
        makeUpDays: ['2028-02-07', '2029-01-06'],
      } satisfies LoadNoticeDto);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details).sort()).toEqual([
        'holidays.1',
        'holidays.2.to',
        'holidays.3.from',
        'makeUpDays.0',
        'makeUpDays.1',
      ]);
    });

    it('answers malformed dates, a missing list and unknown fields with 400 per field', async () => {
      const res = await loadNotice(token.admin, '2028', {
        holidays: [{ name: '', from: '2028-02-30', to: 'soon' }],
        extra: true,
      });

      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual([
        'extra',
        'holidays.0.from',
        'holidays.0.name',
        'holidays.0.to',
        'makeUpDays',
      ]);
    });

    it.each(['27', '20x8', '1999'])('answers the year %s with 400 naming the year', async (year) => {
      const res = await loadNotice(token.admin, year, { holidays: [], makeUpDays: [] });

      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details)).toEqual(['year']);
    });

    it('refuses a county official (403) and an anonymous caller (401), and loads nothing', async () => {
      const official = await loadNotice(token.cixi, '2028', { holidays: [], makeUpDays: [] });
      const anonymous = await t
        .http()
        .put('/api/v1/calendar/years/2028')
        .send({ holidays: [], makeUpDays: [] });
      const years = await t.http().get('/api/v1/calendar/years');

      expect(official.status).toBe(403);
      expect(anonymous.status).toBe(401);
      expect((years.body as CalendarYearResponse[]).find((y) => y.year === 2028)!.status).toBe('provisional');
    });
  });

  describe('a county’s override of a day', () => {
    const DAY = '2027-03-01';

    it('changes that county’s calendar only, and its audit event names the county', async () => {
      const res = await setDay(token.cixi, DAY, {
        workday: false,
        name: '抗台停工',
      } satisfies CalendarOverrideDto);
      const [cixi, yuyao, national, ownByToken, othersByToken] = await Promise.all([
        calendar({ from: DAY, to: DAY, regionCode: SHENGSHAN }),
        calendar({ from: DAY, to: DAY, regionCode: OTHER_COUNTY }),
        calendar({ from: DAY, to: DAY }),
        calendar({ from: DAY, to: DAY }, token.cixi),
        calendar({ from: DAY, to: DAY }, token.yuyao),
      ]);
      const db = new Client({ connectionString: t.config.databaseUrl });
      await db.connect();
      const { rows } = await db.query(
        `SELECT region_code, entity_id FROM audit_event WHERE entity_type = 'calendar_day' ORDER BY id DESC LIMIT 1`,
      );
      await db.end();

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        date: DAY,
        workday: false,
        source: 'override',
        regionCode: DEMO_COUNTY,
      });
      expect(cixi.body[0]).toEqual({ date: DAY, workday: false, name: '抗台停工', source: 'override' });
      expect(yuyao.body[0]).toEqual({ date: DAY, workday: true, name: '', source: 'official' });
      expect(national.body[0]).toMatchObject({ workday: true, source: 'official' });
      expect(ownByToken.body[0]).toMatchObject({ workday: false, source: 'override' });
      expect(othersByToken.body[0]).toMatchObject({ workday: true, source: 'official' });
      expect(rows[0]).toEqual({ region_code: DEMO_COUNTY, entity_id: `${DEMO_COUNTY}:${DAY}` });
      answers.push(['put', '/api/v1/calendar/{date}', res]);
    });

    it('lets the other county override the same day its own way without touching the first', async () => {
      const res = await setDay(token.yuyao, DAY, { workday: false, name: '余姚停工' });
      const cixi = await calendar({ from: DAY, to: DAY, regionCode: DEMO_COUNTY });

      expect(res.status).toBe(200);
      expect(res.body.regionCode).toBe(OTHER_COUNTY);
      expect(cixi.body[0].name).toBe('抗台停工');
    });

    it('refuses a township official (403 CALENDAR_NEEDS_COUNTY) and another county’s region (403)', async () => {
      const township = await setDay(token.shengshan, DAY, { workday: true });
      const other = await setDay(token.cixi, DAY, { workday: true, regionCode: OTHER_COUNTY });
      const yuyao = await calendar({ from: DAY, to: DAY, regionCode: OTHER_COUNTY });

      expect(township.status).toBe(403);
      expect(township.body.code).toBe('CALENDAR_NEEDS_COUNTY');
      expect(other.status).toBe(403);
      expect(yuyao.body[0].name).toBe('余姚停工');
    });

    it('removes the override: the county follows the national calendar again (404 when there is none)', async () => {
      const removed = await t.http().delete(`/api/v1/calendar/${DAY}`).set(bearer(token.cixi));
      const again = await t.http().delete(`/api/v1/calendar/${DAY}`).set(bearer(token.cixi));
      const cixi = await calendar({ from: DAY, to: DAY, regionCode: DEMO_COUNTY });

      expect(removed.status).toBe(200);
      expect(removed.body).toMatchObject({ workday: true, source: 'official', regionCode: DEMO_COUNTY });
      expect(again.status).toBe(404);
      expect(again.body.code).toBe('CALENDAR_OVERRIDE_NOT_FOUND');
      expect(cixi.body[0]).toMatchObject({ workday: true, source: 'official' });
    });

    it('moves the bookings of the county’s shifts on a day it gives off, as a notice does', async () => {
      const who = await resident();
      const [slot] = await slotsOn('2027-02-15');
      const booking = await book(who.token, slot.id);

      const res = await setDay(token.cixi, '2027-02-15', { workday: false, name: '元宵前休' });
      const mine = await t.http().get('/api/v1/appointments/mine').set(bearer(who.token));

      expect(booking.status).toBe(201);
      expect(res.body.conflicts.map((c: { date: string; reason: string }) => c.reason)).toContain(
        'not_a_working_day',
      );
      expect(mine.body[0]).toMatchObject({ id: booking.body.id, status: 'needs_reschedule' });
    });
  });

  it('answers as the OpenAPI document describes', async () => {
    const doc = (await t.http().get('/api/docs-json')).body as OpenApiDocument;

    expect(answers.length).toBeGreaterThanOrEqual(7);
    expect(answerProblems(doc, answers)).toEqual([]);
  });
});
