import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type AppConfig, loadAppConfig } from '../config/app-config';
import { businessInstant } from '../time/business-time';
import { FixedClock } from '../time/clock';
import { PublicReadCache } from './public-read-cache';

function build(env: Record<string, string> = {}) {
  const config: AppConfig = loadAppConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'x'.repeat(32),
    PII_KEY: 'a'.repeat(64),
    PII_INDEX_KEY: 'b'.repeat(64),
    AUDIT_KEY: 'y'.repeat(32),
    ...env,
  });
  const clock = new FixedClock(businessInstant('2026-11-23', '10:00'));
  const cache = new PublicReadCache(config, clock);
  let ms = 1000;
  cache.monotonicMs = () => ms;
  return { cache, clock, advance: (by: number) => (ms += by) };
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe(PublicReadCache.name, () => {
  it('keeps an answer for PUBLIC_CACHE_SECONDS, slots for PUBLIC_SLOTS_CACHE_SECONDS', () => {
    const { cache, advance } = build();
    cache.store('/list', 'directory', cache.stamp('directory'), json([1]));
    cache.store('/slots', 'slots', cache.stamp('slots'), json([2]));

    advance(1999);
    const early = [cache.lookup('/list'), cache.lookup('/slots')];
    advance(1);
    const slotsAt2s = cache.lookup('/slots');
    advance(7999);
    const listAt10s = cache.lookup('/list');
    advance(1);

    expect(early.every(Boolean)).toBe(true);
    expect(slotsAt2s).toBeUndefined();
    expect(listAt10s).toBeDefined();
    expect(cache.lookup('/list')).toBeUndefined();
  });

  it('drops what a change makes stale: the directory changes everything, a booking only the slots', () => {
    const { cache } = build();
    const keep = () => {
      cache.store('/list', 'directory', cache.stamp('directory'), json([1]));
      cache.store('/slots', 'slots', cache.stamp('slots'), json([2]));
    };

    keep();
    cache.changed(['slots']);
    const afterBooking = [cache.lookup('/list'), cache.lookup('/slots')];
    keep();
    cache.changed(['directory']);
    const afterShift = [cache.lookup('/list'), cache.lookup('/slots')];

    expect(afterBooking.map(Boolean)).toEqual([true, false]);
    expect(afterShift.map(Boolean)).toEqual([false, false]);
  });

  it('does not keep an answer read before a write that committed during the read', () => {
    const { cache } = build();
    const stamp = cache.stamp('directory');

    cache.changed(['directory']);
    const entry = cache.store('/list', 'directory', stamp, json([1]));

    expect(entry.body.toString()).toBe('[1]');
    expect(cache.lookup('/list')).toBeUndefined();
  });

  it('ends an answer at the business midnight, and when the app’s clock leaves its lifetime', () => {
    const { cache, clock } = build();
    clock.set(businessInstant('2026-11-23', '23:59:55'));
    const entry = cache.store('/list', 'directory', cache.stamp('directory'), json([1]));
    const maxAge = cache.maxAge(entry);

    clock.set(businessInstant('2026-11-24', '00:00'));
    const afterMidnight = cache.lookup('/list');
    clock.set(businessInstant('2026-11-23', '23:59:55'));
    cache.store('/list', 'directory', cache.stamp('directory'), json([1]));
    clock.set(businessInstant('2026-11-23', '23:00'));

    expect(maxAge).toBe(5);
    expect(afterMidnight).toBeUndefined();
    expect(cache.lookup('/list')).toBeUndefined();
  });

  it('gives max-age as the whole seconds left', () => {
    const { cache, advance } = build();
    const entry = cache.store('/list', 'directory', cache.stamp('directory'), json([1]));

    const fresh = cache.maxAge(entry);
    advance(9500);

    expect(fresh).toBe(10);
    expect(cache.maxAge(entry)).toBe(0);
  });

  it('keeps nothing with PUBLIC_CACHE_SECONDS=0, and slots never longer than the rest', () => {
    const off = build({ PUBLIC_CACHE_SECONDS: '0' }).cache;
    const short = build({ PUBLIC_CACHE_SECONDS: '1', PUBLIC_SLOTS_CACHE_SECONDS: '5' }).cache;

    off.store('/list', 'directory', off.stamp('directory'), json([1]));

    expect(off.lookup('/list')).toBeUndefined();
    expect(off.size().entries).toBe(0);
    expect(short.seconds('slots')).toBe(1);
  });

  it('compresses an answer once per coding, and the copies decode to the JSON', async () => {
    const { cache } = build();
    const body = json(Array.from({ length: 200 }, (_, i) => ({ id: i, name: '胜山镇法律服务点' })));
    const entry = cache.store('/list', 'directory', cache.stamp('directory'), body);

    const br = await cache.encoded(entry, 'br');
    const gz = await cache.encoded(entry, 'gzip');

    expect(await cache.encoded(entry, 'br')).toBe(br);
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(gunzipSync(gz).equals(body)).toBe(true);
    expect(cache.size().bytes).toBe(body.length + br.length + gz.length);
  });

  it('reads once for the requests that miss together, again after a change', async () => {
    const { cache } = build();
    let reads = 0;
    const read = async () => {
      reads++;
      await new Promise((r) => setImmediate(r));
      return cache.store('/list', 'directory', stamp, json([reads]));
    };
    let stamp = cache.stamp('directory');

    const together = await Promise.all([
      cache.shared('/list', stamp, read),
      cache.shared('/list', stamp, read),
    ]);
    cache.changed(['directory']);
    stamp = cache.stamp('directory');
    const afterChange = await cache.shared('/list', stamp, read);
    const failing = cache.shared('/other', stamp, () => Promise.reject(new Error('down')));

    expect(together[0]).toBe(together[1]);
    expect(afterChange.body.toString()).toBe('[2]');
    expect(reads).toBe(2);
    await expect(failing).rejects.toThrow('down');
    await expect(cache.shared('/other', stamp, read)).resolves.toBeDefined();
  });

  it('keeps at most 2,000 answers, dropping the oldest', () => {
    const { cache } = build();

    for (let i = 0; i < 2005; i++) cache.store(`/p/${i}`, 'directory', cache.stamp('directory'), json([i]));

    expect(cache.size().entries).toBe(2000);
    expect(cache.lookup('/p/0')).toBeUndefined();
    expect(cache.lookup('/p/2004')).toBeDefined();
  });
});
