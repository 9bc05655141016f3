import { DataSource } from 'typeorm';
import { addDays, businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import { NotifyService } from '@app/notify';
import { publishedWindowShifts, useTestApp } from '@app/testing';
import { answerProblems, type OpenApiDocument } from '../setup/openapi';

/** The answers that are not JSON: files, the year-end paragraph, the iCalendar feed; and 204s. */
const NOT_JSON = [
  'get /api/v1/stats/monthly/export',
  'get /api/v1/stats/yearly/report',
  'get /api/v1/attendance/export',
  'get /api/v1/lawyers/{id}/calendar.ics',
  'post /api/v1/auth/logout',
  'post /api/v1/auth/password',
  'delete /api/v1/auth/sessions/{id}',
  'delete /api/v1/security/sessions/{id}',
];

describe('The OpenAPI document', () => {
  const clock = new FixedClock(businessInstant('2026-11-23', '10:00'));
  const t = useTestApp({ seed: true, clock });
  let doc: OpenApiDocument;

  beforeAll(async () => {
    doc = (await t.http().get('/api/docs-json')).body as OpenApiDocument;
  });

  it('gives the shape of every JSON answer', () => {
    const undocumented: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(operations)) {
        const answers = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
        if (!answers.some(([, answer]) => answer.content?.['application/json']?.schema))
          undocumented.push(`${method} ${path}`);
      }

    expect(undocumented.sort()).toEqual([...NOT_JSON].sort());
  });

  it('matches what lists, the phone reveal, the outboxes and the code request answer', async () => {
    const as = async (username: string) => ({ authorization: `Bearer ${await t.login(username)}` });
    const phone = '13912345678';
    // A message of 胜山镇 waiting in the outbox, for the officials' list.
    await t.app.get(NotifyService).enqueue(t.app.get(DataSource).manager, {
      phone,
      kind: 'booking_confirmation',
      text: '您已预约胜山镇公共法律服务站',
      regionCode: '330282113',
    });
    const staff = await t
      .http()
      .get('/api/v1/staff')
      .set(await as('admin'));
    const lawyer = staff.body.items.find((s: { username: string }) => s.username === 'lawyer01');
    const answers = [
      ['get', '/api/v1/staff', staff],
      [
        'get',
        '/api/v1/staff/{id}/phone',
        await t
          .http()
          .get(`/api/v1/staff/${lawyer.id}/phone`)
          .set(await as('admin')),
      ],
      [
        'get',
        '/api/v1/advisor-assignments',
        await t
          .http()
          .get('/api/v1/advisor-assignments')
          .set(await as('shengshan.official')),
      ],
      [
        'get',
        '/api/v1/audit-events',
        await t
          .http()
          .get('/api/v1/audit-events')
          .set(await as('auditor')),
      ],
      [
        'get',
        '/api/v1/audit-events/verify',
        await t
          .http()
          .get('/api/v1/audit-events/verify')
          .set(await as('auditor')),
      ],
      ['post', '/api/v1/auth/otp', await t.http().post('/api/v1/auth/otp').send({ phone })],
      ['get', '/api/v1/dev/outbox', await t.http().get('/api/v1/dev/outbox').query({ phone })],
      [
        'get',
        '/api/v1/sms-outbox',
        await t
          .http()
          .get('/api/v1/sms-outbox')
          .query({ status: 'pending' })
          .set(await as('admin')),
      ],
    ] as const;

    expect(answerProblems(doc, answers)).toEqual([]);
    expect(doc.components.schemas.AuditChainResponse.properties?.checkpoint).toMatchObject({
      nullable: true,
    });
    // Each list holds something, so its items were checked too.
    for (const [, path, res] of answers) {
      const body = res.body as unknown;
      const items = Array.isArray(body) ? body : (body as { items?: unknown[] }).items;
      if (items) expect({ path, empty: items.length === 0 }).toEqual({ path, empty: false });
    }
  });

  it('matches what the sessions and the security administrator’s routes answer', async () => {
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'lawyer02', password: 'Demo@2026pass' });
    const security = { authorization: `Bearer ${await t.login('security')}` };

    const answers = [
      [
        'get',
        '/api/v1/auth/sessions',
        await t
          .http()
          .get('/api/v1/auth/sessions')
          .set({ authorization: `Bearer ${login.body.accessToken}` }),
      ],
      [
        'get',
        '/api/v1/security/sessions',
        await t.http().get('/api/v1/security/sessions').query({ staffId: login.body.user.id }).set(security),
      ],
      [
        'post',
        '/api/v1/security/accounts/{id}/unlock',
        await t.http().post(`/api/v1/security/accounts/${login.body.user.id}/unlock`).set(security),
      ],
    ] as const;

    expect(answerProblems(doc, answers)).toEqual([]);
    expect(answers.map(([, , res]) => res.status)).toEqual([200, 200, 200]);
  });

  it("matches what a correction, a township's sign-in events and the roster's coverage answer", async () => {
    const token = await t.login('shengshan.official');
    const official = { authorization: `Bearer ${token}` };
    const centre = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'township_center' })
    ).body[0] as { id: string };
    const [shift] = await publishedWindowShifts(t, token, SHENGSHAN, centre.id);
    clock.set(businessInstant(addDays(shift.date, 1), '09:00'));
    const correction = await t
      .http()
      .post('/api/v1/attendance/corrections')
      .set(official)
      .send({
        action: 'add',
        type: 'check_in',
        shiftId: shift.id,
        at: businessInstant(shift.date, '08:35'),
        reason: '补录签到',
      });
    const events = await t
      .http()
      .get('/api/v1/attendance/events')
      .query({ regionCode: SHENGSHAN, from: shift.date, to: shift.date })
      .set(official);
    const coverage = await t
      .http()
      .get('/api/v1/rosters/coverage')
      .query({ regionCode: SHENGSHAN, month: shift.date.slice(0, 7) })
      .set(official);

    expect(
      answerProblems(doc, [
        ['post', '/api/v1/attendance/corrections', correction],
        ['get', '/api/v1/attendance/events', events],
        ['get', '/api/v1/rosters/coverage', coverage],
      ]),
    ).toEqual([]);
    expect(events.body).toContainEqual(
      expect.objectContaining({ id: correction.body.event.id, source: 'correction' }),
    );
  });
});
