import { Client } from 'pg';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { AuthService } from '@app/auth';
import { addDays, businessInstant, FixedClock, PiiCipher, PublicReadCache } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import { useTestApp } from '@app/testing';

// 10:00 on Monday 23 November 2026 (Asia/Shanghai): the demo roster of November is published.
const MONDAY = '2026-11-23';
const TUESDAY = addDays(MONDAY, 1);

interface Slot {
  id: string;
  startsAt: string;
  available: number;
  lawyerName: string;
}

describe('Public reads (directory, a point’s page, its slots)', () => {
  const clock = new FixedClock(businessInstant(MONDAY, '10:00'));
  const t = useTestApp({ seed: true, clock });
  let official = '';
  let centre = { id: '', name: '', phone: '' };
  let village = { id: '', name: '' };
  const directory = () => t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN });
  const page = (id: string) => t.http().get(`/api/v1/service-points/${id}`);
  const slots = (id = centre.id, date = TUESDAY) =>
    t.http().get(`/api/v1/service-points/${id}/slots`).query({ from: date, to: date });
  /** The raw answer, as the wire carries it (supertest would undo the compression). */
  const raw = (url: string, headers: Record<string, string> = {}) =>
    t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers });
  const cache = () => t.app.get(PublicReadCache);

  let residents = 0;
  async function resident(): Promise<string> {
    const pii = t.app.get(PiiCipher);
    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    const phone = `135${String(30_000_000 + residents++).padStart(8, '0')}`;
    const { rows } = await db.query(
      `INSERT INTO resident (phone_enc, phone_index) VALUES ($1, $2) RETURNING id`,
      [pii.encrypt(phone), pii.blindIndex(phone)],
    );
    await db.end();
    return t.app.get(AuthService).residentAccessToken(rows[0].id as string);
  }

  beforeAll(async () => {
    official = await t.login('shengshan.official');
    const points = (await directory()).body as { id: string; kind: string; name: string; phone: string }[];
    centre = points.find((p) => p.kind === 'township_center')!;
    village = points.find((p) => p.kind === 'village_point')!;
  });

  describe('HTTP caching', () => {
    it('gives the directory, a page and the slots an ETag and Cache-Control public, short', async () => {
      const answers = [await directory(), await page(centre.id), await slots()];

      for (const res of answers) {
        expect(res.status).toBe(200);
        expect(res.headers.etag).toMatch(/^W\/"[\w-]+"$/);
        expect(res.headers.vary).toContain('accept-encoding');
      }
      const maxAge = answers.map((res) =>
        Number(/^public, max-age=(\d+)$/.exec(res.headers['cache-control'])?.[1]),
      );
      expect(maxAge[0]).toBeGreaterThanOrEqual(8);
      expect(maxAge[0]).toBeLessThanOrEqual(10);
      expect(maxAge[1]).toBeLessThanOrEqual(10);
      expect(maxAge[2]).toBeLessThanOrEqual(2);
    });

    it('answers 304 without a body to If-None-Match with the current ETag, 200 to another', async () => {
      const first = await page(centre.id);

      const same = await page(centre.id).set('if-none-match', first.headers.etag);
      const listed = await page(centre.id).set('if-none-match', `"other", ${first.headers.etag}`);
      const other = await page(centre.id).set('if-none-match', 'W/"something-else"');

      expect(same.status).toBe(304);
      expect(same.text ?? '').toBe('');
      expect(same.headers.etag).toBe(first.headers.etag);
      expect(same.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
      expect(same.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(same.headers['x-content-type-options']).toBe('nosniff');
      expect(listed.status).toBe(304);
      expect(other.status).toBe(200);
      expect(other.body).toEqual(first.body);
    });

    it('keeps answers to a signed-in caller and personal answers out of every cache (no-store)', async () => {
      const token = await resident();
      const anonymous = await directory();

      const signedIn = await directory().set('authorization', `Bearer ${official}`);
      const revalidated = await slots().set('authorization', `Bearer ${token}`).set('if-none-match', '*');
      const mine = await t.http().get('/api/v1/appointments/mine').set('authorization', `Bearer ${token}`);

      expect(signedIn.status).toBe(200);
      expect(signedIn.body).toEqual(anonymous.body);
      expect(signedIn.headers['cache-control']).toBe('no-store');
      expect(signedIn.headers.etag).toBeUndefined();
      expect(revalidated.status).toBe(200);
      expect(revalidated.headers['cache-control']).toBe('no-store');
      expect(mine.status).toBe(200);
      expect(mine.headers['cache-control']).toBe('no-store');
    });

    it('compresses a large answer with brotli or gzip as the client asks, a small one not at all', async () => {
      const url = `/api/v1/service-points?regionCode=${SHENGSHAN}`;
      const plain = await raw(url);

      const br = await raw(url, { 'accept-encoding': 'gzip;q=0.8, br' });
      const gzip = await raw(url, { 'accept-encoding': 'gzip, deflate' });
      const none = await raw(url, { 'accept-encoding': 'identity' });
      const small = await raw('/api/v1/service-points?regionCode=99', { 'accept-encoding': 'br, gzip' });

      expect(plain.rawPayload.length).toBeGreaterThan(1024);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(none.headers['content-encoding']).toBeUndefined();
      expect(small.statusCode).toBe(200);
      expect(small.body).toBe('[]');
      expect(small.headers['content-encoding']).toBeUndefined();
    });

    it('compresses the whole point list as a browser asks for it, anonymous or signed in', async () => {
      // What Chromium sends: over HTTPS and to localhost with br and zstd, elsewhere over HTTP gzip only.
      const chromium = { 'accept-encoding': 'gzip, deflate, br, zstd' };
      const plainHttp = { 'accept-encoding': 'gzip, deflate' };
      const signedIn = { authorization: `Bearer ${official}` };
      const plain = await raw('/api/v1/service-points');

      const anonymous = await raw('/api/v1/service-points', chromium);
      const overHttp = await raw('/api/v1/service-points', plainHttp);
      const staff = await raw('/api/v1/service-points', { ...chromium, ...signedIn });
      const staffOverHttp = await raw('/api/v1/service-points', { ...plainHttp, ...signedIn });

      expect(plain.rawPayload.length).toBeGreaterThan(10 * 1024);
      expect(anonymous.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(anonymous.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(overHttp.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(overHttp.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(staff.headers['content-encoding']).toBe('br');
      expect(staff.headers['cache-control']).toBe('no-store');
      expect(staff.headers.vary).toContain('accept-encoding');
      expect(brotliDecompressSync(staff.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(staffOverHttp.headers['content-encoding']).toBe('gzip');
      expect(staffOverHttp.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    });

    it('compresses other large JSON answers too, above 1 KiB only', async () => {
      const docs = await raw('/api/docs-json', { 'accept-encoding': 'gzip' });
      const health = await raw('/api/health', { 'accept-encoding': 'gzip' });

      expect(docs.headers['content-encoding']).toBe('gzip');
      expect(docs.headers['cache-control']).toBe('no-store');
      expect(JSON.parse(gunzipSync(docs.rawPayload).toString()).openapi).toBeDefined();
      expect(health.statusCode).toBe(200);
      expect(health.headers['content-encoding']).toBeUndefined();
    });
  });

  describe('invalidation', () => {
    it('serves the same answer between changes and shows a point’s edit in the next read', async () => {
      const before = await page(village.id);
      const again = await page(village.id);
      const listed = await directory();

      const edit = await t
        .http()
        .patch(`/api/v1/service-points/${village.id}`)
        .set('authorization', `Bearer ${official}`)
        .send({ phone: '0574-63999999' });
      const after = await page(village.id);
      const relisted = await directory();

      expect(again.headers.etag).toBe(before.headers.etag);
      expect(edit.status).toBe(200);
      expect(after.body.phone).toBe('0574-63999999');
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(relisted.body.find((p: { id: string }) => p.id === village.id).phone).toBe('0574-63999999');
      expect(relisted.headers.etag).not.toBe(listed.headers.etag);
      expect((await page(village.id).set('if-none-match', before.headers.etag)).status).toBe(200);
    });

    it('shows a newly published shift, and the slots it makes, in the next read', async () => {
      const shifts = await t
        .http()
        .get('/api/v1/shifts')
        .query({ regionCode: SHENGSHAN, from: TUESDAY, to: TUESDAY })
        .set('authorization', `Bearer ${official}`);
      const busy = new Set((shifts.body as { lawyerId: string }[]).map((s) => s.lawyerId));
      const staff = await t
        .http()
        .get('/api/v1/staff')
        .query({ regionCode: SHENGSHAN, pageSize: 100 })
        .set('authorization', `Bearer ${official}`);
      const lawyer = (staff.body.items as { id: string; name: string; roles: string[] }[]).find(
        (s) => s.roles.includes('lawyer') && !busy.has(s.id),
      )!;
      const slotsBefore = (await slots()).body as Slot[];
      const pageBefore = await page(centre.id);

      const created = await t.http().post('/api/v1/shifts').set('authorization', `Bearer ${official}`).send({
        servicePointId: centre.id,
        lawyerId: lawyer.id,
        date: TUESDAY,
        from: '14:00',
        to: '16:00',
        kind: 'on_call',
      });
      const unpublished = (await slots()).body as Slot[];
      const published = await t
        .http()
        .post('/api/v1/shifts/publish')
        .set('authorization', `Bearer ${official}`)
        .send({ regionCode: SHENGSHAN, from: TUESDAY, to: TUESDAY });
      const slotsAfter = (await slots()).body as Slot[];
      const pageAfter = await page(centre.id);

      expect(created.status).toBe(201);
      expect(published.status).toBe(200);
      expect(unpublished).toEqual(slotsBefore);
      expect(slotsAfter.filter((s) => s.lawyerName === lawyer.name)).toHaveLength(4);
      expect(slotsAfter).toHaveLength(slotsBefore.length + 4);
      expect(
        (pageBefore.body.upcomingShifts as { lawyerName: string; date: string }[]).some(
          (s) => s.lawyerName === lawyer.name && s.date === TUESDAY,
        ),
      ).toBe(false);
      expect(pageAfter.body.upcomingShifts).toContainEqual(
        expect.objectContaining({ lawyerName: lawyer.name, date: TUESDAY, from: '14:00', to: '16:00' }),
      );
    });

    it('shows a booking and its cancellation in the slots’ next read on the same instance', async () => {
      const token = await resident();
      const before = (await slots()).body as Slot[];
      const slot = before.find((s) => s.available > 0)!;

      const booked = await t
        .http()
        .post('/api/v1/appointments')
        .set('authorization', `Bearer ${token}`)
        .send({ slotId: slot.id, topic: 'labour_wages', description: '工资被拖欠三个月' });
      const afterBooking = (await slots()).body as Slot[];
      const cancelled = await t
        .http()
        .post(`/api/v1/appointments/${booked.body.id}/cancel`)
        .set('authorization', `Bearer ${token}`)
        .send({});
      const afterCancel = (await slots()).body as Slot[];

      expect(booked.status).toBe(201);
      expect(afterBooking.find((s) => s.id === slot.id)!.available).toBe(slot.available - 1);
      expect(cancelled.status).toBe(200);
      expect(afterCancel.find((s) => s.id === slot.id)!.available).toBe(slot.available);
    });

    it('is never more than PUBLIC_SLOTS_CACHE_SECONDS behind a booking made through another instance', async () => {
      const before = (await slots()).body as Slot[];
      const slot = before.find((s) => s.available > 0)!;
      const elsewhere = new Client({ connectionString: t.config.databaseUrl });
      await elsewhere.connect();
      // Another instance's booking: the same database, a write this process does not see.
      await elsewhere.query(`UPDATE booking_slot SET booked = booked + 1 WHERE id = $1`, [slot.id]);
      const withinBound = (await slots()).body as Slot[];
      const c = cache();
      const monotonic = c.monotonicMs.bind(c);
      c.monotonicMs = () => monotonic() + t.config.publicCache.slotsSeconds * 1000;
      let afterBound: Slot[];
      try {
        afterBound = (await slots()).body as Slot[];
      } finally {
        c.monotonicMs = monotonic;
        await elsewhere.query(`UPDATE booking_slot SET booked = booked - 1 WHERE id = $1`, [slot.id]);
        await elsewhere.end();
      }

      expect(t.config.publicCache.slotsSeconds).toBe(2);
      expect(withinBound.find((s) => s.id === slot.id)!.available).toBe(slot.available);
      expect(afterBound.find((s) => s.id === slot.id)!.available).toBe(slot.available - 1);
    });

    it('starts afresh when the app’s day changes, since “today” changes the answers', async () => {
      const key = `/api/v1/service-points?regionCode=${SHENGSHAN}`;
      await directory();
      const kept = cache().lookup(key);

      clock.set(businessInstant(TUESDAY, '10:00'));
      let keptTomorrow;
      try {
        keptTomorrow = cache().lookup(key);
      } finally {
        clock.set(businessInstant(MONDAY, '10:00'));
      }

      expect(kept).toBeDefined();
      expect(keptTomorrow).toBeUndefined();
    });
  });
});

describe('Public reads with PUBLIC_CACHE_SECONDS=0', () => {
  const t = useTestApp({ env: { PUBLIC_CACHE_SECONDS: '0' } });

  it('reads from the database every time and lets no cache keep the answer', async () => {
    const first = await t.http().get('/api/v1/service-points');
    await t.http().get('/api/v1/service-points');

    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.headers.etag).toBeUndefined();
    expect(t.app.get(PublicReadCache).size().entries).toBe(0);
  });
});

describe('Public reads with CORS', () => {
  const t = useTestApp({ env: { CORS_ORIGINS: 'https://h5.example' } });

  it('keeps the CORS headers and varies by Origin as well as by Accept-Encoding, kept answers included', async () => {
    const read = () => t.http().get('/api/v1/service-points').set('origin', 'https://h5.example');

    const first = await read();
    const kept = await read();

    for (const res of [first, kept]) {
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('https://h5.example');
      expect(res.headers.vary.toLowerCase()).toContain('origin');
      expect(res.headers.vary.toLowerCase()).toContain('accept-encoding');
    }
    expect(kept.headers.etag).toBe(first.headers.etag);
  });
});
