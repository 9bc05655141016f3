import { FixedClock, PiiCipher } from '@app/core';
import { SMS_TEMPLATE_IDS, SmsReceiptsService } from '@app/notify';
import { FakeAliyunSms, fakeSmsEnv, FakeTencentSms, sql, useTestApp } from '@app/testing';

const TEMPLATES = SMS_TEMPLATE_IDS;
const OTP_ALIYUN = `SMS_4650${String(TEMPLATES.indexOf('otp')).padStart(4, '0')}`;
const OTP_TENCENT = String(1_100_000 + TEMPLATES.indexOf('otp'));

interface OutboxRow {
  status: string;
  provider: string | null;
  provider_message_id: string | null;
  provider_code: string | null;
  last_error: string | null;
  attempts: number;
  text: string;
  params: Record<string, string>;
  next_attempt_at: Date;
}

/** Waits until `check` holds (the worker hands over in the background). */
async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

let n = 0;
const newPhone = () => `1392000${String(1000 + n++).padStart(4, '0')}`;

describe('SMS through 阿里云 (a local fake that checks the signature)', () => {
  const aliyun = new FakeAliyunSms();
  beforeAll(() => aliyun.start());
  afterAll(() => aliyun.stop());
  const clock = new FixedClock(new Date('2026-11-23T02:00:00Z'));
  const t = useTestApp({
    clock,
    env: () => ({ ...fakeSmsEnv({ aliyun }, TEMPLATES), OTP_PER_IP_PER_HOUR: '1000' }),
  });
  const lastSms = async (phone: string) =>
    (
      await sql<OutboxRow>(
        t,
        `SELECT * FROM sms_outbox WHERE phone_index = $1 ORDER BY created_at DESC LIMIT 1`,
        [t.app.get(PiiCipher).blindIndex(phone)],
      )
    )[0];
  beforeEach(() => {
    aliyun.mode = 'ok';
    aliyun.receiptStatus = 'delivered';
  });

  it('hands a login code over as the otp template with the sign name and the code as a parameter, validly signed', async () => {
    const phone = newPhone();
    const refusedBefore = aliyun.refused;

    const sent = await t.http().post('/api/v1/auth/otp').send({ phone });

    expect(sent.status).toBe(202);
    const [received] = aliyun.to(phone);
    expect(received).toMatchObject({ signName: '乡村公共法律服务', template: OTP_ALIYUN });
    expect(received.params).toEqual({ code: expect.stringMatching(/^\d{6}$/) });
    expect(aliyun.refused).toBe(refusedBefore);
    const row = await lastSms(phone);
    expect(row).toMatchObject({
      status: 'sent',
      provider: 'aliyun',
      provider_message_id: received.messageId,
      provider_code: 'OK',
      attempts: 1,
    });
    // The outbox keeps the rendered message and its parameters, without the code once handed over.
    expect(row.text).toBe(
      '【乡村公共法律服务】您的验证码是******，5分钟内有效。如非本人操作，请忽略本短信。',
    );
    expect(row.params).toEqual({ code: '******' });
    const verified = await t
      .http()
      .post('/api/v1/auth/otp/verify')
      .send({ phone, code: (received.params as { code: string }).code });
    expect(verified.status).toBe(200);
  });

  it('records the delivery receipt (QuerySendDetails): delivered, or failed with the provider code', async () => {
    const ok = newPhone();
    const bad = newPhone();
    await t.http().post('/api/v1/auth/otp').send({ phone: ok });
    await t.app.get(SmsReceiptsService).collect();
    aliyun.receiptStatus = 'failed';
    await t.http().post('/api/v1/auth/otp').send({ phone: bad });

    const tally = await t.app.get(SmsReceiptsService).collect();

    expect(tally).toEqual({ delivered: 0, failed: 1 });
    expect(await lastSms(ok)).toMatchObject({ status: 'delivered', provider_code: 'DELIVERED' });
    expect(await lastSms(bad)).toMatchObject({
      status: 'failed',
      provider_code: 'MK:0001',
      last_error: 'aliyun receipt: MK:0001',
    });
  });

  it('keeps a throttled message pending with the code and retries it later with back-off', async () => {
    const phone = newPhone();
    aliyun.mode = 'throttle';

    const sent = await t.http().post('/api/v1/auth/otp').send({ phone });
    const row = await lastSms(phone);

    expect(sent.status).toBe(202);
    expect(row).toMatchObject({
      status: 'pending',
      provider: 'aliyun',
      provider_code: 'isv.BUSINESS_LIMIT_CONTROL',
      attempts: 1,
    });
    expect(new Date(row.next_attempt_at).getTime()).toBe(clock.now().getTime() + 10_000);
    expect(aliyun.to(phone)).toHaveLength(0);
  });

  it.each([
    ['an error code', 'error', 'isp.SYSTEM_ERROR', '系统错误'],
    ['garbage', 'garbage', 'BAD_ANSWER', 'HTTP 200: <html><body>502 Bad Gateway</body></html>'],
    ['HTTP 503', 'down', 'BAD_ANSWER', 'HTTP 503: Service Unavailable'],
  ] as const)('records %s on the message and keeps it for another attempt', async (_, mode, code, error) => {
    const phone = newPhone();
    aliyun.mode = mode;

    const sent = await t.http().post('/api/v1/auth/otp').send({ phone });

    expect(sent.status).toBe(202);
    expect(await lastSms(phone)).toMatchObject({
      status: 'pending',
      provider: 'aliyun',
      provider_code: code,
      last_error: error,
      attempts: 1,
    });
  });
});

