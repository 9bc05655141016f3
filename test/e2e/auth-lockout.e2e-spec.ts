import type { ChangePasswordDto, LoginDto } from '@app/auth/dto/auth.dto';
import { businessInstant, FixedClock } from '@app/core';
import { DEMO_PASSWORD } from '@app/demo';
import { bearer, useTestApp } from '@app/testing';

const LOGIN = '/api/v1/auth/login';
const PASSWORD = '/api/v1/auth/password';

describe('Lock-out that cannot be turned against users (e2e)', () => {
  const clock = new FixedClock(businessInstant('2027-02-03', '10:00'));
  // Behind a proxy, the client's address comes from X-Forwarded-For: each test picks its addresses.
  const t = useTestApp({ seed: true, clock, env: { TRUST_PROXY: 'true' } });
  let address = 0;
  /** A fresh client address for each caller of a test. */
  const newAddress = () => `198.51.100.${++address}`;

  function login(username: string, password: string, from: string) {
    return t
      .http()
      .post(LOGIN)
      .set('x-forwarded-for', from)
      .send({ username, password } satisfies LoginDto);
  }

  async function wrongPasswords(username: string, times: number, from: string) {
    const answers = [];
    for (let i = 0; i < times; i++) answers.push(await login(username, `Wrong-password-${i}`, from));
    return answers;
  }

  async function staffId(username: string): Promise<string> {
    const admin = await t.login('admin');
    const res = await t.http().get('/api/v1/staff').query({ q: username }).set(bearer(admin));
    return (res.body.items as { id: string; username: string }[]).find((s) => s.username === username)!.id;
  }

  /** What a client can tell from an answer: everything but the request id. */
  const shape = (res: { status: number; body: Record<string, unknown>; headers: Record<string, string> }) => {
    const { requestId: _id, ...body } = res.body;
    return { status: res.status, body, retryAfter: res.headers['retry-after'] };
  };

  describe('one address', () => {
    it('makes the address wait after 5 wrong passwords (429 LOGIN_DELAYED, 1 minute), not the account', async () => {
      const attacker = newAddress();

      const answers = await wrongPasswords('lawyer01', 5, attacker);
      const rightFromAttacker = await login('lawyer01', DEMO_PASSWORD, attacker);
      const rightFromElsewhere = await login('lawyer01', DEMO_PASSWORD, newAddress());

      expect(answers.map((r) => r.status)).toEqual([401, 401, 401, 401, 429]);
      expect(answers[4].body).toMatchObject({ code: 'LOGIN_DELAYED', details: { retryAfterSeconds: 60 } });
      expect(answers[4].headers['retry-after']).toBe('60');
      expect(rightFromAttacker.status).toBe(429);
      expect(rightFromElsewhere.status).toBe(200);
    });

    it('doubles the wait with every further wrong password from the address: 1, 2, 4 minutes', async () => {
      const from = newAddress();
      await wrongPasswords('lawyer02', 5, from);

      clock.advance(61_000);
      const sixth = await login('lawyer02', 'Wrong-password-6', from);
      clock.advance(121_000);
      const seventh = await login('lawyer02', 'Wrong-password-7', from);
      clock.advance(60_000);
      const tooSoon = await login('lawyer02', DEMO_PASSWORD, from);
      clock.advance(181_000);
      const right = await login('lawyer02', DEMO_PASSWORD, from);

      expect(sixth.body).toMatchObject({ code: 'LOGIN_DELAYED', details: { retryAfterSeconds: 120 } });
      expect(seventh.body).toMatchObject({ code: 'LOGIN_DELAYED', details: { retryAfterSeconds: 240 } });
      expect(tooSoon.body).toMatchObject({ code: 'LOGIN_DELAYED', details: { retryAfterSeconds: 180 } });
      expect(right.status).toBe(200);
      expect((await login('lawyer02', 'Wrong-password-8', from)).status).toBe(401);
    });

    it('never locks the admin out from one address: the admin signs in from another', async () => {
      const attacker = newAddress();

      const answers = await wrongPasswords('admin', 30, attacker);

      expect(answers.slice(5).every((r) => r.body.code === 'LOGIN_DELAYED')).toBe(true);
      expect((await login('admin', DEMO_PASSWORD, newAddress())).status).toBe(200);
    });
  });

  describe('unknown and existing login names', () => {
    it('answers a wrong password for an existing name and an unknown name alike', async () => {
      const from = newAddress();

      const known = await login('lawyer03', 'Wrong-password-1', from);
      const unknown = await login('no.such.user', 'Wrong-password-1', from);

      expect(shape(unknown)).toEqual(shape(known));
      expect(known.body).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
    });

    it('delays an unknown name exactly as it delays an existing one', async () => {
      const from = newAddress();

      const known = await wrongPasswords('lawyer04', 6, from);
      const unknown = await wrongPasswords('nobody.at.all', 6, from);

      expect(unknown.map(shape)).toEqual(known.map(shape));
      expect(known[5].body.code).toBe('LOGIN_DELAYED');
    });

    it('locks an unknown name after a distributed attack exactly as it locks an existing one', async () => {
      const addresses = [1, 2, 3, 4, 5].map(() => newAddress());
      const attack = async (username: string) => {
        for (const from of addresses) await wrongPasswords(username, 4, from);
        return login(username, 'Wrong-password-after', newAddress());
      };

      const known = await attack('lawyer05');
      const unknown = await attack('ghost.account');

      expect(shape(unknown)).toEqual(shape(known));
      expect(known.body).toMatchObject({
        statusCode: 423,
        code: 'ACCOUNT_LOCKED',
        details: { lockedUntil: null },
      });
    });
  });

  describe('a distributed attack (20 wrong passwords from 5 addresses within an hour)', () => {
    it('locks the whole account, even against the right password from a new address, until the security admin unlocks it', async () => {
      const id = await staffId('lawyer06');
      for (let i = 0; i < 5; i++) await wrongPasswords('lawyer06', 4, newAddress());
      clock.advance(3 * 3_600_000);

      const whileLocked = await login('lawyer06', DEMO_PASSWORD, newAddress());
      const asOfficial = await t
        .http()
        .post(`/api/v1/security/accounts/${id}/unlock`)
        .set(bearer(await t.login('cixi.official')));
      const unlock = await t
        .http()
        .post(`/api/v1/security/accounts/${id}/unlock`)
        .set(bearer(await t.login('security')));
      const after = await login('lawyer06', DEMO_PASSWORD, newAddress());

      expect(whileLocked.status).toBe(423);
      expect(whileLocked.body.code).toBe('ACCOUNT_LOCKED');
      expect(asOfficial.status).toBe(403);
      expect(unlock.status).toBe(200);
      expect(unlock.body).toMatchObject({ id, username: 'lawyer06', locked: false });
      expect(after.status).toBe(200);
    });

    it('shows the lock in the staff list and writes it to the audit trail', async () => {
      const id = await staffId('lawyer07');
      for (let i = 0; i < 5; i++) await wrongPasswords('lawyer07', 4, newAddress());

      const seen = await t
        .http()
        .get(`/api/v1/staff/${id}`)
        .set(bearer(await t.login('cixi.official')));
      const events = await t
        .http()
        .get('/api/v1/audit-events')
        .query({ action: 'account.lock', entityId: id })
        .set(bearer(await t.login('auditor')));

      expect(seen.body.locked).toBe(true);
      expect(events.body.items).toHaveLength(1);
      expect(events.body.items[0].changes.note).toMatchObject({
        username: 'lawyer07',
        failures: 20,
        addresses: 5,
      });
    });

    it('does not lock for 19 failures from 5 addresses, nor 20 from 4', async () => {
      const few = [1, 2, 3, 4, 5].map(() => newAddress());
      for (const [i, from] of few.entries()) await wrongPasswords('zhangqi.official', i === 0 ? 3 : 4, from);
      const fourAddresses = [1, 2, 3, 4].map(() => newAddress());
      for (const from of fourAddresses) await wrongPasswords('lawyer08', 5, from);

      expect((await login('zhangqi.official', DEMO_PASSWORD, newAddress())).status).toBe(200);
      expect((await login('lawyer08', DEMO_PASSWORD, newAddress())).status).toBe(200);
    });
  });

  describe('POST /auth/password', () => {
    it('counts a wrong current password like a wrong login and audits it: the fifth from an address waits', async () => {
      const from = newAddress();
      const token = await t.login('lawyer09');
      const change = (currentPassword: string) =>
        t
          .http()
          .post(PASSWORD)
          .set(bearer(token))
          .set('x-forwarded-for', from)
          .send({ currentPassword, newPassword: 'Orchard-Gate-2027' } satisfies ChangePasswordDto);

      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await change(`Not-my-password-${i}`));
      const right = await change(DEMO_PASSWORD);
      const loginFromThere = await login('lawyer09', DEMO_PASSWORD, from);
      const events = await t
        .http()
        .get('/api/v1/audit-events')
        .query({ action: 'password.change.failure', entityId: await staffId('lawyer09') })
        .set(bearer(await t.login('auditor')));

      expect(answers.map((r) => r.status)).toEqual([400, 400, 400, 400, 429]);
      expect(answers[0].body.details.currentPassword).toBeDefined();
      expect(right.status).toBe(429);
      expect(loginFromThere.body.code).toBe('LOGIN_DELAYED');
      expect(events.body.items).toHaveLength(5);
    });

    it.each([
      ['a common password', 'Password2027!'],
      ['a Chinese favourite with a symbol', 'Woaini1314!'],
      ['the current password', DEMO_PASSWORD],
    ])('refuses %s with 400 and details.newPassword', async (_case, newPassword) => {
      const token = await t.login('lawyer10');

      const res = await t
        .http()
        .post(PASSWORD)
        .set(bearer(token))
        .send({ currentPassword: DEMO_PASSWORD, newPassword } satisfies ChangePasswordDto);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.newPassword).toEqual(expect.arrayContaining([expect.any(String)]));
    });

    it('refuses any of the last 5 passwords, and accepts the sixth one back', async () => {
      const passwords = [
        'Maple-Road-2027a',
        'Maple-Road-2027b',
        'Maple-Road-2027c',
        'Maple-Road-2027d',
        'Maple-Road-2027e',
      ];
      let current = DEMO_PASSWORD;
      const change = async (newPassword: string) => {
        const token = await t.login('cixi.official', current);
        return t
          .http()
          .post(PASSWORD)
          .set(bearer(token))
          .send({ currentPassword: current, newPassword } satisfies ChangePasswordDto);
      };
      for (const p of passwords) {
        expect((await change(p)).status).toBe(204);
        current = p;
      }

      const previous = await change('Maple-Road-2027b');
      const fifthBack = await change(DEMO_PASSWORD);

      expect(previous.status).toBe(400);
      expect(previous.body.details.newPassword).toEqual([expect.stringMatching(/last 5 passwords/)]);
      expect(fifthBack.status).toBe(204);
    });
  });
});
