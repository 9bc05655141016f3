import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { addDays, businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import { NotifyService } from '@app/notify';
import { publishedWindowShifts, useTestApp } from '@app/testing';
import { openApiDocumentOffline } from '../../apps/api/src/openapi';
import { answerProblems, type OpenApiDocument, uncompilableSchemas } from '../setup/openapi';

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; type?: unknown };

/** Every schema of the document (components, and those written in place) with where it is. */
function* schemasOf(node: unknown, at = '$'): Generator<[string, Schema]> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) yield* schemasOf(v, `${at}[${i}]`);
    return;
  }
  const record = node as Record<string, unknown>;
  if ('type' in record || 'properties' in record || 'anyOf' in record) yield [at, record as Schema];
  for (const [k, v] of Object.entries(record))
    if (k !== 'example' && k !== 'enum') yield* schemasOf(v, `${at}.${k}`);
}

/** The answers that are not JSON: files, the year-end paragraph, the iCalendar feed; and 204s. */
const NOT_JSON = [
  'get /metrics',
  'get /api/v1/stats/monthly/export',
  'get /api/v1/stats/yearly/report',
  'get /api/v1/attendance/export',
  'get /api/v1/imports/templates/{kind}',
  'get /api/v1/registers/{kind}',
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

  it('is the document built without a database (npm run openapi:document), in OpenAPI 3.1 with a relative server', async () => {
    const offline = await openApiDocumentOffline({ ...t.config, env: 'development' });

    expect(offline).toEqual(doc);
    expect(doc.openapi).toBe('3.1.0');
    expect((doc as unknown as { servers: unknown }).servers).toEqual([
      { url: '/', description: expect.any(String) },
    ]);
  });

  it('passes Redocly’s recommended rules with no error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-lint-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
      const lint = () =>
        execFileSync(
          process.execPath,
          [require.resolve('@redocly/cli/bin/cli.js'), 'lint', '--format=json', 'openapi.json'],
          { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
        );
      let out: string;
      try {
        out = lint();
      } catch (err) {
        out = (err as { stdout: string }).stdout;
      }
      const report = JSON.parse(out) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; severity: string; location: { pointer: string }[] }[];
      };
      const errors = report.problems
        .filter((p) => p.severity === 'error')
        .map((p) => `${p.ruleId} ${p.location[0]?.pointer}`);

      expect(errors).toEqual([]);
      // The warnings left are the ones the README explains: the licence, and the five public routes
      // without input that cannot answer a 4xx (the three health routes, the calendar's years and the
      // web app's client-config).
      expect(report.problems.map((p) => p.ruleId).sort()).toEqual([
        'info-license',
        'operation-4xx-response',
        'operation-4xx-response',
        'operation-4xx-response',
        'operation-4xx-response',
        'operation-4xx-response',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('types every property: a nullable one as its type or null, never a bare object', () => {
    const untyped = [...schemasOf(doc)]
      .filter(([, s]) => {
        const types = Array.isArray(s.type) ? s.type : [s.type];
        return types.includes('object') && !s.properties && !('additionalProperties' in s);
      })
      .map(([at]) => at);
    const leftover = [...schemasOf(doc)].filter(([, s]) => 'nullable' in s).map(([at]) => at);

    expect(untyped).toEqual([]);
    expect(leftover).toEqual([]);
    expect(doc.components.schemas.LegalAidCaseResponse.properties).toMatchObject({
      assignedLawyer: { anyOf: [{ $ref: '#/components/schemas/StaffRef' }, { type: 'null' }] },
      overdueClock: { type: ['string', 'null'], enum: ['decision', 'assignment', null] },
      decidedAt: { type: ['string', 'null'] },
    });
  });

  it('documents the failures: the error body, and 400, 401, 403 and 404 wherever they apply', () => {
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(operations)) {
        const o = op as typeof op & { security?: unknown[]; parameters?: unknown[]; requestBody?: unknown };
        const needs = [
          ...(o.requestBody || o.parameters?.length ? ['400'] : []),
          ...(o.security?.some((s) => Object.keys(s as object).length) &&
          !o.security?.some((s) => !Object.keys(s as object).length)
            ? ['401']
            : []),
          ...(/\{id\}/.test(path) ? ['404'] : []),
        ];
        for (const status of needs) if (!o.responses[status]) missing.push(`${method} ${path} ${status}`);
        for (const [status, answer] of Object.entries(o.responses))
          if (
            /^[45]/.test(status) &&
            answer.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorResponse'
          )
            missing.push(`${method} ${path} ${status}: not the ErrorResponse body`);
      }

    expect(missing).toEqual([]);
    expect(doc.paths['/api/v1/appointments'].post.responses['409'].description).toMatch(/SLOT_FULL/);
  });

  it('gives the content type of the files and texts it hands out', () => {
    const types = (path: string) => Object.keys(doc.paths[path].get.responses['200'].content ?? {});

    expect(types('/api/v1/stats/monthly/export')).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
    ]);
    expect(types('/api/v1/stats/yearly/report')).toEqual([
      'text/plain',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(types('/api/v1/attendance/export')).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(types('/api/v1/lawyers/{id}/calendar.ics')).toEqual(['text/calendar']);
  });

  it('gives every JSON answer a schema ajv compiles in strict mode', () => {
    expect(uncompilableSchemas(doc)).toEqual([]);
  });

  it('reports an answer that breaks its schema: a scalar type, a format, an enum, a null, a key', async () => {
    const official = { authorization: `Bearer ${await t.login('shengshan.official')}` };
    const res = await t.http().get('/api/v1/staff').query({ pageSize: 1 }).set(official);
    const staff = res.body.items[0] as Record<string, unknown>;
    const answer = (item: Record<string, unknown>) =>
      [['get', '/api/v1/staff', { ...res, body: { ...res.body, items: [item] } }]] as const;

    expect(answerProblems(doc, answer(staff))).toEqual([]);
    expect(answerProblems(doc, answer({ ...staff, name: 42 }))).toEqual([
      'GET /api/v1/staff 200: $.items[0].name must be string (got 42)',
    ]);
    expect(answerProblems(doc, answer({ ...staff, id: 'not-a-uuid' }))).toEqual([
      'GET /api/v1/staff 200: $.items[0].id must match format "uuid" (got "not-a-uuid")',
    ]);
    expect(answerProblems(doc, answer({ ...staff, kind: 'judge' }))[0]).toMatch(
      /^GET \/api\/v1\/staff 200: \$\.items\[0\]\.kind must be equal to one of the allowed values/,
    );
    expect(answerProblems(doc, answer({ ...staff, name: null }))).toEqual([
      'GET /api/v1/staff 200: $.items[0].name must be string (got null)',
    ]);
    expect(answerProblems(doc, answer({ ...staff, firm: null }))).toEqual([]);
    expect(answerProblems(doc, answer({ ...staff, nickname: 'x' }))).toEqual([
      'GET /api/v1/staff 200: $.items[0].nickname is not documented',
    ]);
    const { name: _name, ...nameless } = staff;
    expect(answerProblems(doc, answer(nameless))).toEqual([
      'GET /api/v1/staff 200: $.items[0].name is missing',
    ]);
    expect(answerProblems(doc, [['get', '/api/v1/staff', { status: 418, body: {} }]])).toEqual([
      'GET /api/v1/staff 418: the status is not documented',
    ]);
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
      template: 'booking_confirmation',
      params: { time: '2026-11-25 09:00', code: 'AB12CD' },
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
    expect(
      (doc.components.schemas.AuditChainResponse.properties as Record<string, unknown>).checkpoint,
    ).toMatchObject({
      anyOf: [{ $ref: '#/components/schemas/AuditCheckpointResponse' }, { type: 'null' }],
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
