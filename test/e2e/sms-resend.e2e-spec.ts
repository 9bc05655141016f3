import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN, ZHANGQI } from '@app/demo';
import { ConsoleSmsProvider, NotifyService } from '@app/notify';
import type { OutboxMessageResponse } from '@app/notify/outbox.controller';
import { bearer, sql, useTestApp } from '@app/testing';

interface OutboxRow {
  status: string;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
}

let n = 0;
const newPhone = () => `1393000${String(1000 + n++).padStart(4, '0')}`;

describe('Sending a failed SMS again: POST /sms-outbox/:id/resend (e2e)', () => {
  const clock = new FixedClock(businessInstant('2026-11-23', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const token = { shengshan: '', zhangqi: '', cixi: '', lawyer: '', auditor: '' };

  beforeAll(async () => {
    token.shengshan = await t.login('shengshan.official');
    token.zhangqi = await t.login('zhangqi.official');
    token.cixi = await t.login('cixi.official');
    token.lawyer = await t.login('lawyer01');
    token.auditor = await t.login('auditor');
  });

  /** A message of `regionCode` in the outbox, in `status` (failed: given up after six attempts). */
  async function message(
    regionCode: string,
    status: 'failed' | 'pending' | 'sent' | 'delivered' = 'failed',
    template: 'booking_confirmation' | 'phone_check' = 'booking_confirmation',
  ): Promise<string> {
    const notify = t.app.get(NotifyService);
    const id = await t.app.get(DataSource).transaction((em) =>
      template === 'phone_check'
        ? notify.enqueue(em, { phone: newPhone(), template, params: { code: '123456' }, regionCode })
        : notify.enqueue(em, {
            phone: newPhone(),
            template,
            params: { time: '11月24日 09:00', code: 'K7Q2' },
            regionCode,
          }),
    );
    await sql(
      t,
      `UPDATE sms_outbox SET status = $2, attempts = 6, last_error = 'carrier refused', provider = 'log'
        WHERE id = $1`,
      [id, status],
    );
    return id;
  }
  const row = async (id: string) =>
    (
      await sql<OutboxRow>(
        t,
        `SELECT status, attempts, next_attempt_at, last_error FROM sms_outbox WHERE id = $1`,
        [id],
      )
    )[0];
  const resend = (id: string, as: string) =>
    t.http().post(`/api/v1/sms-outbox/${id}/resend`).set(bearer(as)).send();

  it('hands a failed message of the official’s township over again, its attempts counted afresh', async () => {
    const id = await message(SHENGSHAN);

    const res = await resend(id, token.shengshan);

    expect(res.status).toBe(200);
    // No worker runs in the tests: the message went over at once, as a new one does.
    expect(res.body).toMatchObject({
      id,
      status: 'sent',
      attempts: 1,
    } satisfies Partial<OutboxMessageResponse>);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1 });
    const failed = await t.http().get('/api/v1/sms-outbox').set(bearer(token.shengshan));
    expect((failed.body as OutboxMessageResponse[]).map((m) => m.id)).not.toContain(id);
  });

  it('puts it back as pending for the worker when the provider fails again, not given up at once', async () => {
    const id = await message(SHENGSHAN);
    const provider = t.app.get(ConsoleSmsProvider);
    const send = provider.send;
    provider.send = () => Promise.reject(new Error('carrier unreachable'));
    let res;
    try {
      res = await resend(id, token.shengshan);
    } finally {
      provider.send = send;
    }

    expect(res.status).toBe(200);
    // Six attempts before would have given up at once; counted afresh, it waits for the next try.
    expect(res.body).toMatchObject({ status: 'pending', attempts: 1, lastError: 'carrier unreachable' });
    const stored = await row(id);
    expect(stored).toMatchObject({ status: 'pending', attempts: 1 });
    expect(stored.next_attempt_at.getTime()).toBeGreaterThan(clock.now().getTime());
  });

  it('lets the county official resend a township’s message, and records who did it in the audit trail', async () => {
    const id = await message(ZHANGQI);

    const res = await resend(id, token.cixi);
    const events = await t
      .http()
      .get('/api/v1/audit-events')
      .query({ entityType: 'sms_message', entityId: id })
      .set(bearer(token.auditor));

    expect(res.status).toBe(200);
    expect(events.status).toBe(200);
    const [event] = events.body.items as {
      action: string;
      actorName: string;
      regionCode: string;
      changes: Record<string, { from: unknown; to: unknown }>;
    }[];
    expect(event).toMatchObject({ action: 'resend', actorName: expect.any(String), regionCode: ZHANGQI });
    expect(event.changes.status).toEqual({ from: 'failed', to: 'pending' });
    expect(event.changes.attempts).toEqual({ from: 6, to: 0 });
    // The trail keeps no personal data of the message.
    expect(JSON.stringify(event)).not.toMatch(/K7Q2|1393000|carrier/);
  });

  it('answers 404 for another township’s message and leaves it failed', async () => {
    const id = await message(ZHANGQI);

    const res = await resend(id, token.shengshan);

    expect(res.status).toBe(404);
    expect(res.body.code).toBe('SMS_NOT_FOUND');
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 6 });
  });

  it('answers 404 for an unknown id', async () => {
    const res = await resend(randomUUID(), token.shengshan);

    expect(res.status).toBe(404);
    expect(res.body.code).toBe('SMS_NOT_FOUND');
  });

  it.each(['pending', 'sent', 'delivered'] as const)(
    'answers 409 SMS_NOT_FAILED for a %s message and leaves it as it was',
    async (status) => {
      const id = await message(SHENGSHAN, status);

      const res = await resend(id, token.shengshan);

      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SMS_NOT_FAILED');
      expect(await row(id)).toMatchObject({ status, attempts: 6 });
    },
  );

  it('refuses to send a verification code again (its code was masked when it failed): 422', async () => {
    const id = await message(SHENGSHAN, 'failed', 'phone_check');

    const res = await resend(id, token.shengshan);

    expect(res.status).toBe(422);
    expect(res.body.code).toBe('SMS_NOT_RESENDABLE');
    expect(await row(id)).toMatchObject({ status: 'failed' });
  });

  it('is for officials: a lawyer gets 403', async () => {
    const id = await message(SHENGSHAN);

    const res = await resend(id, token.lawyer);

    expect(res.status).toBe(403);
    expect(await row(id)).toMatchObject({ status: 'failed' });
  });
});
