import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { ChangePasswordDto, LoginDto } from '@app/auth/dto/auth.dto';
import { DEMO_LAWYERS, DEMO_PASSWORD } from '@app/demo';
import type { UpdateServicePointDto } from '@app/org/service-points/dto/create-service-point.dto';
import type { CreateStaffDto, UpdateStaffDto } from '@app/org/staff/dto/staff.dto';
import { type TestApp, useTestApp } from '../setup/test-app';

const EVENTS = '/api/v1/audit-events';
const VERIFY = '/api/v1/audit-events/verify';
const LOCALHOST = /^(::ffff:)?127\.0\.0\.1$|^::1$/;

interface AuditEventBody {
  id: number;
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  regionCode: string | null;
  ip: string | null;
  requestId: string | null;
  changes: Record<string, unknown> | null;
  hash: string;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The auditor's view of the trail for a filter, newest first (one page of up to 500). */
async function auditEvents(
  t: TestApp,
  auditor: string,
  filter: Record<string, string> = {},
): Promise<AuditEventBody[]> {
  const res = await t
    .http()
    .get(EVENTS)
    .query({ ...filter, pageSize: '500' })
    .set(bearer(auditor));
  if (res.status !== 200) throw new Error(`audit-events: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.items as AuditEventBody[];
}

/** Every event of the trail, page by page. */
async function wholeTrail(t: TestApp, auditor: string): Promise<AuditEventBody[]> {
  const all: AuditEventBody[] = [];
  for (let page = 1; ; page++) {
    const res = await t.http().get(EVENTS).query({ page, pageSize: 500 }).set(bearer(auditor));
    all.push(...(res.body.items as AuditEventBody[]));
    if (all.length >= res.body.total || res.body.items.length === 0) return all;
  }
}

function tryLogin(t: TestApp, username: string, password: string, requestId: string = randomUUID()) {
  return t
    .http()
    .post('/api/v1/auth/login')
    .set('x-request-id', requestId)
    .send({ username, password } satisfies LoginDto);
}

/** String and number leaves of a JSON value, with the path that leads to each. */
function leaves(value: unknown, path = '$'): [string, string][] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  }
  return [[path, String(value)]];
}

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
/** UUIDs and hex digests, wherever they sit in a value (a request id `lock-3-<uuid>` too): their digits are not phones. */
const UUIDS_AND_HASHES = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{64}/g;

describe('Audit trail over HTTP', () => {
  const t = useTestApp({ seed: true });
  let auditor: string;

  beforeAll(async () => {
    auditor = await t.login('auditor');
  });

  describe('sign-in events', () => {
    it('records a failed login under the login name tried, with ip, request id and the reason', async () => {
      const requestId = (await tryLogin(t, 'no.such.person', 'Whatever-2026!')).headers['x-request-id'];

      const failures = await auditEvents(t, auditor, { action: 'login.failure' });

      expect(failures.length).toBeGreaterThan(0);
      expect(failures.every((e) => e.action === 'login.failure')).toBe(true);
      const event = failures.find((e) => e.requestId === requestId);
      expect(event).toMatchObject({
        actorId: null,
        actorName: 'no.such.person',
        entityType: 'staff',
        entityId: null,
        regionCode: null,
      });
      expect(event?.ip).toMatch(LOCALHOST);
      expect(event?.changes).toEqual({ note: { username: 'no.such.person', reason: 'unknown_user' } });
    });

    it('records a wrong password against the account, named as it was typed', async () => {
      const lawyer = DEMO_LAWYERS[4];
      const requestId = (await tryLogin(t, lawyer.username.toUpperCase(), 'Wrong-Password-1')).headers[
        'x-request-id'
      ];
      const { user } = (await tryLogin(t, lawyer.username, DEMO_PASSWORD)).body as { user: { id: string } };

      const failures = await auditEvents(t, auditor, { action: 'login.failure', entityId: user.id });

      const event = failures.find((e) => e.requestId === requestId);
      expect(event).toMatchObject({
        actorId: user.id,
        actorName: lawyer.username.toUpperCase(),
        entityType: 'staff',
        regionCode: lawyer.regionCode,
      });
      expect(event?.ip).toMatch(LOCALHOST);
      expect(event?.changes).toMatchObject({ note: { reason: 'wrong_password' } });
    });

    it('records the failure that makes the address wait and the attempts while it waits with their own reasons', async () => {
      const username = DEMO_LAWYERS[6].username;
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await tryLogin(t, username, `Wrong-Password-${i}`);
        ids.push(res.headers['x-request-id']);
      }

      const failures = await auditEvents(t, auditor, { action: 'login.failure' });

      const reasons = ids.map(
        (id) =>
          (failures.find((e) => e.requestId === id)?.changes?.note as { reason?: string } | undefined)
            ?.reason,
      );
      expect(reasons).toEqual([
        'wrong_password',
        'wrong_password',
        'wrong_password',
        'wrong_password',
        'wrong_password_delayed',
        'delayed',
      ]);
    });

    it('records a successful login with the account as actor, its ip and the server’s request id', async () => {
      const chosenByClient = `ok-${randomUUID()}`;
      const res = await tryLogin(t, 'shengshan.official', DEMO_PASSWORD, chosenByClient);
      const requestId = res.headers['x-request-id'];

      const successes = await auditEvents(t, auditor, { action: 'login.success' });

      const event = successes.find((e) => e.requestId === requestId);
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(successes.some((e) => e.requestId === chosenByClient)).toBe(false);
      expect(event).toMatchObject({
        actorId: res.body.user.id,
        actorName: '胡所长',
        entityType: 'staff',
        entityId: res.body.user.id,
        regionCode: '330282113',
      });
      expect(event?.ip).toMatch(LOCALHOST);
    });

    it('answers a 400 for an action filter that is not an action name', async () => {
      const res = await t
        .http()
        .get(EVENTS)
        .query({ action: "login'; DROP TABLE audit_event;--" })
        .set(bearer(auditor));

      expect(res.status).toBe(400);
      expect(res.body.details.action).toBeDefined();
    });
  });

  describe('changes', () => {
    it('records an official’s update of a service point as a before/after diff of the changed field only', async () => {
      const official = await t.login('shengshan.official');
      const officialId = (
        (await t.http().get('/api/v1/auth/me').set(bearer(official))).body as { id: string }
      ).id;
      const points = (
        await t.http().get('/api/v1/service-points').query({ regionCode: '330282113', kind: 'village_point' })
      ).body as {
        id: string;
        regionCode: string;
        address: string;
      }[];
      const point = points[0];
      const body = { address: `${point.address}(东侧门)` } satisfies UpdateServicePointDto;

      const res = await t.http().patch(`/api/v1/service-points/${point.id}`).set(bearer(official)).send(body);
      const requestId = res.headers['x-request-id'];

      expect(res.status).toBe(200);
      const [event, ...others] = await auditEvents(t, auditor, {
        action: 'update',
        entityType: 'service_point',
        entityId: point.id,
      });
      expect(others).toEqual([]);
      expect(event).toMatchObject({
        action: 'update',
        entityType: 'service_point',
        entityId: point.id,
        actorId: officialId,
        actorName: '胡所长',
        regionCode: point.regionCode,
        requestId,
      });
      expect(event.changes).toEqual({ address: { from: point.address, to: body.address } });
    });

    it('records no change when an official’s update outside the jurisdiction is refused', async () => {
      const official = await t.login('shengshan.official');
      const [elsewhere] = (
        await t.http().get('/api/v1/service-points').query({ regionCode: '330282104', kind: 'village_point' })
      ).body as { id: string }[];

      const res = await t
        .http()
        .patch(`/api/v1/service-points/${elsewhere.id}`)
        .set(bearer(official))
        .send({ name: '不该改的服务点' } satisfies UpdateServicePointDto);

      expect(res.status).toBe(404);
      expect(
        await auditEvents(t, auditor, {
          entityType: 'service_point',
          entityId: elsewhere.id,
          action: 'update',
        }),
      ).toEqual([]);
    });
  });

  describe('secrets', () => {
    it('never holds a password, a password hash or a full phone number anywhere in the trail', async () => {
      const admin = await t.login('admin');
      const wrongPassword = 'Typo-Secret-4711';
      const newStaffPassword = 'Fresh-Account-Pass-88';
      const changedPassword = 'Changed-Pass-Word-99';
      const newPhone = '13811112222';
      const replacementPhone = '15966667777';
      await tryLogin(t, 'lawyer01', wrongPassword);
      const created = await t
        .http()
        .post('/api/v1/staff')
        .set(bearer(admin))
        .send({
          username: 'audit.probe',
          name: '审计探针',
          kind: 'lawyer',
          regionCode: '330282113',
          password: newStaffPassword,
          phone: newPhone,
        } satisfies CreateStaffDto);
      const updated = await t
        .http()
        .patch(`/api/v1/staff/${created.body.id}`)
        .set(bearer(admin))
        .send({ phone: replacementPhone } satisfies UpdateStaffDto);
      const revealed = await t.http().get(`/api/v1/staff/${created.body.id}/phone`).set(bearer(admin));
      const probe = await t.login('audit.probe', newStaffPassword);
      const changed = await t
        .http()
        .post('/api/v1/auth/password')
        .set(bearer(probe))
        .send({
          currentPassword: newStaffPassword,
          newPassword: changedPassword,
        } satisfies ChangePasswordDto);

      const trail = await wholeTrail(t, auditor);

      expect([created.status, updated.status, revealed.status, changed.status]).toEqual([201, 200, 200, 204]);
      expect(revealed.body.phone).toBe(replacementPhone);
      const actions = new Set(trail.filter((e) => e.entityId === created.body.id).map((e) => e.action));
      expect([...actions].sort()).toEqual([
        'create',
        'login.success',
        'password.change',
        'pii.read',
        'update',
      ]);
      const phoneUpdate = trail.find((e) => e.entityId === created.body.id && e.action === 'update');
      expect(phoneUpdate?.changes).toEqual({ phoneEnc: { changed: true } });
      const json = JSON.stringify(trail);
      for (const secret of [
        DEMO_PASSWORD,
        wrongPassword,
        newStaffPassword,
        changedPassword,
        '$argon2',
        newPhone,
        replacementPhone,
        ...DEMO_LAWYERS.map((l) => l.phone),
      ]) {
        expect(json).not.toContain(secret);
      }
      expect(json).not.toMatch(/password_?hash/i);
      const phoneLike = trail
        .flatMap((e) => leaves(e, `seq ${e.seq}`))
        .filter(([, v]) => MOBILE.test(v.replace(UUIDS_AND_HASHES, '')));
      expect(phoneLike).toEqual([]);
    });
  });

  describe('integrity', () => {
    let db: Client;

    beforeAll(async () => {
      db = new Client({ connectionString: t.config.databaseUrl });
      await db.connect();
    });

    afterAll(async () => {
      await db?.end();
    });

    it('verifies the whole hash chain as intact', async () => {
      const all = await wholeTrail(t, auditor);

      const res = await t.http().get(VERIFY).set(bearer(auditor));

      expect(res.status).toBe(200);
      expect(res.body).toEqual({ intact: true, checked: all.length, brokenSeq: null });
      expect(all.length).toBeGreaterThan(0);
      const seqs = all.map((e) => e.seq).sort((a, b) => a - b);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    });

    it.each([
      ['UPDATE', `UPDATE audit_event SET actor_name = 'someone else' WHERE seq = 1`],
      ['DELETE', `DELETE FROM audit_event WHERE seq = 1`],
      ['TRUNCATE', `TRUNCATE audit_event`],
    ])('refuses %s on audit_event, even to the database owner', async (_case, sql) => {
      const before = await db.query(
        `SELECT count(*)::int AS n, (SELECT actor_name FROM audit_event WHERE seq = 1) AS first FROM audit_event`,
      );

      await expect(db.query(sql)).rejects.toMatchObject({
        code: '42501',
        message: 'audit_event is append-only',
      });

      const after = await db.query(
        `SELECT count(*)::int AS n, (SELECT actor_name FROM audit_event WHERE seq = 1) AS first FROM audit_event`,
      );
      expect(after.rows[0]).toEqual(before.rows[0]);
    });

    it('makes the chain links itself, ignoring a seq and hash a writer tries to supply', async () => {
      await t.http().get(VERIFY).set(bearer(auditor));
      const {
        rows: [last],
      } = await db.query(`SELECT max(seq)::int AS seq FROM audit_event`);

      const {
        rows: [row],
      } = await db.query(
        `INSERT INTO audit_event (seq, prev_hash, hash, action, entity_type) VALUES (1, repeat('0', 64), repeat('f', 64), 'forged', 'probe') RETURNING id, seq, hash`,
      );
      const res = await t.http().get(VERIFY).set(bearer(auditor));

      expect(row).toMatchObject({ seq: null, hash: null });
      expect(res.body.intact).toBe(true);
      const {
        rows: [sealed],
      } = await db.query(`SELECT seq::int, hash FROM audit_event WHERE id = $1`, [row.id]);
      expect(sealed.seq).toBe(last.seq + 1);
      expect(sealed.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(sealed.hash).not.toBe('f'.repeat(64));
    });

    it('keeps one unbroken chain when two sealers run at once, as with two app instances', async () => {
      const other = new Client({ connectionString: t.config.databaseUrl });
      await other.connect();
      try {
        await db.query(
          `INSERT INTO audit_event (action, entity_type) SELECT 'probe', 'probe' FROM generate_series(1, 300)`,
        );

        const sealed = await Promise.all(
          [db, other, db, other].map((c) => c.query(`SELECT audit_event_seal(100) AS n`)),
        );

        expect(sealed.reduce((sum, r) => sum + r.rows[0].n, 0)).toBeGreaterThanOrEqual(300);
        const res = await t.http().get(VERIFY).set(bearer(auditor));
        expect(res.body.intact).toBe(true);
        const { rows } = await db.query(
          `SELECT count(*)::int AS n, count(DISTINCT seq)::int AS distinct_seq, max(seq)::int AS max_seq FROM audit_event`,
        );
        expect(rows[0].distinct_seq).toBe(rows[0].n);
        expect(rows[0].max_seq).toBe(rows[0].n);
      } finally {
        await other.end();
      }
    });

    it('lets an unsealed event be sealed, never changed', async () => {
      await db.query('BEGIN');
      try {
        const {
          rows: [row],
        } = await db.query(
          `INSERT INTO audit_event (action, entity_type) VALUES ('probe', 'probe') RETURNING id`,
        );

        await expect(
          db.query(`UPDATE audit_event SET actor_name = 'someone else' WHERE id = $1`, [row.id]),
        ).rejects.toMatchObject({ code: '42501', message: 'audit_event is append-only' });
      } finally {
        await db.query('ROLLBACK');
      }
    });

    it('refuses a forged seal whose hash is not the event’s digest', async () => {
      const {
        rows: [row],
      } = await db.query(
        `INSERT INTO audit_event (action, entity_type) VALUES ('probe', 'probe') RETURNING id`,
      );

      const forged = db.query(
        `UPDATE audit_event SET seq = 1000000, prev_hash = repeat('0', 64), hash = repeat('f', 64) WHERE id = $1 AND seq IS NULL`,
        [row.id],
      );

      await expect(forged).rejects.toMatchObject({ code: '42501' });
      const res = await t.http().get(VERIFY).set(bearer(auditor));
      expect(res.body.intact).toBe(true);
    });
  });
});

describe('Audit trail tampering', () => {
  // Its own app and database: the tampering below leaves the chain broken for good.
  const t = useTestApp({ seed: true });

  it('reports the chain broken at the event that was changed behind the trigger’s back', async () => {
    const auditor = await t.login('auditor');
    const requestId = (await tryLogin(t, 'tamper.target', 'Nothing-2026!')).headers['x-request-id'];
    await tryLogin(t, 'later.event', 'Nothing-2026!');
    const target = (await auditEvents(t, auditor, { action: 'login.failure' })).find(
      (e) => e.requestId === requestId,
    )!;
    const intactBefore = (await t.http().get(VERIFY).set(bearer(auditor))).body;
    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    try {
      await db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`);
      await db.query(`UPDATE audit_event SET actor_name = 'somebody.else' WHERE seq = $1`, [target.seq]);
      await db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`);
    } finally {
      await db.end();
    }

    const res = await t.http().get(VERIFY).set(bearer(auditor));

    expect(intactBefore).toMatchObject({ intact: true, brokenSeq: null });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ intact: false, checked: intactBefore.checked, brokenSeq: target.seq });
  });
});
