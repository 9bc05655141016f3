import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { AuditSealer } from '@app/audit';
import type { ChangePasswordDto, LoginDto } from '@app/auth/dto/auth.dto';
import { FixedClock } from '@app/core';
import { DEMO_LAWYERS, DEMO_PASSWORD } from '@app/demo';
import type { UpdateServicePointDto } from '@app/org/service-points/dto/create-service-point.dto';
import type { CreateStaffDto, UpdateStaffDto } from '@app/org/staff/dto/staff.dto';
import { bearer, type TestApp, useTestApp } from '@app/testing';
import { createApp } from '../../apps/api/src/bootstrap';
import { answerProblems, type OpenApiDocument } from '../setup/openapi';

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
  // No sealing on a timer: these tests seal by reading the trail or by calling the sealer, so that
  // what they count does not depend on when a tick comes (on a busy machine a tick sealed the events
  // a test had just written before its own calls could).
  const t = useTestApp({ seed: true, env: { AUDIT_SEAL_INTERVAL_MS: '0' } });
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
    // The app's own role (what the app connects as) and the schema owner (who migrates).
    let app: Client;
    let owner: Client;

    beforeAll(async () => {
      app = await connect(t.config.databaseUrl!);
      owner = await connect(t.config.databaseOwnerUrl!);
    });

    afterAll(async () => {
      await app?.end();
      await owner?.end();
    });

    it('verifies the whole chain as intact, and writes its last link down outside the database', async () => {
      const all = await wholeTrail(t, auditor);

      const res = await t.http().get(VERIFY).set(bearer(auditor));

      const written = checkpointLines(t);
      const last = written[written.length - 1];
      const {
        rows: [tip],
      } = await app.query(`SELECT seq::int, hash FROM audit_event ORDER BY seq DESC NULLS LAST LIMIT 1`);
      // The chain is the whole trail; the county's auditor reads the events of the county and those
      // bound to no region (the city official the demo seeds is above the county: not in that view).
      const { rows } = await app.query<{ seq: number; region: string | null }>(
        `SELECT seq::int, region_code AS region FROM audit_event ORDER BY seq`,
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        intact: true,
        checked: rows.length,
        brokenSeq: null,
        checkpoint: { seq: rows.length, at: last.at },
      });
      expect(last).toMatchObject({ seq: tip.seq, hash: tip.hash });
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
      const seen = new Set(all.map((e) => e.seq));
      const unseen = rows.filter((r) => !seen.has(r.seq));
      expect(all.every((e) => rows.some((r) => r.seq === e.seq))).toBe(true);
      expect(unseen.every((r) => r.region !== null && !r.region.startsWith('330282'))).toBe(true);
      expect(all.find((e) => e.seq === 1)).toMatchObject({
        action: 'audit.chain_keyed',
        entityType: 'audit_event',
      });
    });

    it('links with an HMAC under AUDIT_KEY, not the SHA-256 SQL can compute', async () => {
      await t.http().get(VERIFY).set(bearer(auditor));
      const {
        rows: [link],
      } = await owner.query(
        `SELECT prev_hash, seq::int, hash, audit_event_body(e) AS body,
                encode(sha256(convert_to(concat_ws('|', prev_hash, seq::text, audit_event_body(e)), 'UTF8')), 'hex') AS unkeyed
           FROM audit_event e WHERE seq = 2`,
      );

      const message = `${link.prev_hash}|${link.seq}|${link.body}`;
      expect(link.hash).toBe(createHmac('sha256', t.config.auditKey).update(message, 'utf8').digest('hex'));
      expect(link.hash).not.toBe(link.unkeyed);
    });

    it.each([
      ['UPDATE', `UPDATE audit_event SET actor_name = 'someone else' WHERE seq = 1`],
      ['DELETE', `DELETE FROM audit_event WHERE seq = 1`],
      ['TRUNCATE', `TRUNCATE audit_event`],
      ['ALTER TABLE … DISABLE TRIGGER', `ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`],
      ['ALTER TABLE … DISABLE TRIGGER ALL', `ALTER TABLE audit_event DISABLE TRIGGER ALL`],
    ])('refuses %s on audit_event to the app’s database role: permission denied', async (_case, sql) => {
      const before = await trailState(app);

      const refused = app.query(sql);

      await expect(refused).rejects.toMatchObject({
        code: '42501',
        message: expect.stringMatching(/^(permission denied for table|must be owner of table) audit_event$/),
      });
      expect(await trailState(app)).toEqual(before);
    });

    it('gives the app’s role no ownership and nothing on audit_event but reading and appending', async () => {
      const {
        rows: [rights],
      } = await app.query(
        `SELECT r.rolsuper AS superuser,
                (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relowner = r.oid) AS owned_in_public,
                array(SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p
                       WHERE has_table_privilege('audit_event', p)) AS on_audit_event
           FROM pg_roles r WHERE r.rolname = current_user`,
      );

      expect(rights).toEqual({ superuser: false, owned_in_public: 0, on_audit_event: ['SELECT', 'INSERT'] });
    });

    it.each([
      ['UPDATE', `UPDATE audit_event SET actor_name = 'someone else' WHERE seq = 1`],
      ['DELETE', `DELETE FROM audit_event WHERE seq = 1`],
      ['TRUNCATE', `TRUNCATE audit_event`],
    ])('refuses %s on audit_event to the owner too, while the trigger is on', async (_case, sql) => {
      const before = await trailState(owner);

      await expect(owner.query(sql)).rejects.toMatchObject({
        code: '42501',
        message: 'audit_event is append-only',
      });

      expect(await trailState(owner)).toEqual(before);
    });

    it('makes the chain links itself, ignoring a seq and hash a writer tries to supply', async () => {
      await t.http().get(VERIFY).set(bearer(auditor));
      const {
        rows: [last],
      } = await app.query(`SELECT max(seq)::int AS seq FROM audit_event`);

      const {
        rows: [row],
      } = await app.query(
        `INSERT INTO audit_event (seq, prev_hash, hash, action, entity_type) VALUES (1, repeat('0', 64), repeat('f', 64), 'forged', 'probe') RETURNING id, seq, hash`,
      );
      const res = await t.http().get(VERIFY).set(bearer(auditor));

      expect(row).toMatchObject({ seq: null, hash: null });
      expect(res.body.intact).toBe(true);
      const {
        rows: [sealed],
      } = await app.query(`SELECT seq::int, hash FROM audit_event WHERE id = $1`, [row.id]);
      expect(sealed.seq).toBe(last.seq + 1);
      expect(sealed.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(sealed.hash).not.toBe('f'.repeat(64));
    });

    it('keeps one unbroken chain when two app instances seal at once', async () => {
      const other = await createApp(t.config);
      try {
        await app.query(
          `INSERT INTO audit_event (action, entity_type) SELECT 'probe', 'probe' FROM generate_series(1, 300)`,
        );

        const sealed = await Promise.all(
          [t.app, other, t.app, other].map((instance) => instance.get(AuditSealer).seal()),
        );

        expect(sealed.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(300);
        const res = await t.http().get(VERIFY).set(bearer(auditor));
        expect(res.body.intact).toBe(true);
        const { rows } = await app.query(
          `SELECT count(*)::int AS n, count(DISTINCT seq)::int AS distinct_seq, max(seq)::int AS max_seq FROM audit_event`,
        );
        expect(rows[0].distinct_seq).toBe(rows[0].n);
        expect(rows[0].max_seq).toBe(rows[0].n);
      } finally {
        await other.close();
      }
    });

    it('lets an unsealed event be sealed, never changed, even by the owner', async () => {
      await owner.query('BEGIN');
      try {
        const {
          rows: [row],
        } = await owner.query(
          `INSERT INTO audit_event (action, entity_type) VALUES ('probe', 'probe') RETURNING id`,
        );

        await expect(
          owner.query(`UPDATE audit_event SET actor_name = 'someone else' WHERE id = $1`, [row.id]),
        ).rejects.toMatchObject({ code: '42501', message: 'audit_event is append-only' });
      } finally {
        await owner.query('ROLLBACK');
      }
    });

    it('refuses a seal out of place, through the link function and to the owner alike', async () => {
      const {
        rows: [row],
      } = await app.query(
        `INSERT INTO audit_event (action, entity_type) VALUES ('probe', 'probe') RETURNING id`,
      );

      const linked = app.query(
        `SELECT audit_event_link(ARRAY[$1::bigint], ARRAY[repeat('f', 64)], 1000000, repeat('0', 64))`,
        [row.id],
      );
      const updated = owner.query(
        `UPDATE audit_event SET seq = 1000000, prev_hash = repeat('0', 64), hash = repeat('f', 64) WHERE id = $1 AND seq IS NULL`,
        [row.id],
      );

      await expect(linked).rejects.toMatchObject({ code: '42501', message: 'audit_event is append-only' });
      await expect(updated).rejects.toMatchObject({ code: '42501', message: 'audit_event is append-only' });
      const res = await t.http().get(VERIFY).set(bearer(auditor));
      expect([res.status, res.body.intact]).toEqual([200, true]);
    });
  });
});

