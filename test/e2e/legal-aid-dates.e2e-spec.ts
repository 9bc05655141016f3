import { businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import type { LegalAidCaseResponse } from '@app/legal-aid';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import { StatsVerifyService } from '@app/stats';
import { bearer, demoIds, useTestApp } from '@app/testing';
import { application } from '../setup/legal-aid';
import { answerProblems, type Answer, type OpenApiDocument } from '../setup/openapi';

/** An ISO instant of a wall-clock time in Asia/Shanghai. */
const at = (date: string, time = '10:00') => businessInstant(date, time).toISOString();

/**
 * Decisions, assignments and closings recorded after the day they happened carry their real date
 * (decidedAt, assignedAt, closedAt): the timeline, the statistics, the statutory clocks and the
 * month's overdue report follow it. "Today" is Wednesday 8 April 2026; the steps happened in March.
 * The decision is due 7 days after receipt, the assignment 3 days after the decision (a last day
 * off work moving to the next working day; 2026-03-07/08 is a weekend).
 */
describe('Legal-aid steps dated when they happened (e2e)', () => {
  const NOW = businessInstant('2026-04-08', '10:00');
  const clock = new FixedClock(NOW);
  const t = useTestApp({ seed: true, clock });
  const token: Record<string, string> = {};
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let villages: ServicePointResponse[];
  let doc: OpenApiDocument;
  /** The cases of this file by name, to read the lists with. */
  const cases = new Map<string, string>();
  const answers: Answer[] = [];
  let n = 0;

  const as = (who: string) => ({
    post: (path: string, body?: object) =>
      t.http().post(`/api/v1/legal-aid-cases${path}`).set(bearer(token[who])).send(body),
    get: (path = '', query: Record<string, string | number> = {}) =>
      t.http().get(`/api/v1/legal-aid-cases${path}`).query(query).set(bearer(token[who])),
  });
  const official = () => as('shengshan.official');

  /** An application received at `receivedAt`, taken in today by lawyer01. */
  async function intake(name: string, receivedAt: string, pointId = ids.shengshanCentre) {
    const res = await as('lawyer01').post('', application(pointId, ++n, { receivedAt }));
    if (res.status !== 201) throw new Error(`intake ${name}: ${res.status} ${JSON.stringify(res.body)}`);
    cases.set(name, res.body.id);
    return res.body as LegalAidCaseResponse;
  }

  /** A step answered 200, kept for the OpenAPI check. */
  async function step(name: string, action: string, body: object): Promise<LegalAidCaseResponse> {
    const res = await official().post(`/${cases.get(name)}/${action}`, body);
    if (res.status !== 200) throw new Error(`${action} ${name}: ${res.status} ${JSON.stringify(res.body)}`);
    answers.push(['post', `/api/v1/legal-aid-cases/{id}/${action}`, res]);
    return res.body as LegalAidCaseResponse;
  }

  /** The names of this file's cases in a list, sorted. */
  async function listed(query: Record<string, string>): Promise<string[]> {
    const res = await official().get('', { ...query, pageSize: 500 });
    expect(res.status).toBe(200);
    answers.push(['get', '/api/v1/legal-aid-cases', res]);
    const names = new Map([...cases].map(([name, id]) => [id, name]));
    return (res.body.items as { id: string }[]).flatMap((i) => names.get(i.id) ?? []).sort();
  }

  const monthly = async (regionCode: string, month: string) => {
    const res = await t
      .http()
      .get('/api/v1/stats/monthly')
      .query({ regionCode, month })
      .set(bearer(token['shengshan.official']));
    expect(res.status).toBe(200);
    return res.body.totals as Record<string, number>;
  };

  beforeAll(async () => {
    ids = await demoIds(t);
    for (const u of ['shengshan.official', 'lawyer01', 'lawyer02', 'lawyer03']) token[u] = await t.login(u);
    villages = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'village_point' })
    ).body as ServicePointResponse[];
    doc = (await t.http().get('/api/docs-json')).body as OpenApiDocument;
  });

  afterEach(() => clock.set(NOW));

  describe('a case decided, assigned and closed in March, recorded in April', () => {
    let closed: LegalAidCaseResponse;

    beforeAll(async () => {
      await intake('M', at('2026-02-26'), villages[0].id);
      await step('M', 'decision', { accepted: true, decidedAt: at('2026-03-02', '15:00') });
      await step('M', 'assign', { lawyerId: ids.staff.lawyer02, assignedAt: at('2026-03-04', '09:00') });
      closed = await step('M', 'close', {
        outcome: '调解结案，支付拖欠工资',
        amountRecovered: 12800,
        closedAt: at('2026-03-20', '16:00'),
      });
    });

    it('keeps the real dates on the case and in the timeline, with when each step was recorded', () => {
      expect(closed).toMatchObject({
        status: 'closed',
        receivedAt: at('2026-02-26'),
        decisionDue: '2026-03-05',
        decidedAt: at('2026-03-02', '15:00'),
        decidedLate: false,
        assignmentDue: '2026-03-05',
        assignedAt: at('2026-03-04', '09:00'),
        firstAssignedAt: at('2026-03-04', '09:00'),
        assignedLate: false,
        closedAt: at('2026-03-20', '16:00'),
      });
      expect(closed.timeline.map((e) => [e.step, e.at, e.recordedAt])).toEqual([
        ['apply', at('2026-02-26'), NOW.toISOString()],
        ['accept', at('2026-03-02', '15:00'), NOW.toISOString()],
        ['assign', at('2026-03-04', '09:00'), NOW.toISOString()],
        ['close', at('2026-03-20', '16:00'), NOW.toISOString()],
      ]);
    });

    it('counts the case in March, the month of its decision, not in April when it was recorded; the recount agrees', async () => {
      const village = villages[0].regionCode;

      const march = await monthly(village, '2026-03');
      const april = await monthly(village, '2026-04');
      const february = await monthly(village, '2026-02');
      const recount = await t.app.get(StatsVerifyService).nightly();

      expect(march).toMatchObject({ legalAidCases: 1, legalAidRecovered: 12800 });
      expect(april).toMatchObject({ legalAidCases: 0, legalAidRecovered: 0 });
      expect(february).toMatchObject({ legalAidCases: 0 });
      expect(recount.differences).toBe(0);
    });
  });

  describe('late steps and the overdue report of a month', () => {
    beforeAll(async () => {
      // L: due 9 March, decided on the 16th (late); assigned in time on the 18th (due the 19th).
      await intake('L', at('2026-03-02'));
      await step('L', 'decision', { accepted: true, decidedAt: at('2026-03-16', '11:00') });
      await step('L', 'assign', { lawyerId: ids.staff.lawyer02, assignedAt: at('2026-03-18') });
      // A: decided in time on 5 March; the assignment due Sunday 8 March moves to Monday the 9th;
      // assigned on the 12th (late), reassigned in April.
      await intake('A', at('2026-03-02'));
      await step('A', 'decision', { accepted: true, decidedAt: at('2026-03-05') });
      await step('A', 'assign', { lawyerId: ids.staff.lawyer02, assignedAt: at('2026-03-12') });
      await step('A', 'assign', { lawyerId: ids.staff.lawyer03 });
      // W: due 27 March and still waiting today. M (above) was decided, assigned and closed in time.
      await intake('W', at('2026-03-20'));
    });

    it('marks a decision after its due date decidedLate, a first assignment after its due date assignedLate', async () => {
      const l = (await official().get(`/${cases.get('L')}`)).body as LegalAidCaseResponse;
      const a = (await official().get(`/${cases.get('A')}`)).body as LegalAidCaseResponse;

      expect(l).toMatchObject({
        decisionDue: '2026-03-09',
        decidedLate: true,
        assignmentDue: '2026-03-19',
        assignedLate: false,
      });
      expect(a).toMatchObject({
        decisionDue: '2026-03-09',
        decidedLate: false,
        assignmentDue: '2026-03-09',
        assignedLate: true,
        firstAssignedAt: at('2026-03-12'),
        assignedAt: NOW.toISOString(),
        assignedLawyer: { id: ids.staff.lawyer03 },
      });
    });

    it('lists in a month’s overdue report every case past a clock on a day of that month, and keeps a late decision in the month it was made', async () => {
      const waitingToday = await listed({ overdue: 'true' });
      const w = await step('W', 'decision', { accepted: true });

      const february = await listed({ overdue: 'true', month: '2026-02' });
      const march = await listed({ overdue: 'true', month: '2026-03' });
      const april = await listed({ overdue: 'true', month: '2026-04' });
      const may = await listed({ overdue: 'true', month: '2026-05' });
      const today = await listed({ overdue: 'true' });

      expect(waitingToday).toEqual(['W']);
      // Decided today, 12 days late: marked, and its assignment clock starts today (Saturday the 11th → Monday the 13th).
      expect(w).toMatchObject({
        decidedLate: true,
        decidedAt: NOW.toISOString(),
        assignmentDue: '2026-04-13',
      });
      expect(february).toEqual([]);
      expect(march).toEqual(['A', 'L', 'W']);
      expect(april).toEqual(['W']);
      expect(may).toEqual([]);
      expect(today).toEqual([]);
    });

    it('keeps the report of a month as it was when time moves on', async () => {
      clock.set(businessInstant('2026-06-30', '18:00'));

      const march = await listed({ overdue: 'true', month: '2026-03' });
      const april = await listed({ overdue: 'true', month: '2026-04' });
      const june = await listed({ overdue: 'true', month: '2026-06' });

      expect(march).toEqual(['A', 'L', 'W']);
      // W's assignment clock ran out on 13 April: late from the 14th, and every month since.
      expect(april).toEqual(['W']);
      expect(june).toEqual(['W']);
    });
  });

  describe('bad dates', () => {
    const fields = (res: { status: number; body: { code?: string; details?: object } }) => ({
      status: res.status,
      code: res.body.code,
      fields: Object.keys(res.body.details ?? {}),
    });
    const refused = (field: string) => ({ status: 400, code: 'VALIDATION_FAILED', fields: [field] });

    it('refuses a decision date in the future, before the application, or unparseable: 400 naming decidedAt, the case unchanged', async () => {
      const c = await intake('B1', at('2026-03-10'));
      const decide = (decidedAt: unknown) =>
        official().post(`/${c.id}/decision`, { accepted: true, decidedAt });

      const future = await decide(new Date(NOW.getTime() + 1000).toISOString());
      const beforeApplication = await decide(at('2026-03-10', '09:59'));
      const unparseable = await decide('last Tuesday');
      const impossible = await decide('2026-02-30T10:00:00+08:00');
      const nullDate = await decide(null);
      const after = await official().get(`/${c.id}`);

      expect(fields(future)).toEqual(refused('decidedAt'));
      expect(future.body.details.decidedAt).toEqual(['decidedAt must not be in the future']);
      expect(fields(beforeApplication)).toEqual(refused('decidedAt'));
      expect(beforeApplication.body.details.decidedAt[0]).toMatch(/before the application was received/);
      expect(fields(unparseable)).toEqual(refused('decidedAt'));
      expect(fields(impossible)).toEqual(refused('decidedAt'));
      expect(fields(nullDate)).toEqual(refused('decidedAt'));
      expect(after.body).toMatchObject({ status: 'applied', decidedAt: null, decidedLate: null });
      expect(after.body.timeline).toHaveLength(1);
    });

    it('refuses an assignment before the decision and a closing before the assignment: 400 naming the field', async () => {
      await intake('B2', at('2026-03-10'));
      await step('B2', 'decision', { accepted: true, decidedAt: at('2026-03-12') });
      const id = cases.get('B2')!;
      const assign = (assignedAt: unknown, lawyerId = ids.staff.lawyer02) =>
        official().post(`/${id}/assign`, { lawyerId, assignedAt });
      const close = (closedAt: unknown) => official().post(`/${id}/close`, { outcome: '结案', closedAt });

      const beforeDecision = await assign(at('2026-03-11'));
      const futureAssignment = await assign(new Date(NOW.getTime() + 60_000).toISOString());
      const unparseableAssignment = await assign('tomorrow');
      await step('B2', 'assign', { lawyerId: ids.staff.lawyer02, assignedAt: at('2026-03-13') });
      const reassignBefore = await assign(at('2026-03-12', '18:00'), ids.staff.lawyer03);
      const beforeAssignment = await close(at('2026-03-12'));
      const unparseableClosing = await close('2026-03-xx');
      const after = await official().get(`/${id}`);

      expect(fields(beforeDecision)).toEqual(refused('assignedAt'));
      expect(beforeDecision.body.details.assignedAt[0]).toMatch(/before the decision/);
      expect(fields(futureAssignment)).toEqual(refused('assignedAt'));
      expect(fields(unparseableAssignment)).toEqual(refused('assignedAt'));
      expect(fields(reassignBefore)).toEqual(refused('assignedAt'));
      expect(reassignBefore.body.details.assignedAt[0]).toMatch(/before the assignment/);
      expect(fields(beforeAssignment)).toEqual(refused('closedAt'));
      expect(beforeAssignment.body.details.closedAt[0]).toMatch(/before the assignment/);
      expect(fields(unparseableClosing)).toEqual(refused('closedAt'));
      expect(after.body).toMatchObject({
        status: 'assigned',
        assignedAt: at('2026-03-13'),
        assignedLawyer: { id: ids.staff.lawyer02 },
        closedAt: null,
      });
    });

    it('answers 400 naming month for a month without overdue=true or not a month', async () => {
      const withoutOverdue = await official().get('', { month: '2026-03' });
      const notOverdue = await official().get('', { overdue: 'false', month: '2026-03' });
      const badMonth = await official().get('', { overdue: 'true', month: '2026-13' });

      expect(fields(withoutOverdue)).toEqual(refused('month'));
      expect(fields(notOverdue)).toEqual(refused('month'));
      expect(fields(badMonth)).toEqual(refused('month'));
    });
  });

  it('answers the steps and the lists in the shapes the OpenAPI document gives', () => {
    expect(answers.length).toBeGreaterThan(10);
    expect(answerProblems(doc, answers)).toEqual([]);
  });
});
