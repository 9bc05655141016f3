import { FixedClock, PgCluster } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import type { YearlyStats } from '@app/stats/stats.service';
import { bearer, createServiceLog, demoIds, startTestApp, type TestApp } from '@app/testing';

// These clusters are the machine's own PostgreSQL whatever the run: the run against TEST_DATABASE_URL
// (the same version) would only repeat them.
const ownClusters = process.env.TEST_DATABASE_URL ? describe.skip : describe;

/**
 * Statistics read from a real streaming replica: a PostgreSQL primary (the machine's own version, in
 * a temporary folder) with the app migrated and seeded on it, a physical replica made from it with
 * `pg_basebackup -R`, and the app's DATABASE_READ_URL pointing at the replica.
 */
ownClusters('Statistics from a streaming read replica (e2e)', () => {
  let primary: PgCluster;
  let replica: PgCluster;
  let t: TestApp;
  // The app's "now" (the real instant the file starts): moved past the read-after-write window.
  const clock = new FixedClock(new Date());

  beforeAll(async () => {
    primary = await PgCluster.create('stats-primary');
    await primary.query('CREATE DATABASE portal');
    replica = await PgCluster.replicaOf(primary, 'stats-replica');
    t = await startTestApp(
      {
        DATABASE_URL: primary.url('portal'),
        DATABASE_READ_URL: replica.url('portal'),
        READ_AFTER_WRITE_SECONDS: '30',
        AUDIT_SEAL_INTERVAL_MS: '0',
      },
      { clock, seed: true },
    );
  }, 120_000);

  afterAll(async () => {
    await t?.app.close();
    await replica?.remove();
    await primary?.remove();
  });

  const yearly = async (username: string) => {
    const res = await t
      .http()
      .get('/api/v1/stats/yearly')
      .query({ regionCode: SHENGSHAN, year: Number(clock.today().slice(0, 4)) })
      .set(bearer(await t.login(username)));
    expect(res.status).toBe(200);
    return res.body as YearlyStats;
  };
  const figures = ({ freshness: _, ...rest }: YearlyStats) => rest;

  it('reads the yearly statistics on the replica, equal to the primary’s after a write', async () => {
    const ids = await demoIds(t);
    const before = await yearly('cixi.official');
    expect(before.freshness.source).toBe('replica');

    // Today, at the town centre, entered by the township official for lawyer01.
    await createServiceLog(t, await t.login('shengshan.official'), {
      type: 'consultation',
      topic: 'labour_wages',
      peopleCount: 4,
      summary: '咨询劳动报酬',
      servicePointId: ids.shengshanCentre,
      lawyerId: ids.staff.lawyer01,
      occurredAt: new Date(clock.now().getTime() - 60_000).toISOString(),
    });
    // The writer reads the primary within the window: their own entry is there at once.
    const writersView = await yearly('shengshan.official');
    await replica.caughtUpWith(primary);
    const fromReplica = await yearly('cixi.official');

    expect(writersView.freshness).toMatchObject({ source: 'primary', lagSeconds: 0 });
    expect(writersView.totals.consultations).toBe(before.totals.consultations + 4);
    expect(fromReplica.freshness.source).toBe('replica');
    expect(fromReplica.freshness.lagSeconds).toBeGreaterThanOrEqual(0);
    expect(Date.parse(fromReplica.freshness.asOf)).toBeLessThanOrEqual(clock.now().getTime());
    expect(figures(fromReplica)).toEqual(figures(writersView));
  });

  it('sends the writer back to the replica once the window has passed', async () => {
    clock.advance(31_000);

    const later = await yearly('shengshan.official');

    expect(later.freshness.source).toBe('replica');
  });

  it('reads the primary while the replica is down, and says so', async () => {
    await replica.stop('fast');

    const res = await yearly('cixi.official');

    expect(res.freshness).toMatchObject({ source: 'primary', lagSeconds: 0 });
    await replica.start();
  });
});
