import { addDays, businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN, ZHANGQI } from '@app/demo';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import { bearer, staffDirectory, useTestApp } from '@app/testing';
import type { CreateWorkshopDto, UpdateWorkshopDto } from '@app/worklog/workshops/dto/workshop.dto';
import type { WorkshopResponse } from '@app/worklog/workshops/dto/workshop.response';
import { auditTrailOf, dailyCounters } from '../setup/worklog';

/** The body as JSON carries it: instants as ISO strings. */
type WorkshopBody = Omit<CreateWorkshopDto, 'heldAt'> & { heldAt: string };
type PatchBody = Omit<UpdateWorkshopDto, 'heldAt'> & { heldAt?: string };

const WORKSHOP_METRICS = ['workshops', 'lectures', 'workshopAudience'] as const;
const DAY_MS = 86_400_000;

describe('Work log: workshops (e2e)', () => {
  // 18:00 on Monday 23 November 2026 (Asia/Shanghai); each test starts there and holds its workshops
  // on days of its own.
  const today = '2026-11-23';
  const NOW = businessInstant(today, '18:00');
  const clock = new FixedClock(NOW);
  const t = useTestApp({ seed: true, clock });
  const staff = staffDirectory(t);
  let villages: ServicePointResponse[];
  let zhangqiCentre: ServicePointResponse;

  beforeAll(async () => {
    await staff.load();
    villages = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'village_point' })
    ).body as ServicePointResponse[];
    zhangqiCentre = (
      await t.http().get('/api/v1/service-points').query({ regionCode: ZHANGQI, kind: 'township_center' })
    ).body[0] as ServicePointResponse;
  }, 60_000);

  beforeEach(() => clock.set(NOW));

  /** 14:00 on the day `daysAgo` days before today. */
  const heldAt = (daysAgo: number) => businessInstant(addDays(today, -daysAgo), '14:00').toISOString();

  const lecture = (
    village: ServicePointResponse,
    daysAgo: number,
    extra: Partial<WorkshopBody> = {},
  ): WorkshopBody => ({
    servicePointId: village.id,
    heldAt: heldAt(daysAgo),
    topic: '农村土地承包法律知识讲座',
    audienceCount: 45,
    kind: 'lecture',
    ...extra,
  });

  const post = (token: string, body: WorkshopBody | Record<string, unknown>) =>
    t.http().post('/api/v1/workshops').set(bearer(token)).send(body);
  const patch = (token: string, id: string, body: PatchBody | Record<string, unknown>) =>
    t.http().patch(`/api/v1/workshops/${id}`).set(bearer(token)).send(body);
  const voidIt = (token: string, id: string, reason: string) =>
    t.http().post(`/api/v1/workshops/${id}/void`).set(bearer(token)).send({ reason });
  const list = (token: string, query: Record<string, string> = {}) =>
    t.http().get('/api/v1/workshops').query(query).set(bearer(token));
  const get = (token: string, id: string) => t.http().get(`/api/v1/workshops/${id}`).set(bearer(token));

  async function created(token: string, body: WorkshopBody): Promise<WorkshopResponse> {
    const res = await post(token, body);
    if (res.status !== 201) throw new Error(`workshops: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as WorkshopResponse;
  }

  it('records a lecture by its lawyer at a village of their township; officials and the lawyer list and get it', async () => {
    const lawyer = await staff.token('lawyer01');
    const official = await staff.token('shengshan.official');
    const day = addDays(today, -1);

    const res = await post(lawyer, lecture(villages[0], 1));
    const listed = await list(official, { regionCode: SHENGSHAN, from: day, to: day, kind: 'lecture' });
    const publicity = await list(official, { regionCode: SHENGSHAN, from: day, to: day, kind: 'publicity' });
    const byLawyer = await list(lawyer, { from: day, to: day });
    const one = await get(official, res.body.id);

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      servicePointId: villages[0].id,
      regionCode: villages[0].regionCode,
      heldAt: heldAt(1),
      topic: '农村土地承包法律知识讲座',
      audienceCount: 45,
      kind: 'lecture',
      lecturerId: staff.id('lawyer01'),
      recordedBy: staff.id('lawyer01'),
      locked: false,
      voidedAt: null,
    });
    expect(res.body.lecturerName).not.toBe('');
    expect(listed.body).toMatchObject({ total: 1, page: 1 });
    expect(listed.body.items[0].id).toBe(res.body.id);
    expect(publicity.body.total).toBe(0);
    expect(byLawyer.body.items.map((w: WorkshopResponse) => w.id)).toContain(res.body.id);
    expect(one.body).toEqual(res.body);
  });

  it('answers 400 per field for an unknown kind, audience below 0 or above 100,000, a long or blank topic, a future time and unknown fields, never 500', async () => {
    const lawyer = await staff.token('lawyer01');
    const ok = lecture(villages[1], 2);

    const answers = {
      kind: await post(lawyer, { ...ok, kind: 'party' }),
      negativeAudience: await post(lawyer, { ...ok, audienceCount: -1 }),
      hugeAudience: await post(lawyer, { ...ok, audienceCount: 100_001 }),
      fractionalAudience: await post(lawyer, { ...ok, audienceCount: 1.5 }),
      longTopic: await post(lawyer, { ...ok, topic: '讲'.repeat(201) }),
      blankTopic: await post(lawyer, { ...ok, topic: ' ' }),
      future: await post(lawyer, { ...ok, heldAt: new Date(NOW.getTime() + DAY_MS).toISOString() }),
      notATime: await post(lawyer, { ...ok, heldAt: 'next week' }),
      unknownField: await post(lawyer, { ...ok, photos: ['a.jpg'] }),
      badLecturer: await post(lawyer, { ...ok, lecturerId: 'lawyer02' }),
    };

    for (const [name, res] of Object.entries(answers)) {
      expect({ name, status: res.status, code: res.body.code }).toEqual({
        name,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    expect(Object.keys(answers.kind.body.details)).toEqual(['kind']);
    expect(Object.keys(answers.hugeAudience.body.details)).toEqual(['audienceCount']);
    expect(Object.keys(answers.longTopic.body.details)).toEqual(['topic']);
    expect(Object.keys(answers.future.body.details)).toEqual(['heldAt']);
    const zero = await post(lawyer, { ...ok, audienceCount: 0, topic: '<b>普法</b><script>x()</script>' });
    expect(zero.status).toBe(201);
    expect(zero.body.topic).toBe('<b>普法</b><script>x()</script>');
  });

  it('lets a lawyer record only their own lectures, in their township, of the last 7 days; officials backfill and name lawyers of their jurisdiction', async () => {
    const lawyer = await staff.token('lawyer01');
    const shengshan = await staff.token('shengshan.official');
    const zhangqi = await staff.token('zhangqi.official');

    const forOther = await post(lawyer, lecture(villages[2], 3, { lecturerId: staff.id('lawyer02') }));
    const otherTownship = await post(lawyer, lecture(zhangqiCentre, 3));
    const tooOld = await post(lawyer, lecture(villages[2], 10));
    const backfill = await post(shengshan, lecture(villages[2], 30, { lecturerId: staff.id('lawyer02') }));
    const noLecturer = await post(
      shengshan,
      lecture(villages[2], 30, { kind: 'publicity', lecturerId: null }),
    );
    const outsideLecturer = await post(
      shengshan,
      lecture(villages[2], 3, { lecturerId: staff.id('lawyer07') }),
    );
    const outsidePoint = await post(zhangqi, lecture(villages[2], 3, { lecturerId: staff.id('lawyer07') }));

    expect(forOther.status).toBe(403);
    expect(forOther.body.code).toBe('NOT_YOUR_ENTRY');
    expect(otherTownship.status).toBe(404);
    expect(tooOld.status).toBe(422);
    expect(tooOld.body.code).toBe('TOO_OLD_TO_RECORD');
    expect(backfill.status).toBe(201);
    expect(backfill.body).toMatchObject({
      lecturerId: staff.id('lawyer02'),
      recordedBy: staff.id('shengshan.official'),
    });
    expect(noLecturer.status).toBe(201);
    expect(noLecturer.body).toMatchObject({ lecturerId: null, lecturerName: null, kind: 'publicity' });
    expect(outsideLecturer.status).toBe(403);
    expect(outsidePoint.status).toBe(404);
  });

  it('keeps another township’s officials out: absent from their list, 404 on get, edit and void', async () => {
    const w = await created(await staff.token('lawyer01'), lecture(villages[3], 3));
    const zhangqi = await staff.token('zhangqi.official');
    const day = addDays(today, -3);

    const listed = await list(zhangqi, { from: day, to: day });
    const asked = await list(zhangqi, { regionCode: SHENGSHAN, from: day, to: day });
    const got = await get(zhangqi, w.id);
    const edited = await patch(zhangqi, w.id, { audienceCount: 1, reason: '更正' });
    const voided = await voidIt(zhangqi, w.id, '无此活动');
    const county = await list(await staff.token('cixi.official'), { from: day, to: day });

    expect(listed.body.items.map((x: WorkshopResponse) => x.id)).not.toContain(w.id);
    expect(asked.body.total).toBe(0);
    expect(got.status).toBe(404);
    expect(edited.status).toBe(404);
    expect(voided.status).toBe(404);
    expect(county.body.items.map((x: WorkshopResponse) => x.id)).toContain(w.id);
  });

  it('locks the lecturer’s edit after 7 days (422 WORKSHOP_LOCKED) but takes an official’s correction with a reason; another lawyer may not edit; all audited', async () => {
    const lawyer = await staff.token('lawyer01');
    const official = await staff.token('shengshan.official');
    const w = await created(lawyer, lecture(villages[4], 4, { audienceCount: 30 }));

    const byColleague = await patch(await staff.token('lawyer02'), w.id, { audienceCount: 31 });
    const ownEdit = await patch(lawyer, w.id, { audienceCount: 35 });
    clock.set(new Date(NOW.getTime() + 8 * DAY_MS));
    const locked = await patch(lawyer, w.id, { audienceCount: 36 });
    const noReason = await patch(official, w.id, { audienceCount: 38 });
    const correction = await patch(official, w.id, { audienceCount: 38, reason: '按签到表更正人数' });
    const trail = await auditTrailOf(t, 'workshop', w.id);

    expect(byColleague.status).toBe(403);
    expect(byColleague.body.code).toBe('NOT_YOUR_ENTRY');
    expect(ownEdit.status).toBe(200);
    expect(locked.status).toBe(422);
    expect(locked.body.code).toBe('WORKSHOP_LOCKED');
    expect(noReason.status).toBe(400);
    expect(correction.status).toBe(200);
    expect(correction.body.audienceCount).toBe(38);
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'correction']);
    expect(trail[1].changes).toEqual({ audienceCount: { from: 30, to: 35 } });
    expect(trail[2]).toMatchObject({
      actorId: staff.id('shengshan.official'),
      changes: { audienceCount: { from: 35, to: 38 }, note: { reason: '按签到表更正人数' } },
    });
  });

  it('voids with a reason: it stays (includeVoided), counts nowhere, and cannot be voided twice or edited', async () => {
    const lawyer = await staff.token('lawyer01');
    const w = await created(lawyer, lecture(villages[5], 5));
    const day = addDays(today, -5);

    const voided = await voidIt(lawyer, w.id, '活动取消');
    const twice = await voidIt(lawyer, w.id, '活动取消');
    const edit = await patch(await staff.token('shengshan.official'), w.id, {
      topic: '改期',
      reason: '更正',
    });
    const live = await list(lawyer, { from: day, to: day });
    const all = await list(lawyer, { from: day, to: day, includeVoided: 'true' });

    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ voidReason: '活动取消', voidedBy: staff.id('lawyer01') });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ALREADY_VOIDED');
    expect(edit.status).toBe(422);
    expect(edit.body.code).toBe('WORKSHOP_VOIDED');
    expect(live.body.items.map((x: WorkshopResponse) => x.id)).not.toContain(w.id);
    expect(all.body.items.map((x: WorkshopResponse) => x.id)).toContain(w.id);
    expect(
      await dailyCounters(
        t,
        { day, servicePointId: villages[5].id, lawyerId: staff.id('lawyer01') },
        WORKSHOP_METRICS,
      ),
    ).toEqual({});
  });

  it('moves stat_daily on create, an edit of kind, audience and day, and the void', async () => {
    const lawyer = await staff.token('lawyer01');
    const lecturerId = staff.id('lawyer01');
    const village = villages[6];
    const counters = (daysAgo: number) =>
      dailyCounters(
        t,
        { day: addDays(today, -daysAgo), servicePointId: village.id, lawyerId: lecturerId },
        WORKSHOP_METRICS,
      );

    const w = await created(lawyer, lecture(village, 6, { audienceCount: 40 }));
    const afterCreate = await counters(6);
    await patch(lawyer, w.id, { kind: 'publicity', audienceCount: 60 });
    const asPublicity = await counters(6);
    await patch(lawyer, w.id, { heldAt: heldAt(5) });
    const movedFrom = await counters(6);
    const movedTo = await counters(5);
    await voidIt(lawyer, w.id, '重复登记');
    const afterVoid = await counters(5);

    expect(afterCreate).toEqual({ workshops: 1, lectures: 1, workshopAudience: 40 });
    expect(asPublicity).toEqual({ workshops: 1, workshopAudience: 60 });
    expect(movedFrom).toEqual({});
    expect(movedTo).toEqual({ workshops: 1, workshopAudience: 60 });
    expect(afterVoid).toEqual({});
  });
});
