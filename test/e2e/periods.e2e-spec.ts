import { businessInstant, FixedClock } from '@app/core';
import { DEMO_COUNTY, SHENGSHAN, ZHANGQI } from '@app/demo';
import type { MonthlyStats } from '@app/stats/stats.service';
import type { PeriodsPageResponse } from '@app/stats/periods/dto/periods.dto';
import type { RankingResponse } from '@app/stats/dto/stats.dto';
import { bearer, createServiceLog, seedSecondCounty, useTestApp, YUYAO } from '@app/testing';

// 3 March: February is over, and a lawyer may still record and edit work of its last days (7-day window).
const clock = new FixedClock(businessInstant('2027-03-03', '10:00'));
const FEBRUARY = '2027-02';

describe('Month-end close, 零上报 and amendments; the city above the counties (e2e)', () => {
  const t = useTestApp({ seed: true, clock });
  const tokens: Record<string, Record<string, string>> = {};
  const as = async (username: string) => (tokens[username] ??= bearer(await t.login(username)));

  const monthly = async (who: string, regionCode: string, query: Record<string, string | number> = {}) =>
    t
      .http()
      .get('/api/v1/stats/monthly')
      .query({ regionCode, month: FEBRUARY, ...query })
      .set(await as(who));
  const close = async (who: string, body: Record<string, unknown>) =>
    t
      .http()
      .post('/api/v1/periods/close')
      .send({ month: FEBRUARY, ...body })
      .set(await as(who));
  const periods = async (who: string, regionCode: string, query: Record<string, string> = {}) =>
    t
      .http()
      .get('/api/v1/periods')
      .query({ regionCode, month: FEBRUARY, pageSize: 500, ...query })
      .set(await as(who));

  /** lawyer01's first advised village of 胜山镇: where the lawyer records work without a shift. */
  let village: { lawyerId: string; servicePointId: string };
  let logId: string;

  beforeAll(async () => {
    const res = await t
      .http()
      .get('/api/v1/advisor-assignments')
      .query({ regionCode: SHENGSHAN, pageSize: 500 })
      .set(await as('shengshan.official'));
    const staff = await t
      .http()
      .get('/api/v1/staff')
      .query({ regionCode: SHENGSHAN, pageSize: 500 })
      .set(await as('shengshan.official'));
    const lawyer01 = (staff.body.items as { id: string; username: string }[]).find(
      (s) => s.username === 'lawyer01',
    )!;
    village = (res.body.items as { lawyerId: string; servicePointId: string }[]).find(
      (a) => a.lawyerId === lawyer01.id,
    )!;
  });

  it('closes a month without records only as 零上报, explicitly, and never a month not over', async () => {
    const byDefault = await close('zhangqi.official', { regionCode: ZHANGQI });
    const notOver = await close('zhangqi.official', {
      regionCode: ZHANGQI,
      month: '2027-03',
      zeroReport: true,
    });
    const zero = await close('zhangqi.official', { regionCode: ZHANGQI, zeroReport: true });
    const again = await close('zhangqi.official', { regionCode: ZHANGQI, zeroReport: true });

    expect(byDefault.status).toBe(422);
    expect(byDefault.body.code).toBe('PERIOD_ZERO_REPORT_REQUIRED');
    expect(notOver.status).toBe(422);
    expect(notOver.body.code).toBe('PERIOD_NOT_OVER');
    expect(zero.status).toBe(201);
    expect(zero.body).toMatchObject({ regionCode: ZHANGQI, month: FEBRUARY, status: 'zero', version: 1 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PERIOD_ALREADY_CLOSED');
  });

  it('refuses 零上报 for a month with records, and closes it with its figures as version 1', async () => {
    const log = await createServiceLog(t, await t.login('lawyer01'), {
      type: 'consultation',
      topic: 'labour_wages',
      servicePointId: village.servicePointId,
      occurredAt: businessInstant('2027-02-26', '10:00').toISOString(),
      peopleCount: 2,
      summary: '咨询拖欠工资',
    });
    logId = log.id;

    const zero = await close('shengshan.official', { regionCode: SHENGSHAN, zeroReport: true });
    const closed = await close('shengshan.official', { regionCode: SHENGSHAN });
    const stats = (await monthly('shengshan.official', SHENGSHAN)).body as MonthlyStats;

    expect(zero.status).toBe(422);
    expect(zero.body.code).toBe('PERIOD_HAS_RECORDS');
    expect(closed.status).toBe(201);
    expect(closed.body).toMatchObject({ regionCode: SHENGSHAN, status: 'closed', version: 1 });
    expect(stats).toMatchObject({ periodStatus: 'closed', version: 1 });
    expect(stats.totals.consultations).toBe(2);
  });

  it('reads the county’s townships as closed, 零上报 or not yet reported', async () => {
    const res = await periods('cixi.official', DEMO_COUNTY);
    const behind = await periods('cixi.official', DEMO_COUNTY, { status: 'open' });
    const body = res.body as PeriodsPageResponse;
    const of = (code: string) => body.items.find((i) => i.regionCode === code);

    expect(res.status).toBe(200);
    expect(of(ZHANGQI)).toMatchObject({ name: '掌起镇', status: 'zero', version: 1 });
    expect(of(SHENGSHAN)).toMatchObject({ name: '胜山镇', status: 'closed', version: 1 });
    expect(body.items.filter((i) => i.status === 'open').length).toBe(body.total - 2);
    expect(body.counts).toEqual({ open: body.total - 2, closed: 1, zero: 1 });
    expect((behind.body as PeriodsPageResponse).items.map((i) => i.regionCode)).not.toContain(SHENGSHAN);
    expect((behind.body as PeriodsPageResponse).total).toBe(body.total - 2);
  });

  it('locks the closed month’s records for their lawyer, within the edit window too', async () => {
    const lawyer = await as('lawyer01');

    const edit = await t.http().patch(`/api/v1/service-logs/${logId}`).send({ peopleCount: 9 }).set(lawyer);
    const more = await t
      .http()
      .post('/api/v1/service-logs')
      .send({
        type: 'consultation',
        topic: 'neighbour',
        servicePointId: village.servicePointId,
        occurredAt: businessInstant('2027-02-27', '10:00').toISOString(),
        peopleCount: 1,
        summary: '邻里纠纷咨询',
      })
      .set(lawyer);
    const stats = (await monthly('shengshan.official', SHENGSHAN)).body as MonthlyStats;

    expect(edit.status).toBe(422);
    expect(edit.body.code).toBe('PERIOD_CLOSED');
    expect(more.status).toBe(422);
    expect(more.body.code).toBe('PERIOD_CLOSED');
    expect(stats.totals.consultations).toBe(2);
    expect(stats.version).toBe(1);
  });

  it('makes an official’s correction of a closed month version 2, and still reads the figures as first reported', async () => {
    const noReason = await t
      .http()
      .patch(`/api/v1/service-logs/${logId}`)
      .send({ peopleCount: 5 })
      .set(await as('shengshan.official'));
    const corrected = await t
      .http()
      .patch(`/api/v1/service-logs/${logId}`)
      .send({ peopleCount: 5, reason: '台账核对:实际咨询5人次' })
      .set(await as('shengshan.official'));

    const latest = (await monthly('cixi.official', SHENGSHAN)).body as MonthlyStats;
    const first = await monthly('cixi.official', SHENGSHAN, { version: 1 });
    const missing = await monthly('cixi.official', SHENGSHAN, { version: 3 });
    const county = await monthly('cixi.official', DEMO_COUNTY, { version: 1 });
    const list = (await periods('cixi.official', DEMO_COUNTY)).body as PeriodsPageResponse;

    expect(noReason.status).toBe(400);
    expect(corrected.status).toBe(200);
    expect(latest).toMatchObject({ periodStatus: 'closed', version: 2 });
    expect(latest.totals.consultations).toBe(5);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ periodStatus: 'closed', version: 1 });
    expect((first.body as MonthlyStats).totals.consultations).toBe(2);
    expect((first.body as MonthlyStats).byLawyer.map((l) => l.consultations)).toEqual([2]);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('PERIOD_VERSION_NOT_FOUND');
    expect(county.status).toBe(400);
    expect(list.items.find((i) => i.regionCode === SHENGSHAN)).toMatchObject({
      status: 'closed',
      version: 2,
    });
  });

  it('makes an import of a 零上报 month’s records one amendment, version 2 with figures, the zero report still readable', async () => {
    const centre = (
      await t
        .http()
        .get('/api/v1/service-points')
        .query({ regionCode: ZHANGQI, kind: 'township_center' })
        .set(await as('zhangqi.official'))
    ).body as { id: string }[];
    const row = (day: string, peopleCount: number) => ({
      type: 'consultation',
      topic: 'marriage_family',
      servicePointId: centre[0].id,
      occurredAt: day,
      summary: '婚姻家庭咨询',
      lawyerName: '钱某',
      peopleCount,
    });

    const imported = await t
      .http()
      .post('/api/v1/imports')
      .send({ kind: 'service_logs', dryRun: false, rows: [row('2027-02-08', 2), row('2027-02-20', 3)] })
      .set(await as('zhangqi.official'));
    const latest = (await monthly('cixi.official', ZHANGQI)).body as MonthlyStats;
    const first = (await monthly('cixi.official', ZHANGQI, { version: 1 })).body as MonthlyStats;

    expect(imported.status).toBe(200);
    expect(latest).toMatchObject({ periodStatus: 'closed', version: 2 });
    expect(latest.totals.consultations).toBe(5);
    expect(first).toMatchObject({ periodStatus: 'zero', version: 1 });
    expect(first.totals.consultations).toBe(0);
  });

  it('keeps every close and amendment in the audit trail, with the amendment’s reason', async () => {
    const res = await t
      .http()
      .get('/api/v1/audit-events')
      .query({ entityType: 'period', pageSize: 100 })
      .set(await as('auditor'));
    const events = res.body.items as { action: string; regionCode: string; changes: unknown }[];

    expect(res.status).toBe(200);
    expect(events.map((e) => `${e.action} ${e.regionCode}`).sort()).toEqual(
      [`amend ${SHENGSHAN}`, `amend ${ZHANGQI}`, `close ${SHENGSHAN}`, `zero_report ${ZHANGQI}`].sort(),
    );
    const amend = events.find((e) => e.action === 'amend' && e.regionCode === SHENGSHAN)!.changes;
    expect(amend).toMatchObject({
      version: { from: 1, to: 2 },
      note: { reason: '台账核对:实际咨询5人次', version: 2 },
    });
  });

  describe('a city official (宁波市) above two counties', () => {
    let yuyaoLogId: string;

    beforeAll(async () => {
      const { centreId, lawyerId } = await seedSecondCounty(t);
      const log = await createServiceLog(t, await t.login(YUYAO.official), {
        type: 'consultation',
        topic: 'land_housing',
        servicePointId: centreId,
        lawyerId,
        occurredAt: businessInstant('2027-02-10', '09:30').toISOString(),
        peopleCount: 4,
        summary: '宅基地纠纷咨询',
      });
      yuyaoLogId = log.id;
    });

    it('sees both counties’ figures and ranks the counties and townships below the city', async () => {
      const city = await monthly('ningbo.official', YUYAO.cityCode);
      const counties = await t
        .http()
        .get('/api/v1/stats/ranking')
        .query({ regionCode: YUYAO.cityCode, period: FEBRUARY, metric: 'consultations', level: 'county' })
        .set(await as('ningbo.official'));
      const townships = await t
        .http()
        .get('/api/v1/stats/ranking')
        .query({ regionCode: YUYAO.cityCode, period: '2027', metric: 'consultations', level: 'township' })
        .set(await as('ningbo.official'));
      const byRegion = (city.body as MonthlyStats).byRegion;

      expect(city.status).toBe(200);
      // 慈溪市: 胜山镇's 5 (as corrected) and 掌起镇's 5 (imported); 余姚市: 4.
      expect((city.body as MonthlyStats).totals.consultations).toBe(14);
      expect(byRegion.find((r) => r.regionCode === DEMO_COUNTY)!.consultations).toBe(10);
      expect(byRegion.find((r) => r.regionCode === YUYAO.countyCode)!.consultations).toBe(4);
      expect(counties.status).toBe(200);
      expect((counties.body as RankingResponse).items.slice(0, 2)).toEqual([
        { rank: 1, regionCode: DEMO_COUNTY, name: '慈溪市', value: 10 },
        { rank: 2, regionCode: YUYAO.countyCode, name: '余姚市', value: 4 },
      ]);
      const ranked = (townships.body as RankingResponse).items;
      expect(ranked.slice(0, 3).map((r) => [r.rank, r.regionCode, r.value])).toEqual([
        [1, ZHANGQI, 5],
        [1, SHENGSHAN, 5],
        [3, YUYAO.townCode, 4],
      ]);
      // Every other township of the two counties ties at zero, fourth.
      expect(ranked.length).toBeGreaterThan(4);
      expect(ranked.slice(3).every((r) => r.rank === 4 && r.value === 0)).toBe(true);
    });

    it('lists the townships below the city behind on closing', async () => {
      const res = await periods('ningbo.official', YUYAO.cityCode, { status: 'open' });
      const codes = (res.body as PeriodsPageResponse).items.map((i) => i.regionCode);

      expect(res.status).toBe(200);
      expect(codes).toContain(YUYAO.townCode);
      expect(codes).not.toContain(SHENGSHAN);
      expect(codes).not.toContain(ZHANGQI);
      expect((res.body as PeriodsPageResponse).counts.open).toBe(codes.length);
    });

    it('cannot write anything, and reads nothing above the city', async () => {
      const city = await as('ningbo.official');
      const writes = [
        t.http().post('/api/v1/periods/close').send({ regionCode: YUYAO.townCode, month: FEBRUARY }),
        t.http().patch(`/api/v1/service-logs/${yuyaoLogId}`).send({ peopleCount: 1, reason: '核对' }),
        t.http().post(`/api/v1/service-logs/${yuyaoLogId}/void`).send({ reason: '重复' }),
        t.http().post('/api/v1/staff').send({
          username: 'cixi.official2',
          name: '王科员',
          kind: 'official',
          regionCode: DEMO_COUNTY,
          password: 'Another@2026pass',
        }),
        t
          .http()
          .post('/api/v1/rosters/generate')
          .send({ regionCode: DEMO_COUNTY, from: '2027-03-04', to: '2027-03-10' }),
      ];

      for (const write of writes) {
        const res = await write.set(city);
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('READ_ONLY_JURISDICTION');
      }
      const province = await monthly('ningbo.official', '33');
      expect(province.status).toBe(403);
      const log = await t
        .http()
        .get(`/api/v1/service-logs/${yuyaoLogId}`)
        .set(await as(YUYAO.official));
      expect(log.body.peopleCount).toBe(4);
      expect(log.body.voidedAt ?? null).toBeNull();
    });
  });
});
