import type { CreateAppointmentDto } from '@app/booking/appointments/appointments.controller';
import { businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import type { MonthlyStats, YearlyStats } from '@app/stats/stats.service';
import { bearer, createResident, createServiceLog, sql, staffDirectory, useTestApp } from '@app/testing';

// 08:00 on Monday 1 March 2027 (Asia/Shanghai): the demo roster of March is published.
const MONDAY_8AM = businessInstant('2027-03-01', '08:00');
const MINUTE = 60_000;
const [P, Q, R] = ['13900001111', '13900002222', '13900003333'];

describe('Statistics: unique residents served (服务群众人数) next to 人次 (e2e)', () => {
  const clock = new FixedClock(MONDAY_8AM);
  const t = useTestApp({ seed: true, clock });
  const staff = staffDirectory(t);
  let official: string;
  let centreId: string;
  let lawyerId: string;

  const consultation = (day: string, residentPhone: string | undefined, peopleCount = 1) =>
    createServiceLog(t, official, {
      type: 'consultation',
      topic: 'labour_wages',
      servicePointId: centreId,
      lawyerId,
      occurredAt: businessInstant(day, '08:30').toISOString(),
      peopleCount,
      summary: '咨询劳动报酬',
      ...(residentPhone ? { residentPhone } : {}),
    });
  const get = async <T>(
    path: string,
    query: Record<string, string | number>,
    token = official,
  ): Promise<T> => {
    const res = await t.http().get(path).query(query).set(bearer(token));
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  };

  beforeAll(async () => {
    await staff.load();
    official = await staff.token('shengshan.official');
    lawyerId = staff.id('lawyer01');
    const points = await t
      .http()
      .get('/api/v1/service-points')
      .query({ regionCode: SHENGSHAN, kind: 'township_center' });
    centreId = points.body[0].id;

    // P books a consultation at the centre this morning and is served.
    const resident = await createResident(t, P);
    const slots = (
      await t
        .http()
        .get(`/api/v1/service-points/${centreId}/slots`)
        .query({ from: '2027-03-01', to: '2027-03-01' })
    ).body as { id: string; startsAt: string }[];
    const booked = await t
      .http()
      .post('/api/v1/appointments')
      .set(bearer(resident.token))
      .send({
        slotId: slots[0].id,
        topic: 'labour_wages',
        description: '工资被拖欠',
      } satisfies CreateAppointmentDto);
    if (booked.status !== 201) throw new Error(`booking: ${booked.status} ${JSON.stringify(booked.body)}`);
    clock.set(new Date(Date.parse(slots[0].startsAt) + 20 * MINUTE));
    const done = await t.http().post(`/api/v1/appointments/${booked.body.id}/complete`).set(bearer(official));
    if (done.status !== 200) throw new Error(`complete: ${done.status} ${JSON.stringify(done.body)}`);
  });

  it('counts a resident once per month, by a booked consultation and by the phone recorded in the log, never by 人次', async () => {
    // P again as a walk-in, Q twice (once with a companion), R voided, and a log without any phone.
    await consultation('2027-03-01', P);
    await consultation('2027-03-01', Q, 2);
    await consultation('2027-03-01', Q);
    const voided = await consultation('2027-03-01', R);
    await t
      .http()
      .post(`/api/v1/service-logs/${voided.id}/void`)
      .send({ reason: '重复录入' })
      .set(bearer(official));
    await consultation('2027-03-01', undefined, 3);

    const march = await get<MonthlyStats>('/api/v1/stats/monthly', {
      regionCode: SHENGSHAN,
      month: '2027-03',
    });

    expect(march.uniqueResidents).toBe(2);
    expect(march.totals.consultations).toBe(1 + 2 + 1 + 3);
  });

  it('counts a year exactly: a resident of two months is one, not the sum of the months', async () => {
    await consultation('2027-02-10', Q);

    const february = await get<MonthlyStats>('/api/v1/stats/monthly', {
      regionCode: SHENGSHAN,
      month: '2027-02',
    });
    const march = await get<MonthlyStats>('/api/v1/stats/monthly', {
      regionCode: SHENGSHAN,
      month: '2027-03',
    });
    const year = await get<YearlyStats>('/api/v1/stats/yearly', {
      regionCode: SHENGSHAN,
      year: 2027,
      through: '2027-03',
    });
    const county = await get<YearlyStats>(
      '/api/v1/stats/yearly',
      { regionCode: '330282', year: 2027 },
      await staff.token('cixi.official'),
    );

    expect(february.uniqueResidents).toBe(1);
    expect(march.uniqueResidents).toBe(2);
    expect(year.uniqueResidents).toBe(2);
    expect(county.uniqueResidents).toBe(2);
  });

  it('keeps the phone encrypted, compared by its keyed index, and shows it masked', async () => {
    const log = await consultation('2027-03-01', P);
    const rows = await sql<{ enc: Buffer; idx: string }>(
      t,
      `SELECT resident_phone_enc AS enc, resident_phone_index AS idx FROM service_log WHERE id = $1`,
      [log.id],
    );
    const resident = await sql<{ idx: string }>(t, `SELECT phone_index AS idx FROM resident`);

    expect(log.residentPhoneMasked).toBe('139****1111');
    expect(rows[0].enc.toString('latin1')).not.toContain(P);
    expect(rows[0].idx).not.toContain(P);
    expect(resident.map((r) => r.idx)).toContain(rows[0].idx);
  });

  it('refuses a phone that is not a mainland mobile number', async () => {
    const res = await t
      .http()
      .post('/api/v1/service-logs')
      .set(bearer(official))
      .send({
        type: 'consultation',
        topic: 'other',
        servicePointId: centreId,
        lawyerId,
        occurredAt: businessInstant('2027-03-01', '08:30').toISOString(),
        peopleCount: 1,
        summary: '咨询',
        residentPhone: '12345',
      });

    expect(res.status).toBe(400);
    expect(res.body.details).toHaveProperty('residentPhone');
  });
});
