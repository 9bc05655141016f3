import { Client } from 'pg';
import { businessDayRange, FixedClock } from '@app/core';
import { NotifyService } from '@app/notify';
import { useTestApp } from '@app/testing';

const codeIn = (text: string) => /\d{6}/.exec(text)![0];

describe('Resident sign-in by SMS code', () => {
  const clock = new FixedClock(new Date('2026-11-23T02:00:00Z'));
  const t = useTestApp({ clock, env: { OTP_PER_IP_PER_HOUR: '1000' } });
  let n = 0;
  // A fresh phone per test, so the per-phone limits of one test do not touch another.
  const newPhone = () => `1391000${String(1000 + n++).padStart(4, '0')}`;
  const outbox = async (phone: string) =>
    (await t.http().get('/api/v1/dev/outbox').query({ phone })).body as {
      phone: string;
      text: string;
      status: string;
    }[];
  const tick = (ms: number) => clock.advance(ms);

  it('sends a 6-digit code through the outbox and signs the resident in with it', async () => {
    const phone = newPhone();

    const sent = await t.http().post('/api/v1/auth/otp').send({ phone });
    const [sms] = await outbox(phone);
    const verified = await t
      .http()
      .post('/api/v1/auth/otp/verify')
      .send({ phone, code: codeIn(sms.text) });

    expect(sent.status).toBe(202);
    expect(sms).toMatchObject({ phone, status: 'sent' });
    expect(verified.status).toBe(200);
    expect(verified.body.resident.phoneMasked).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    const me = await t
      .http()
      .get('/api/v1/auth/me')
      .set('authorization', `Bearer ${verified.body.accessToken}`);
    expect(me.body).toMatchObject({ id: verified.body.resident.id, roles: ['resident'], regionCode: null });
  });

  it('keeps the same resident on a second sign-in and stores the phone encrypted, the code hashed', async () => {
    const phone = newPhone();
    const signIn = async () => {
      await t.http().post('/api/v1/auth/otp').send({ phone });
      const [sms] = await outbox(phone);
      return (
        await t
          .http()
          .post('/api/v1/auth/otp/verify')
          .send({ phone, code: codeIn(sms.text) })
      ).body.resident.id as string;
    };

    const first = await signIn();
    tick(61_000);
    const second = await signIn();

    expect(second).toBe(first);
    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    const residents = await db.query(`SELECT phone_enc::text AS enc FROM resident WHERE id = $1`, [first]);
    const codes = await db.query(`SELECT code_hash FROM otp_challenge`);
    await db.end();
    expect(residents.rows[0].enc).not.toContain(phone);
    expect(codes.rows.every((r: { code_hash: string }) => /^[0-9a-f]{64}$/.test(r.code_hash))).toBe(true);
  });

  it('keeps the code out of the outbox once delivered and hashes it with a key the database does not hold', async () => {
    const phone = newPhone();

    await t.http().post('/api/v1/auth/otp').send({ phone });
    const [received] = await outbox(phone);
    const code = codeIn(received.text);
    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    const stored = await db.query(
      `SELECT text, redacted_text FROM sms_outbox WHERE kind = 'otp' ORDER BY created_at DESC LIMIT 1`,
    );
    const challenge = await db.query(
      `SELECT id, code_hash, encode(sha256(convert_to(id::text || ':' || $1, 'UTF8')), 'hex') AS unkeyed
         FROM otp_challenge ORDER BY created_at DESC LIMIT 1`,
      [code],
    );
    await db.end();

    expect(stored.rows[0].text).not.toContain(code);
    expect(stored.rows[0].text).toContain('******');
    expect(stored.rows[0].redacted_text).toBeNull();
    expect(challenge.rows[0].code_hash).not.toBe(challenge.rows[0].unkeyed);
  });

  it('allows one code a minute per phone (429 OTP_TOO_SOON) and ten a day (429 OTP_DAILY_LIMIT)', async () => {
    const phone = newPhone();

    const first = await t.http().post('/api/v1/auth/otp').send({ phone });
    const again = await t.http().post('/api/v1/auth/otp').send({ phone });
    const statuses: number[] = [];
    let last = again;
    for (let i = 0; i < 10; i++) {
      tick(61_000);
      last = await t.http().post('/api/v1/auth/otp').send({ phone });
      statuses.push(last.status);
    }
    const eleventh = statuses.at(-1);

    expect(first.status).toBe(202);
    expect(again.status).toBe(429);
    expect(again.body.code).toBe('OTP_TOO_SOON');
    expect(Number(again.headers['retry-after'])).toBe(60);
    expect(statuses.filter((s) => s === 202)).toHaveLength(9);
    expect(eleventh).toBe(429);
    expect(last.body.code).toBe('OTP_DAILY_LIMIT');
    // Until midnight in Asia/Shanghai, as the clock stands.
    const midnight = businessDayRange(clock.today()).end;
    expect(Number(last.headers['retry-after'])).toBe(
      Math.ceil((midnight.getTime() - clock.now().getTime()) / 1000),
    );
    expect((await outbox(phone)).length).toBe(10);
  });

  it('sends one code only when two requests for a phone arrive together', async () => {
    const phone = newPhone();

    const answers = await Promise.all(
      Array.from({ length: 5 }, () => t.http().post('/api/v1/auth/otp').send({ phone })),
    );

    expect(answers.map((a) => a.status).sort()).toEqual([202, 429, 429, 429, 429]);
    expect(await outbox(phone)).toHaveLength(1);
  });

  it('refuses a wrong code (401 with attempts left), locks after five tries, and rejects an expired code', async () => {
    const phone = newPhone();
    await t.http().post('/api/v1/auth/otp').send({ phone });
    const code = codeIn((await outbox(phone))[0].text);
    const wrong = code === '000000' ? '111111' : '000000';

    const tries = [];
    for (let i = 0; i < 5; i++)
      tries.push(await t.http().post('/api/v1/auth/otp/verify').send({ phone, code: wrong }));
    const rightTooLate = await t.http().post('/api/v1/auth/otp/verify').send({ phone, code });

    expect(tries[0].status).toBe(401);
    expect(tries[0].body).toMatchObject({ code: 'OTP_INVALID', details: { attemptsLeft: 4 } });
    expect(tries[4].body.code).toBe('OTP_TOO_MANY_ATTEMPTS');
    expect(rightTooLate.body.code).toBe('OTP_TOO_MANY_ATTEMPTS');

    const other = newPhone();
    await t.http().post('/api/v1/auth/otp').send({ phone: other });
    const otherCode = codeIn((await outbox(other))[0].text);
    tick(5 * 60_000 + 1000);
    const expired = await t.http().post('/api/v1/auth/otp/verify').send({ phone: other, code: otherCode });
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('OTP_EXPIRED');
  });

  it('refuses a code used once already', async () => {
    const phone = newPhone();
    await t.http().post('/api/v1/auth/otp').send({ phone });
    const code = codeIn((await outbox(phone))[0].text);

    const first = await t.http().post('/api/v1/auth/otp/verify').send({ phone, code });
    const replay = await t.http().post('/api/v1/auth/otp/verify').send({ phone, code });

    expect(first.status).toBe(200);
    expect(replay.status).toBe(401);
  });

  it.each([
    [{ phone: '12812345678' }, 'phone'],
    [{ phone: '1381234567' }, 'phone'],
    [{ phone: '138123456789' }, 'phone'],
    [{ phone: 13812345678 }, 'phone'],
    [{}, 'phone'],
  ])('refuses %j with 400 naming %s', async (body, field) => {
    const res = await t.http().post('/api/v1/auth/otp').send(body);

    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details[field]).toBeDefined();
  });

  it('refuses a malformed code with 400', async () => {
    const res = await t.http().post('/api/v1/auth/otp/verify').send({ phone: newPhone(), code: '12ab56' });

    expect(res.status).toBe(400);
    expect(res.body.details.code).toBeDefined();
  });

  it('does not let a resident token into staff routes', async () => {
    const phone = newPhone();
    await t.http().post('/api/v1/auth/otp').send({ phone });
    const token = (
      await t
        .http()
        .post('/api/v1/auth/otp/verify')
        .send({ phone, code: codeIn((await outbox(phone))[0].text) })
    ).body.accessToken;

    const staff = await t.http().get('/api/v1/staff').set('authorization', `Bearer ${token}`);

    expect(staff.status).toBe(403);
  });
});

