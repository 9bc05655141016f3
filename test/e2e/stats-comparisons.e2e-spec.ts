import ExcelJS from 'exceljs';
import { businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import { shiftMonth, yearOnYearWording } from '@app/stats/comparisons';
import type { MonthlyStats, YearlyStats } from '@app/stats/stats.service';
import { bearer, createServiceLog, useTestApp } from '@app/testing';
import type { CreateServiceLogDto } from '@app/worklog/service-logs/dto/service-log.dto';

// The demo history runs from 1 January of last year to yesterday; every date below comes from the clock.
const clock = new FixedClock(businessInstant('2027-03-15', '10:00'));

describe('Statistics: comparisons (同比, 环比) (e2e)', () => {
  const t = useTestApp({ seed: 'with-history', clock });
  const thisYear = Number(clock.today().slice(0, 4));
  const lastMonth = shiftMonth(clock.today().slice(0, 7), -1);
  let token: Record<string, string>;

  beforeAll(async () => {
    token = bearer(await t.login('shengshan.official'));
  });

  const get = async <T>(path: string, query: Record<string, string | number>): Promise<T> => {
    const res = await t.http().get(path).query(query).set(token);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  };
  const monthly = (month: string) =>
    get<MonthlyStats>('/api/v1/stats/monthly', { regionCode: SHENGSHAN, month });
  const yearly = (year: number, through: string) =>
    get<YearlyStats>('/api/v1/stats/yearly', { regionCode: SHENGSHAN, year, through });

  it('gives a month with the totals of the month before and of the same month last year', async () => {
    const month = await monthly(lastMonth);
    const before = await monthly(shiftMonth(lastMonth, -1));
    const yearAgo = await monthly(shiftMonth(lastMonth, -12));

    expect(month.previousMonth).toEqual(before.totals);
    expect(month.sameMonthLastYear).toEqual(yearAgo.totals);
    expect(month.previousMonth!.consultations).toBeGreaterThan(0);
    expect(month.sameMonthLastYear!.consultations).toBeGreaterThan(0);
  });

  it('answers null where the region has no record at all in the period compared with', async () => {
    const firstMonth = await monthly(`${thisYear - 1}-01`);
    const lastYearsFebruary = await monthly(`${thisYear - 1}-02`);

    expect(firstMonth.totals.consultations).toBeGreaterThan(0);
    expect(firstMonth.previousMonth).toBeNull();
    expect(firstMonth.sameMonthLastYear).toBeNull();
    expect(lastYearsFebruary.previousMonth).toEqual(firstMonth.totals);
    expect(lastYearsFebruary.sameMonthLastYear).toBeNull();
  });

  it('gives a year to date with the same months of last year, and null for a year before any record', async () => {
    const year = await yearly(thisYear, lastMonth);
    const sameMonths = await yearly(thisYear - 1, shiftMonth(lastMonth, -12));
    const wholeLastYear = await yearly(thisYear - 1, `${thisYear - 1}-12`);

    expect(year.lastYear).toEqual(sameMonths.totals);
    expect(wholeLastYear.totals.consultations).toBeGreaterThan(year.lastYear!.consultations);
    expect(wholeLastYear.lastYear).toBeNull();
  });

  it('words the year-end paragraph with 同比 where last year has the figure, and without it where last year has none', async () => {
    const year = await yearly(thisYear, lastMonth);
    const report = (y: number, through: string) =>
      t
        .http()
        .get('/api/v1/stats/yearly/report')
        .query({ regionCode: SHENGSHAN, year: y, through, format: 'text' })
        .set(token);

    const text = (await report(thisYear, lastMonth)).text;
    const lastYearsText = (await report(thisYear - 1, `${thisYear - 1}-12`)).text;

    const consultations = `法律咨询${year.totals.consultations}人次`;
    expect(text).toContain(
      `${consultations},${yearOnYearWording(year.totals.consultations, year.lastYear!.consultations)}`,
    );
    expect(lastYearsText).not.toContain('同比');
  });

  it('says what the figures cover while the month runs, without comparing part of it with last year’s whole', async () => {
    const thisMonth = clock.today().slice(0, 7);
    const [month, day] = [Number(clock.today().slice(5, 7)), Number(clock.today().slice(8, 10))];

    const res = await t
      .http()
      .get('/api/v1/stats/yearly/report')
      .query({ regionCode: SHENGSHAN, year: thisYear, through: thisMonth, format: 'text' })
      .set(token);

    expect(res.status).toBe(200);
    expect(res.text.startsWith(`截至${month}月${day}日,已`)).toBe(true);
    expect(res.text).not.toContain('同比');
  });

  it('counts the help with village disputes as mediations and guided grid workers’ mediations together', async () => {
    // One guided mediation of grid workers, beside the demo's mediations (which may have none of its own).
    const official = await t.login('shengshan.official');
    const points = (await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN }).set(token))
      .body as { id: string; kind: string }[];
    const lawyers = (
      await t
        .http()
        .get('/api/v1/stats/yearly')
        .query({ regionCode: SHENGSHAN, year: thisYear - 1 })
        .set(token)
    ).body as YearlyStats;
    await createServiceLog(t, official, {
      type: 'grid_guidance',
      topic: 'neighbour',
      servicePointId: points.find((p) => p.kind === 'village_point')!.id,
      lawyerId: lawyers.byLawyer.find((l) => l.onStaff)!.lawyerId,
      occurredAt: businessInstant(`${thisYear - 1}-06-10`, '10:00').toISOString(),
      peopleCount: 1,
      summary: '指导网格员调解邻里纠纷',
    } satisfies Omit<CreateServiceLogDto, 'occurredAt'> & { occurredAt: string });
    const county = bearer(await t.login('cixi.official'));
    const year = (
      await t
        .http()
        .get('/api/v1/stats/yearly')
        .query({ regionCode: '330282', year: thisYear - 1 })
        .set(county)
    ).body as YearlyStats;

    expect(year.totals.gridGuidance).toBeGreaterThan(0);
    expect(year.totals.villageDisputesAssisted).toBe(year.totals.mediations + year.totals.gridGuidance);
    for (const r of year.byRegion) expect(r.villageDisputesAssisted).toBe(r.mediations + r.gridGuidance);
    const text = (
      await t
        .http()
        .get('/api/v1/stats/yearly/report')
        .query({ regionCode: '330282', year: thisYear - 1, format: 'text' })
        .set(county)
    ).text;
    expect(text).toContain(
      `协助各村调处各类纠纷${year.totals.villageDisputesAssisted}起(包括指导网格员调解${year.totals.gridGuidance}起)`,
    );
  });

  it('puts last year’s figures and the change beside the totals of the yearly workbook', async () => {
    const year = await yearly(thisYear, lastMonth);
    const res = await t
      .http()
      .get('/api/v1/stats/yearly/report')
      .query({ regionCode: SHENGSHAN, year: thisYear, through: lastMonth, format: 'xlsx' })
      .set(token)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ArrayBuffer);
    const sheet = book.getWorksheet('合计')!;
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '项目',
      '单位',
      '数值',
      '去年同期',
      '同比增减',
    ]);
    const consultations = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(consultations.slice(0, 4)).toEqual([
      '法律咨询',
      '人次',
      year.totals.consultations,
      year.lastYear!.consultations,
    ]);
    expect(consultations[4]).toBeCloseTo(
      (year.totals.consultations - year.lastYear!.consultations) / year.lastYear!.consultations,
      10,
    );
  });
});