/** A connection to the test app's database (as the app's own role or as the owner). */
async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** How many events the trail holds and who the first one names: what a refused statement must leave alone. */
async function trailState(db: Client): Promise<unknown> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n, (SELECT actor_name FROM audit_event WHERE seq = 1) AS first FROM audit_event`,
  );
  return rows[0];
}

/** The checkpoints the app wrote to its file, oldest first. */
function checkpointLines(t: TestApp): { chain: string; seq: number; hash: string; at: string }[] {
  return readFileSync(t.config.auditCheckpointFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

/**
 * Runs `sql` as the schema owner with the append-only trigger off, as someone holding the owner's
 * password (or a superuser's) could.
 */
async function asOwnerBehindTheTrigger(t: TestApp, sql: string, params: unknown[] = []): Promise<void> {
  const db = await connect(t.config.databaseOwnerUrl!);
  try {
    await db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`);
    await db.query(sql, params);
    await db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`);
  } finally {
    await db.end();
  }
}

/** Failed logins, each an audit event, so that the trail has a few links to tamper with. */
async function someEvents(t: TestApp, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await tryLogin(t, `someone.${i}`, 'Nothing-2026!');
}

describe('Audit trail tampering: one event changed with the trigger off', () => {
  // Each tampering has its own app and database: it leaves the chain broken for good.
  const t = useTestApp({ seed: true });

  it('reports the chain broken at the event the owner changed', async () => {
    const auditor = await t.login('auditor');
    const requestId = (await tryLogin(t, 'tamper.target', 'Nothing-2026!')).headers['x-request-id'];
    await tryLogin(t, 'later.event', 'Nothing-2026!');
    const target = (await auditEvents(t, auditor, { action: 'login.failure' })).find(
      (e) => e.requestId === requestId,
    )!;
    const intactBefore = (await t.http().get(VERIFY).set(bearer(auditor))).body;

    await asOwnerBehindTheTrigger(t, `UPDATE audit_event SET actor_name = 'somebody.else' WHERE seq = $1`, [
      target.seq,
    ]);
    const res = await t.http().get(VERIFY).set(bearer(auditor));

    expect(intactBefore).toMatchObject({ intact: true, brokenSeq: null });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      intact: false,
      checked: intactBefore.checked,
      brokenSeq: target.seq,
      checkpoint: intactBefore.checkpoint,
    });
  });
});

describe('Audit trail tampering: re-chained with the SHA-256 SQL computes', () => {
  const t = useTestApp({ seed: true });

  it('reports the chain broken at the first re-chained event, though every link matches its unkeyed digest', async () => {
    const auditor = await t.login('auditor');
    const requestId = (await tryLogin(t, 'tamper.target', 'Nothing-2026!')).headers['x-request-id'];
    await someEvents(t, 5);
    const target = (await auditEvents(t, auditor, { action: 'login.failure' })).find(
      (e) => e.requestId === requestId,
    )!;
    const intactBefore = (await t.http().get(VERIFY).set(bearer(auditor))).body;

    // The old chain's digest, written out: what anyone who can write the table can recompute.
    await asOwnerBehindTheTrigger(
      t,
      `DO $$
       DECLARE
         e audit_event%ROWTYPE;
         prev char(64) := (SELECT hash FROM audit_event WHERE seq = ${target.seq} - 1);
       BEGIN
         FOR e IN SELECT * FROM audit_event WHERE seq >= ${target.seq} ORDER BY seq LOOP
           IF e.seq = ${target.seq} THEN e.actor_name := 'somebody.else'; END IF;
           e.prev_hash := prev;
           e.hash := encode(sha256(convert_to(concat_ws('|',
             e.prev_hash, e.seq::text,
             to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
             coalesce(e.actor_id::text, ''), coalesce(e.actor_name, ''), e.action, e.entity_type,
             coalesce(e.entity_id, ''), coalesce(e.region_code, ''), coalesce(e.ip, ''),
             coalesce(e.request_id, ''), coalesce(e.changes::text, '')), 'UTF8')), 'hex');
           UPDATE audit_event SET actor_name = e.actor_name, prev_hash = e.prev_hash, hash = e.hash WHERE seq = e.seq;
           prev := e.hash;
         END LOOP;
       END $$`,
    );
    const res = await t.http().get(VERIFY).set(bearer(auditor));

    expect(intactBefore).toMatchObject({ intact: true, brokenSeq: null });
    expect(target.seq).toBeLessThan(intactBefore.checked - 4);
    expect(res.body).toMatchObject({ intact: false, checked: intactBefore.checked, brokenSeq: target.seq });
  });
});

describe('Audit trail tampering: the tail deleted', () => {
  const clock = new FixedClock(new Date('2027-02-03T02:00:00Z'));
  const t = useTestApp({ seed: true, clock });

  it('reports the events after the last one left as missing, and does not chain new events onto the cut', async () => {
    const auditor = await t.login('auditor');
    await someEvents(t, 12);
    const before = (await t.http().get(VERIFY).set(bearer(auditor))).body;

    await asOwnerBehindTheTrigger(t, `DELETE FROM audit_event WHERE seq > $1`, [before.checked - 10]);
    await tryLogin(t, 'after.the.cut', 'Nothing-2026!');
    const res = await t.http().get(VERIFY).set(bearer(auditor));

    expect(before).toEqual({
      intact: true,
      checked: before.checked,
      brokenSeq: null,
      checkpoint: { seq: before.checked, at: '2027-02-03T02:00:00.000Z' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      intact: false,
      checked: before.checked - 10,
      brokenSeq: null,
      checkpoint: before.checkpoint,
      missingAfter: before.checked - 10,
    });
    const doc = (await t.http().get('/api/docs-json')).body as OpenApiDocument;
    expect(answerProblems(doc, [['get', VERIFY, res]])).toEqual([]);
    const db = await connect(t.config.databaseUrl!);
    try {
      const { rows } = await db.query(
        `SELECT max(seq)::int AS last, count(*) FILTER (WHERE seq IS NULL)::int AS unsealed FROM audit_event`,
      );
      expect(rows[0]).toEqual({ last: before.checked - 10, unsealed: expect.any(Number) });
      expect(rows[0].unsealed).toBeGreaterThan(0);
    } finally {
      await db.end();
    }
  });
});

describe('Audit trail tampering: a seal in place with a made-up hash', () => {
  // No sealing in the background: the forged seal below must come first.
  const t = useTestApp({ seed: true, env: { AUDIT_SEAL_INTERVAL_MS: '0' } });

  it('reports the forged link: the app’s role can seal, but cannot make a link that verifies', async () => {
    const auditor = await t.login('auditor');
    const before = (await t.http().get(VERIFY).set(bearer(auditor))).body;
    const db = await connect(t.config.databaseUrl!);
    try {
      const {
        rows: [row],
      } = await db.query(
        `INSERT INTO audit_event (action, entity_type) VALUES ('probe', 'probe') RETURNING id`,
      );
      const {
        rows: [last],
      } = await db.query(
        `SELECT seq::int, hash FROM audit_event WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1`,
      );
      await db.query(`SELECT audit_event_link(ARRAY[$1::bigint], ARRAY[repeat('e', 64)], $2, $3)`, [
        row.id,
        last.seq + 1,
        last.hash,
      ]);
    } finally {
      await db.end();
    }

    const res = await t.http().get(VERIFY).set(bearer(auditor));

    expect(before.intact).toBe(true);
    expect(res.body).toMatchObject({ intact: false, brokenSeq: before.checked + 1 });
  });
});
