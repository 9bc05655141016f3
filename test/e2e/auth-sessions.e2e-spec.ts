import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import type { ChangePasswordDto, LoginDto, LogoutDto, SessionResponse } from '@app/auth/dto/auth.dto';
import { businessInstant, Clock, FixedClock } from '@app/core';
import { DEMO_PASSWORD } from '@app/demo';
import type { UpdateStaffDto } from '@app/org/staff/dto/staff.dto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { bearer, createResident, type TestApp, useTestApp } from '@app/testing';
import { createApp } from '../../apps/api/src/bootstrap';

const ME = '/api/v1/auth/me';
const SESSIONS = '/api/v1/auth/sessions';
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

interface TokenPair {
  accessToken: string;
  refreshToken: string;
  user: { id: string };
}

async function signIn(t: TestApp, username: string, userAgent = 'jest', password = DEMO_PASSWORD) {
  const res = await t
    .http()
    .post('/api/v1/auth/login')
    .set('user-agent', userAgent)
    .send({ username, password } satisfies LoginDto);
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as TokenPair;
}

function expectSessionEnded(res: { status: number; body: { code?: string } }) {
  expect(res.status).toBe(401);
  expect(res.body.code).toBe('SESSION_ENDED');
}

describe('Sessions that end (e2e)', () => {
  const clock = new FixedClock(businessInstant('2027-02-03', '10:00'));
  const t = useTestApp({ seed: true, clock });

  describe('staff', () => {
    it('refuses the access token at once after a logout (401 SESSION_ENDED), and its refresh token', async () => {
      const session = await signIn(t, 'lawyer01');
      expect((await t.http().get(ME).set(bearer(session.accessToken))).status).toBe(200);

      const logout = await t
        .http()
        .post('/api/v1/auth/logout')
        .set(bearer(session.accessToken))
        .send({ refreshToken: session.refreshToken } satisfies LogoutDto);

      expect(logout.status).toBe(204);
      expectSessionEnded(await t.http().get(ME).set(bearer(session.accessToken)));
      expect(
        (await t.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken })).status,
      ).toBe(401);
    });

    it('refuses the old access token at once after a password change, and lets the new password in', async () => {
      const session = await signIn(t, 'lawyer02');
      const other = await signIn(t, 'lawyer02');

      const change = await t
        .http()
        .post('/api/v1/auth/password')
        .set(bearer(session.accessToken))
        .send({
          currentPassword: DEMO_PASSWORD,
          newPassword: 'Lantern-Hill-2027',
        } satisfies ChangePasswordDto);

      expect(change.status).toBe(204);
      expectSessionEnded(await t.http().get(ME).set(bearer(session.accessToken)));
      expectSessionEnded(await t.http().get(ME).set(bearer(other.accessToken)));
      const again = await signIn(t, 'lawyer02', 'jest', 'Lantern-Hill-2027');
      expect((await t.http().get(ME).set(bearer(again.accessToken))).status).toBe(200);
    });

    it('refuses the access token at once when an official disables the account', async () => {
      const session = await signIn(t, 'lawyer03');
      const official = await t.login('shengshan.official');

      const disable = await t
        .http()
        .patch(`/api/v1/staff/${session.user.id}`)
        .set(bearer(official))
        .send({ status: 'disabled' } satisfies UpdateStaffDto);

      expect(disable.status).toBe(200);
      expectSessionEnded(await t.http().get(ME).set(bearer(session.accessToken)));
      expect(
        (await t.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken })).status,
      ).toBe(401);
    });

    it('ends the session of a refresh token used twice', async () => {
      const session = await signIn(t, 'lawyer04');
      const rotated = await t
        .http()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: session.refreshToken });

      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken });

      expectSessionEnded(await t.http().get(ME).set(bearer(rotated.body.accessToken)));
    });

    it('keeps the session across a refresh: the new access token names the same session', async () => {
      const session = await signIn(t, 'lawyer05');
      const rotated = await t
        .http()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: session.refreshToken });

      const list = await t.http().get(SESSIONS).set(bearer(rotated.body.accessToken));

      expect(list.status).toBe(200);
      expect((list.body as SessionResponse[]).filter((s) => s.current)).toHaveLength(1);
      await t.http().post('/api/v1/auth/logout').set(bearer(rotated.body.accessToken)).send({});
      expectSessionEnded(await t.http().get(ME).set(bearer(session.accessToken)));
    });
  });

  describe('GET and DELETE /auth/sessions', () => {
    it('lists one’s own open sessions with when, where from and which is current', async () => {
      const phone = await signIn(t, 'lawyer06', 'Mozilla/5.0 (Linux; Android 14) Mobile');
      const desk = await signIn(t, 'lawyer06', 'Mozilla/5.0 (Windows NT 10.0)');
      await signIn(t, 'lawyer07');

      const res = await t.http().get(SESSIONS).set(bearer(desk.accessToken));

      expect(res.status).toBe(200);
      const items = res.body as SessionResponse[];
      expect(items).toHaveLength(2);
      for (const s of items)
        expect(Object.keys(s).sort()).toEqual([
          'createdAt',
          'current',
          'id',
          'ip',
          'lastSeenAt',
          'userAgent',
        ]);
      expect(items.find((s) => s.current)).toMatchObject({
        userAgent: 'Mozilla/5.0 (Windows NT 10.0)',
        createdAt: '2027-02-03T02:00:00.000Z',
        lastSeenAt: '2027-02-03T02:00:00.000Z',
      });
      expect(items.find((s) => !s.current)!.userAgent).toContain('Android');
      expect(items.every((s) => typeof s.ip === 'string')).toBe(true);
      expect(phone.accessToken).not.toBe(desk.accessToken);
    });

    it('shows the last use of a session', async () => {
      const session = await signIn(t, 'lawyer08');
      clock.advance(90_000);
      await t.http().get(ME).set(bearer(session.accessToken));

      const res = await t.http().get(SESSIONS).set(bearer(session.accessToken));

      const [s] = res.body as SessionResponse[];
      expect(Date.parse(s.lastSeenAt) - Date.parse(s.createdAt)).toBe(90_000);
    });

    it('ends one of one’s own sessions: its token fails at once, the caller’s works on', async () => {
      const lost = await signIn(t, 'lawyer09', 'lost phone');
      const kept = await signIn(t, 'lawyer09');
      const lostId = (
        (await t.http().get(SESSIONS).set(bearer(kept.accessToken))).body as SessionResponse[]
      ).find((s) => !s.current)!.id;

      const res = await t.http().delete(`${SESSIONS}/${lostId}`).set(bearer(kept.accessToken));

      expect(res.status).toBe(204);
      expectSessionEnded(await t.http().get(ME).set(bearer(lost.accessToken)));
      expect((await t.http().get(ME).set(bearer(kept.accessToken))).status).toBe(200);
      expect(
        (await t.http().post('/api/v1/auth/refresh').send({ refreshToken: lost.refreshToken })).status,
      ).toBe(401);
    });

    it('answers another account’s session with 404 SESSION_NOT_FOUND and leaves it open', async () => {
      const theirs = await signIn(t, 'lawyer10');
      const theirId = (
        (await t.http().get(SESSIONS).set(bearer(theirs.accessToken))).body as SessionResponse[]
      )[0].id;
      const mine = await t.login('zhangqi.official');

      const res = await t.http().delete(`${SESSIONS}/${theirId}`).set(bearer(mine));

      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SESSION_NOT_FOUND');
      expect((await t.http().get(ME).set(bearer(theirs.accessToken))).status).toBe(200);
    });
  });

  describe('residents', () => {
    it('refuses a resident’s token at once after logout (it used to last 7 days)', async () => {
      const r = await createResident(t, '13700000001');
      expect((await t.http().get('/api/v1/appointments/mine').set(bearer(r.token))).status).toBe(200);

      const logout = await t.http().post('/api/v1/auth/logout').set(bearer(r.token)).send({});

      expect(logout.status).toBe(204);
      expectSessionEnded(await t.http().get('/api/v1/appointments/mine').set(bearer(r.token)));
    });

    it('lists a resident’s sessions and lets the security administrator end one', async () => {
      const r = await createResident(t, '13700000002');
      const security = await t.login('security');

      const own = await t.http().get(SESSIONS).set(bearer(r.token));
      const seen = await t
        .http()
        .get('/api/v1/security/sessions')
        .query({ residentId: r.id })
        .set(bearer(security));
      const end = await t.http().delete(`/api/v1/security/sessions/${seen.body[0].id}`).set(bearer(security));

      expect(own.body).toEqual([expect.objectContaining({ current: true })]);
      expect(seen.status).toBe(200);
      expect(seen.body).toEqual([
        expect.objectContaining({ id: own.body[0].id, kind: 'resident', residentId: r.id, current: false }),
      ]);
      expect(end.status).toBe(204);
      expectSessionEnded(await t.http().get('/api/v1/appointments/mine').set(bearer(r.token)));
    });
  });

  describe('the security administrator', () => {
    it('lists and ends a staff member’s session; it is audited', async () => {
      const session = await signIn(t, 'shengshan.official');
      const security = await t.login('security');

      const list = await t
        .http()
        .get('/api/v1/security/sessions')
        .query({ staffId: session.user.id })
        .set(bearer(security));
      const end = await t.http().delete(`/api/v1/security/sessions/${list.body[0].id}`).set(bearer(security));
      const events = await t
        .http()
        .get('/api/v1/audit-events')
        .query({ action: 'session.end', entityId: session.user.id })
        .set(bearer(await t.login('auditor')));

      expect(list.status).toBe(200);
      expect(list.body.length).toBeGreaterThanOrEqual(1);
      expect(end.status).toBe(204);
      expectSessionEnded(await t.http().get(ME).set(bearer(session.accessToken)));
      expect(events.body.items[0]).toMatchObject({
        actorName: '安全管理员',
        changes: { note: { sessionId: list.body[0].id, reason: 'ended_by_security' } },
      });
    });

    it.each(['admin', 'auditor', 'cixi.official'])(
      'is the only one to list others’ sessions (%s: 403)',
      async (who) => {
        const token = await t.login(who);
        const target = await signIn(t, 'zhangqi.official');

        const res = await t
          .http()
          .get('/api/v1/security/sessions')
          .query({ staffId: target.user.id })
          .set(bearer(token));

        expect(res.status).toBe(403);
        expect(res.body.code).toBe('FORBIDDEN_ROLE');
      },
    );

    it('answers a list without staffId or residentId with 400', async () => {
      const res = await t
        .http()
        .get('/api/v1/security/sessions')
        .set(bearer(await t.login('security')));

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('access tokens', () => {
    it('refuses a token without exp (401), even signed with the app’s secret and naming an open session', async () => {
      const session = await signIn(t, 'cixi.official');
      const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString('utf8'));
      const { exp: _exp, ...noExp } = claims;
      const unsigned = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(noExp)}`;
      const forged = `${unsigned}.${createHmac('sha256', t.config.jwtSecret).update(unsigned).digest('base64url')}`;

      const res = await t.http().get(ME).set(bearer(forged));

      expect((await t.http().get(ME).set(bearer(session.accessToken))).status).toBe(200);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a token without a session (as issued before sessions existed) with 401', async () => {
      const session = await signIn(t, 'cixi.official');
      const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString('utf8'));
      const { sid: _sid, ...noSession } = claims;
      const unsigned = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(noSession)}`;
      const forged = `${unsigned}.${createHmac('sha256', t.config.jwtSecret).update(unsigned).digest('base64url')}`;

      const res = await t.http().get(ME).set(bearer(forged));

      expect(res.status).toBe(401);
    });
  });
});