describe('OTP limit per network address', () => {
  const t = useTestApp({ env: { OTP_PER_IP_PER_HOUR: '3' } });

  it('answers 429 OTP_IP_LIMIT past the configured number of codes an hour from one address', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++)
      answers.push(
        await t
          .http()
          .post('/api/v1/auth/otp')
          .send({ phone: `1370000000${i}` }),
      );

    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 429]);
    // The first of the hour's codes leaves the window in about an hour.
    expect(Number(answers[3].headers['retry-after'])).toBeGreaterThan(3500);
    expect(Number(answers[3].headers['retry-after'])).toBeLessThanOrEqual(3600);
  });
});

describe('Delivered SMS after the retention period', () => {
  const clock = new FixedClock(new Date('2026-11-23T02:00:00Z'));
  const t = useTestApp({ clock, env: { SMS_RETENTION_DAYS: '30' } });

  it('are purged by the nightly sweep, while newer ones stay', async () => {
    await t.http().post('/api/v1/auth/otp').send({ phone: '13910009001' });
    clock.advance(20 * 86_400_000);
    await t.http().post('/api/v1/auth/otp').send({ phone: '13910009002' });
    clock.advance(11 * 86_400_000);

    const purged = await t.app.get(NotifyService).purgeDelivered(t.config.smsRetentionDays);

    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    const left = await db.query(`SELECT count(*)::int AS n FROM sms_outbox`);
    await db.end();
    expect(purged).toBe(1);
    expect(left.rows[0].n).toBe(1);
  });
});

describe('The development outbox in production', () => {
  const t = useTestApp({ env: { NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://fl.example.gov.cn' } });

  it('does not exist', async () => {
    const res = await t.http().get('/api/v1/dev/outbox').query({ phone: '13812345678' });

    expect(res.status).toBe(404);
  });
});

describe('The development outbox on a development server that listens on every address', () => {
  const t = useTestApp({ env: { NODE_ENV: 'development', HOST: '0.0.0.0' } });

  it('does not exist either: login codes are shown to this machine only', async () => {
    const res = await t.http().get('/api/v1/dev/outbox').query({ phone: '13812345678' });

    expect(res.status).toBe(404);
  });
});
