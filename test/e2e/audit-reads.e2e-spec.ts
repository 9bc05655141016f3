import { FixedClock } from '@app/core';
import { bearer, createAppointment, createResident, demoIds, useTestApp } from '@app/testing';
import { application } from '../setup/legal-aid';

// 08:00 on Monday 23 November 2026 (Asia/Shanghai): the demo roster of November is published.
const MONDAY_8AM = new Date('2026-11-23T00:00:00Z');

interface ListReadEvent {
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  regionCode: string | null;
  requestId: string | null;
  changes: { note: Record<string, unknown> & { ids: string[]; fields: string[] } } | null;
}

describe('Staff reads of personal data in lists, in the audit trail', () => {
  const clock = new FixedClock(MONDAY_8AM);
  const t = useTestApp({ seed: true, clock });
  let auditor: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  /** The auditor's `pii.list` events of an entity type, newest first. */
  async function listReads(entityType: string): Promise<ListReadEvent[]> {
    const res = await t
      .http()
      .get('/api/v1/audit-events')
      .query({ action: 'pii.list', entityType, pageSize: 500 })
      .set(bearer(auditor));
    return res.body.items as ListReadEvent[];
  }

  beforeAll(async () => {
    auditor = await t.login('auditor');
    ids = await demoIds(t);
  });

  describe('the day’s appointments of a service point', () => {
    /** A resident made directly, with a token (an SMS login each would only test the OTP again). */
    async function resident(phone: string): Promise<string> {
      return (await createResident(t, phone)).token;
    }

    it('writes one read event per answer, naming every appointment shown and what was asked', async () => {
      const slots = (
        await t
          .http()
          .get(`/api/v1/service-points/${ids.shengshanCentre}/slots`)
          .query({ from: '2026-11-23', to: '2026-11-23' })
      ).body as { id: string }[];
      const booked: string[] = [];
      for (const [i, phone] of ['13600000101', '13600000102'].entries()) {
        const appointment = await createAppointment(t, await resident(phone), {
          slotId: slots[i].id,
          topic: 'labour_wages',
          description: '工资被拖欠三个月',
          name: `居民${i}`,
        });
        booked.push(appointment.id);
      }
      const lawyer = await t.login('lawyer01');

      const list = await t
        .http()
        .get('/api/v1/appointments')
        .query({ servicePointId: ids.shengshanCentre, date: '2026-11-23' })
        .set(bearer(lawyer));

      expect(list.status).toBe(200);
      const shown = (list.body as { id: string }[]).map((a) => a.id);
      expect(shown).toEqual(expect.arrayContaining(booked));
      const events = (await listReads('appointment')).filter(
        (e) => e.requestId === list.headers['x-request-id'],
      );
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: 'pii.list',
        entityType: 'appointment',
        entityId: null,
        regionCode: '330282113',
        actorName: expect.any(String),
      });
      expect(events[0].changes?.note).toEqual({
        servicePointId: ids.shengshanCentre,
        date: '2026-11-23',
        fields: ['name', 'description', 'residentPhoneMasked'],
        ids: shown,
      });
    });

    it('writes nothing for a day without appointments', async () => {
      const lawyer = await t.login('lawyer01');
      const before = await listReads('appointment');

      const list = await t
        .http()
        .get('/api/v1/appointments')
        .query({ servicePointId: ids.shengshanCentre, date: '2026-11-21' })
        .set(bearer(lawyer));

      expect(list.body).toEqual([]);
      expect(await listReads('appointment')).toEqual(before);
    });
  });

  describe('legal-aid cases', () => {
    it('writes one read event per page, naming every case whose applicant it showed', async () => {
      const lawyer = await t.login('lawyer01');
      for (const n of [1, 2, 3]) {
        const res = await t
          .http()
          .post('/api/v1/legal-aid-cases')
          .set(bearer(lawyer))
          .send(application(ids.shengshanCentre, n));
        expect(res.status).toBe(201);
      }
      const official = await t.login('shengshan.official');

      const page = await t
        .http()
        .get('/api/v1/legal-aid-cases')
        .query({ regionCode: '330282113', pageSize: 2 })
        .set(bearer(official));

      expect(page.status).toBe(200);
      expect(page.body.items).toHaveLength(2);
      const events = (await listReads('legal_aid_case')).filter(
        (e) => e.requestId === page.headers['x-request-id'],
      );
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorName: '胡所长', entityId: null, regionCode: '330282113' });
      expect(events[0].changes?.note).toMatchObject({
        regionCode: '330282113',
        pageSize: 2,
        fields: ['applicant.name', 'applicant.phoneMasked', 'applicant.idNumberMasked', 'summary'],
        ids: (page.body.items as { id: string }[]).map((c) => c.id),
      });
      expect(JSON.stringify(events[0])).not.toContain('申请人');
    });
  });
});
