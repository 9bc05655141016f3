import type { CreateAppointmentDto } from '@app/booking/appointments/appointments.controller';
import { addDays, businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN, ZHANGQI } from '@app/demo';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import type { ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import {
  bearer,
  createResident,
  createServiceLog,
  publishedWindowShifts,
  staffDirectory,
  useTestApp,
} from '@app/testing';
import type { CreateServiceLogDto, UpdateServiceLogDto } from '@app/worklog/service-logs/dto/service-log.dto';
import type { ServiceLogResponse } from '@app/worklog/service-logs/dto/service-log.response';
import { auditTrailOf, dailyCounters } from '../setup/worklog';

/** The body as JSON carries it: instants as ISO strings. */
type LogBody = Omit<CreateServiceLogDto, 'occurredAt'> & { occurredAt: string };
type PatchBody = Omit<UpdateServiceLogDto, 'occurredAt'> & { occurredAt?: string };

const LOG_METRICS = [
  'consultations',
  'documentsDrafted',
  'legalAidReferrals',
  'mediations',
  'mediationsResolved',
  'mediationAmount',
  'gridGuidance',
  'villageAffairs',
  'contractsReviewed',
  'contractAmount',
] as const;

const DAY_MS = 86_400_000;

describe('Work log: service logs (e2e)', () => {
  // The app's "now", from Monday 23 November 2026 (the seed's roster holds November and December);
  // every test sets it to the moment it acts at.
  const clock = new FixedClock(businessInstant('2026-11-23', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const staff = staffDirectory(t);
  let centre: ServicePointResponse;
  let zhangqiCentre: ServicePointResponse;
  /** The demo roster's window shifts at the 胜山镇 centre, one a working day; each test takes its own. */
  let pool: ShiftResponse[];

  beforeAll(async () => {
    await staff.load();
    centre = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'township_center' })
    ).body[0] as ServicePointResponse;
    zhangqiCentre = (
      await t.http().get('/api/v1/service-points').query({ regionCode: ZHANGQI, kind: 'township_center' })
    ).body[0] as ServicePointResponse;
    pool = await publishedWindowShifts(t, await staff.token('shengshan.official'), SHENGSHAN, centre.id);
  }, 60_000);

  const setNow = (date: string, time: string) => clock.set(businessInstant(date, time));

  /** A window shift no other test uses, with the clock at 16:00 that day and its lawyer's token. */
  async function onShift(): Promise<{ shift: ShiftResponse; token: string }> {
    const shift = pool.shift();
    if (!shift) throw new Error('the demo roster has no window shift left for this test');
    setNow(shift.date, '16:00');
    return { shift, token: await staff.token(shift.lawyerId) };
  }

  const consultation = (shift: ShiftResponse, extra: Partial<LogBody> = {}): LogBody => ({
    type: 'consultation',
    topic: 'labour_wages',
    servicePointId: shift.servicePointId,
    occurredAt: businessInstant(shift.date, '10:00').toISOString(),
    peopleCount: 2,
    summary: '咨询拖欠工资如何维权',
    ...extra,
  });

  const post = (token: string, body: LogBody | Record<string, unknown>) =>
    t.http().post('/api/v1/service-logs').set(bearer(token)).send(body);
  const patch = (token: string, id: string, body: PatchBody | Record<string, unknown>) =>
    t.http().patch(`/api/v1/service-logs/${id}`).set(bearer(token)).send(body);
  const voidLog = (token: string, id: string, reason: string) =>
    t.http().post(`/api/v1/service-logs/${id}/void`).set(bearer(token)).send({ reason });
  const get = (token: string, id: string) => t.http().get(`/api/v1/service-logs/${id}`).set(bearer(token));
  const list = (token: string, query: Record<string, string> = {}) =>
    t.http().get('/api/v1/service-logs').query(query).set(bearer(token));

  const created = (token: string, body: LogBody) => createServiceLog(t, token, body);

  describe('POST, GET and list', () => {
    it('records a consultation on the lawyer’s window shift, then lists and gets it', async () => {
      const { shift, token } = await onShift();

      const res = await post(token, consultation(shift, { outcome: '已告知劳动仲裁程序', followUp: true }));
      const mine = await list(token, { from: shift.date, to: shift.date });
      const one = await get(token, res.body.id);
      const official = await list(await staff.token('shengshan.official'), {
        lawyerId: shift.lawyerId,
        type: 'consultation',
        from: shift.date,
        to: shift.date,
      });

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        type: 'consultation',
        topic: 'labour_wages',
        servicePointId: centre.id,
        regionCode: SHENGSHAN,
        lawyerId: shift.lawyerId,
        lawyerName: shift.lawyerName,
        shiftId: shift.id,
        appointmentId: null,
        occurredAt: businessInstant(shift.date, '10:00').toISOString(),
        peopleCount: 2,
        outcome: '已告知劳动仲裁程序',
        followUp: true,
        amountInvolved: null,
        recordedBy: shift.lawyerId,
        locked: false,
        voidedAt: null,
      });
      // Editable through the 7th day after the service date (Asia/Shanghai).
      expect(res.body.editableUntil).toBe(businessInstant(addDays(shift.date, 8)).toISOString());
      expect(mine.status).toBe(200);
      expect(mine.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
      expect(mine.body.items[0].id).toBe(res.body.id);
      expect(one.status).toBe(200);
      expect(one.body).toEqual(res.body);
      expect(official.body.items.map((l: ServiceLogResponse) => l.id)).toEqual([res.body.id]);
    });

    it('lists newest first, filtered by type and topic, paginated', async () => {
      const { shift, token } = await onShift();
      const at = (time: string) => businessInstant(shift.date, time).toISOString();
      const early = await created(token, consultation(shift, { occurredAt: at('09:00') }));
      const late = await created(token, consultation(shift, { occurredAt: at('15:00'), topic: 'neighbour' }));
      const drafted = await created(
        token,
        consultation(shift, { occurredAt: at('11:00'), type: 'document_drafting', peopleCount: 1 }),
      );

      const all = await list(token, { from: shift.date, to: shift.date });
      const consultations = await list(token, { from: shift.date, to: shift.date, type: 'consultation' });
      const neighbours = await list(token, { from: shift.date, to: shift.date, topic: 'neighbour' });
      const secondPage = await list(token, { from: shift.date, to: shift.date, page: '2', pageSize: '2' });

      expect(all.body.items.map((l: ServiceLogResponse) => l.id)).toEqual([late.id, drafted.id, early.id]);
      expect(consultations.body.items.map((l: ServiceLogResponse) => l.id)).toEqual([late.id, early.id]);
      expect(neighbours.body.items.map((l: ServiceLogResponse) => l.id)).toEqual([late.id]);
      expect(secondPage.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(secondPage.body.items.map((l: ServiceLogResponse) => l.id)).toEqual([early.id]);
    });
  });

  describe('bad input', () => {
    it('answers 400 per field for unknown type or topic, people count 0 or 10,000, negative or misplaced amounts, a future or absurd date and unknown fields, never 500', async () => {
      const { shift, token } = await onShift();
      const ok = consultation(shift);
      const tomorrow = new Date(clock.now().getTime() + DAY_MS).toISOString();

      const answers = {
        type: await post(token, { ...ok, type: 'witchcraft' }),
        topic: await post(token, { ...ok, topic: 'aliens' }),
        peopleCount0: await post(token, { ...ok, peopleCount: 0 }),
        peopleCount10000: await post(token, { ...ok, peopleCount: 10_000 }),
        negative: await post(token, { ...ok, type: 'mediation', amountInvolved: -5 }),
        threeDecimals: await post(token, { ...ok, type: 'mediation', amountInvolved: 1.234 }),
        amountOnConsultation: await post(token, { ...ok, amountInvolved: 100 }),
        resolvedOnConsultation: await post(token, { ...ok, resolved: true }),
        contractOnMediation: await post(token, { ...ok, type: 'mediation', contractAmount: 5000 }),
        future: await post(token, { ...ok, occurredAt: tomorrow }),
        absurd: await post(token, { ...ok, occurredAt: '1926-11-23T10:00:00+08:00' }),
        notADate: await post(token, { ...ok, occurredAt: 'yesterday' }),
        unknownField: await post(token, { ...ok, secretNote: 'x' }),
        blankSummary: await post(token, { ...ok, summary: '   ' }),
        longSummary: await post(token, { ...ok, summary: '字'.repeat(2001) }),
        nullFollowUp: await post(token, { ...ok, followUp: null }),
        badLawyerId: await post(token, { ...ok, lawyerId: 'lawyer01' }),
      };

      const field = (name: keyof typeof answers) => Object.keys(answers[name].body.details ?? {});
      for (const [name, res] of Object.entries(answers)) {
        expect({ name, status: res.status, code: res.body.code }).toEqual({
          name,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
      expect(field('type')).toEqual(['type']);
      expect(field('topic')).toEqual(['topic']);
      expect(field('peopleCount0')).toEqual(['peopleCount']);
      expect(field('peopleCount10000')).toEqual(['peopleCount']);
      expect(field('negative')).toEqual(['amountInvolved']);
      expect(field('threeDecimals')).toEqual(['amountInvolved']);
      expect(field('amountOnConsultation')).toEqual(['amountInvolved']);
      expect(field('resolvedOnConsultation')).toEqual(['resolved']);
      expect(field('contractOnMediation')).toEqual(['contractAmount']);
      expect(field('future')).toEqual(['occurredAt']);
      expect(field('absurd')).toEqual(['occurredAt']);
      expect(field('notADate')).toEqual(['occurredAt']);
      expect(field('longSummary')).toEqual(['summary']);
      expect(field('nullFollowUp')).toEqual(['followUp']);
      const mine = await list(token, { from: shift.date, to: shift.date, includeVoided: 'true' });
      expect(mine.body.total).toBe(0);
    });

    it('stores HTML in free text as given and answers it as JSON text', async () => {
      const { shift, token } = await onShift();
      const html = '<script>alert(1)</script><b>欠薪</b>';

      const res = await post(
        token,
        consultation(shift, { summary: html, outcome: '<img src=x onerror=alert(2)>' }),
      );
      const again = await get(token, res.body.id);

      expect(res.status).toBe(201);
      expect(again.body.summary).toBe(html);
      expect(again.body.outcome).toBe('<img src=x onerror=alert(2)>');
      expect(again.headers['content-type']).toContain('application/json');
    });

    it('answers 400 for a malformed id or an empty or null patch, 404 for an unknown point or entry, 401 without a token and 403 for an admin', async () => {
      const { shift, token } = await onShift();
      const log = await created(token, consultation(shift));

      const badId = await get(token, 'not-a-uuid');
      const unknown = await get(token, '00000000-0000-4000-8000-000000000000');
      const unknownPoint = await post(
        token,
        consultation(shift, { servicePointId: '00000000-0000-4000-8000-000000000000' }),
      );
      const empty = await patch(token, log.id, {});
      const nullSummary = await patch(token, log.id, { summary: null });
      const zeroPeople = await patch(token, log.id, { peopleCount: 0 });
      const backwards = await list(token, { from: shift.date, to: addDays(shift.date, -1) });
      const anonymous = await t.http().post('/api/v1/service-logs').send(consultation(shift));
      const admin = await post(await staff.token('admin'), consultation(shift));

      expect(badId.status).toBe(400);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('SERVICE_LOG_NOT_FOUND');
      expect(unknownPoint.status).toBe(404);
      expect(empty.status).toBe(400);
      expect(nullSummary.status).toBe(400);
      expect(nullSummary.body.details).toHaveProperty('summary');
      expect(zeroPeople.status).toBe(400);
      expect(backwards.status).toBe(400);
      expect(backwards.body.details).toHaveProperty('to');
      expect(anonymous.status).toBe(401);
      expect(admin.status).toBe(403);
    });
  });

  describe('who may record where', () => {
    it('refuses a lawyer at a point where they have no shift that day (403) but takes their advised village', async () => {
      const { shift } = await onShift();
      const dayShifts = (
        await t
          .http()
          .get('/api/v1/shifts')
          .query({ servicePointId: centre.id, from: shift.date, to: shift.date })
          .set(bearer(await staff.token('shengshan.official')))
      ).body as ShiftResponse[];
      const assignments = (
        await t
          .http()
          .get('/api/v1/advisor-assignments')
          .query({ regionCode: SHENGSHAN, pageSize: 100 })
          .set(bearer(await staff.token('shengshan.official')))
      ).body.items as { lawyerId: string; servicePointId: string }[];
      // An advisor with no duty at the centre that day.
      const advice = assignments.find((a) => !dayShifts.some((s) => s.lawyerId === a.lawyerId))!;
      const advisor = await staff.token(advice.lawyerId);
      const stranger = assignments.find((a) => a.lawyerId !== advice.lawyerId)!;

      const atCentre = await post(advisor, consultation(shift));
      const atVillage = await post(advisor, consultation(shift, { servicePointId: advice.servicePointId }));
      const atOthersVillage = await post(
        advisor,
        consultation(shift, { servicePointId: stranger.servicePointId }),
      );

      expect(atCentre.status).toBe(403);
      expect(atCentre.body.code).toBe('NOT_ON_DUTY_AT_POINT');
      expect(atVillage.status).toBe(201);
      expect(atVillage.body.regionCode).toMatch(/^330282113\d{3}$/);
      expect(atOthersVillage.status).toBe(403);
    });

    it('refuses a lawyer naming another lawyer (403) or recording a service older than the edit window (422)', async () => {
      const { shift, token } = await onShift();

      const forOther = await post(token, consultation(shift, { lawyerId: staff.id('lawyer07') }));
      const forSelf = await post(token, consultation(shift, { lawyerId: shift.lawyerId }));
      setNow(addDays(shift.date, 8), '16:00');
      const tooOld = await post(token, consultation(shift));

      expect(forOther.status).toBe(403);
      expect(forOther.body.code).toBe('NOT_YOUR_ENTRY');
      expect(forSelf.status).toBe(201);
      expect(tooOld.status).toBe(422);
      expect(tooOld.body.code).toBe('TOO_OLD_TO_RECORD');
    });

    it('lets officials record for lawyers of their jurisdiction at points of it, and backfill', async () => {
      const { shift } = await onShift();
      const shengshan = await staff.token('shengshan.official');
      const zhangqi = await staff.token('zhangqi.official');
      const old = businessInstant(addDays(shift.date, -40), '10:00').toISOString();

      const backfill = await post(
        shengshan,
        consultation(shift, { lawyerId: staff.id('lawyer02'), occurredAt: old }),
      );
      const noLawyer = await post(shengshan, consultation(shift));
      const outsideLawyer = await post(shengshan, consultation(shift, { lawyerId: staff.id('lawyer07') }));
      const outsidePoint = await post(zhangqi, consultation(shift, { lawyerId: staff.id('lawyer07') }));
      const ownPoint = await post(
        zhangqi,
        consultation(shift, { lawyerId: staff.id('lawyer07'), servicePointId: zhangqiCentre.id }),
      );

      expect(backfill.status).toBe(201);
      expect(backfill.body).toMatchObject({
        lawyerId: staff.id('lawyer02'),
        recordedBy: staff.id('shengshan.official'),
        occurredAt: new Date(old).toISOString(),
      });
      expect(noLawyer.status).toBe(400);
      expect(noLawyer.body.details).toHaveProperty('lawyerId');
      expect(outsideLawyer.status).toBe(403);
      expect(outsideLawyer.body.code).toBe('OUTSIDE_JURISDICTION');
      expect(outsidePoint.status).toBe(404);
      expect(ownPoint.status).toBe(201);
      expect(ownPoint.body.regionCode).toBe(ZHANGQI);
    });

    it('keeps each official to their jurisdiction: another township’s entry is 404 and absent from lists, the county sees both', async () => {
      const { shift, token } = await onShift();
      const log = await created(token, consultation(shift));
      const zhangqi = await staff.token('zhangqi.official');

      const got = await get(zhangqi, log.id);
      const listed = await list(zhangqi, { from: shift.date, to: shift.date, regionCode: SHENGSHAN });
      const corrected = await patch(zhangqi, log.id, { peopleCount: 9, reason: '更正人数' });
      const voided = await voidLog(zhangqi, log.id, '重复登记');
      const county = await get(await staff.token('cixi.official'), log.id);

      expect(got.status).toBe(404);
      expect(listed.body.total).toBe(0);
      expect(corrected.status).toBe(404);
      expect(voided.status).toBe(404);
      expect(county.status).toBe(200);
      expect((await get(token, log.id)).body.peopleCount).toBe(2);
    });
  });

  describe('privacy between lawyers', () => {
    it('does not let a lawyer of another township read a lawyer’s entries: 404 on get, absent from the list', async () => {
      const { shift, token } = await onShift();
      const log = await created(
        token,
        consultation(shift, { summary: '离婚财产分割咨询', topic: 'marriage_family' }),
      );
      const other = await staff.token('lawyer07');
      const colleague = await staff.token(
        ['lawyer01', 'lawyer02', 'lawyer03'].find((u) => staff.id(u) !== shift.lawyerId)!,
      );

      const got = await get(other, log.id);
      const listed = await list(other, { from: shift.date, to: shift.date });
      const byLawyer = await list(other, { lawyerId: shift.lawyerId });
      const byColleague = await get(colleague, log.id);
      const edit = await patch(other, log.id, { summary: '改写' });

      expect(got.status).toBe(404);
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((l: ServiceLogResponse) => l.id)).not.toContain(log.id);
      expect(byLawyer.body.total).toBe(0);
      expect(byColleague.status).toBe(404);
      expect(edit.status).toBe(404);
      expect(JSON.stringify(listed.body)).not.toContain('离婚财产分割咨询');
    });
  });

  describe('editing, locking and corrections', () => {
    it('locks the author’s edit after 7 days (422 LOG_LOCKED) but takes an official’s correction with a reason; both audited with the diff', async () => {
      const { shift, token } = await onShift();
      const log = await created(token, consultation(shift, { peopleCount: 2 }));
      const official = await staff.token('shengshan.official');

      const ownEdit = await patch(token, log.id, { peopleCount: 3, outcome: '已解答' });
      clock.set(new Date(clock.now().getTime() + 8 * DAY_MS));
      const locked = await patch(token, log.id, { peopleCount: 4 });
      const lockedVoid = await voidLog(token, log.id, '写错了');
      const noReason = await patch(official, log.id, { peopleCount: 4 });
      const correction = await patch(official, log.id, { peopleCount: 4, reason: '核对签到表后更正人数' });
      const trail = await auditTrailOf(t, 'service_log', log.id);

      expect(ownEdit.status).toBe(200);
      expect(ownEdit.body).toMatchObject({ peopleCount: 3, outcome: '已解答' });
      expect(locked.status).toBe(422);
      expect(locked.body.code).toBe('LOG_LOCKED');
      expect(locked.body.details.editableUntil).toBe(log.editableUntil);
      expect(lockedVoid.status).toBe(422);
      expect(noReason.status).toBe(400);
      expect(noReason.body.details).toHaveProperty('reason');
      expect(correction.status).toBe(200);
      expect(correction.body).toMatchObject({ peopleCount: 4, locked: true });
      expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'correction']);
      const [, update, fix] = trail;
      expect(update.actorId).toBe(shift.lawyerId);
      expect(update.changes).toEqual({
        peopleCount: { from: 2, to: 3 },
        outcome: { from: null, to: '已解答' },
      });
      expect(fix.actorId).toBe(staff.id('shengshan.official'));
      expect(fix.changes).toEqual({
        peopleCount: { from: 3, to: 4 },
        note: { reason: '核对签到表后更正人数' },
      });
    });

    it('counts the 7-day edit window (WORKLOG_EDIT_DAYS) from the service date: open to the end of day 7 after it, locked from day 8', async () => {
      const { shift, token } = await onShift();
      const log = await created(token, consultation(shift));

      setNow(addDays(shift.date, 7), '23:59');
      const day7 = await patch(token, log.id, { topic: 'contract_debt' });
      setNow(addDays(shift.date, 8), '00:00');
      const day8 = await patch(token, log.id, { topic: 'other' });

      expect(log.editableUntil).toBe(businessInstant(addDays(shift.date, 8)).toISOString());
      expect(day7.status).toBe(200);
      expect(day8.status).toBe(422);
      expect(day8.body.code).toBe('LOG_LOCKED');
    });
  });

  describe('voiding', () => {
    it('voids with a reason: the entry stays with voidedAt and voidReason, leaves the list, and cannot be voided again or edited', async () => {
      const { shift, token } = await onShift();
      const log = await created(token, consultation(shift));

      const voided = await voidLog(token, log.id, '重复登记');
      const again = await voidLog(token, log.id, '重复登记');
      const edit = await patch(await staff.token('shengshan.official'), log.id, {
        peopleCount: 1,
        reason: '更正',
      });
      const live = await list(token, { from: shift.date, to: shift.date });
      const all = await list(token, { from: shift.date, to: shift.date, includeVoided: 'true' });
      const trail = await auditTrailOf(t, 'service_log', log.id);

      expect(voided.status).toBe(200);
      expect(voided.body).toMatchObject({ voidReason: '重复登记', voidedBy: shift.lawyerId });
      expect(voided.body.voidedAt).toBe(clock.now().toISOString());
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ALREADY_VOIDED');
      expect(edit.status).toBe(422);
      expect(edit.body.code).toBe('LOG_VOIDED');
      expect(live.body.total).toBe(0);
      expect(all.body.items.map((l: ServiceLogResponse) => l.id)).toEqual([log.id]);
      expect((await get(token, log.id)).body.voidReason).toBe('重复登记');
      expect(trail.map((e) => e.action)).toEqual(['create', 'void']);
    });
  });

  describe('statistics', () => {
    it('moves stat_daily on create, an edit that changes the type, people and amounts, and the void', async () => {
      const { shift, token } = await onShift();
      const key = { day: shift.date, servicePointId: centre.id, lawyerId: shift.lawyerId };
      const counters = () => dailyCounters(t, key, LOG_METRICS);

      const log = await created(token, consultation(shift, { peopleCount: 3 }));
      const afterCreate = await counters();
      await patch(token, log.id, { type: 'mediation', amountInvolved: 1087.25, resolved: true });
      const asMediation = await counters();
      const review = await patch(token, log.id, { type: 'contract_review', contractAmount: 180000 });
      const asReview = await counters();
      await voidLog(token, log.id, '录入错误');
      const afterVoid = await counters();

      expect(afterCreate).toEqual({ consultations: 3 });
      expect(asMediation).toEqual({ mediations: 1, mediationsResolved: 1, mediationAmount: 108725 });
      expect(review.body).toMatchObject({ amountInvolved: null, resolved: null, contractAmount: 180000 });
      expect(asReview).toEqual({ contractsReviewed: 1, contractAmount: 18000000 });
      expect(afterVoid).toEqual({});
    });

    it('moves the counts to the new day, point and lawyer when an official corrects them', async () => {
      const { shift, token } = await onShift();
      const log = await created(token, consultation(shift, { peopleCount: 5 }));
      const official = await staff.token('shengshan.official');
      const otherDay = addDays(shift.date, -1);

      const otherLawyer = staff.id(staff.id('lawyer01') === shift.lawyerId ? 'lawyer02' : 'lawyer01');
      const oldKey = { day: shift.date, servicePointId: centre.id, lawyerId: shift.lawyerId };
      const newKey = { day: otherDay, servicePointId: centre.id, lawyerId: otherLawyer };
      const atNewKey = (await dailyCounters(t, newKey, LOG_METRICS)).consultations ?? 0;

      const res = await patch(official, log.id, {
        occurredAt: businessInstant(otherDay, '10:00').toISOString(),
        lawyerId: otherLawyer,
        reason: '补录时日期和律师填错',
      });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ lawyerId: otherLawyer, recordedBy: shift.lawyerId });
      expect(await dailyCounters(t, oldKey, LOG_METRICS)).toEqual({});
      expect((await dailyCounters(t, newKey, LOG_METRICS)).consultations).toBe(atNewKey + 5);
    });
  });

  describe('from an appointment', () => {
    let n = 0;

    async function resident(): Promise<string> {
      return (await createResident(t, `137${String(20_000_000 + n++).padStart(8, '0')}`)).token;
    }

    it('accepts the completion’s draft as it is, once: a second log of the appointment is 409', async () => {
      const shift = pool.shift()!;
      setNow(shift.date, '07:00');
      const residentToken = await resident();
      const slots = (
        await t
          .http()
          .get(`/api/v1/service-points/${centre.id}/slots`)
          .query({ from: shift.date, to: shift.date })
      ).body as { id: string; lawyerName: string }[];
      const slot = slots.find((s) => s.lawyerName === shift.lawyerName)!;
      const booked = await t
        .http()
        .post('/api/v1/appointments')
        .set(bearer(residentToken))
        .send({
          slotId: slot.id,
          topic: 'land_housing',
          description: '宅基地纠纷',
        } satisfies CreateAppointmentDto);
      const lawyer = await staff.token(shift.lawyerId);
      const official = await staff.token('shengshan.official');
      const village = (
        await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'village_point' })
      ).body[0] as ServicePointResponse;
      setNow(shift.date, '16:00');

      const early = await post(lawyer, consultation(shift, { appointmentId: booked.body.id }));
      const completed = await t
        .http()
        .post(`/api/v1/appointments/${booked.body.id}/complete`)
        .set(bearer(lawyer));
      const draft = completed.body.serviceLogDraft as LogBody;
      const unknown = await post(lawyer, { ...draft, appointmentId: '00000000-0000-4000-8000-000000000000' });
      const elsewhere = await post(official, {
        ...draft,
        lawyerId: shift.lawyerId,
        servicePointId: village.id,
      });
      // Five taps on "save" at once: the database's unique key lets exactly one through.
      const racing = await Promise.all([1, 2, 3, 4, 5].map(() => post(lawyer, draft)));
      const byOfficial = await post(official, { ...draft, lawyerId: shift.lawyerId });
      const moved = await patch(lawyer, racing.find((r) => r.status === 201)!.body.id, {
        servicePointId: village.id,
      });

      expect(booked.status).toBe(201);
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('APPOINTMENT_NOT_COMPLETED');
      expect(completed.status).toBe(200);
      expect(draft).toEqual({
        type: 'consultation',
        topic: 'land_housing',
        servicePointId: centre.id,
        occurredAt: booked.body.slot.startsAt,
        peopleCount: 1,
        summary: '宅基地纠纷',
        appointmentId: booked.body.id,
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('APPOINTMENT_NOT_FOUND');
      expect(elsewhere.status).toBe(422);
      expect(elsewhere.body.code).toBe('APPOINTMENT_POINT_MISMATCH');
      const first = racing.filter((r) => r.status === 201);
      expect(first).toHaveLength(1);
      expect(first[0].body).toMatchObject({
        appointmentId: booked.body.id,
        lawyerId: shift.lawyerId,
        shiftId: shift.id,
      });
      expect(
        racing.filter((r) => r.status === 409 && r.body.code === 'APPOINTMENT_ALREADY_LOGGED'),
      ).toHaveLength(4);
      expect(byOfficial.status).toBe(409);
      expect(byOfficial.body.code).toBe('APPOINTMENT_ALREADY_LOGGED');
      expect(moved.status).toBe(422);
      expect(moved.body.code).toBe('APPOINTMENT_POINT_MISMATCH');
    });
  });
});
