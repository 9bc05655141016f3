import { businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import type { AdvisorAssignmentResponse } from '@app/org/advisors/dto/advisor-assignment.dto';
import { bearer, createServiceLog, staffDirectory, useTestApp } from '@app/testing';
import type { CreateServiceLogDto, UpdateServiceLogDto } from '@app/worklog/service-logs/dto/service-log.dto';
import type { CreateWorkshopDto, UpdateWorkshopDto } from '@app/worklog/workshops/dto/workshop.dto';
import { auditTrailOf } from '../setup/worklog';

/** The bodies as JSON carries them: instants as ISO strings. */
type LogBody = Omit<CreateServiceLogDto, 'occurredAt'> & { occurredAt: string };
type LogPatch = Omit<UpdateServiceLogDto, 'occurredAt'> & { occurredAt?: string };
type WorkshopBody = Omit<CreateWorkshopDto, 'heldAt'> & { heldAt: string };
type WorkshopPatch = Omit<UpdateWorkshopDto, 'heldAt'> & { heldAt?: string };

/**
 * The author's edit window counts from the service date (occurredAt; heldAt for a workshop), not from
 * when the entry was written: with WORKLOG_EDIT_DAYS = 7, an entry is editable by its lawyer until the
 * end of the 7th day (Asia/Shanghai) after the service. "Today" is Wednesday 3 February 2027.
 */
describe('Work log: the edit window counts from the service date (e2e)', () => {
  const NOW = businessInstant('2027-02-03', '10:00');
  const clock = new FixedClock(NOW);
  const t = useTestApp({ seed: true, clock });
  const staff = staffDirectory(t);
  /** A village that lawyer01 advises (since 1 January), so lawyer01 records services there any day. */
  let village: string;
  let lawyer: string;
  let official: string;

  beforeAll(async () => {
    await staff.load();
    lawyer = await staff.token('lawyer01');
    official = await staff.token('shengshan.official');
    const assignments = await t
      .http()
      .get('/api/v1/advisor-assignments')
      .query({ regionCode: SHENGSHAN, pageSize: 100 })
      .set(bearer(official));
    village = (assignments.body.items as AdvisorAssignmentResponse[]).find(
      (a) => a.lawyerId === staff.id('lawyer01'),
    )!.servicePointId;
  }, 60_000);

  beforeEach(() => clock.set(NOW));

  const consultation = (occurredAt: Date, extra: Partial<LogBody> = {}): LogBody => ({
    type: 'consultation',
    topic: 'land_housing',
    servicePointId: village,
    occurredAt: occurredAt.toISOString(),
    peopleCount: 2,
    summary: '宅基地确权咨询',
    ...extra,
  });
  const postLog = (token: string, body: LogBody) =>
    t.http().post('/api/v1/service-logs').set(bearer(token)).send(body);
  const patchLog = (token: string, id: string, body: LogPatch) =>
    t.http().patch(`/api/v1/service-logs/${id}`).set(bearer(token)).send(body);
  const voidLog = (token: string, id: string) =>
    t.http().post(`/api/v1/service-logs/${id}/void`).set(bearer(token)).send({ reason: '重复登记' });

  /** An official's backfill for lawyer01, written now. */
  function backfilled(occurredAt: Date): Promise<{ id: string; editableUntil: string; locked: boolean }> {
    return createServiceLog(t, official, consultation(occurredAt, { lawyerId: staff.id('lawyer01') }));
  }

  it('locks for its lawyer an entry an official backfilled today for a service 8 days ago (422 LOG_LOCKED); the official still corrects it with a reason', async () => {
    const log = await backfilled(businessInstant('2027-01-26', '10:00'));

    const edit = await patchLog(lawyer, log.id, { peopleCount: 3 });
    const voided = await voidLog(lawyer, log.id);
    const noReason = await patchLog(official, log.id, { peopleCount: 3 });
    const correction = await patchLog(official, log.id, { peopleCount: 3, reason: '核对登记簿后更正人数' });
    const trail = await auditTrailOf(t, 'service_log', log.id);

    // 26 January + 7 days: editable until the end of 2 February, i.e. before 3 February 00:00 +08:00.
    expect(log).toMatchObject({ locked: true, editableUntil: '2027-02-02T16:00:00.000Z' });
    expect(edit.status).toBe(422);
    expect(edit.body).toMatchObject({
      code: 'LOG_LOCKED',
      details: { editableUntil: '2027-02-02T16:00:00.000Z' },
    });
    expect(voided.status).toBe(422);
    expect(voided.body.code).toBe('LOG_LOCKED');
    expect(noReason.status).toBe(400);
    expect(noReason.body.details).toHaveProperty('reason');
    expect(correction.status).toBe(200);
    expect(correction.body).toMatchObject({ peopleCount: 3, locked: true });
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([
      ['create', staff.id('shengshan.official')],
      ['correction', staff.id('shengshan.official')],
    ]);
  });

  it('lets the lawyer edit an entry an official backfilled today for a service 2 days ago, until the end of day 7 after the service', async () => {
    const log = await backfilled(businessInstant('2027-02-01', '15:00'));

    const today = await patchLog(lawyer, log.id, { peopleCount: 4, outcome: '已告知确权流程' });
    clock.set(businessInstant('2027-02-08', '23:59'));
    const lastMinute = await patchLog(lawyer, log.id, { peopleCount: 5 });
    clock.set(businessInstant('2027-02-09', '00:00'));
    const nextDay = await patchLog(lawyer, log.id, { peopleCount: 6 });
    const trail = await auditTrailOf(t, 'service_log', log.id);

    expect(log).toMatchObject({ locked: false, editableUntil: '2027-02-08T16:00:00.000Z' });
    expect(today.status).toBe(200);
    expect(today.body).toMatchObject({ peopleCount: 4, outcome: '已告知确权流程', locked: false });
    expect(lastMinute.status).toBe(200);
    expect(nextDay.status).toBe(422);
    expect(nextDay.body.code).toBe('LOG_LOCKED');
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([
      ['create', staff.id('shengshan.official')],
      ['update', staff.id('lawyer01')],
      ['update', staff.id('lawyer01')],
    ]);
  });

  it('counts a lawyer’s own entry from the service date too: recorded on day 7 after the service, locked the next day; day 8 is too old to record', async () => {
    const day7 = await postLog(lawyer, consultation(businessInstant('2027-01-27', '09:00')));
    const day8 = await postLog(lawyer, consultation(businessInstant('2027-01-26', '17:00')));
    clock.set(businessInstant('2027-02-04', '00:00'));
    const tomorrow = await patchLog(lawyer, day7.body.id, { peopleCount: 1 });

    expect(day7.status).toBe(201);
    expect(day7.body).toMatchObject({
      createdAt: NOW.toISOString(),
      editableUntil: businessInstant('2027-02-04').toISOString(),
      locked: false,
    });
    expect(day8.status).toBe(422);
    expect(day8.body.code).toBe('TOO_OLD_TO_RECORD');
    expect(tomorrow.status).toBe(422);
    expect(tomorrow.body.code).toBe('LOG_LOCKED');
  });

  it('does not let a lawyer reopen a locked window by moving the service date, nor move an open entry to a locked date', async () => {
    const open = await backfilled(businessInstant('2027-02-01', '15:00'));
    const locked = await backfilled(businessInstant('2027-01-20', '15:00'));

    const toLockedDate = await patchLog(lawyer, open.id, {
      occurredAt: businessInstant('2027-01-25', '15:00').toISOString(),
    });
    const reopen = await patchLog(lawyer, locked.id, {
      occurredAt: businessInstant('2027-02-02', '15:00').toISOString(),
    });

    expect(toLockedDate.status).toBe(422);
    expect(toLockedDate.body.code).toBe('TOO_OLD_TO_RECORD');
    expect(reopen.status).toBe(422);
    expect(reopen.body.code).toBe('LOG_LOCKED');
  });

  describe('workshops (from heldAt)', () => {
    const lecture = (heldAt: Date): WorkshopBody => ({
      servicePointId: village,
      heldAt: heldAt.toISOString(),
      topic: '农村土地承包法解读',
      audienceCount: 40,
      kind: 'lecture',
      lecturerId: staff.id('lawyer01'),
    });
    const postWorkshop = (body: WorkshopBody) =>
      t.http().post('/api/v1/workshops').set(bearer(official)).send(body);
    const patchWorkshop = (token: string, id: string, body: WorkshopPatch) =>
      t.http().patch(`/api/v1/workshops/${id}`).set(bearer(token)).send(body);

    it('locks for its lecturer a lecture backfilled today that was held 8 days ago, and leaves one held 2 days ago open', async () => {
      const old = await postWorkshop(lecture(businessInstant('2027-01-26', '14:00')));
      const recent = await postWorkshop(lecture(businessInstant('2027-02-01', '14:00')));

      const oldEdit = await patchWorkshop(lawyer, old.body.id, { audienceCount: 41 });
      const recentEdit = await patchWorkshop(lawyer, recent.body.id, { audienceCount: 42 });
      const correction = await patchWorkshop(official, old.body.id, {
        audienceCount: 43,
        reason: '按签到表更正人数',
      });

      expect([old.status, recent.status]).toEqual([201, 201]);
      expect(old.body).toMatchObject({ locked: true, editableUntil: '2027-02-02T16:00:00.000Z' });
      expect(recent.body).toMatchObject({ locked: false, editableUntil: '2027-02-08T16:00:00.000Z' });
      expect(oldEdit.status).toBe(422);
      expect(oldEdit.body.code).toBe('WORKSHOP_LOCKED');
      expect(recentEdit.status).toBe(200);
      expect(recentEdit.body.audienceCount).toBe(42);
      expect(correction.status).toBe(200);
      expect(correction.body.audienceCount).toBe(43);
    });
  });
});