describe('Sessions that end, seen by another instance of the app (e2e)', () => {
  const t = useTestApp({ seed: true, clock: new FixedClock(businessInstant('2027-02-03', '10:00')) });
  let other: NestFastifyApplication;

  beforeAll(async () => {
    // A second server on the same database, looking for ended sessions every 200 ms.
    other = await createApp({ ...t.config, sessionCheckCacheMs: 200 });
    // Both instances tell the same time, as two servers of one deployment do.
    const clock = other.get(Clock);
    clock.now = () => t.clock.now();
    clock.today = () => t.clock.today();
  }, 60_000);
  afterAll(async () => {
    await other?.close();
  });

  it('refuses a token ended on the first instance within its look interval, without a read per request', async () => {
    const session = await signIn(t, 'lawyer02');
    const onOther = () => request(other.getHttpServer()).get(ME).set(bearer(session.accessToken));
    expect((await onOther()).status).toBe(200);

    await t.http().post('/api/v1/auth/logout').set(bearer(session.accessToken)).send({});
    await new Promise((resolve) => setTimeout(resolve, 300));

    expectSessionEnded(await t.http().get(ME).set(bearer(session.accessToken)));
    expectSessionEnded(await onOther());
  });

  it('sees an end that committed after a later one, which took a lower number (a slow transaction)', async () => {
    const slow = await signIn(t, 'lawyer03');
    const quick = await signIn(t, 'lawyer04');
    const sid = (token: string) =>
      (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
    const onOther = (token: string) => request(other.getHttpServer()).get(ME).set(bearer(token));
    expect((await onOther(slow.accessToken)).status).toBe(200);
    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();

    // The slow end takes its number first and commits last.
    await db.query('BEGIN');
    await db.query(
      `UPDATE auth_session SET ended_at = now(), end_reason = 'ended_by_security',
              ended_serial = nextval('auth_session_end_serial') WHERE id = $1`,
      [sid(slow.accessToken)],
    );
    await t.http().post('/api/v1/auth/logout').set(bearer(quick.accessToken)).send({});
    await new Promise((resolve) => setTimeout(resolve, 300));
    const beforeCommit = await onOther(slow.accessToken);
    await db.query('COMMIT');
    await db.end();
    await new Promise((resolve) => setTimeout(resolve, 300));

    expectSessionEnded(await onOther(quick.accessToken));
    expect(beforeCommit.status).toBe(200);
    expectSessionEnded(await onOther(slow.accessToken));
  });
});