describe('SMS with a wrong 阿里云 secret', () => {
  const aliyun = new FakeAliyunSms();
  const tencent = new FakeTencentSms();
  beforeAll(async () => {
    await aliyun.start();
    await tencent.start();
  });
  afterAll(async () => {
    await aliyun.stop();
    await tencent.stop();
  });
  const t = useTestApp({
    env: () => ({
      ...fakeSmsEnv({ aliyun, tencent }, TEMPLATES),
      SMS_ALIYUN_ACCESS_KEY_SECRET: 'not-the-secret-the-provider-holds',
    }),
  });

  it('is refused by the provider (SignatureDoesNotMatch) and goes through 腾讯云 instead', async () => {
    const phone = newPhone();

    await t.http().post('/api/v1/auth/otp').send({ phone });

    expect(aliyun.refused).toBe(1);
    expect(aliyun.to(phone)).toHaveLength(0);
    expect(tencent.to(phone)).toHaveLength(1);
    expect(tencent.to(phone)[0]).toMatchObject({ template: OTP_TENCENT, signName: '乡村公共法律服务' });
  });
});

describe('SMS failover and retries (the outbox worker running)', () => {
  const aliyun = new FakeAliyunSms();
  const tencent = new FakeTencentSms();
  beforeAll(async () => {
    await aliyun.start();
    await tencent.start();
  });
  afterAll(async () => {
    await aliyun.stop();
    await tencent.stop();
  });
  const clock = new FixedClock(new Date('2026-11-23T02:00:00Z'));
  const t = useTestApp({
    clock,
    env: () => ({
      ...fakeSmsEnv({ aliyun, tencent }, TEMPLATES),
      SMS_WORKER: 'true',
      SMS_POLL_MS: '50',
      SMS_MAX_ATTEMPTS: '3',
      OTP_PER_IP_PER_HOUR: '1000',
    }),
  });
  const rows = (phone: string) =>
    sql<OutboxRow>(t, `SELECT * FROM sms_outbox WHERE phone_index = $1 ORDER BY created_at DESC`, [
      t.app.get(PiiCipher).blindIndex(phone),
    ]);

  it('hands the message to 腾讯云 when 阿里云 fails, with the template id and the parameters in order', async () => {
    const phone = newPhone();
    aliyun.mode = 'down';
    tencent.mode = 'ok';

    await t.http().post('/api/v1/auth/otp').send({ phone });
    await until(() => tencent.to(phone).length > 0);
    await until(async () => (await rows(phone))[0].status === 'sent');

    const [received] = tencent.to(phone);
    expect(received).toMatchObject({ template: OTP_TENCENT, signName: '乡村公共法律服务' });
    expect(received.params).toEqual([expect.stringMatching(/^\d{6}$/)]);
    expect(tencent.refused).toBe(0);
    expect((await rows(phone))[0]).toMatchObject({
      status: 'sent',
      provider: 'tencent',
      provider_message_id: received.messageId,
      provider_code: 'Ok',
    });
    const receipts = await t.app.get(SmsReceiptsService).collect();
    expect(receipts.delivered).toBeGreaterThanOrEqual(1);
    expect((await rows(phone))[0]).toMatchObject({ status: 'delivered', provider_code: 'DELIVRD' });
  });

  it('when both fail, records the last answer, retries with back-off, and the code is valid for 5 minutes from hand-over', async () => {
    const phone = newPhone();
    aliyun.mode = 'error';
    tencent.mode = 'garbage';

    await t.http().post('/api/v1/auth/otp').send({ phone });
    await until(async () => (await rows(phone))[0].attempts === 1);
    const failed = (await rows(phone))[0];
    // Ten minutes pass with both providers failing; then 阿里云 answers again.
    clock.advance(10 * 60_000);
    aliyun.mode = 'ok';
    await until(() => aliyun.to(phone).length > 0);
    await until(async () => (await rows(phone))[0].status === 'sent');
    clock.advance(4 * 60_000);
    const code = (aliyun.to(phone)[0].params as { code: string }).code;
    const verified = await t.http().post('/api/v1/auth/otp/verify').send({ phone, code });

    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(['tencent', 'aliyun']).toContain(failed.provider);
    expect(failed.last_error).toEqual(expect.any(String));
    expect(verified.status).toBe(200);
  });

  it('gives a message up as failed after the last attempt, its code masked', async () => {
    const phone = newPhone();
    aliyun.mode = 'error';
    tencent.mode = 'error';

    await t.http().post('/api/v1/auth/otp').send({ phone });
    for (let i = 0; i < 3; i++) {
      await until(async () => (await rows(phone))[0].attempts === i + 1);
      clock.advance(20 * 60_000);
    }
    await until(async () => (await rows(phone))[0].status === 'failed');
    const [row] = await rows(phone);

    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row.text).not.toMatch(/\d{6}/);
    expect(row.params).toEqual({ code: '******' });
  });
});

