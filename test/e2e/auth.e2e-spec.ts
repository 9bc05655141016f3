import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { ChangePasswordDto, LoginDto, LogoutDto, RefreshDto } from '@app/auth/dto/auth.dto';
import { DEMO_PASSWORD } from '@app/demo';
import { bearer, type TestApp, useTestApp } from '@app/testing';

const LOGIN = '/api/v1/auth/login';
const REFRESH = '/api/v1/auth/refresh';
const LOGOUT = '/api/v1/auth/logout';
const ME = '/api/v1/auth/me';
const PASSWORD = '/api/v1/auth/password';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface TokenPair {
  accessToken: string;
  refreshToken: string;
  user: { id: string; name: string; roles: string[]; regionCode: string | null };
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An HS256 JWT built by hand, so a test controls the secret, the header and the claims. */
function signJwt(
  payload: Record<string, unknown>,
  secret: string,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): string {
  const unsigned = `${b64url(header)}.${b64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

async function signIn(t: TestApp, username: string, password = DEMO_PASSWORD): Promise<TokenPair> {
  const res = await t
    .http()
    .post(LOGIN)
    .send({ username, password } satisfies LoginDto);
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as TokenPair;
}

function refresh(t: TestApp, refreshToken: unknown) {
  return t
    .http()
    .post(REFRESH)
    .send({ refreshToken } as RefreshDto);
}

describe('Authentication over HTTP', () => {
  const t = useTestApp({ seed: true });

  describe('POST /auth/login', () => {
    it('answers 200 with an access token, a refresh token and the user with roles and region', async () => {
      const body = { username: 'shengshan.official', password: DEMO_PASSWORD } satisfies LoginDto;

      const res = await t.http().post(LOGIN).send(body);

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
      expect(res.body.accessToken.split('.')).toHaveLength(3);
      expect(res.body.refreshToken).not.toBe(res.body.accessToken);
      expect(res.body.user).toEqual({
        id: expect.stringMatching(UUID),
        name: '胡所长',
        roles: ['official'],
        regionCode: '330282113',
      });
    });

    it('puts the account into the access token claims', async () => {
      const { accessToken, user } = await signIn(t, 'cixi.official');

      const claims = claimsOf(accessToken);

      expect(claims).toMatchObject({ sub: user.id, kind: 'staff', roles: ['official'], region: '330282' });
      expect(Number(claims.exp) - Number(claims.iat)).toBe(t.config.accessTokenTtlSeconds);
    });

    it('treats the login name case-insensitively', async () => {
      const body = { username: 'ShengShan.OFFICIAL', password: DEMO_PASSWORD } satisfies LoginDto;

      const res = await t.http().post(LOGIN).send(body);

      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ name: '胡所长', regionCode: '330282113' });
    });

    it('answers a wrong password with 401 INVALID_CREDENTIALS', async () => {
      const body = { username: 'lawyer01', password: 'Not-the-password-1' } satisfies LoginDto;

      const res = await t.http().post(LOGIN).send(body);

      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', code: 'INVALID_CREDENTIALS' });
      expect(res.body.requestId).toBe(res.headers['x-request-id']);
      expect(res.body.accessToken).toBeUndefined();
    });

    it('answers an unknown login name with the same 401 INVALID_CREDENTIALS as a wrong password', async () => {
      const body = { username: 'nobody.here', password: DEMO_PASSWORD } satisfies LoginDto;

      const res = await t.http().post(LOGIN).send(body);

      expect(res.status).toBe(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
      expect(res.body.message).toBe('Wrong login name or password');
    });

    it.each([
      ['a missing username', { password: DEMO_PASSWORD }, 'username'],
      ['an empty username', { username: '', password: DEMO_PASSWORD }, 'username'],
      ['a username of 51 characters', { username: 'a'.repeat(51), password: DEMO_PASSWORD }, 'username'],
      ['a username that is not a string', { username: 42, password: DEMO_PASSWORD }, 'username'],
      ['a missing password', { username: 'lawyer01' }, 'password'],
      ['a password of 129 characters', { username: 'lawyer01', password: 'x'.repeat(129) }, 'password'],
      [
        'an unknown extra field',
        { username: 'lawyer01', password: DEMO_PASSWORD, remember: true },
        'remember',
      ],
    ])('answers %s with 400 VALIDATION_FAILED naming the field', async (_case, body, field) => {
      const res = await t.http().post(LOGIN).send(body);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details)).toEqual([field]);
      expect(res.body.details[field]).toEqual(expect.arrayContaining([expect.any(String)]));
    });

    it.each([
      ['a JSON array', '[]'],
      ['a JSON string', '"lawyer01"'],
      ['JSON null', 'null'],
    ])('answers a body that is %s with a 400, not a 500', async (_case, raw) => {
      const res = await t.http().post(LOGIN).set('content-type', 'application/json').send(raw);

      expect(res.status).toBe(400);
      expect(res.body.code).toBeDefined();
    });
  });

  // Lock-out (per login name and address, the distributed-attack lock): auth-lockout.e2e-spec.ts.

  describe('access tokens', () => {
    it('opens a protected route: GET /auth/me answers the caller', async () => {
      const { accessToken, user } = await signIn(t, 'zhangqi.official');

      const res = await t.http().get(ME).set(bearer(accessToken));

      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id: user.id, name: '孙所长', roles: ['official'], regionCode: '330282104' });
    });

    it('accepts a token built with this app’s own secret (so the signature checks below are meaningful)', async () => {
      const { accessToken, user } = await signIn(t, 'zhangqi.official');
      const rebuilt = signJwt(claimsOf(accessToken), t.config.jwtSecret);

      const res = await t.http().get(ME).set(bearer(rebuilt));

      expect(res.status).toBe(200);
      expect(res.body.id).toBe(user.id);
    });

    it.each<[string, (real: string, secret: string) => Record<string, string>]>([
      ['no Authorization header', () => ({})],
      ['a garbage token', () => bearer('not.a.jwt')],
      ['an empty bearer token', () => ({ authorization: 'Bearer ' })],
      ['the token without the Bearer scheme', (real) => ({ authorization: real })],
      [
        'a token signed with another secret',
        (real) => bearer(signJwt(claimsOf(real), randomBytes(32).toString('hex'))),
      ],
      [
        'a token with its claims altered',
        (real) => {
          const [header, , signature] = real.split('.');
          return bearer(`${header}.${b64url({ ...claimsOf(real), roles: ['admin'] })}.${signature}`);
        },
      ],
      [
        'an unsigned token (alg none)',
        (real) => bearer(`${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claimsOf(real))}.`),
      ],
      [
        'an expired token signed with the right secret',
        (real, secret) => {
          const now = Math.floor(Date.now() / 1000);
          return bearer(signJwt({ ...claimsOf(real), iat: now - 3600, exp: now - 60 }, secret));
        },
      ],
    ])('answers 401 UNAUTHENTICATED to %s', async (_case, headers) => {
      const { accessToken } = await signIn(t, 'zhangqi.official');

      const res = await t.http().get(ME).set(headers(accessToken, t.config.jwtSecret));

      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    });

    it('does not accept a refresh token as an access token', async () => {
      const { refreshToken } = await signIn(t, 'zhangqi.official');

      const res = await t.http().get(ME).set(bearer(refreshToken));

      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('roles', () => {
    it('answers a lawyer 403 FORBIDDEN_ROLE on the staff list', async () => {
      const lawyer = await t.login('lawyer04');

      const res = await t.http().get('/api/v1/staff').set(bearer(lawyer));

      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden', code: 'FORBIDDEN_ROLE' });
    });

    it('lets an official list staff', async () => {
      const official = await t.login('shengshan.official');

      const res = await t.http().get('/api/v1/staff').set(bearer(official));

      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
    });

    it.each(['admin', 'cixi.official', 'lawyer04'])(
      'answers %s 403 FORBIDDEN_ROLE on the audit trail',
      async (username) => {
        const token = await t.login(username);

        const list = await t.http().get('/api/v1/audit-events').set(bearer(token));
        const verify = await t.http().get('/api/v1/audit-events/verify').set(bearer(token));

        expect(list.status).toBe(403);
        expect(list.body.code).toBe('FORBIDDEN_ROLE');
        expect(verify.status).toBe(403);
      },
    );

    it('lets the auditor read the audit trail', async () => {
      const auditor = await t.login('auditor');

      const res = await t.http().get('/api/v1/audit-events').set(bearer(auditor));

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ page: 1, total: expect.any(Number) });
    });
  });

  describe('POST /auth/refresh', () => {
    it('exchanges a refresh token for a new pair that works', async () => {
      const first = await signIn(t, 'lawyer02');

      const res = await refresh(t, first.refreshToken);

      expect(res.status).toBe(200);
      expect(res.body.refreshToken).not.toBe(first.refreshToken);
      expect(res.body.user).toEqual(first.user);
      const me = await t.http().get(ME).set(bearer(res.body.accessToken));
      expect(me.status).toBe(200);
      expect(me.body.id).toBe(first.user.id);
      expect((await refresh(t, res.body.refreshToken)).status).toBe(200);
    });

    it('answers a reused refresh token with 401 REFRESH_TOKEN_REUSED and revokes its whole family', async () => {
      const first = await signIn(t, 'lawyer02');
      const second = (await refresh(t, first.refreshToken)).body as TokenPair;

      const reuse = await refresh(t, first.refreshToken);

      expect(reuse.status).toBe(401);
      expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
      const newest = await refresh(t, second.refreshToken);
      expect(newest.status).toBe(401);
      expect(newest.body.code).toMatch(/REFRESH_TOKEN/);
    });

    it('leaves the account’s other sessions working when one family is revoked', async () => {
      const stolen = await signIn(t, 'lawyer02');
      const other = await signIn(t, 'lawyer02');
      await refresh(t, stolen.refreshToken);

      await refresh(t, stolen.refreshToken);

      expect((await refresh(t, other.refreshToken)).status).toBe(200);
    });

    it('lets only one of two simultaneous uses of a refresh token succeed', async () => {
      const { refreshToken } = await signIn(t, 'lawyer02');

      const results = await Promise.all([refresh(t, refreshToken), refresh(t, refreshToken)]);

      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    });

    it('answers a well-formed token with a wrong secret with 401 INVALID_REFRESH_TOKEN', async () => {
      const { refreshToken } = await signIn(t, 'lawyer02');
      const [id] = refreshToken.split('.');

      const res = await refresh(t, `${id}.${randomBytes(32).toString('base64url')}`);

      expect(res.status).toBe(401);
      expect(res.body.code).toBe('INVALID_REFRESH_TOKEN');
      expect((await refresh(t, refreshToken)).status).toBe(200);
    });

    it.each<[string, unknown]>([
      ['garbage', 'this-is-not-a-token'],
      ['an unknown id', `${randomUUID()}.${randomBytes(32).toString('base64url')}`],
      ['an id of 36 letters that is not a UUID', `${'a'.repeat(36)}.secret`],
      ['an id of 36 dashes', `${'-'.repeat(36)}.secret`],
      ['an id without a secret', randomUUID()],
      ['an access token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
      ['an empty string', ''],
      ['a number', 12345678901],
      ['an over-long string', 'x'.repeat(300)],
      ['no value', undefined],
    ])('answers a refresh token that is %s with 400 or 401, never 500', async (_case, token) => {
      const res = await refresh(t, token);

      expect([400, 401]).toContain(res.status);
      expect(res.body.code).toMatch(/^(VALIDATION_FAILED|INVALID_REFRESH_TOKEN)$/);
    });
  });

  describe('POST /auth/logout', () => {
    it('ends the session of the given refresh token (204) and leaves the other sessions', async () => {
      const session = await signIn(t, 'lawyer03');
      const other = await signIn(t, 'lawyer03');

      const res = await t
        .http()
        .post(LOGOUT)
        .set(bearer(session.accessToken))
        .send({ refreshToken: session.refreshToken } satisfies LogoutDto);

      expect(res.status).toBe(204);
      expect((await refresh(t, session.refreshToken)).status).toBe(401);
      expect((await refresh(t, other.refreshToken)).status).toBe(200);
    });

    it('ends the rotated successors of the logged-out token too', async () => {
      const session = await signIn(t, 'lawyer03');
      const rotated = (await refresh(t, session.refreshToken)).body as TokenPair;

      await t
        .http()
        .post(LOGOUT)
        .set(bearer(rotated.accessToken))
        .send({ refreshToken: rotated.refreshToken } satisfies LogoutDto);

      expect((await refresh(t, rotated.refreshToken)).status).toBe(401);
    });

    it('ends every session of the caller when no refresh token is given', async () => {
      const one = await signIn(t, 'lawyer03');
      const two = await signIn(t, 'lawyer03');

      const res = await t.http().post(LOGOUT).set(bearer(one.accessToken)).send({});

      expect(res.status).toBe(204);
      expect((await refresh(t, one.refreshToken)).status).toBe(401);
      expect((await refresh(t, two.refreshToken)).status).toBe(401);
    });

    it('does not end another account’s session when given its refresh token', async () => {
      const mine = await signIn(t, 'lawyer03');
      const theirs = await signIn(t, 'lawyer04');

      await t
        .http()
        .post(LOGOUT)
        .set(bearer(mine.accessToken))
        .send({ refreshToken: theirs.refreshToken } satisfies LogoutDto);

      expect((await refresh(t, theirs.refreshToken)).status).toBe(200);
    });

    it('answers a malformed refresh token without a 500', async () => {
      const session = await signIn(t, 'lawyer03');

      const res = await t
        .http()
        .post(LOGOUT)
        .set(bearer(session.accessToken))
        .send({ refreshToken: 'not-a-token' } satisfies LogoutDto);

      expect([204, 400, 401]).toContain(res.status);
    });

    it('needs an access token (401 UNAUTHENTICATED)', async () => {
      const session = await signIn(t, 'lawyer03');

      const res = await t
        .http()
        .post(LOGOUT)
        .send({ refreshToken: session.refreshToken } satisfies LogoutDto);

      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
      expect((await refresh(t, session.refreshToken)).status).toBe(200);
    });
  });

  describe('POST /auth/password', () => {
    it('refuses a wrong current password with 400 naming currentPassword', async () => {
      const token = await t.login('lawyer09');
      const body = {
        currentPassword: 'Not-my-password-1',
        newPassword: 'Brand-new-Pass-2026',
      } satisfies ChangePasswordDto;

      const res = await t.http().post(PASSWORD).set(bearer(token)).send(body);

      expect(res.status).toBe(400);
      expect(res.body.details.currentPassword).toBeDefined();
      expect(
        (await t.http().post(LOGIN).send({ username: 'lawyer09', password: 'Brand-new-Pass-2026' })).status,
      ).toBe(401);
    });

    it.each([
      ['too short', 'Ab1!short'],
      ['of one character class', 'alllowercaseletters'],
      ['containing the login name', 'Lawyer09-Secure-2026'],
    ])(
      'refuses a new password %s with 400 and details.newPassword, keeping the old one',
      async (_case, newPassword) => {
        const token = await t.login('lawyer09');
        const body = { currentPassword: DEMO_PASSWORD, newPassword } satisfies ChangePasswordDto;

        const res = await t.http().post(PASSWORD).set(bearer(token)).send(body);

        expect(res.status).toBe(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details.newPassword).toEqual(expect.arrayContaining([expect.any(String)]));
        expect(
          (await t.http().post(LOGIN).send({ username: 'lawyer09', password: DEMO_PASSWORD })).status,
        ).toBe(200);
      },
    );

    it('changes the password (204): the new one signs in, the old one and earlier sessions no longer work', async () => {
      const before = await signIn(t, 'lawyer10');
      const body = {
        currentPassword: DEMO_PASSWORD,
        newPassword: 'Harbour-Lights-2026',
      } satisfies ChangePasswordDto;

      const res = await t.http().post(PASSWORD).set(bearer(before.accessToken)).send(body);

      expect(res.status).toBe(204);
      expect(
        (await t.http().post(LOGIN).send({ username: 'lawyer10', password: 'Harbour-Lights-2026' })).status,
      ).toBe(200);
      const old = await t.http().post(LOGIN).send({ username: 'lawyer10', password: DEMO_PASSWORD });
      expect(old.status).toBe(401);
      expect(old.body.code).toBe('INVALID_CREDENTIALS');
      expect((await refresh(t, before.refreshToken)).status).toBe(401);
    });

    it('needs an access token (401 UNAUTHENTICATED)', async () => {
      const body = {
        currentPassword: DEMO_PASSWORD,
        newPassword: 'Harbour-Lights-2027',
      } satisfies ChangePasswordDto;

      const res = await t.http().post(PASSWORD).send(body);

      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });
  });
});

describe('Authentication throttling over HTTP', () => {
  const t = useTestApp({ seed: true, env: { AUTH_THROTTLE_LIMIT: '3' } });

  it('answers the fourth login within a minute with 429 TOO_MANY_REQUESTS, even with the right password', async () => {
    const body = { username: 'admin', password: DEMO_PASSWORD } satisfies LoginDto;
    const allowed = [];
    for (let i = 0; i < 3; i++) allowed.push((await t.http().post(LOGIN).send(body)).status);

    const res = await t.http().post(LOGIN).send(body);

    expect(allowed).toEqual([200, 200, 200]);
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'TOO_MANY_REQUESTS',
    });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
    expect(Number(res.headers['retry-after-auth'])).toBeGreaterThan(0);
    expect(res.headers['retry-after']).toBe(res.headers['retry-after-auth']);
    expect(res.body.accessToken).toBeUndefined();
  });
});
