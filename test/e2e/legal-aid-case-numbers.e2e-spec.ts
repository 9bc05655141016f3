import { DataSource } from 'typeorm';
import { FixedClock } from '@app/core';
import { LegalAidCasesRepository } from '@app/legal-aid/cases/legal-aid-cases.repository';
import { bearer, demoIds, sql, useTestApp } from '@app/testing';
import { application, withWrongCheckDigit } from '../setup/legal-aid';

const caseNo = (seq: number, year = 2026) => `(${year})慈法援字第${String(seq).padStart(4, '0')}号`;

/** Case numbers run per county and year of receipt, without gaps, however many intakes race. */
describe('Legal-aid case numbers', () => {
  const clock = new FixedClock(new Date('2026-11-23T02:00:00Z'));
  const t = useTestApp({ seed: true, clock });
  const token: Record<string, string> = {};
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let n = 0;

  const post = (who: string, body: object) =>
    t.http().post('/api/v1/legal-aid-cases').set(bearer(token[who])).send(body);

  beforeAll(async () => {
    ids = await demoIds(t);
    for (const u of [
      'lawyer01',
      'lawyer02',
      'lawyer03',
      'lawyer04',
      'lawyer07',
      'shengshan.official',
      'zhangqi.official',
    ])
      token[u] = await t.login(u);
  });

  it('gives 20 concurrent intakes, refused ones among them, the numbers 0001…0020 of the county', async () => {
    const refusedFirst = await post('lawyer01', {
      ...application(ids.shengshanCentre, ++n),
      category: 'unknown',
    });
    expect(refusedFirst.status).toBe(400);
    const who = ['lawyer01', 'lawyer02', 'lawyer03', 'lawyer04', 'shengshan.official'];
    const good = Array.from({ length: 20 }, (_, i) =>
      i % 4 === 3
        ? post('lawyer07', application(ids.zhangqiCentre, ++n)) // the other town, same county
        : post(who[i % who.length], application(ids.shengshanCentre, ++n)),
    );
    const bad = Array.from({ length: 5 }, (_, i) => {
      // A 掌起镇 lawyer at the 胜山镇 centre (403), or an ID number with a wrong check digit (400).
      if (i % 2 === 0) return post('lawyer07', application(ids.shengshanCentre, ++n));
      const body = application(ids.shengshanCentre, ++n);
      body.applicant.idNumber = withWrongCheckDigit(body.applicant.idNumber);
      return post('lawyer01', body);
    });

    const answers = await Promise.all([...good, ...bad]);

    expect(answers.slice(0, 20).map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(answers.slice(20).map((a) => a.status)).toEqual([403, 400, 403, 400, 403]);
    const numbers = answers.slice(0, 20).map((a) => a.body.caseNo as string);
    expect([...numbers].sort()).toEqual(Array.from({ length: 20 }, (_, i) => caseNo(i + 1)));
    const [{ last_seq }] = await sql<{ last_seq: number }>(
      t,
      `SELECT last_seq FROM legal_aid_case_counter WHERE county_code = '330282' AND year = 2026`,
    );
    expect(last_seq).toBe(20);
  });

  it('gives a rolled-back intake’s number to the next one, which waits for it', async () => {
    const dataSource = t.app.get(DataSource);
    const repo = t.app.get(LegalAidCasesRepository);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let taken = 0;

    const failing = dataSource
      .transaction(async (em) => {
        taken = await repo.takeNextSeq('330282', 2026, em);
        await held;
        throw new Error('the intake fails after taking its number');
      })
      .catch(() => 'rolled back');
    while (!taken) await new Promise((r) => setTimeout(r, 10));
    const waiting = post('shengshan.official', application(ids.shengshanCentre, ++n));
    await new Promise((r) => setTimeout(r, 300));
    release();

    expect(taken).toBe(21);
    expect(await failing).toBe('rolled back');
    const res = await waiting;
    expect(res.status).toBe(201);
    expect(res.body.caseNo).toBe(caseNo(21));
  });

  it('numbers by the year of receipt in Asia/Shanghai, each year from 0001', async () => {
    // 23:30 on 31 December 2025 local time, and 00:30 on 1 January 2026 (16:30 UTC on 31 December).
    const lateIn2025 = await post('lawyer01', {
      ...application(ids.shengshanCentre, ++n),
      receivedAt: '2025-12-31T15:30:00Z',
    });
    const earlyIn2026 = await post('lawyer01', {
      ...application(ids.shengshanCentre, ++n),
      receivedAt: '2025-12-31T16:30:00Z',
    });

    expect(lateIn2025.body.caseNo).toBe(caseNo(1, 2025));
    expect(earlyIn2026.body.caseNo).toBe(caseNo(22));
  });

  it('keeps every number unique in the database', async () => {
    const [{ total, distinct }] = await sql<{ total: number; distinct: number }>(
      t,
      `SELECT count(*)::int AS total, count(DISTINCT case_no)::int AS distinct FROM legal_aid_case`,
    );

    expect(total).toBe(23);
    expect(distinct).toBe(23);
  });
});
