import { DataSource } from 'typeorm';
import { dataSourceOptions, FixedClock } from '@app/core';
import { useTestDatabase } from '@app/testing';
import { SharedThrottlerStorage } from './shared-throttler-storage';

/** Two app instances' throttles on one database: they count a client together. */
describe('SharedThrottlerStorage', () => {
  const testDb = useTestDatabase();
  const clock = new FixedClock(new Date('2026-11-23T00:30:00Z'));
  let dbs: DataSource[];
  let a: SharedThrottlerStorage;
  let b: SharedThrottlerStorage;
  const MINUTE = 60_000;

  beforeAll(async () => {
    dbs = await Promise.all(
      [1, 2].map(() => new DataSource(dataSourceOptions(testDb.url(), 2)).initialize()),
    );
    [a, b] = dbs.map((db) => new SharedThrottlerStorage(db, clock));
  });
  afterAll(() => Promise.all(dbs.map((db) => db.destroy())));

  it('counts hits from every instance in one window and blocks the key past the limit', async () => {
    const hit = (s: SharedThrottlerStorage) => s.increment('203.0.113.7', MINUTE, 3, MINUTE, 'auth');

    expect((await hit(a)).totalHits).toBe(1);
    expect((await hit(b)).totalHits).toBe(2);
    expect(await hit(a)).toEqual({ totalHits: 3, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    clock.advance(10_000);
    expect(await hit(b)).toEqual({ totalHits: 4, timeToExpire: 50, isBlocked: true, timeToBlockExpire: 60 });
    expect((await hit(a)).isBlocked).toBe(true);
  });

  it('opens a new window once the block has ended', async () => {
    clock.advance(61_000);
    expect(await a.increment('203.0.113.7', MINUTE, 3, MINUTE, 'auth')).toEqual({
      totalHits: 1,
      timeToExpire: 60,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
  });

  it('keeps each key and throttler apart, and stores no address', async () => {
    expect((await b.increment('198.51.100.1', MINUTE, 3, MINUTE, 'auth')).totalHits).toBe(1);
    expect((await b.increment('203.0.113.7', MINUTE, 3, MINUTE, 'otp')).totalHits).toBe(1);
    const keys: { key: string }[] = await dbs[0].query(`SELECT key FROM request_throttle`);

    expect(keys).toHaveLength(3);
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k.key))).toBe(true);
  });

  it('sweeps the rows whose window and block are over', async () => {
    clock.advance(10 * MINUTE);
    expect(await a.sweep(clock.now())).toBe(3);
  });
});
