import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import type { CheckInDto, CheckInResponse } from '@app/attendance/dto/attendance.dto';
import type { AuthorisedKioskResponse, KioskCodeResponse } from '@app/attendance/kiosk/dto/kiosk.dto';
import { encodeQrPayload } from '@app/attendance/rules/qr-code';
import { businessInstant, FixedClock, PiiCipher } from '@app/core';
import { SHENGSHAN, ZHANGQI } from '@app/demo';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import type { StaffResponse } from '@app/org/staff/dto/staff.dto';
import type { ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import { bearer, publishedWindowShifts, sql, useTestApp } from '@app/testing';

const at = (date: string, time: string) => businessInstant(date, time);
const kiosk = (token: string) => ({ authorization: `Kiosk ${token}` });

describe('Attendance: rotating-QR sign-in at a kiosk (e2e)', () => {
  // Every test sets the app's clock to the moment it acts at, on a day of the seeded roster.
  const clock = new FixedClock(businessInstant('2026-11-23', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const token = { shengshan: '', zhangqi: '', auditor: '' };
  const lawyerTokens = new Map<string, string>();
  const username = new Map<string, string>();
  let centre: ServicePointResponse;
  let zhangqiCentre: ServicePointResponse;
  let pool: ShiftResponse[];
  /** Kiosk tokens of the 胜山镇 and 掌起镇 centres, authorised once. */
  const kiosks = { shengshan: '', zhangqi: '' };

  beforeAll(async () => {
    token.shengshan = await t.login('shengshan.official');
    token.zhangqi = await t.login('zhangqi.official');
    token.auditor = await t.login('auditor');
    const staff = await t
      .http()
      .get('/api/v1/staff')
      .query({ pageSize: 500 })
      .set(bearer(await t.login('admin')));
    for (const s of staff.body.items as StaffResponse[]) username.set(s.id, s.username);
    centre = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'township_center' })
    ).body[0] as ServicePointResponse;
    zhangqiCentre = (
      await t.http().get('/api/v1/service-points').query({ regionCode: ZHANGQI, kind: 'township_center' })
    ).body[0] as ServicePointResponse;
    pool = await publishedWindowShifts(t, token.shengshan, SHENGSHAN, centre.id);
    kiosks.shengshan = (await authorise(token.shengshan, centre.id)).body.token;
    kiosks.zhangqi = (await authorise(token.zhangqi, zhangqiCentre.id)).body.token;
  }, 60_000);

  async function authorise(asToken: string, servicePointId: string, label?: string) {
    const res: Response = await t
      .http()
      .post('/api/v1/kiosks')
      .set(bearer(asToken))
      .send({ servicePointId, ...(label ? { label } : {}) });
    return res as Response & { body: AuthorisedKioskResponse };
  }

  function takeShift(): ShiftResponse {
    const shift = pool.shift();
    if (!shift) throw new Error('the demo roster has no window shift left for this test');
    return shift;
  }

  async function lawyerToken(lawyerId: string): Promise<string> {
    if (!lawyerTokens.has(lawyerId)) lawyerTokens.set(lawyerId, await t.login(username.get(lawyerId)!));
    return lawyerTokens.get(lawyerId)!;
  }

  /** The code the kiosk of `kioskToken` shows at the app's current time. */
  async function codeNow(kioskToken = kiosks.shengshan): Promise<KioskCodeResponse> {
    const res = await t.http().get('/api/v1/kiosks/qr-code').set(kiosk(kioskToken));
    if (res.status !== 200) throw new Error(`qr-code: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as KioskCodeResponse;
  }

  async function sign(kind: 'check-in' | 'check-out', lawyerId: string, body: Partial<CheckInDto>) {
    return t
      .http()
      .post(`/api/v1/attendance/${kind}`)
      .set(bearer(await lawyerToken(lawyerId)))
      .send({ idempotencyKey: randomUUID(), ...body } satisfies CheckInDto);
  }

  describe('kiosks', () => {
    it('shows a township official’s authorised tablet a code of its point that changes every 30 seconds', async () => {
      clock.set(at('2026-11-23', '09:00:10'));

      const first = await codeNow();
      clock.set(at('2026-11-23', '09:00:29'));
      const same = await codeNow();
      clock.set(at('2026-11-23', '09:00:40'));
      const next = await codeNow();

      expect(first).toMatchObject({
        servicePointId: centre.id,
        servicePointName: centre.name,
        validFrom: at('2026-11-23', '09:00:00').toISOString(),
        validUntil: at('2026-11-23', '09:00:30').toISOString(),
      });
      expect(first.payload).toMatch(new RegExp(`^LSQ1\\.${centre.id}\\.\\d+\\.1\\.[A-Za-z0-9_-]{22}$`));
      expect(same.payload).toBe(first.payload);
      expect(next.payload).not.toBe(first.payload);
      expect(next.validFrom).toBe(first.validUntil);
    });

    it('gives a kiosk token nothing but the code: no other route takes it, and a person’s token does not fetch codes', async () => {
      const asBearer = await t.http().get('/api/v1/attendance').set(bearer(kiosks.shengshan));
      const asKioskElsewhere = await t
        .http()
        .get('/api/v1/kiosks')
        .query({ servicePointId: centre.id })
        .set(kiosk(kiosks.shengshan));
      const officialForCode = await t.http().get('/api/v1/kiosks/qr-code').set(bearer(token.shengshan));
      const noToken = await t.http().get('/api/v1/kiosks/qr-code');

      expect(asBearer.status).toBe(401);
      expect(asKioskElsewhere.status).toBe(401);
      expect(officialForCode.status).toBe(401);
      expect(officialForCode.body.code).toBe('KIOSK_TOKEN_INVALID');
      expect(noToken.status).toBe(401);
    });

    it('lets only an official of the point’s jurisdiction authorise a kiosk, and not a lawyer', async () => {
      const lawyer = takeShift().lawyerId;

      const byLawyer = await authorise(await lawyerToken(lawyer), centre.id);
      const byOtherTownship = await authorise(token.zhangqi, centre.id);
      const unknownPoint = await authorise(token.shengshan, randomUUID());
      const badLabel = await authorise(token.shengshan, centre.id, 'x'.repeat(61));

      expect(byLawyer.status).toBe(403);
      expect([403, 404]).toContain(byOtherTownship.status);
      expect(unknownPoint.status).toBe(404);
      expect(badLabel.status).toBe(400);
      expect((badLabel.body as unknown as { details: object }).details).toHaveProperty('label');
    });

    it('stops a revoked kiosk at once, lists it as revoked, and audits both steps without the token', async () => {
      const made = await authorise(token.shengshan, centre.id, '会议室屏幕');
      expect(made.status).toBe(201);
      await codeNow(made.body.token);

      const revoked = await t
        .http()
        .post(`/api/v1/kiosks/${made.body.id}/revoke`)
        .set(bearer(token.shengshan));
      const after = await t.http().get('/api/v1/kiosks/qr-code').set(kiosk(made.body.token));
      const again = await t.http().post(`/api/v1/kiosks/${made.body.id}/revoke`).set(bearer(token.shengshan));
      const byOther = await t.http().post(`/api/v1/kiosks/${made.body.id}/revoke`).set(bearer(token.zhangqi));
      const list = await t
        .http()
        .get('/api/v1/kiosks')
        .query({ servicePointId: centre.id })
        .set(bearer(token.shengshan));
      const trail = await t
        .http()
        .get('/api/v1/audit-events')
        .query({ entityType: 'kiosk_device', entityId: made.body.id, pageSize: 50 })
        .set(bearer(token.auditor));

      expect(revoked.status).toBe(200);
      expect(revoked.body.revokedAt).toEqual(expect.any(String));
      expect(after.status).toBe(401);
      expect(again.status).toBe(409);
      expect(byOther.status).toBe(404);
      expect(list.body).toContainEqual(
        expect.objectContaining({ id: made.body.id, label: '会议室屏幕', revokedAt: expect.any(String) }),
      );
      expect(list.body.every((k: { token?: string }) => k.token === undefined)).toBe(true);
      const actions = (trail.body.items as { action: string; changes: unknown }[])
        .map((e) => e.action)
        .sort();
      expect(actions).toEqual(['create', 'revoke']);
      expect(JSON.stringify(trail.body.items)).not.toContain(made.body.token);
    });

    it('keeps the point’s signing key encrypted at rest', async () => {
      const [row] = await sql<{ key_enc: Buffer }>(
        t,
        `SELECT key_enc FROM service_point_key WHERE service_point_id = $1 AND retired_at IS NULL`,
        [centre.id],
      );

      expect(row.key_enc[0]).toBe(1);
      expect(row.key_enc.length).toBe(1 + 12 + 16 + 44);
    });
  });

  describe('POST /api/v1/attendance/check-in with a scanned code', () => {
    it('takes a code scanned while it is shown as proof of presence, without a location', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:25:05'));
      const { payload } = await codeNow();
      clock.set(at(shift.date, '08:25:20'));

      const res = await sign('check-in', shift.lawyerId, { qr: payload });

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        shiftId: shift.id,
        servicePointId: centre.id,
        status: 'on_time',
        flags: [],
        proof: 'qr',
        insideGeofence: null,
      } satisfies Partial<CheckInResponse>);
    });

    it('flags a code scanned 31 s after it was shown as qr_expired, recording the sign-in all the same', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:20:00'));
      const { payload } = await codeNow();
      clock.set(at(shift.date, '08:20:31'));

      const res = await sign('check-in', shift.lawyerId, { qr: payload });
      const events = await t
        .http()
        .get('/api/v1/attendance/events')
        .query({ lawyerId: shift.lawyerId, from: shift.date, to: shift.date, flagged: 'true' })
        .set(bearer(token.shengshan));

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ proof: 'qr', flags: ['qr_expired'], shiftId: shift.id });
      expect(events.body).toContainEqual(expect.objectContaining({ id: res.body.id, flags: ['qr_expired'] }));
    });

    it('takes a code scanned at the last second of its window, and flags the one of the window before', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:20:00'));
      const older = (await codeNow()).payload;
      clock.set(at(shift.date, '08:20:30'));
      const current = (await codeNow()).payload;
      clock.set(at(shift.date, '08:21:00'));

      const fresh = await sign('check-in', shift.lawyerId, { qr: current });
      const stale = await sign('check-in', shift.lawyerId, { qr: older });

      expect(fresh.body).toMatchObject({ flags: [] });
      expect(stale.body).toMatchObject({ flags: ['qr_expired'] });
    });

    it('refuses a code of another point than the shift’s with 422 QR_OTHER_POINT, recording nothing', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:25:00'));
      const { payload } = await codeNow(kiosks.zhangqi);

      const res = await sign('check-in', shift.lawyerId, { qr: payload, shiftId: shift.id });
      const [{ n }] = await sql<{ n: number }>(
        t,
        `SELECT count(*)::int AS n FROM attendance_event WHERE shift_id = $1`,
        [shift.id],
      );

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('QR_OTHER_POINT');
      expect(n).toBe(0);
    });

    it('refuses a code whose signature does not verify (422) and text that is no code (400)', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:25:00'));
      const { payload } = await codeNow();
      const parts = payload.split('.');
      const otherWindow = [...parts.slice(0, 2), String(Number(parts[2]) - 1), ...parts.slice(3)].join('.');
      const badMac = [...parts.slice(0, 4), 'A'.repeat(22)].join('.');
      const otherPoint = payload.replace(centre.id, zhangqiCentre.id);

      const answers = await Promise.all(
        [otherWindow, badMac, otherPoint, 'https://example.org/'].map((qr) =>
          sign('check-in', shift.lawyerId, { qr }),
        ),
      );

      expect(answers.map((r) => r.status)).toEqual([422, 422, 422, 400]);
      expect(answers.slice(0, 3).map((r) => r.body.code)).toEqual([
        'QR_SIGNATURE_INVALID',
        'QR_SIGNATURE_INVALID',
        'QR_SIGNATURE_INVALID',
      ]);
      expect(answers[3].body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { qr: expect.any(Array) },
      });
    });

    it('accepts a code scanned offline and uploaded 2 hours later as delayed, at the scan’s own time', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:28:03'));
      const { payload } = await codeNow();
      const scannedAt = at(shift.date, '08:28:10');
      clock.set(at(shift.date, '10:28:10'));

      const res = await sign('check-in', shift.lawyerId, { qr: payload, clientTime: scannedAt });

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        shiftId: shift.id,
        at: scannedAt.toISOString(),
        status: 'on_time',
        flags: ['delayed'],
        proof: 'qr',
      });
    });

    it('flags an offline upload whose scan time lies after the code’s window as expired as well as delayed', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:28:03'));
      const { payload } = await codeNow();
      clock.set(at(shift.date, '10:28:10'));

      const res = await sign('check-in', shift.lawyerId, {
        qr: payload,
        clientTime: at(shift.date, '08:40:00'),
      });

      expect(res.status).toBe(201);
      expect(res.body.flags).toEqual(['delayed', 'qr_expired']);
    });

    it('flags a code used a second time, by the same lawyer or another, as qr_replayed', async () => {
      const shift = takeShift();
      const other = pool.find((s) => s.lawyerId !== shift.lawyerId)!.lawyerId;
      clock.set(at(shift.date, '08:29:00'));
      const { payload } = await codeNow();
      clock.set(at(shift.date, '08:29:05'));

      const first = await sign('check-in', shift.lawyerId, { qr: payload });
      const byOther = await sign('check-in', other, { qr: payload });
      const twice = await sign('check-out', shift.lawyerId, { qr: payload });

      expect(first.body.flags).toEqual([]);
      expect(byOther.status).toBe(201);
      expect(byOther.body.flags).toEqual(expect.arrayContaining(['qr_replayed']));
      expect(twice.body.flags).toEqual(expect.arrayContaining(['qr_replayed']));
    });

    it('answers a retry of the same sign-in with the same answer, not as a replay', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:29:00'));
      const { payload } = await codeNow();
      const body = { idempotencyKey: randomUUID(), qr: payload };

      const first = await sign('check-in', shift.lawyerId, body);
      const retry = await sign('check-in', shift.lawyerId, body);
      const otherBody = await sign('check-in', shift.lawyerId, { idempotencyKey: body.idempotencyKey });

      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(otherBody.status).toBe(422);
      expect(otherBody.body.code).toBe('IDEMPOTENCY_KEY_MISMATCH');
    });
  });

  describe('POST /api/v1/service-points/:id/qr-key/rotate', () => {
    it('rotates the key: an earlier code scanned before still verifies, the kiosk shows the new version, audited', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:27:00'));
      const before = await codeNow();
      clock.set(at(shift.date, '08:27:10'));

      const rotated = await t
        .http()
        .post(`/api/v1/service-points/${centre.id}/qr-key/rotate`)
        .set(bearer(token.shengshan));
      const after = await codeNow();
      const byLawyer = await t
        .http()
        .post(`/api/v1/service-points/${centre.id}/qr-key/rotate`)
        .set(bearer(await lawyerToken(shift.lawyerId)));
      const byOther = await t
        .http()
        .post(`/api/v1/service-points/${centre.id}/qr-key/rotate`)
        .set(bearer(token.zhangqi));
      const old = await sign('check-in', shift.lawyerId, {
        qr: before.payload,
        clientTime: at(shift.date, '08:27:05'),
      });
      const trail = await t
        .http()
        .get('/api/v1/audit-events')
        .query({ entityType: 'service_point_key', entityId: centre.id, pageSize: 50 })
        .set(bearer(token.auditor));

      expect(rotated.status).toBe(200);
      expect(rotated.body.keyVersion).toBeGreaterThanOrEqual(2);
      expect(after.payload.split('.')[3]).toBe(String(rotated.body.keyVersion));
      expect(after.payload).not.toBe(before.payload);
      expect(byLawyer.status).toBe(403);
      expect([403, 404]).toContain(byOther.status);
      expect(old.status).toBe(201);
      expect(old.body.proof).toBe('qr');
      const actions = (trail.body.items as { action: string }[]).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['create', 'retire', 'rotate']));
      expect(JSON.stringify(trail.body.items)).not.toMatch(/keyEnc":\s*\{\s*"(to|from)/);
    });

    it('refuses a code signed with the old key for a window that began after the rotation', async () => {
      const shift = takeShift();
      clock.set(at(shift.date, '08:26:00'));
      const { payload } = await codeNow();
      const [{ version, key_enc }] = await sql<{ version: number; key_enc: Buffer }>(
        t,
        `SELECT version, key_enc FROM service_point_key WHERE service_point_id = $1 AND retired_at IS NULL`,
        [centre.id],
      );
      await t.http().post(`/api/v1/service-points/${centre.id}/qr-key/rotate`).set(bearer(token.shengshan));
      // Whoever kept the old key signs a code of the next window with it.
      const oldKey = Buffer.from(t.app.get(PiiCipher).decrypt(key_enc), 'base64');
      const window = Number(payload.split('.')[2]) + 1;
      const later = encodeQrPayload({ pointId: centre.id, window, keyVersion: version }, oldKey);
      clock.set(at(shift.date, '08:26:31'));

      const res = await sign('check-in', shift.lawyerId, { qr: later });

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('QR_SIGNATURE_INVALID');
    });
  });
});
