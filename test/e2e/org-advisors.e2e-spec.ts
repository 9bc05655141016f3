import { addDays, businessInstant, FixedClock } from '@app/core';
import { DEMO_COUNTY, SHENGSHAN, ZHANGQI } from '@app/demo';
import type {
  AdvisorAssignmentResponse,
  CreateAdvisorAssignmentDto,
} from '@app/org/advisors/dto/advisor-assignment.dto';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import type { StaffResponse } from '@app/org/staff/dto/staff.dto';
import { bearer, useTestApp } from '@app/testing';

describe('Advisor assignments and coverage (e2e)', () => {
  const clock = new FixedClock(businessInstant('2026-11-23', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const token = { shengshan: '', zhangqi: '', cixi: '', admin: '', lawyer: '' };
  const staffId: Record<string, string> = {};
  const pointId: Record<string, string> = {};
  // The demo seed starts every assignment on 1 January of last year, where its history begins.
  const historyStart = '2025-01-01';
  const today = clock.today();
  const yesterday = addDays(today, -1);
  const tomorrow = addDays(today, 1);

  beforeAll(async () => {
    token.shengshan = await t.login('shengshan.official');
    token.zhangqi = await t.login('zhangqi.official');
    token.cixi = await t.login('cixi.official');
    token.admin = await t.login('admin');
    token.lawyer = await t.login('lawyer01');
    const staff = await t.http().get('/api/v1/staff').query({ pageSize: 500 }).set(bearer(token.admin));
    for (const s of staff.body.items as StaffResponse[]) staffId[s.username] = s.id;
    const points = await t.http().get('/api/v1/service-points').query({ regionCode: DEMO_COUNTY });
    for (const p of points.body as ServicePointResponse[]) pointId[p.regionCode] = p.id;
  });

  function listAssignments(asToken: string, query: Record<string, string | number>) {
    return t.http().get('/api/v1/advisor-assignments').query(query).set(bearer(asToken));
  }

  function assign(asToken: string, body: object) {
    return t.http().post('/api/v1/advisor-assignments').set(bearer(asToken)).send(body);
  }

  function end(asToken: string, id: string, to: string) {
    return t.http().post(`/api/v1/advisor-assignments/${id}/end`).set(bearer(asToken)).send({ to });
  }

  function coverage(asToken: string, query: Record<string, string> = {}) {
    return t.http().get('/api/v1/advisor-coverage').query(query).set(bearer(asToken));
  }

  async function assignmentsOf(regionCode: string): Promise<AdvisorAssignmentResponse[]> {
    const res = await listAssignments(token.cixi, { servicePointId: pointId[regionCode] });
    return res.body.items as AdvisorAssignmentResponse[];
  }

  async function currentAssignmentOf(regionCode: string): Promise<AdvisorAssignmentResponse> {
    const res = await listAssignments(token.cixi, { servicePointId: pointId[regionCode], activeOn: today });
    const [current] = res.body.items as AdvisorAssignmentResponse[];
    if (!current) throw new Error(`no current advisor at ${regionCode}`);
    return current;
  }

  describe('GET /api/v1/advisor-coverage (before any change)', () => {
    it('reports every village and community of 胜山镇 covered', async () => {
      const res = await coverage(token.shengshan, { regionCode: SHENGSHAN });

      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        regionCode: SHENGSHAN,
        date: today,
        villages: 12,
        covered: 12,
        uncovered: [],
      });
    });

    it('counts every village of the county for the county official, only the two demo towns covered', async () => {
      const res = await coverage(token.cixi, { regionCode: DEMO_COUNTY });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ villages: 406, covered: 28 });
      expect(res.body.uncovered).toHaveLength(378);
      expect(
        res.body.uncovered.filter(
          (u: { regionCode: string }) =>
            u.regionCode.startsWith(SHENGSHAN) || u.regionCode.startsWith(ZHANGQI),
        ),
      ).toEqual([]);
    });

    it('defaults to the caller’s own region, also for a lawyer', async () => {
      const official = await coverage(token.zhangqi);
      const lawyer = await coverage(token.lawyer);

      expect(official.body).toMatchObject({ regionCode: ZHANGQI, villages: 16, covered: 16 });
      expect(lawyer.body).toMatchObject({ regionCode: SHENGSHAN, villages: 12, covered: 12 });
    });

    it('reports no coverage before the assignments began', async () => {
      const res = await coverage(token.shengshan, { regionCode: SHENGSHAN, date: addDays(historyStart, -1) });

      expect(res.body).toMatchObject({ villages: 12, covered: 0 });
      expect(res.body.uncovered).toHaveLength(12);
    });
  });

  describe('GET /api/v1/advisor-assignments', () => {
    it('lists the 12 assignments of 胜山镇 to its official, all running since the start of the year', async () => {
      const res = await listAssignments(token.shengshan, { regionCode: SHENGSHAN });

      expect(res.status).toBe(200);
      expect(res.body.total).toBe(12);
      const items = res.body.items as AdvisorAssignmentResponse[];
      expect(
        items.every((a) => a.regionCode.startsWith(SHENGSHAN) && a.from === historyStart && a.to === null),
      ).toBe(true);
      expect(items.map((a) => a.servicePointId).sort()).toEqual(
        Object.entries(pointId)
          .filter(([code]) => code.startsWith(SHENGSHAN) && code.length === 12)
          .map(([, id]) => id)
          .sort(),
      );
      const groupIds = ['lawyer01', 'lawyer02', 'lawyer03', 'lawyer04', 'lawyer05', 'lawyer06'].map(
        (u) => staffId[u],
      );
      expect(items.every((a) => groupIds.includes(a.lawyerId))).toBe(true);
    });

    it('gives the 胜山镇 official nothing from 掌起镇, even when asked for it', async () => {
      const res = await listAssignments(token.shengshan, { regionCode: ZHANGQI });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ items: [], total: 0 });
    });

    it('shows the county official both towns', async () => {
      const res = await listAssignments(token.cixi, { regionCode: DEMO_COUNTY });

      expect(res.body.total).toBe(28);
    });

    it('filters by lawyer: each of the six advisors of 胜山镇 serves two villages', async () => {
      const res = await listAssignments(token.shengshan, { lawyerId: staffId.lawyer01 });

      expect(res.body.total).toBe(2);
      expect(
        (res.body.items as AdvisorAssignmentResponse[]).every((a) => a.lawyerId === staffId.lawyer01),
      ).toBe(true);
    });

    it('refuses a lawyer with 403', async () => {
      const res = await listAssignments(token.lawyer, { regionCode: SHENGSHAN });

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN_ROLE');
    });

    it('refuses bad filters with 400 naming each', async () => {
      const res = await listAssignments(token.shengshan, { lawyerId: 'lawyer01', activeOn: '2026-02-30' });

      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['activeOn', 'lawyerId']);
    });
  });

  describe('POST /api/v1/advisor-assignments', () => {
    it('refuses a second advisor for a village in an overlapping period (409 ADVISOR_ALREADY_ASSIGNED) and keeps one', async () => {
      const village = '330282113202';

      const res = await assign(token.shengshan, {
        lawyerId: staffId.lawyer02,
        servicePointId: pointId[village],
        from: today,
        to: addDays(today, 30),
      } satisfies CreateAdvisorAssignmentDto);

      expect(res.status).toBe(409);
      expect(res.body.code).toBe('ADVISOR_ALREADY_ASSIGNED');
      expect(await assignmentsOf(village)).toHaveLength(1);
    });

    it('hands a village over: the current advisor ends, the next one starts the day after', async () => {
      const village = '330282113203';
      const current = await currentAssignmentOf(village);

      const ended = await end(token.shengshan, current.id, today);
      const overlapping = await assign(token.shengshan, {
        lawyerId: staffId.lawyer05,
        servicePointId: pointId[village],
        from: today,
      } satisfies CreateAdvisorAssignmentDto);
      const next = await assign(token.shengshan, {
        lawyerId: staffId.lawyer05,
        servicePointId: pointId[village],
        from: tomorrow,
      } satisfies CreateAdvisorAssignmentDto);

      expect(ended.status).toBe(200);
      expect(ended.body).toEqual({ ...current, to: today });
      expect(overlapping.status).toBe(409);
      expect(next.status).toBe(201);
      expect(next.body).toEqual({
        id: expect.any(String),
        lawyerId: staffId.lawyer05,
        servicePointId: pointId[village],
        regionCode: village,
        from: tomorrow,
        to: null,
      });
      expect((await assignmentsOf(village)).map((a) => [a.from, a.to]).sort()).toEqual([
        [historyStart, today],
        [tomorrow, null],
      ]);
    });

    it('lets an advisor of 掌起镇 serve a 胜山镇 village of the same county', async () => {
      const village = '330282113204';
      await end(token.shengshan, (await currentAssignmentOf(village)).id, today);

      const res = await assign(token.shengshan, {
        lawyerId: staffId.lawyer07,
        servicePointId: pointId[village],
        from: tomorrow,
      } satisfies CreateAdvisorAssignmentDto);

      expect(res.status).toBe(201);
      expect(res.body.lawyerId).toBe(staffId.lawyer07);
    });

    it('refuses a township centre (422 NOT_A_VILLAGE_POINT)', async () => {
      const res = await assign(token.shengshan, {
        lawyerId: staffId.lawyer01,
        servicePointId: pointId[SHENGSHAN],
        from: tomorrow,
      } satisfies CreateAdvisorAssignmentDto);

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('NOT_A_VILLAGE_POINT');
      expect(await assignmentsOf(SHENGSHAN)).toEqual([]);
    });

    it('refuses an official as advisor (422 NOT_A_LAWYER)', async () => {
      const village = '330282113205';

      const res = await assign(token.shengshan, {
        lawyerId: staffId['shengshan.official'],
        servicePointId: pointId[village],
        from: addDays(today, 400),
      } satisfies CreateAdvisorAssignmentDto);

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('NOT_A_LAWYER');
      expect(await assignmentsOf(village)).toHaveLength(1);
    });

    it('refuses an unknown person as advisor (422 NOT_A_LAWYER)', async () => {
      const res = await assign(token.shengshan, {
        lawyerId: '00000000-0000-4000-8000-000000000000',
        servicePointId: pointId['330282113205'],
        from: addDays(today, 400),
      } satisfies CreateAdvisorAssignmentDto);

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('NOT_A_LAWYER');
    });

    it('refuses a disabled lawyer (422 NOT_A_LAWYER)', async () => {
      const disabled = await t
        .http()
        .patch(`/api/v1/staff/${staffId.lawyer06}`)
        .set(bearer(token.shengshan))
        .send({ status: 'disabled' });

      const res = await assign(token.shengshan, {
        lawyerId: staffId.lawyer06,
        servicePointId: pointId['330282113205'],
        from: addDays(today, 400),
      } satisfies CreateAdvisorAssignmentDto);

      expect(disabled.status).toBe(200);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('NOT_A_LAWYER');
    });

    it('treats a 掌起镇 village point as unknown to the 胜山镇 official (404) and assigns nobody', async () => {
      const village = '330282104203';

      const res = await assign(token.shengshan, {
        lawyerId: staffId.lawyer01,
        servicePointId: pointId[village],
        from: addDays(today, 400),
      } satisfies CreateAdvisorAssignmentDto);

      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SERVICE_POINT_NOT_FOUND');
      expect(await assignmentsOf(village)).toHaveLength(1);
    });

    it.each(['2026-02-30', '2026-13-01', '2026-1-1', '20260101', 'tomorrow'])(
      'refuses the invalid date %s with 400 naming the field',
      async (from) => {
        const res = await assign(token.shengshan, {
          lawyerId: staffId.lawyer01,
          servicePointId: pointId['330282113206'],
          from,
          to: '2027-02-29',
        });

        expect(res.status).toBe(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(Object.keys(res.body.details).sort()).toEqual(['from', 'to']);
      },
    );

    it('refuses an end before the start (400 INVALID_PERIOD)', async () => {
      const res = await assign(token.shengshan, {
        lawyerId: staffId.lawyer01,
        servicePointId: pointId['330282113206'],
        from: addDays(today, 400),
        to: addDays(today, 399),
      } satisfies CreateAdvisorAssignmentDto);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_PERIOD');
      expect(res.body.details.to).toBeDefined();
    });

    it('refuses ids that are not uuids and unknown fields with 400', async () => {
      const res = await assign(token.shengshan, {
        lawyerId: 'lawyer01',
        servicePointId: 42,
        from: tomorrow,
        note: 'x',
      });

      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['lawyerId', 'note', 'servicePointId']);
    });

    it('refuses a lawyer with 403', async () => {
      const res = await assign(token.lawyer, {
        lawyerId: staffId.lawyer01,
        servicePointId: pointId['330282113206'],
        from: addDays(today, 400),
      } satisfies CreateAdvisorAssignmentDto);

      expect(res.status).toBe(403);
      expect(await assignmentsOf('330282113206')).toHaveLength(1);
    });
  });

  describe('POST /api/v1/advisor-assignments/:id/end', () => {
    it('refuses an end before the start of the assignment (400 INVALID_PERIOD) and leaves it running', async () => {
      const current = await currentAssignmentOf('330282113207');

      const res = await end(token.shengshan, current.id, addDays(historyStart, -1));

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_PERIOD');
      expect(await currentAssignmentOf('330282113207')).toEqual(current);
    });

    it('treats a 掌起镇 assignment as unknown to the 胜山镇 official (404) and leaves it running', async () => {
      const current = await currentAssignmentOf('330282104204');

      const res = await end(token.shengshan, current.id, today);

      expect(res.status).toBe(404);
      expect(res.body.code).toBe('ADVISOR_ASSIGNMENT_NOT_FOUND');
      expect((await currentAssignmentOf('330282104204')).to).toBeNull();
    });

    it('refuses to stretch a finished assignment over its successor (409) and keeps both as they were', async () => {
      const village = '330282113203';
      const before = await assignmentsOf(village);
      const finished = before.find((a) => a.to !== null)!;

      const res = await end(token.shengshan, finished.id, addDays(today, 10));

      expect(res.status).toBe(409);
      expect(res.body.code).toBe('ADVISOR_ALREADY_ASSIGNED');
      expect(await assignmentsOf(village)).toEqual(before);
    });

    it('refuses an invalid date or id with 400', async () => {
      const current = await currentAssignmentOf('330282113207');

      const badDate = await end(token.shengshan, current.id, '2026-02-30');
      const badId = await end(token.shengshan, 'not-a-uuid', today);

      expect(badDate.status).toBe(400);
      expect(badDate.body.details.to).toBeDefined();
      expect(badId.status).toBe(400);
      expect(badId.body.details.id).toBeDefined();
    });

    it('refuses a lawyer with 403', async () => {
      const current = await currentAssignmentOf('330282113207');

      const res = await end(token.lawyer, current.id, today);

      expect(res.status).toBe(403);
      expect((await currentAssignmentOf('330282113207')).to).toBeNull();
    });
  });

  describe('GET /api/v1/advisor-coverage', () => {
    it('keeps a village covered on its advisor’s last day and while a successor is lined up', async () => {
      const res = await coverage(token.shengshan, { regionCode: SHENGSHAN });

      expect(res.body).toMatchObject({ villages: 12, covered: 12, uncovered: [] });
    });

    it('lists a village whose advisor left yesterday as uncovered, by code and name', async () => {
      const village = '330282113208';
      const current = await currentAssignmentOf(village);
      expect(current.from <= yesterday).toBe(true);
      const ended = await end(token.shengshan, current.id, yesterday);

      const res = await coverage(token.shengshan, { regionCode: SHENGSHAN });

      expect(ended.status).toBe(200);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        regionCode: SHENGSHAN,
        date: today,
        villages: 12,
        covered: 11,
        uncovered: [{ regionCode: village, name: '胜西村' }],
      });
    });

    it('answers for a past date as it was then', async () => {
      const res = await coverage(token.shengshan, { regionCode: SHENGSHAN, date: yesterday });

      expect(res.body).toMatchObject({ date: yesterday, covered: 12, uncovered: [] });
    });

    it('counts a village whose only point is closed as uncovered', async () => {
      const village = '330282113209';
      const closed = await t
        .http()
        .patch(`/api/v1/service-points/${pointId[village]}`)
        .set(bearer(token.shengshan))
        .send({ active: false });

      const res = await coverage(token.shengshan, { regionCode: SHENGSHAN });

      expect(closed.status).toBe(200);
      expect(res.body.uncovered).toEqual([
        { regionCode: '330282113208', name: '胜西村' },
        { regionCode: village, name: '胜南村' },
      ]);
      expect(res.body.covered).toBe(10);
    });

    it('narrows to one village', async () => {
      const res = await coverage(token.shengshan, { regionCode: '330282113208' });

      expect(res.body).toMatchObject({
        villages: 1,
        covered: 0,
        uncovered: [{ regionCode: '330282113208', name: '胜西村' }],
      });
    });

    it('leaves 掌起镇’s coverage untouched by 胜山镇’s changes', async () => {
      const res = await coverage(token.zhangqi, { regionCode: ZHANGQI });

      expect(res.body).toMatchObject({ villages: 16, covered: 16, uncovered: [] });
    });

    it('refuses the 胜山镇 official a look at 掌起镇 (403 OUTSIDE_JURISDICTION)', async () => {
      const res = await coverage(token.shengshan, { regionCode: ZHANGQI });

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUTSIDE_JURISDICTION');
    });

    it.each([
      ['regionCode', '3302821'],
      ['regionCode', '33'],
      ['date', '2026-02-30'],
    ])('refuses %s=%s with 400', async (param, value) => {
      const res = await coverage(token.cixi, { [param]: value });

      expect(res.status).toBe(400);
      expect(res.body.details[param]).toBeDefined();
    });

    it('needs a token', async () => {
      const res = await t.http().get('/api/v1/advisor-coverage').query({ regionCode: SHENGSHAN });

      expect(res.status).toBe(401);
    });
  });
});
