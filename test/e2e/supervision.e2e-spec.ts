import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { businessInstant, datesBetween, FixedClock, isoWeekday } from '@app/core';
import { SHENGSHAN, ZHANGQI } from '@app/demo';
import type { AdvisorAssignmentResponse } from '@app/org/advisors/dto/advisor-assignment.dto';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import type { ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import type { AssessmentResponse, AssessmentRow } from '@app/supervision/assessments/dto/assessment.dto';
import type {
  CreateObligationDto,
  ObligationResponse,
} from '@app/supervision/obligations/dto/obligation.dto';
import type { QuotaItem, QuotasResponse } from '@app/supervision/quotas/dto/quota.dto';
import { bearer, createServiceLog, createShift, sql, staffDirectory, useTestApp } from '@app/testing';

describe('Supervision: obligations, live quotas and the quarterly assessment (e2e)', () => {
  // The app's "now", set by each step; the seed's roster holds November and December 2026.
  const clock = new FixedClock(businessInstant('2026-11-02', '09:00'));
  const t = useTestApp({ seed: true, clock });
  const staff = staffDirectory(t);
  let official = '';
  let zhangqiOfficial = '';
  /** A village of 胜山镇 that is not a pilot, its point and its advisor. */
  let village: ServicePointResponse;
  let advisorId = '';
  let advisor = '';

  beforeAll(async () => {
    await staff.load();
    official = await staff.token('shengshan.official');
    zhangqiOfficial = await staff.token('zhangqi.official');
    const points = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'village_point' })
    ).body as ServicePointResponse[];
    village = points.filter((p) => !p.isPilot).sort((a, b) => a.regionCode.localeCompare(b.regionCode))[0];
    const assignments = (
      await t
        .http()
        .get('/api/v1/advisor-assignments')
        .query({ regionCode: SHENGSHAN, pageSize: 500 })
        .set(bearer(official))
    ).body.items as AdvisorAssignmentResponse[];
    advisorId = assignments.find((a) => a.servicePointId === village.id && !a.to)!.lawyerId;
    advisor = await staff.token(advisorId);
  }, 60_000);

  const setNow = (date: string, time: string) => clock.set(businessInstant(date, time));

  const postObligation = (token: string, body: Partial<CreateObligationDto> | Record<string, unknown>) =>
    t.http().post('/api/v1/obligations').set(bearer(token)).send(body);

  async function quotas(token: string, query: Record<string, string>): Promise<QuotasResponse> {
    const res = await t.http().get('/api/v1/quotas').query(query).set(bearer(token));
    expect(res.status).toBe(200);
    return res.body as QuotasResponse;
  }

  const villageDays = (q: QuotasResponse): QuotaItem | undefined =>
    q.items.find(
      (i) => i.servicePointId === village.id && i.lawyerId === advisorId && i.obligation === 'service_days',
    );

  /** The village's opening hours on a date (a visit must lie in them), if it opens that day. */
  function hoursOn(date: string): { from: string; to: string } | undefined {
    return village.openingHours.find((h) => h.weekday === isoWeekday(date));
  }

  /**
   * A date in [from, to] when the village opens and the advisor has no other shift (their window duty
   * at the centre would overlap the visit).
   */
  async function freeVisitDay(from: string, to: string): Promise<string> {
    const res = await t
      .http()
      .get('/api/v1/shifts')
      .query({ lawyerId: advisorId, from, to })
      .set(bearer(official));
    const busy = new Set((res.body as ShiftResponse[]).map((s) => s.date));
    const day = datesBetween(from, to).find((d) => hoursOn(d) && !busy.has(d));
    if (!day) throw new Error(`no day for a visit between ${from} and ${to}`);
    return day;
  }

  /** A visit of the advisor to the village in its opening hours, published. */
  async function publishedVisit(date: string): Promise<string> {
    const hours = hoursOn(date)!;
    const shift = await createShift(t, official, {
      servicePointId: village.id,
      lawyerId: advisorId,
      date,
      from: hours.from,
      to: hours.to,
      kind: 'village_visit',
    });
    const res = await t
      .http()
      .post('/api/v1/shifts/publish')
      .set(bearer(official))
      .send({ regionCode: village.regionCode, from: date, to: date });
    expect(res.status).toBeLessThan(300);
    return shift.id;
  }

  /** Minutes as the quotas show hours: one decimal. */
  const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
  const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  let visitMinutes = 0;

  async function sign(kind: 'check-in' | 'check-out', shiftId: string): Promise<void> {
    const res = await t
      .http()
      .post(`/api/v1/attendance/${kind}`)
      .set(bearer(advisor))
      .send({
        idempotencyKey: randomUUID(),
        shiftId,
        lat: village.lat ?? undefined,
        lng: village.lng ?? undefined,
      });
    expect(res.status).toBe(201);
  }

  describe('obligations', () => {
    it.each([
      ['a negative number', { required: -1 }, 'required'],
      ['more days than a month holds', { required: 32 }, 'required'],
      ['more hours than a month holds', { measure: 'service_hours', required: 745 }, 'required'],
      ['more visits than a week holds', { measure: 'visits', required: 8, pilotOnly: true }, 'required'],
      ['a fraction', { required: 1.5 }, 'required'],
      ['an unknown measure', { measure: 'naps' }, 'measure'],
      ['a region that is no place code', { regionCode: '33028211' }, 'regionCode'],
      [
        'a pilot-only obligation of a township centre',
        { pointKind: 'township_center', pilotOnly: true },
        'pilotOnly',
      ],
    ])('refuses %s with 400 and the field named, writing nothing', async (_why, change, field) => {
      const res = await postObligation(official, {
        regionCode: SHENGSHAN,
        pointKind: 'village_point',
        measure: 'service_days',
        required: 2,
        ...change,
      });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details)).toContain(field);
      expect(await sql(t, `SELECT id FROM obligation`)).toEqual([]);
    });

    it('refuses a region outside the official’s jurisdiction (403) and a lawyer (403)', async () => {
      const body = {
        regionCode: ZHANGQI,
        measure: 'service_days',
        required: 2,
      } satisfies CreateObligationDto;

      expect((await postObligation(official, body)).status).toBe(403);
      expect((await postObligation(advisor, { ...body, regionCode: SHENGSHAN })).status).toBe(403);
    });

    it('sets, lists and removes an obligation, audited, once per scope', async () => {
      const body = {
        regionCode: SHENGSHAN,
        pointKind: 'village_point',
        measure: 'service_hours',
        required: 8,
      } satisfies CreateObligationDto;

      const created = await postObligation(official, body);
      const again = await postObligation(official, body);
      const listed = await t
        .http()
        .get('/api/v1/obligations')
        .query({ regionCode: village.regionCode })
        .set(bearer(official));
      const foreignDelete = await t
        .http()
        .delete(`/api/v1/obligations/${created.body.id}`)
        .set(bearer(zhangqiOfficial));
      const removed = await t.http().delete(`/api/v1/obligations/${created.body.id}`).set(bearer(official));

      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...body, period: 'month', pilotOnly: false });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('OBLIGATION_EXISTS');
      expect((listed.body as ObligationResponse[]).map((o) => o.id)).toEqual([created.body.id]);
      expect(foreignDelete.status).toBe(404);
      expect(removed.status).toBe(200);
      expect(await sql(t, `SELECT id FROM obligation`)).toEqual([]);
      const audit = await sql<{ action: string }>(
        t,
        `SELECT action FROM audit_event WHERE entity_type = 'obligation' AND entity_id = $1 ORDER BY id`,
        [created.body.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
    });
  });

  describe('quotas', () => {
    beforeAll(async () => {
      const res = await postObligation(official, {
        regionCode: SHENGSHAN,
        pointKind: 'village_point',
        measure: 'service_days',
        required: 2,
      } satisfies CreateObligationDto);
      expect(res.status).toBe(201);
    });

    it('is at_risk with one of two days delivered and no published shift left in the month', async () => {
      const day = await freeVisitDay('2026-11-02', '2026-11-19');
      const hours = hoursOn(day)!;
      const shiftId = await publishedVisit(day);
      // Signed in 5 minutes after the start, out 5 minutes before the end.
      clock.set(new Date(businessInstant(day, hours.from).getTime() + 5 * 60_000));
      await sign('check-in', shiftId);
      clock.set(new Date(businessInstant(day, hours.to).getTime() - 5 * 60_000));
      await sign('check-out', shiftId);
      visitMinutes = minutesOf(hours.to) - minutesOf(hours.from) - 10;
      setNow('2026-11-20', '12:00');

      const q = await quotas(official, { regionCode: SHENGSHAN, period: '2026-11' });
      const atRisk = await quotas(official, { regionCode: SHENGSHAN, period: '2026-11', status: 'at_risk' });

      expect(villageDays(q)).toMatchObject({
        regionCode: village.regionCode,
        period: '2026-11',
        required: 2,
        delivered: 1,
        planned: 0,
        status: 'at_risk',
      });
      expect(atRisk.items.every((i) => i.status === 'at_risk')).toBe(true);
      expect(villageDays(atRisk)).toBeDefined();
    });

    it('is on_track once a published shift ahead can make up the day, and missed when the month ends without it', async () => {
      await publishedVisit(await freeVisitDay('2026-11-23', '2026-11-30'));

      const onTrack = villageDays(await quotas(official, { regionCode: SHENGSHAN, period: '2026-11' }));
      setNow('2026-12-01', '09:00');
      const missed = villageDays(await quotas(official, { regionCode: SHENGSHAN, period: '2026-11' }));

      expect(onTrack).toMatchObject({ delivered: 1, planned: 1, status: 'on_track' });
      expect(missed).toMatchObject({ delivered: 1, planned: 0, status: 'missed' });
    });

    it('counts a day of work-log entries at the village, so the month is met', async () => {
      await createServiceLog(t, official, {
        type: 'consultation',
        topic: 'land_housing',
        servicePointId: village.id,
        occurredAt: businessInstant('2026-11-30', '18:00').toISOString(),
        peopleCount: 3,
        summary: '宅基地纠纷咨询',
        lawyerId: advisorId,
      });

      const met = villageDays(await quotas(official, { regionCode: SHENGSHAN, period: '2026-11' }));

      expect(met).toMatchObject({ delivered: 2, status: 'met' });
    });

    it('shows a lawyer only their own quotas, and refuses another town’s official', async () => {
      const own = await quotas(advisor, { period: '2026-11' });
      const foreign = await t
        .http()
        .get('/api/v1/quotas')
        .query({ regionCode: SHENGSHAN })
        .set(bearer(zhangqiOfficial));
      const badPeriod = await t
        .http()
        .get('/api/v1/quotas')
        .query({ period: '2026-W54' })
        .set(bearer(official));

      expect(own.items.length).toBeGreaterThan(0);
      expect(own.items.every((i) => i.lawyerId === advisorId)).toBe(true);
      expect(foreign.status).toBe(403);
      expect(badPeriod.status).toBe(400);
      expect(Object.keys(badPeriod.body.details)).toEqual(['period']);
    });
  });

  describe('assessment', () => {
    it('lists the quarter per advisor and village, and the xlsx equals the page', async () => {
      const res = await t
        .http()
        .get('/api/v1/assessments')
        .query({ regionCode: SHENGSHAN, quarter: '2026-Q4' })
        .set(bearer(official));
      const file = await t
        .http()
        .get('/api/v1/assessments')
        .query({ regionCode: SHENGSHAN, quarter: '2026-Q4', format: 'xlsx' })
        .set(bearer(official))
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });

      expect(res.status).toBe(200);
      const a = res.body as AssessmentResponse;
      expect(a).toMatchObject({
        regionName: '胜山镇',
        quarter: '2026-Q4',
        from: '2026-10-01',
        to: '2026-12-31',
        weights: null,
      });
      const row = a.items.find((r) => r.servicePointId === village.id)!;
      // The first visit signed in and out, a consultation on 30 November; the second visit never signed in.
      expect(row).toMatchObject({
        lawyerId: advisorId,
        serviceDays: 2,
        serviceHours: hoursOf(visitMinutes),
        consultationPeople: 3,
        lectures: 0,
        ratings: 0,
        ratingAverage: null,
        absences: 1,
        score: null,
      });
      expect(row.services).toMatchObject({ consultation: 1, mediation: 0 });
      // October missed, November met; December not over yet.
      expect(row).toMatchObject({ obligationsMet: 1, obligationsDue: 2 });
      expect(new Set(a.items.map((r) => r.regionCode.slice(0, 9)))).toEqual(new Set([SHENGSHAN]));

      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.body as Parameters<typeof book.xlsx.load>[0]);
      const sheet = book.worksheets[0];
      expect(sheet.getCell('A1').value).toBe('胜山镇村法律顾问考核表(2026年第4季度)');
      const header = (sheet.getRow(2).values as unknown[]).slice(1);
      expect(header).toEqual([
        '律师',
        '村(社区)',
        '服务点',
        '服务天数',
        '服务时长(小时)',
        '法律咨询(件)',
        '咨询人次',
        '代拟文书(份)',
        '法律援助(件)',
        '纠纷调处(起)',
        '村级法律事务(件)',
        '合同审查(份)',
        '指导网格员(起)',
        '法治讲座(堂)',
        '评价数',
        '平均评分',
        '履职达标',
        '缺勤(次)',
      ]);
      const page = (r: AssessmentRow) => [
        r.lawyerName,
        r.regionName,
        r.pointName,
        r.serviceDays,
        r.serviceHours,
        r.services.consultation,
        r.consultationPeople,
        r.services.document_drafting,
        r.services.legal_aid,
        r.services.mediation,
        r.services.village_affairs,
        r.services.contract_review,
        r.services.grid_guidance,
        r.lectures,
        r.ratings,
        r.ratingAverage ?? '',
        `${r.obligationsMet}/${r.obligationsDue}`,
        r.absences,
      ];
      const rows: unknown[][] = [];
      sheet.eachRow((r, n) => {
        if (n > 2) rows.push((r.values as unknown[]).slice(1).map((v) => v ?? ''));
      });
      expect(rows).toEqual(a.items.map(page));
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
      });
    });

    it('refuses a quarter that is none (400) and another town (403)', async () => {
      const bad = await t
        .http()
        .get('/api/v1/assessments')
        .query({ regionCode: SHENGSHAN, quarter: '2026-Q5' })
        .set(bearer(official));
      const foreign = await t
        .http()
        .get('/api/v1/assessments')
        .query({ regionCode: SHENGSHAN, quarter: '2026-Q4' })
        .set(bearer(zhangqiOfficial));

      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.details)).toEqual(['quarter']);
      expect(foreign.status).toBe(403);
    });

    it('scores each row with the county’s weights, in the page and the xlsx alike, and only the county sets them', async () => {
      const county = await staff.token('cixi.official');
      const byTown = await t
        .http()
        .put(`/api/v1/assessment-weights/${SHENGSHAN.slice(0, 6)}`)
        .set(bearer(official))
        .send({ serviceDays: 2 });
      const absurd = await t
        .http()
        .put(`/api/v1/assessment-weights/${SHENGSHAN.slice(0, 6)}`)
        .set(bearer(county))
        .send({ serviceDays: 1000, lectures: 'many' });
      const set = await t
        .http()
        .put(`/api/v1/assessment-weights/${SHENGSHAN.slice(0, 6)}`)
        .set(bearer(county))
        .send({ serviceDays: 2, absences: -1.5 });

      expect(byTown.status).toBe(403);
      expect(byTown.body.code).toBe('WEIGHTS_COUNTY_ONLY');
      expect(absurd.status).toBe(400);
      expect(Object.keys(absurd.body.details).sort()).toEqual(['lectures', 'serviceDays']);
      expect(set.status).toBe(200);
      expect(set.body).toEqual({ countyCode: '330282', weights: { serviceDays: 2, absences: -1.5 } });

      const a = (
        await t
          .http()
          .get('/api/v1/assessments')
          .query({ regionCode: SHENGSHAN, quarter: '2026-Q4' })
          .set(bearer(official))
      ).body as AssessmentResponse;
      const file = await t
        .http()
        .get('/api/v1/assessments')
        .query({ regionCode: SHENGSHAN, quarter: '2026-Q4', format: 'xlsx' })
        .set(bearer(official))
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.body as Parameters<typeof book.xlsx.load>[0]);
      const sheet = book.worksheets[0];

      for (const r of a.items) expect(r.score).toBe(2 * r.serviceDays - 1.5 * r.absences);
      expect(a.items.find((r) => r.servicePointId === village.id)!.score).toBe(2 * 2 - 1.5);
      expect(sheet.getRow(2).getCell(19).value).toBe('得分');
      const scores: unknown[] = [];
      sheet.eachRow((r, n) => {
        if (n > 2) scores.push(r.getCell(19).value);
      });
      expect(scores).toEqual(a.items.map((r) => r.score));
      const audit = await sql<{ action: string }>(
        t,
        `SELECT action FROM audit_event WHERE entity_type = 'assessment_weights' ORDER BY id`,
      );
      expect(audit.map((e) => e.action)).toEqual(['create']);
    });
  });

  describe('quotas of other kinds', () => {
    it('holds pilot villages to a weekly visit, on track while the published visit of the week is ahead', async () => {
      setNow('2026-11-30', '08:00');
      const res = await postObligation(official, {
        regionCode: SHENGSHAN,
        measure: 'visits',
        required: 1,
        pilotOnly: true,
      } satisfies CreateObligationDto);
      const shifts = (
        await t
          .http()
          .get('/api/v1/shifts')
          .query({ regionCode: SHENGSHAN, from: '2026-11-30', to: '2026-12-06' })
          .set(bearer(official))
      ).body as ShiftResponse[];

      const week = await quotas(official, { regionCode: SHENGSHAN, period: '2026-W49' });

      expect(res.status).toBe(201);
      expect(week).toMatchObject({ periodKind: 'iso_week', from: '2026-11-30', to: '2026-12-06' });
      const pilots = new Set(week.items.map((i) => i.regionCode));
      expect(week.items.length).toBeGreaterThan(0);
      expect(week.items.every((i) => i.obligation === 'visits' && i.pointKind === 'village_point')).toBe(
        true,
      );
      // Only pilot villages, never the ordinary village of the tests above.
      expect(pilots.has(village.regionCode)).toBe(false);
      for (const item of week.items) {
        const visits = shifts.filter(
          (s) => s.servicePointId === item.servicePointId && s.lawyerId === item.lawyerId && s.published,
        );
        expect(item).toMatchObject({
          delivered: 0,
          planned: new Set(visits.map((v) => v.date)).size,
          status: visits.length ? 'on_track' : 'at_risk',
        });
      }
    });

    it('holds the lawyers on window duty at the township centre to days a month', async () => {
      setNow('2026-12-01', '09:00');
      const res = await postObligation(official, {
        regionCode: SHENGSHAN,
        pointKind: 'township_center',
        measure: 'service_days',
        required: 1,
      } satisfies CreateObligationDto);

      const month = await quotas(official, { regionCode: SHENGSHAN, period: '2026-11' });

      expect(res.status).toBe(201);
      const centre = month.items.filter((i) => i.pointKind === 'township_center');
      expect(centre.length).toBeGreaterThan(0);
      // November is over and the demo's window lawyers never signed in: each of them missed it.
      expect(centre.every((i) => i.required === 1 && i.status === 'missed' && i.planned === 0)).toBe(true);
    });
  });
});
