import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { Client } from 'pg';
import type { CreateAppointmentDto } from '@app/booking/appointments/appointments.controller';
import { addDays, businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN, ZHANGQI } from '@app/demo';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import type { ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import { type Metrics, recountScope, StatsVerifyService } from '@app/stats';
import type { MonthlyStats, YearlyStats } from '@app/stats/stats.service';
import {
  bearer,
  createAppointment,
  createResident,
  createServiceLog,
  createShift,
  publishedWindowShifts,
  staffDirectory,
  useTestApp,
} from '@app/testing';
import type { CreateServiceLogDto } from '@app/worklog/service-logs/dto/service-log.dto';
import { application } from '../setup/legal-aid';

/** A service-log body as JSON carries it: the instant as an ISO string. */
type LogBody = Omit<CreateServiceLogDto, 'occurredAt'> & { occurredAt: string };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('Statistics (e2e)', () => {
  // Monday 23 November 2026 to begin with; tests move the clock to the moments they record.
  const clock = new FixedClock(businessInstant('2026-11-23', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const staff = staffDirectory(t);
  let points: ServicePointResponse[];
  let shengshanCentre: ServicePointResponse;
  let zhangqiCentre: ServicePointResponse;
  let shengshanVillage: ServicePointResponse;
  let zhangqiVillage: ServicePointResponse;
  let pool: ShiftResponse[];

  beforeAll(async () => {
    await staff.load();
    points = (await t.http().get('/api/v1/service-points').query({ regionCode: '330282' }))
      .body as ServicePointResponse[];
    const find = (region: string, kind: string) =>
      points.find((p) => p.regionCode.startsWith(region) && p.kind === kind)!;
    shengshanCentre = find(SHENGSHAN, 'township_center');
    zhangqiCentre = find(ZHANGQI, 'township_center');
    shengshanVillage = find(SHENGSHAN, 'village_point');
    zhangqiVillage = find(ZHANGQI, 'village_point');
    pool = await publishedWindowShifts(
      t,
      await staff.token('shengshan.official'),
      SHENGSHAN,
      shengshanCentre.id,
    );
  }, 60_000);

  const at = (date: string, time: string) => businessInstant(date, time);
  const setNow = (date: string, time: string) => clock.set(at(date, time));
  const as = async (username: string) => bearer(await staff.token(username));

  async function call(res: Promise<{ status: number; body: unknown }>, expected: number) {
    const r = await res;
    if (r.status !== expected)
      throw new Error(`expected ${expected}, got ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as Record<string, unknown> & { id: string };
  }

  /** An official records a service on a lawyer's behalf (a backfill, at any past time). */
  const logService = async (
    official: string,
    body: Partial<LogBody> & Pick<LogBody, 'servicePointId' | 'occurredAt'>,
  ) =>
    createServiceLog(t, await staff.token(official), {
      type: 'consultation',
      topic: 'labour_wages',
      peopleCount: 1,
      summary: '咨询劳动报酬',
      lawyerId: staff.id(official === 'zhangqi.official' ? 'lawyer07' : 'lawyer01'),
      ...body,
    });

  const monthly = async (regionCode: string, month: string, username = 'shengshan.official') =>
    (await call(
      t
        .http()
        .get('/api/v1/stats/monthly')
        .query({ regionCode, month })
        .set(await as(username)),
      200,
    )) as unknown as MonthlyStats;

  const yearly = async (regionCode: string, year: number, through: string, username = 'cixi.official') =>
    (await call(
      t
        .http()
        .get('/api/v1/stats/yearly')
        .query({ regionCode, year, through })
        .set(await as(username)),
      200,
    )) as unknown as YearlyStats;

  const verify = () => t.app.get(StatsVerifyService).verify(recountScope());

  describe('counting by the business day (Asia/Shanghai)', () => {
    it('counts a service at 23:30 on 30 November in November, though it is 15:30 UTC', async () => {
      setNow('2026-12-01', '09:00');
      const before = await monthly(SHENGSHAN, '2026-11');

      await logService('shengshan.official', {
        servicePointId: shengshanVillage.id,
        occurredAt: '2026-11-30T23:30:00+08:00',
        peopleCount: 3,
      });
      const november = await monthly(SHENGSHAN, '2026-11');
      const december = await monthly(SHENGSHAN, '2026-12');

      expect(november.totals.consultations - before.totals.consultations).toBe(3);
      expect(december.totals.consultations).toBe(0);
      expect(november.byRegion.find((r) => r.regionCode === shengshanVillage.regionCode)?.consultations).toBe(
        3,
      );
      expect((await verify()).total).toBe(0);
    });
  });

  describe('edits and voids move the counts', () => {
    it('moves one count from consultations to mediations when an edit changes the type, and a void removes it', async () => {
      setNow('2026-10-20', '18:00');
      const month = '2026-10';
      const start = await monthly(SHENGSHAN, month);
      const log = await logService('shengshan.official', {
        servicePointId: shengshanCentre.id,
        occurredAt: at('2026-10-20', '10:00').toISOString(),
      });
      const created = await monthly(SHENGSHAN, month);

      await call(
        t
          .http()
          .patch(`/api/v1/service-logs/${log.id}`)
          .set(await as('shengshan.official'))
          .send({ type: 'mediation', resolved: true, amountInvolved: 52000.5, reason: '登记类型有误' }),
        200,
      );
      const edited = await monthly(SHENGSHAN, month);
      await call(
        t
          .http()
          .post(`/api/v1/service-logs/${log.id}/void`)
          .set(await as('shengshan.official'))
          .send({ reason: '重复登记' }),
        200,
      );
      const voided = await monthly(SHENGSHAN, month);

      const delta = (a: Metrics, b: Metrics, k: keyof Metrics) => (a[k] as number) - (b[k] as number);
      expect([
        delta(created.totals, start.totals, 'consultations'),
        delta(created.totals, start.totals, 'mediations'),
      ]).toEqual([1, 0]);
      expect([
        delta(edited.totals, created.totals, 'consultations'),
        delta(edited.totals, created.totals, 'mediations'),
        delta(edited.totals, created.totals, 'mediationsResolved'),
        delta(edited.totals, created.totals, 'mediationAmount'),
      ]).toEqual([-1, 1, 1, 52000.5]);
      expect(voided.totals).toEqual(start.totals);
      // The township centre's own row and the lawyer's row moved the same way.
      const own = (s: MonthlyStats) => s.byRegion.find((r) => r.regionCode === SHENGSHAN)?.mediations ?? 0;
      const lawyer = (s: MonthlyStats) =>
        s.byLawyer.find((r) => r.lawyerId === staff.id('lawyer01'))?.mediations ?? 0;
      expect([own(edited) - own(created), lawyer(edited) - lawyer(created)]).toEqual([1, 1]);
      expect((await verify()).total).toBe(0);
    });
  });

  describe('window duty (坐诊天数)', () => {
    it('counts a day once when two lawyers sign in at the same window; sign-in corrections and a cancelled shift move it', async () => {
      const official = await as('shengshan.official');
      const shift = pool.shift()!;
      const busy = new Set(
        (
          (
            await t
              .http()
              .get('/api/v1/shifts')
              .query({ regionCode: SHENGSHAN, from: shift.date, to: shift.date })
              .set(official)
          ).body as ShiftResponse[]
        ).map((s) => s.lawyerId),
      );
      const other = ['lawyer01', 'lawyer02', 'lawyer03', 'lawyer04', 'lawyer05', 'lawyer06'].find(
        (u) => !busy.has(staff.id(u)),
      )!;
      setNow(shift.date, '07:00');
      const second = await createShift(t, await staff.token('shengshan.official'), {
        servicePointId: shengshanCentre.id,
        lawyerId: staff.id(other),
        date: shift.date,
        from: '08:30',
        to: '12:00',
        kind: 'window',
      });
      const month = shift.date.slice(0, 7);
      const before = await monthly(SHENGSHAN, month);
      const signIn = async (lawyerId: string, shiftId: string) =>
        call(
          t
            .http()
            .post('/api/v1/attendance/check-in')
            .set(await as(staff.username(lawyerId)))
            .send({ idempotencyKey: randomUUID(), shiftId }),
          201,
        );
      const dutyOf = (s: MonthlyStats, lawyerId: string) =>
        s.byLawyer.find((r) => r.lawyerId === lawyerId)?.dutyDays ?? 0;

      setNow(shift.date, '08:25');
      const first = await signIn(shift.lawyerId, shift.id);
      setNow(shift.date, '08:28');
      const alsoFirst = await signIn(shift.lawyerId, shift.id);
      const secondIn = await signIn(staff.id(other), second.id);
      const both = await monthly(SHENGSHAN, month);

      setNow(shift.date, '18:00');
      const voidEvent = (eventId: string) =>
        call(
          t
            .http()
            .post('/api/v1/attendance/corrections')
            .set(official)
            .send({ action: 'void', eventId, reason: '误签到' }),
          201,
        );
      await voidEvent(first.id);
      const stillOne = await monthly(SHENGSHAN, month);
      await voidEvent(alsoFirst.id);
      await voidEvent(secondIn.id);
      const none = await monthly(SHENGSHAN, month);
      await call(
        t
          .http()
          .post('/api/v1/attendance/corrections')
          .set(official)
          .send({
            action: 'add',
            type: 'check_in',
            shiftId: second.id,
            at: at(shift.date, '08:31'),
            reason: '补签到',
          }),
        201,
      );
      const corrected = await monthly(SHENGSHAN, month);
      await call(
        t.http().post(`/api/v1/shifts/${second.id}/cancel`).set(official).send({ reason: '临时调整' }),
        200,
      );
      const cancelled = await monthly(SHENGSHAN, month);

      const duty = (s: MonthlyStats) => s.totals.dutyDays - before.totals.dutyDays;
      expect(duty(both)).toBe(1);
      expect([
        dutyOf(both, shift.lawyerId) - dutyOf(before, shift.lawyerId),
        dutyOf(both, staff.id(other)) - dutyOf(before, staff.id(other)),
      ]).toEqual([1, 1]);
      expect(
        both.byRegion.find((r) => r.regionCode === SHENGSHAN)!.dutyDays -
          (before.byRegion.find((r) => r.regionCode === SHENGSHAN)?.dutyDays ?? 0),
      ).toBe(1);
      expect(duty(stillOne)).toBe(1);
      expect(duty(none)).toBe(0);
      expect(duty(corrected)).toBe(1);
      expect(duty(cancelled)).toBe(0);
      expect((await verify()).total).toBe(0);
    });
  });

  describe('appointments', () => {
    let residentN = 0;
    async function resident(): Promise<string> {
      return (await createResident(t, `137${String(20_000_000 + residentN++).padStart(8, '0')}`)).token;
    }

    it('counts bookings, completions, no-shows and ratings per lawyer; cancelling, a cancelled shift and a swap move them', async () => {
      const shift = pool.shift()!;
      const month = shift.date.slice(0, 7);
      setNow(shift.date, '07:00');
      const slots = (
        await t
          .http()
          .get(`/api/v1/service-points/${shengshanCentre.id}/slots`)
          .query({ from: shift.date, to: shift.date })
      ).body as { id: string; startsAt: string }[];
      const before = await monthly(SHENGSHAN, month);
      const [r1, r2, r3, r4] = await Promise.all([resident(), resident(), resident(), resident()]);
      const book = (token: string, slotId: string, topic: CreateAppointmentDto['topic'] = 'neighbour') =>
        createAppointment(t, token, { slotId, topic, description: '邻居占道' });
      const a1 = await book(r1, slots[0].id);
      const a2 = await book(r2, slots[1].id);
      const a3 = await book(r3, slots[2].id, 'labour_wages');
      const a4 = await book(r4, slots[3].id);
      await call(t.http().post(`/api/v1/appointments/${a4.id}/cancel`).set(bearer(r4)), 200);
      const lawyer = await as(staff.username(shift.lawyerId));
      setNow(shift.date, '12:00');
      await call(t.http().post(`/api/v1/appointments/${a1.id}/complete`).set(lawyer), 200);
      await call(t.http().post(`/api/v1/appointments/${a2.id}/complete`).set(lawyer), 200);
      await call(t.http().post(`/api/v1/appointments/${a3.id}/no-show`).set(lawyer), 200);
      await call(
        t.http().post(`/api/v1/appointments/${a1.id}/rating`).set(bearer(r1)).send({ score: 5 }),
        201,
      );
      await call(
        t.http().post(`/api/v1/appointments/${a2.id}/rating`).set(bearer(r2)).send({ score: 2 }),
        201,
      );
      const after = await monthly(SHENGSHAN, month);

      const diff = (k: keyof Metrics, a = after, b = before) =>
        (a.totals[k] as number) - (b.totals[k] as number);
      expect([
        diff('appointments'),
        diff('appointmentsCompleted'),
        diff('noShows'),
        diff('ratings'),
        diff('ratingsSatisfied'),
      ]).toEqual([3, 2, 1, 2, 1]);
      const mine = after.byLawyer.find((r) => r.lawyerId === shift.lawyerId)!;
      expect(mine.ratings).toBeGreaterThanOrEqual(2);
      expect(
        after.byTopic.find((r) => r.topic === 'labour_wages')!.noShows -
          before.byTopic.find((r) => r.topic === 'labour_wages')!.noShows,
      ).toBe(1);

      // A booking on a shift handed to another lawyer goes with it; one on a cancelled shift counts nowhere.
      const next = pool.shift()!;
      setNow(next.date, '07:00');
      const nextSlots = (
        await t
          .http()
          .get(`/api/v1/service-points/${shengshanCentre.id}/slots`)
          .query({ from: next.date, to: next.date })
      ).body as { id: string }[];
      const nextMonth = next.date.slice(0, 7);
      const beforeNext = await monthly(SHENGSHAN, nextMonth);
      await book(await resident(), nextSlots[0].id);
      const to = ['lawyer01', 'lawyer02', 'lawyer03', 'lawyer04', 'lawyer05']
        .map((u) => staff.id(u))
        .find((id) => id !== next.lawyerId)!;
      const official = await as('shengshan.official');
      await call(
        t.http().post('/api/v1/shifts/swap').set(official).send({ shiftId: next.id, toLawyerId: to }),
        200,
      );
      const swapped = await monthly(SHENGSHAN, nextMonth);
      await call(
        t.http().post(`/api/v1/shifts/${next.id}/cancel`).set(official).send({ reason: '停电' }),
        200,
      );
      const cancelled = await monthly(SHENGSHAN, nextMonth);

      const appts = (s: MonthlyStats, id: string) =>
        s.byLawyer.find((r) => r.lawyerId === id)?.appointments ?? 0;
      expect(appts(swapped, to) - appts(beforeNext, to)).toBe(1);
      expect(appts(swapped, next.lawyerId) - appts(beforeNext, next.lawyerId)).toBe(0);
      expect(cancelled.totals.appointments - beforeNext.totals.appointments).toBe(0);
      expect((await verify()).total).toBe(0);
    });
  });

  describe('the year-end report of a township', () => {
    // 掌起镇: no other test here records anything there.
    const lawyer07 = () => staff.id('lawyer07');

    beforeAll(async () => {
      const official = 'zhangqi.official';
      const log = (date: string, body: Partial<LogBody>, point = zhangqiVillage) =>
        logService(official, {
          servicePointId: point.id,
          occurredAt: at(date, '10:00').toISOString(),
          ...body,
        });
      setNow('2027-01-05', '09:00');
      for (const [date, people] of [
        ['2026-01-15', 4],
        ['2026-03-02', 2],
        ['2026-12-31', 1],
      ] as const)
        await log(date, { peopleCount: people });
      await log('2026-04-10', { type: 'document_drafting' });
      await log('2026-04-11', { type: 'document_drafting', topic: 'marriage_family' });
      await log(
        '2026-05-06',
        { type: 'mediation', topic: 'neighbour', resolved: true, amountInvolved: 10_000_000 },
        zhangqiCentre,
      );
      await log('2026-05-07', {
        type: 'mediation',
        topic: 'land_housing',
        resolved: false,
        amountInvolved: 872_500,
      });
      await log('2026-06-01', { type: 'village_affairs', topic: 'land_housing' });
      await log('2026-07-01', { type: 'contract_review', topic: 'contract_debt', contractAmount: 180_000 });
      await log('2026-07-02', { type: 'contract_review', topic: 'contract_debt', contractAmount: 20_000.5 });
      // Voided: counts nowhere.
      const wrong = await log('2026-08-08', { type: 'grid_guidance' });
      await call(
        t
          .http()
          .post(`/api/v1/service-logs/${wrong.id}/void`)
          .set(await as(official))
          .send({ reason: '重复登记' }),
        200,
      );
      for (const [date, kind, audience] of [
        ['2026-03-15', 'lecture', 40],
        ['2026-09-20', 'lecture', 60],
        ['2026-10-01', 'publicity', 200],
      ] as const)
        await call(
          t
            .http()
            .post('/api/v1/workshops')
            .set(await as(official))
            .send({
              servicePointId: zhangqiVillage.id,
              heldAt: at(date, '14:00').toISOString(),
              topic: '民法典进农村',
              audienceCount: audience,
              kind,
              lecturerId: lawyer07(),
            }),
          201,
        );
      // One legal-aid case taken in, accepted and assigned in June, closed in September with wages recovered.
      setNow('2026-06-10', '10:00');
      const aid = await call(
        t
          .http()
          .post('/api/v1/legal-aid-cases')
          .set(await as(official))
          .send(application(zhangqiCentre.id, 901)),
        201,
      );
      await call(
        t
          .http()
          .post(`/api/v1/legal-aid-cases/${aid.id}/decision`)
          .set(await as(official))
          .send({ accepted: true, reason: '经济困难' }),
        200,
      );
      await call(
        t
          .http()
          .post(`/api/v1/legal-aid-cases/${aid.id}/assign`)
          .set(await as(official))
          .send({ lawyerId: lawyer07() }),
        200,
      );
      setNow('2026-09-01', '10:00');
      await call(
        t
          .http()
          .post(`/api/v1/legal-aid-cases/${aid.id}/close`)
          .set(await as('lawyer07'))
          .send({ outcome: '调解结案，用人单位支付拖欠工资', amountRecovered: 12_800.5 }),
        200,
      );
      setNow('2027-01-05', '09:00');
    }, 60_000);

    it('writes the paragraph with exactly the figures recorded, zero metrics left out, amounts in 万元', async () => {
      const res = await t
        .http()
        .get('/api/v1/stats/yearly/report')
        .query({ regionCode: ZHANGQI, year: 2026, format: 'text' })
        .set(await as('zhangqi.official'));

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.text).toBe(
        '至12月底,已为群众提供法律咨询7人次,代拟各类法律文书2份,办理法律援助1件,为受援人挽回经济损失1.28万元,' +
          '律师参与各类矛盾纠纷调处2起,其中调处成功1起,涉及金额1087.25万元;' +
          '协助村级处置法律事务1件,审核村级经济合同2份,合同标的额20.00万元,开展专题法治讲座2堂,各类普法活动共3场,受众300人次。',
      );
    });

    it('runs the report through the last complete month by default, or through the month asked for', async () => {
      setNow('2026-12-15', '09:00');
      const res = await t
        .http()
        .get('/api/v1/stats/yearly/report')
        .query({ regionCode: ZHANGQI, year: 2026, format: 'text' })
        .set(await as('zhangqi.official'));
      const march = await t
        .http()
        .get('/api/v1/stats/yearly/report')
        .query({ regionCode: ZHANGQI, year: 2026, format: 'text', through: '2026-03' })
        .set(await as('zhangqi.official'));
      setNow('2027-01-05', '09:00');

      expect(res.text.startsWith('至11月底,已为群众提供法律咨询6人次,')).toBe(true);
      expect(march.text).toBe(
        '至3月底,已为群众提供法律咨询6人次;开展专题法治讲座1堂,各类普法活动共1场,受众40人次。',
      );
    });

    it('gives the yearly statistics by month, village, lawyer and topic, each partition summing to the totals', async () => {
      const y = await yearly(ZHANGQI, 2026, '2026-12', 'zhangqi.official');

      expect(y.totals).toMatchObject({
        consultations: 7,
        documentsDrafted: 2,
        legalAidCases: 1,
        legalAidRecovered: 12_800.5,
        mediations: 2,
        mediationAmount: 10_872_500,
        gridGuidance: 0,
        contractAmount: 200_000.5,
        workshops: 3,
        lectures: 2,
        workshopAudience: 300,
        satisfactionRate: null,
      });
      expect(y.byMonth.map((m) => m.month)).toEqual(
        Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
      );
      expect(y.byMonth.find((m) => m.month === '2026-05')!.mediations).toBe(2);
      const sum = (rows: Metrics[], k: keyof Metrics) => rows.reduce((n, r) => n + (r[k] as number), 0);
      for (const k of [
        'consultations',
        'mediations',
        'mediationAmount',
        'workshops',
        'legalAidCases',
      ] as const) {
        expect(sum(y.byMonth, k)).toBeCloseTo(y.totals[k] as number, 2);
        expect(sum(y.byRegion, k)).toBeCloseTo(y.totals[k] as number, 2);
      }
      // The township centre's own row comes first; then every village, with names from the registry.
      expect(y.byRegion[0]).toMatchObject({
        regionCode: ZHANGQI,
        name: '掌起镇',
        mediations: 1,
        legalAidCases: 1,
      });
      expect(y.byRegion.find((r) => r.regionCode === zhangqiVillage.regionCode)).toMatchObject({
        consultations: 7,
      });
      expect(y.byRegion.slice(1).every((r) => r.regionCode.length === 12 && r.name !== r.regionCode)).toBe(
        true,
      );
      expect(y.byLawyer).toEqual([
        expect.objectContaining({
          lawyerId: lawyer07(),
          name: expect.any(String),
          consultations: 7,
          workshops: 3,
          legalAidCases: 1,
        }),
      ]);
      expect(y.byTopic.find((r) => r.topic === 'contract_debt')).toMatchObject({
        label: '合同债务',
        contractsReviewed: 2,
      });

      // The county sees the same town as one of its townships, read from the coarse level.
      const county = await yearly('330282', 2026, '2026-12');
      expect(county.byRegion.find((r) => r.regionCode === ZHANGQI)).toMatchObject({
        ...y.totals,
        name: '掌起镇',
      });
      expect(county.byTopic.find((r) => r.topic === 'contract_debt')).toMatchObject({ contractsReviewed: 2 });
      for (const k of ['consultations', 'mediations', 'dutyDays', 'appointments'] as const)
        expect(sum(county.byRegion, k)).toBe(county.totals[k]);
    });

    it('exports the year as a workbook that opens with exceljs and holds the same totals as the API', async () => {
      const res = await t
        .http()
        .get('/api/v1/stats/yearly/report')
        .query({ regionCode: ZHANGQI, year: 2026, format: 'xlsx' })
        .set(await as('zhangqi.official'))
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
      const api = await yearly(ZHANGQI, 2026, '2026-12', 'zhangqi.official');

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      const title = '掌起镇公共法律服务工作统计表(2026年1-12月)';
      expect(res.headers['content-disposition']).toContain(`filename="stats-${ZHANGQI}-2026-12.xlsx"`);
      expect(decodeURIComponent(res.headers['content-disposition'].split("filename*=UTF-8''")[1])).toBe(
        `${title}.xlsx`,
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as Parameters<typeof book.xlsx.load>[0]);
      expect(book.worksheets.map((s) => s.name)).toEqual([
        '合计',
        '按村(社区)',
        '按律师',
        '按月份',
        '按类别',
      ]);
      const totals = book.getWorksheet('合计')!;
      expect(totals.getCell('A1').value).toBe(title);
      const fromSheet = new Map<string, unknown>();
      totals.eachRow((row, n) => {
        if (n > 2) fromSheet.set(String(row.getCell(1).value), row.getCell(3).value);
      });
      expect(fromSheet.get('法律咨询')).toBe(api.totals.consultations);
      expect(fromSheet.get('涉及金额')).toBe(api.totals.mediationAmount);
      expect(fromSheet.get('合同标的额')).toBe(api.totals.contractAmount);
      expect(fromSheet.get('开展法治讲座')).toBe(api.totals.lectures);
      const byVillage = book.getWorksheet('按村(社区)')!;
      expect(byVillage.getRow(2).getCell(3).value).toBe('法律咨询(人次)');
      const lastRow = byVillage.getRow(byVillage.rowCount);
      expect(lastRow.getCell(1).value).toBe('合计');
      expect(lastRow.getCell(3).value).toBe(api.totals.consultations);
      const byMonth = book.getWorksheet('按月份')!;
      expect(byMonth.rowCount).toBe(2 + 12 + 1);
      expect(byMonth.getColumn(3).width).toBeGreaterThanOrEqual(10);
    });

    it('exports a month as xlsx and as CSV in UTF-8 with a byte-order mark', async () => {
      const token = await as('zhangqi.official');
      const csv = await t
        .http()
        .get('/api/v1/stats/monthly/export')
        .query({ regionCode: ZHANGQI, month: '2026-05', format: 'csv' })
        .set(token)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
      const xlsx = await t
        .http()
        .get('/api/v1/stats/monthly/export')
        .query({ regionCode: ZHANGQI, month: '2026-05', format: 'xlsx' })
        .set(token);

      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(decodeURIComponent(csv.headers['content-disposition'].split("''")[1])).toBe(
        '掌起镇公共法律服务工作统计表(2026年5月).csv',
      );
      const body = csv.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = body.subarray(3).toString('utf8').trim().split('\r\n');
      const header = lines[0].split(',');
      const total = lines[1].split(',');
      expect(total[header.indexOf('参与矛盾纠纷调处(起)')]).toBe('2');
      expect(total[header.indexOf('涉及金额(元)')]).toBe('10872500.00');
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers['content-type']).toBe(XLSX);
    });
  });

  describe('lawyers by name', () => {
    // 2025: no other test here records anything in it.
    const PINYIN = [
      '陈明辉',
      '黄国平',
      '李丽华',
      '刘海燕',
      '王建国',
      '吴雅琴',
      '杨晓梅',
      '张志强',
      '赵静怡',
      '周振宇',
    ];

    it('lists the lawyers in pinyin order of their names, also when one has since moved out of the region', async () => {
      setNow('2026-01-10', '09:00');
      for (let n = 1; n <= 10; n++) {
        const username = `lawyer${String(n).padStart(2, '0')}`;
        const official = n <= 6 ? 'shengshan.official' : 'zhangqi.official';
        await logService(official, {
          servicePointId: (n <= 6 ? shengshanVillage : zhangqiVillage).id,
          occurredAt: at('2025-06-02', '10:00').toISOString(),
          lawyerId: staff.id(username),
          peopleCount: n,
        });
      }
      const names = (y: YearlyStats) => y.byLawyer.map((r) => r.name);
      const county = await yearly('330282', 2025, '2025-12');
      expect(names(county)).toEqual(PINYIN);
      // Each row still carries its own lawyer's figures (lawyer n served n people).
      expect(county.byLawyer.find((r) => r.lawyerId === staff.id('lawyer05'))).toMatchObject({
        name: '陈明辉',
        consultations: 5,
      });
      // A township lists its own advisors, in the same order.
      expect(names(await yearly(ZHANGQI, 2025, '2025-12', 'zhangqi.official'))).toEqual([
        '黄国平',
        '吴雅琴',
        '赵静怡',
        '周振宇',
      ]);

      // 王建国 has since been moved to the city: the county's figures still name him, in his place.
      const db = new Client({ connectionString: t.config.databaseUrl });
      await db.connect();
      const wang = staff.id('lawyer01');
      const { rows } = await db.query<{ region_code: string }>(
        `SELECT region_code FROM staff WHERE id = $1`,
        [wang],
      );
      try {
        await db.query(`UPDATE staff SET region_code = '3302' WHERE id = $1`, [wang]);
        const after = await yearly('330282', 2025, '2025-12');
        expect(names(after)).toEqual(PINYIN);
        expect(after.byLawyer.find((r) => r.lawyerId === wang)).toMatchObject({ consultations: 1 });
      } finally {
        await db.query(`UPDATE staff SET region_code = $2 WHERE id = $1`, [wang, rows[0].region_code]);
        await db.end();
      }
    });
  });

  describe('access', () => {
    it('keeps officials to their jurisdiction (403), answers 404 for an unknown region and 400 for bad input', async () => {
      const other = await t
        .http()
        .get('/api/v1/stats/monthly')
        .query({ regionCode: SHENGSHAN, month: '2026-11' })
        .set(await as('zhangqi.official'));
      const county = await t
        .http()
        .get('/api/v1/stats/yearly')
        .query({ regionCode: '330282', year: 2026 })
        .set(await as('shengshan.official'));
      const unknown = await t
        .http()
        .get('/api/v1/stats/monthly')
        .query({ regionCode: '330282999', month: '2026-11' })
        .set(await as('cixi.official'));
      const lawyer = await t
        .http()
        .get('/api/v1/stats/monthly')
        .query({ regionCode: SHENGSHAN, month: '2026-11' })
        .set(await as('lawyer01'));
      const anonymous = await t
        .http()
        .get('/api/v1/stats/monthly')
        .query({ regionCode: SHENGSHAN, month: '2026-11' });
      const bad = await t
        .http()
        .get('/api/v1/stats/yearly')
        .query({ regionCode: '33028', year: 'soon', through: '2025-13' })
        .set(await as('cixi.official'));
      const throughOtherYear = await t
        .http()
        .get('/api/v1/stats/yearly')
        .query({ regionCode: SHENGSHAN, year: 2026, through: '2025-12' })
        .set(await as('cixi.official'));
      const badFormat = await t
        .http()
        .get('/api/v1/stats/monthly/export')
        .query({ regionCode: SHENGSHAN, month: '2026-11', format: 'pdf' })
        .set(await as('cixi.official'));

      expect([other.status, other.body.code]).toEqual([403, 'OUTSIDE_JURISDICTION']);
      expect(county.status).toBe(403);
      expect([unknown.status, unknown.body.code]).toEqual([404, 'REGION_NOT_FOUND']);
      expect(lawyer.status).toBe(403);
      expect(anonymous.status).toBe(401);
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.details).sort()).toEqual(['regionCode', 'through', 'year']);
      expect([throughOtherYear.status, Object.keys(throughOtherYear.body.details)]).toEqual([
        400,
        ['through'],
      ]);
      expect([badFormat.status, Object.keys(badFormat.body.details)]).toEqual([400, ['format']]);
    });

    it('refuses a year-end report of a year without a complete month unless told the month (422)', async () => {
      setNow('2026-01-20', '09:00');
      const token = await as('cixi.official');
      const report = (query: Record<string, string | number>) =>
        t
          .http()
          .get('/api/v1/stats/yearly/report')
          .query({ regionCode: SHENGSHAN, format: 'text', ...query })
          .set(token);

      const january = await report({ year: 2026 });
      const future = await report({ year: 2027 });
      const told = await report({ year: 2026, through: '2026-01' });

      expect([january.status, january.body.code]).toEqual([422, 'NO_COMPLETE_MONTH']);
      expect([future.status, future.body.code]).toEqual([422, 'NO_COMPLETE_MONTH']);
      expect(told.status).toBe(200);
      // January is not over on the 20th: the paragraph says what the figures cover.
      expect(told.text.startsWith('截至1月20日,')).toBe(true);
    });

    it('documents every metric in the OpenAPI description from its one definition', async () => {
      const doc = (await t.http().get('/api/docs-json')).body as {
        components: { schemas: Record<string, { properties: Record<string, { description?: string }> }> };
      };

      const metrics = doc.components.schemas.MetricsResponse.properties;
      expect(metrics.consultations.description).toContain('法律咨询（人次）');
      expect(metrics.mediationAmount.description).toContain('涉及金额（元）');
      expect(metrics.dutyDays.description).toContain('坐诊');
      expect(Object.keys(doc.components.schemas.RegionMetricsResponse.properties)).toEqual(
        expect.arrayContaining(['regionCode', 'name', 'consultations', 'satisfactionRate']),
      );
    });
  });

  describe('property: the rollups always equal a recount', () => {
    it('after any sequence of creates, edits (type, day, people, amounts), voids and corrections through the API', async () => {
      setNow('2026-12-20', '12:00');
      const villages = points.filter((p) => p.regionCode.startsWith(SHENGSHAN));
      const lawyers = ['lawyer01', 'lawyer02', 'lawyer03'];
      const types = [
        'consultation',
        'document_drafting',
        'legal_aid',
        'mediation',
        'village_affairs',
        'contract_review',
        'grid_guidance',
      ] as const;
      const fields = fc.record({
        type: fc.constantFrom(...types),
        topic: fc.constantFrom('labour_wages', 'neighbour', 'land_housing', 'other'),
        point: fc.nat(villages.length - 1),
        lawyer: fc.constantFrom(...lawyers),
        // Days of October to mid-December, at any minute: midnight on either side included.
        day: fc.integer({ min: 0, max: 75 }),
        minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
        people: fc.integer({ min: 1, max: 30 }),
        amount: fc.integer({ min: 0, max: 5_000_000 }).map((fen) => fen / 100),
        resolved: fc.boolean(),
      });
      type Fields = typeof fields extends fc.Arbitrary<infer F> ? F : never;
      const op = fc.oneof(
        fc.record({ kind: fc.constant('create' as const), f: fields }),
        fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), f: fields }),
        fc.record({ kind: fc.constant('void' as const), pick: fc.nat() }),
      );
      const body = (f: Fields) => {
        const date = addDays('2026-10-01', f.day);
        const occurredAt = new Date(at(date, '00:00').getTime() + f.minute * 60_000).toISOString();
        return {
          type: f.type,
          topic: f.topic,
          servicePointId: villages[f.point].id,
          lawyerId: staff.id(f.lawyer),
          occurredAt,
          peopleCount: f.people,
          summary: '随机登记',
          amountInvolved: f.type === 'mediation' ? f.amount : null,
          resolved: f.type === 'mediation' ? f.resolved : null,
          contractAmount: f.type === 'contract_review' ? f.amount : null,
        };
      };
      const official = await as('shengshan.official');

      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
          const live: string[] = [];
          for (const o of ops) {
            if (o.kind === 'create') {
              const res = await t.http().post('/api/v1/service-logs').set(official).send(body(o.f));
              expect(res.status).toBe(201);
              live.push(res.body.id);
            } else if (live.length) {
              const id = live[o.pick % live.length];
              if (o.kind === 'void') {
                const res = await t
                  .http()
                  .post(`/api/v1/service-logs/${id}/void`)
                  .set(official)
                  .send({ reason: '作废' });
                expect(res.status).toBe(200);
                live.splice(live.indexOf(id), 1);
              } else {
                // A correction by the official: the whole entry again, some fields changed.
                const res = await t
                  .http()
                  .patch(`/api/v1/service-logs/${id}`)
                  .set(official)
                  .send({ ...body(o.f), reason: '更正登记' });
                expect(res.status).toBe(200);
              }
            }
          }
          expect((await verify()).differences).toEqual([]);
        }),
        { numRuns: 20 },
      );
      const result = await verify();
      expect(result.total).toBe(0);
    }, 120_000);

    it('checks this year and the last in the nightly job, and finds nothing to report', async () => {
      setNow('2026-12-20', '02:30');

      const nightly = await t.app.get(StatsVerifyService).nightly();

      expect(nightly).toEqual({ from: '2025-01-01', to: '2026-12-31', differences: 0 });
    });
  });
});
