import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chownToServerUser, FixedClock, PgCluster, pgBinDir } from '@app/core';
import { recountScope, StatsVerifyService } from '@app/stats';
import { bearer, startTestApp, type TestApp } from '@app/testing';
import { archiveWal, decryptFile, encryptFile, readManifest, restoreBackup, takeBackup } from './backup';

// These clusters are the machine's own PostgreSQL whatever the run: the run against TEST_DATABASE_URL
// (the same version) would only repeat them.
const ownClusters = process.env.TEST_DATABASE_URL ? describe.skip : describe;

/** Rows per table of the app's schema, to tell two databases hold the same records. */
async function rowCounts(cluster: PgCluster, database: string): Promise<Record<string, number>> {
  const tables = await cluster.query<{ name: string }>(
    `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    [],
    database,
  );
  const [counts] = await cluster.query<Record<string, string>>(
    `SELECT ${tables.map((t, i) => `(SELECT count(*) FROM ${t.name})::text AS c${i}`).join(', ')}`,
    [],
    database,
  );
  return Object.fromEntries(tables.map((t, i) => [t.name, Number(counts[`c${i}`])]));
}

/**
 * The restore drill: a PostgreSQL primary with the app's demo data and an archive of its WAL, a
 * backup taken yesterday (by the app's clock), restored into a fresh data folder and started; there
 * the statistics equal a recount, the audit chain verifies, and the records match the primary's.
 */
ownClusters('backup and restore (drill)', () => {
  const binDir = pgBinDir()!;
  const work = mkdtempSync(join(tmpdir(), 'portal-backup-'));
  const walArchive = join(work, 'wal');
  const key = randomBytes(32);
  // Yesterday, 22:00 by the real clock's day: the nightly backup the drill restores.
  const clock = new FixedClock(new Date(Date.now() - 24 * 3600_000));
  const keys = {
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_KEY: randomBytes(32).toString('hex'),
    PII_INDEX_KEY: randomBytes(32).toString('hex'),
    AUDIT_KEY: randomBytes(32).toString('hex'),
    AUDIT_CHECKPOINT_FILE: join(work, 'audit-checkpoints.jsonl'),
    AUDIT_SEAL_INTERVAL_MS: '0',
  };
  let primary: PgCluster;
  let t: TestApp;
  const restored: PgCluster[] = [];

  beforeAll(async () => {
    // The server runs as `postgres` when the tests run as root: it must reach the folders it uses.
    chmodSync(work, 0o755);
    mkdirSync(walArchive);
    chownToServerUser(walArchive);
    primary = await PgCluster.create('backup-primary', {
      archive_mode: 'on',
      archive_command: `'cp %p ${walArchive}/%f'`,
    });
    await primary.query('CREATE DATABASE portal');
    t = await startTestApp({ DATABASE_URL: primary.url('portal'), ...keys }, { clock, seed: true });
    // The chain sealed up to now, its checkpoint written outside the database.
    const verified = await t
      .http()
      .get('/api/v1/audit-events/verify')
      .set(bearer(await t.login('auditor')));
    expect(verified.body.intact).toBe(true);
    await primary.query('CREATE TABLE pitr_probe (label text)', [], 'portal');
  }, 120_000);

  afterAll(async () => {
    await t?.app.close();
    for (const c of restored) await c.remove();
    await primary?.remove();
    rmSync(work, { recursive: true, force: true });
  });

  it('round-trips a file through AES-256-GCM and refuses a changed byte', async () => {
    const plain = join(work, 'plain');
    writeFileSync(plain, randomBytes(300_000));
    await encryptFile(plain, `${plain}.enc`, key);
    await decryptFile(`${plain}.enc`, `${plain}.back`, key);
    expect(readFileSync(`${plain}.back`).equals(readFileSync(plain))).toBe(true);

    const bytes = readFileSync(`${plain}.enc`);
    bytes[1000] ^= 1;
    writeFileSync(`${plain}.bad`, bytes);

    await expect(decryptFile(`${plain}.bad`, `${plain}.out`, key)).rejects.toThrow(/cannot decrypt/);
  });

  it('restores an encrypted base backup into a fresh folder where statistics and the audit chain verify', async () => {
    const before = await rowCounts(primary, 'portal');
    const to = join(work, 'physical');

    const manifest = await takeBackup({
      url: primary.url('portal'),
      to,
      logical: false,
      key,
      binDir,
      now: clock.now(),
    });
    // After the backup: a row the plain restore must not have, and one past the recovery target.
    await primary.query(`INSERT INTO pitr_probe VALUES ('after the backup')`, [], 'portal');
    const [{ at }] = await primary.query<{ at: Date }>('SELECT clock_timestamp() AS at');
    await new Promise((r) => setTimeout(r, 200));
    await primary.query(`INSERT INTO pitr_probe VALUES ('past the target')`, [], 'portal');
    await primary.query('SELECT pg_switch_wal()');
    const started = performance.now();
    await restoreBackup({ from: to, key, binDir, dataDir: join(work, 'restored') });
    const copy = await PgCluster.fromDataDir(join(work, 'restored'));
    restored.push(copy);
    const seconds = (performance.now() - started) / 1000;

    expect(manifest).toMatchObject({
      kind: 'physical',
      encrypted: true,
      createdAt: clock.now().toISOString(),
    });
    expect((await readManifest(to)).files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['base.tar.enc', 'pg_wal.tar.enc']),
    );
    expect(await rowCounts(copy, 'portal')).toEqual(before);
    const there = await startTestApp({ DATABASE_URL: copy.url('portal'), ...keys }, { clock });
    try {
      expect((await there.app.get(StatsVerifyService).verify(recountScope())).total).toBe(0);
      const audit = await there
        .http()
        .get('/api/v1/audit-events/verify')
        .set(bearer(await there.login('auditor')));
      expect(audit.body).toMatchObject({ intact: true });
      expect(audit.body.checked).toBeGreaterThan(0);
    } finally {
      await there.app.close();
    }
    const gb = manifest.databaseBytes / 1e9;
    console.log(
      `restore drill (physical, encrypted): ${(manifest.databaseBytes / 1e6).toFixed(1)} MB restored and started in ${seconds.toFixed(1)} s = ${(seconds / 60 / gb).toFixed(1)} min/GB`,
    );

    // Point in time: the same backup, the archived WAL replayed up to `at`.
    await restoreBackup({ from: to, key, binDir, dataDir: join(work, 'pitr'), until: at, walArchive });
    const pitr = await PgCluster.fromDataDir(join(work, 'pitr'));
    restored.push(pitr);
    for (let i = 0; i < 100; i++) {
      const [{ recovering }] = await pitr.query<{ recovering: boolean }>(
        'SELECT pg_is_in_recovery() AS recovering',
      );
      if (!recovering) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const probes = await pitr.query<{ label: string }>('SELECT label FROM pitr_probe', [], 'portal');
    expect(probes.map((p) => p.label)).toEqual(['after the backup']);
    expect(await copy.query('SELECT label FROM pitr_probe', [], 'portal')).toEqual([]);
  });

  it('restores a logical backup (pg_dump custom format) into a new database with the same records', async () => {
    await primary.query('CREATE DATABASE portal_restored');
    const to = join(work, 'logical');

    const manifest = await takeBackup({
      url: primary.url('portal'),
      to,
      logical: true,
      key: null,
      binDir,
      now: clock.now(),
    });
    await restoreBackup({ from: to, key: null, binDir, databaseUrl: primary.url('portal_restored') });

    expect(manifest).toMatchObject({ kind: 'logical', encrypted: false, files: [{ name: 'database.dump' }] });
    expect(await rowCounts(primary, 'portal_restored')).toEqual(await rowCounts(primary, 'portal'));
  });

  it('archives the WAL continuously with pg_receivewal and recovers to a point in time from that archive', async () => {
    const received = join(work, 'received-wal');
    const stop = new AbortController();
    const segments: string[] = [];
    const archiving = archiveWal({
      url: primary.url('portal'),
      to: received,
      binDir,
      slot: 'drill_archive',
      signal: stop.signal,
      onSegment: (at) => segments.push(at),
    });
    // The slot exists once the archiver streams: WAL from here on waits for it.
    for (let i = 0; i < 100; i++) {
      const slots = await primary.query<{ active: boolean }>(
        `SELECT active FROM pg_replication_slots WHERE slot_name = 'drill_archive'`,
      );
      if (slots[0]?.active) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await primary.query('CREATE TABLE received_probe (label text)', [], 'portal');
    const to = join(work, 'physical-received');
    await takeBackup({ url: primary.url('portal'), to, logical: false, key: null, binDir, now: clock.now() });
    await primary.query(`INSERT INTO received_probe VALUES ('kept')`, [], 'portal');
    const [{ at }] = await primary.query<{ at: Date }>('SELECT clock_timestamp() AS at');
    await new Promise((r) => setTimeout(r, 200));
    await primary.query(`INSERT INTO received_probe VALUES ('past the target')`, [], 'portal');
    // The segment holding both inserts completes, and the archiver says so.
    const before = segments.length;
    await primary.query('SELECT pg_switch_wal()');
    for (let i = 0; i < 100 && segments.length === before; i++) await new Promise((r) => setTimeout(r, 100));
    stop.abort();
    await archiving;
    // The archiver ran as this process's user; the restoring server reads the files as its own.
    chownToServerUser(received);

    await restoreBackup({
      from: to,
      key: null,
      binDir,
      dataDir: join(work, 'pitr-received'),
      until: at,
      walArchive: received,
    });
    const pitr = await PgCluster.fromDataDir(join(work, 'pitr-received'));
    restored.push(pitr);
    for (let i = 0; i < 100; i++) {
      const [{ recovering }] = await pitr.query<{ recovering: boolean }>(
        'SELECT pg_is_in_recovery() AS recovering',
      );
      if (!recovering) break;
      await new Promise((r) => setTimeout(r, 100));
    }

    expect(segments.length).toBeGreaterThan(before);
    const probes = await pitr.query<{ label: string }>('SELECT label FROM received_probe', [], 'portal');
    expect(probes.map((p) => p.label)).toEqual(['kept']);
    await primary.query(`SELECT pg_drop_replication_slot('drill_archive')`);
  });

  it('refuses a damaged backup before restoring anything', async () => {
    const to = join(work, 'physical');
    const file = join(to, 'base.tar.enc');
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] ^= 1;
    writeFileSync(file, bytes);

    await expect(restoreBackup({ from: to, key, binDir, dataDir: join(work, 'never') })).rejects.toThrow(
      /does not match its checksum/,
    );
  });
});
