import { businessInstant, FixedClock } from '@app/core';
import { bearer, demoIds, useTestApp } from '@app/testing';
import { application } from '../setup/legal-aid';

/**
 * The statutory clocks of the Legal Aid Law: the decision 7 days after receipt, the assignment 3
 * days after the decision, a last day off work moving to the next working day. Dates around the
 * 2026 National Day holiday (1–7 October off, Saturday 10 October worked) and the end of October.
 */
describe('Legal-aid statutory clocks', () => {
  const clock = new FixedClock(businessInstant('2026-09-22', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const token: Record<string, string> = {};
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const cases: Record<string, { id: string; decisionDue: string; assignmentDue: string | null }> = {};
  let n = 0;

  const on = (date: string, time = '10:00') => clock.set(businessInstant(date, time));
  const official = (method: 'get' | 'post', path: string) =>
    t.http()[method](`/api/v1/legal-aid-cases${path}`).set(bearer(token.official));

  async function intake(name: string, extra: { receivedAt?: string } = {}) {
    const res = await t
      .http()
      .post('/api/v1/legal-aid-cases')
      .set(bearer(token.lawyer))
      .send(application(ids.shengshanCentre, ++n, extra));
    if (res.status !== 201) throw new Error(`intake ${name}: ${res.status} ${JSON.stringify(res.body)}`);
    cases[name] = res.body;
    return res.body as { decisionDue: string };
  }

  async function accept(name: string) {
    const res = await official('post', `/${cases[name].id}/decision`).send({ accepted: true });
    if (res.status !== 200) throw new Error(`accept ${name}: ${res.status} ${JSON.stringify(res.body)}`);
    cases[name] = res.body;
    return res.body as { assignmentDue: string };
  }

  /** The names of the cases listed as overdue today, with the clock that ran out. */
  async function overdue(): Promise<Record<string, string>> {
    const res = await official('get', '').query({ overdue: 'true', pageSize: 500 });
    expect(res.status).toBe(200);
    const byId = new Map(Object.entries(cases).map(([name, c]) => [c.id, name]));
    return Object.fromEntries(
      (res.body.items as { id: string; overdueClock: string; overdue: boolean }[]).map((i) => {
        expect(i.overdue).toBe(true);
        return [byId.get(i.id)!, i.overdueClock];
      }),
    );
  }

  beforeAll(async () => {
    ids = await demoIds(t);
    token.lawyer = await t.login('lawyer01');
    token.official = await t.login('shengshan.official');
    token.county = await t.login('cixi.official');
  });

  it('sets the decision due 7 days after receipt, moved past the National Day holiday', async () => {
    on('2026-09-22');
    const c = await intake('C');
    on('2026-09-24');
    const a = await intake('A');
    on('2026-09-28');
    const b = await intake('B');

    expect(c.decisionDue).toBe('2026-09-29');
    // 24 Sep + 7 = 1 Oct and 28 Sep + 7 = 5 Oct fall in the holiday: the next working day is 8 Oct.
    expect(a.decisionDue).toBe('2026-10-08');
    expect(b.decisionDue).toBe('2026-10-08');
  });

  it('counts from the day the application was received, not the day it was entered', async () => {
    on('2026-09-30');

    const h = await intake('H', { receivedAt: businessInstant('2026-09-21', '16:00').toISOString() });

    expect(h.decisionDue).toBe('2026-09-28');
  });

  it('sets the assignment due 3 days after acceptance, moved past the holiday', async () => {
    on('2026-09-29');
    await intake('G');
    const g = await accept('G');
    on('2026-09-30', '17:30');
    await intake('D');
    const d = await accept('D');

    expect(g.assignmentDue).toBe('2026-10-08');
    expect(d.assignmentDue).toBe('2026-10-08');
  });

  it('flags nothing on its due date, and a case the day after it', async () => {
    on('2026-09-29', '23:59');
    expect(await overdue()).toEqual({ H: 'decision' });

    on('2026-09-30');
    expect(await overdue()).toEqual({ C: 'decision', H: 'decision' });

    // During the holiday and on its first working day after, the other clocks still run.
    on('2026-10-05');
    expect(await overdue()).toEqual({ C: 'decision', H: 'decision' });
    on('2026-10-08', '23:30');
    expect(await overdue()).toEqual({ C: 'decision', H: 'decision' });
  });

  it('flags the undecided and the unassigned cases once 8 October has passed', async () => {
    on('2026-10-09', '08:00');

    expect(await overdue()).toEqual({
      A: 'decision',
      B: 'decision',
      C: 'decision',
      H: 'decision',
      D: 'assignment',
      G: 'assignment',
    });
    const one = await official('get', `/${cases.A.id}`);
    expect(one.body).toMatchObject({ overdue: true, overdueClock: 'decision' });
  });

  it('stops a clock when the case is decided or assigned, and a late decision starts the assignment clock', async () => {
    on('2026-10-09', '09:00');

    const a = await accept('A');
    await official('post', `/${cases.B.id}/decision`).send({ accepted: false, reason: '不符合条件' });
    await official('post', `/${cases.D.id}/assign`).send({ lawyerId: ids.staff.lawyer02 });

    // Friday 9 October + 3 = Monday 12 October.
    expect(a.assignmentDue).toBe('2026-10-12');
    expect(await overdue()).toEqual({ C: 'decision', H: 'decision', G: 'assignment' });
    const notOverdue = await official('get', '').query({ overdue: 'false', pageSize: 500 });
    const names = new Map(Object.entries(cases).map(([name, c]) => [c.id, name]));
    expect(notOverdue.body.items.map((i: { id: string }) => names.get(i.id)).sort()).toEqual(['A', 'B', 'D']);

    on('2026-10-13');
    expect(await overdue()).toEqual({ A: 'assignment', C: 'decision', H: 'decision', G: 'assignment' });
  });

  it('runs the clocks across the end of October', async () => {
    on('2026-10-26');
    const e = await intake('E');
    on('2026-10-29');
    await intake('F');
    const f = await accept('F');

    // Monday 26 Oct + 7 = Monday 2 Nov; Thursday 29 Oct + 3 = Sunday 1 Nov, moved to Monday 2 Nov.
    expect(e.decisionDue).toBe('2026-11-02');
    expect(f.assignmentDue).toBe('2026-11-02');
    on('2026-11-02', '18:00');
    const onDueDate = await overdue();
    expect(onDueDate).not.toHaveProperty('E');
    expect(onDueDate).not.toHaveProperty('F');
    on('2026-11-03');
    expect(await overdue()).toMatchObject({ E: 'decision', F: 'assignment' });
  });

  it('follows an official calendar override entered for a date', async () => {
    const put = await t
      .http()
      .put('/api/v1/calendar/2026-11-16')
      .set(bearer(token.county))
      .send({ workday: false, name: '临时停工' });
    expect(put.status).toBe(200);
    on('2026-11-09');

    const i = await intake('I');

    expect(i.decisionDue).toBe('2026-11-17');
  });
});