describe('200 login codes in a burst (the outbox worker, 阿里云 fake with 30 ms latency)', () => {
  const aliyun = new FakeAliyunSms();
  beforeAll(async () => {
    await aliyun.start();
    aliyun.delayMs = 30;
  });
  afterAll(() => aliyun.stop());
  const t = useTestApp({
    env: () => ({
      ...fakeSmsEnv({ aliyun }, TEMPLATES),
      SMS_WORKER: 'true',
      OTP_PER_IP_PER_HOUR: '100000',
      DB_POOL_SIZE: '10',
    }),
  });

  it('hands every code to the provider within 15 seconds of its request', async () => {
    const phones = Array.from({ length: 200 }, (_, i) => `1393${String(1_000_000 + i).padStart(7, '0')}`);
    const requestedAt = new Map<string, number>();
    const started = Date.now();

    const answers = await Promise.all(
      phones.map(async (phone, i) => {
        // 200 requests spread over 10 seconds.
        await new Promise((r) => setTimeout(r, i * 50 - (Date.now() - started)));
        requestedAt.set(phone, Date.now());
        return (await t.http().post('/api/v1/auth/otp').send({ phone })).status;
      }),
    );
    await until(() => aliyun.received.length >= 200, 30_000);

    expect(answers.every((s) => s === 202)).toBe(true);
    const waits = phones.map((p) => aliyun.to(p)[0].at - requestedAt.get(p)!).sort((a, b) => a - b);
    expect(waits[199]).toBeLessThan(15_000);
    expect(aliyun.refused).toBe(0);
  }, 60_000);
});
