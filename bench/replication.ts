// The replicated database of the cluster drill (check-in-burst with BENCH_REPLICA=1): a PostgreSQL
// primary of the machine's own version with its WAL archived and a synchronous streaming replica, and
// the three checks that run on it after the sign-in burst — statistics read on the replica equal the
// primary's, a failover through the balancer loses no acknowledged write, and last night's backup
// restores into a fresh folder where the records, the statistics and the audit chain verify.
// Benchmarks only; nothing here is used by the app.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chownToServerUser, loadAppConfig, PgCluster, pgBinDir } from '@app/core';
import { AuditVerifier } from '@app/audit';
import { recountScope, StatsVerifyService } from '@app/stats';
import { createApp } from '../apps/api/src/bootstrap';
import { restoreBackup, takeBackup } from '../apps/cli/src/backup/backup';
import { appEnv, type Database, httpRequest, log, round1, withClient } from './support';

export interface ReplicatedDatabase extends Database {
  primary: PgCluster;
  replica: PgCluster;
  /** What the app connects to: both hosts, the writable one chosen (`target_session_attrs=read-write`). */
  appUrl: string;
  /** The replica, for DATABASE_READ_URL. */
  readUrl: string;
  /** Where the primary archives its WAL (for point-in-time recovery). */
  walArchive: string;
}

/**
 * A fresh database `name` on a new primary whose commits wait for its synchronous replica
 * (`synchronous_standby_names`), the replica made with `pg_basebackup -R`.
 */
export async function startReplicatedDatabase(name: string): Promise<ReplicatedDatabase> {
  const work = mkdtempSync(join(tmpdir(), 'bench-replication-'));
  chmodSync(work, 0o755);
  const walArchive = join(work, 'wal');
  mkdirSync(walArchive);
  chownToServerUser(walArchive);
  const primary = await PgCluster.create('bench-primary', {
    archive_mode: 'on',
    archive_command: `'cp %p ${walArchive}/%f'`,
    max_connections: '200',
    shared_buffers: '128MB',
  });
  let replica: PgCluster | undefined;
  try {
    await primary.query(`CREATE DATABASE ${name}`);
    replica = await PgCluster.replicaOf(primary, 'bench_replica');
    await primary.query(`ALTER SYSTEM SET synchronous_standby_names = 'bench_replica'`);
    await primary.query('SELECT pg_reload_conf()');
    for (let i = 0; ; i++) {
      const [row] = await primary.query<{ sync_state: string }>('SELECT sync_state FROM pg_stat_replication');
      if (row?.sync_state === 'sync') break;
      if (i > 50) throw new Error(`the replica is not synchronous: ${row?.sync_state}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (err) {
    await replica?.remove();
    await primary.remove();
    throw err;
  }
  const r = replica;
  return {
    url: primary.url(name),
    source: 'url',
    primary,
    replica: r,
    appUrl: `postgres://postgres@127.0.0.1:${primary.port},127.0.0.1:${r.port}/${name}?target_session_attrs=read-write`,
    readUrl: r.url(name),
    walArchive,
    cleanup: async () => {
      await r.remove();
      await primary.remove();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

async function getJson<T>(port: number, path: string, authorization: string): Promise<T> {
  const answer = await httpRequest(agent, port, 'GET', path, { authorization }, undefined, 30_000);
  if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status ?? answer.error} ${answer.text}`);
  return JSON.parse(answer.text) as T;
}

type Yearly = { freshness: { source: string; lagSeconds: number }; totals: Record<string, number> };

/**
 * The yearly statistics of `regionCode` through the balancer (which the instances read on the
 * replica) and from an app on the primary alone, once the replica has replayed everything: equal.
 */
export async function statsOnReplica(
  db: ReplicatedDatabase,
  balancerPort: number,
  official: string,
  regionCode: string,
  year: number,
) {
  await db.replica.caughtUpWith(db.primary);
  const path = `/api/v1/stats/yearly?regionCode=${regionCode}&year=${year}`;
  const fromReplica = await getJson<Yearly>(balancerPort, path, official);
  const app = await createApp(loadAppConfig(appEnv(db.url, 2, { LOG_LEVEL: 'silent' })), { webRoot: false });
  let fromPrimary: Yearly;
  try {
    await app.listen(0, '127.0.0.1');
    fromPrimary = await getJson<Yearly>(
      (app.getHttpServer().address() as { port: number }).port,
      path,
      official,
    );
  } finally {
    await app.close();
  }
  const figures = ({ freshness: _, ...rest }: Yearly) => JSON.stringify(rest);
  const failures: string[] = [];
  if (fromReplica.freshness.source !== 'replica')
    failures.push(`the balancer's statistics came from the ${fromReplica.freshness.source}, not the replica`);
  if (fromPrimary.freshness.source !== 'primary')
    failures.push('the primary-only app did not read the primary');
  if (figures(fromReplica) !== figures(fromPrimary))
    failures.push(
      `the replica's figures differ: ${JSON.stringify(fromReplica.totals)} against ${JSON.stringify(fromPrimary.totals)}`,
    );
  if (!fromPrimary.totals.dutyDays) failures.push('no duty days counted: the comparison would prove nothing');
  return {
    regionCode,
    year,
    dutyDays: fromPrimary.totals.dutyDays,
    replicaLagSeconds: fromReplica.freshness.lagSeconds,
    equal: failures.length === 0,
    failures,
  };
}

export interface Writer {
  authorization: string;
  servicePointId: string;
}

/**
 * The failover drill through the balancer: `writers` post work-log entries without pause; the
 * primary is stopped as if the machine died and the replica promoted; the instances, never
 * restarted, find the new primary in their connection string. Counts how long writes failed, how
 * they failed (a 503 with Retry-After is allowed, any other 5xx is not) and how many acknowledged
 * writes are missing afterwards.
 */
export async function failoverThroughBalancer(
  db: ReplicatedDatabase,
  balancerPort: number,
  writers: Writer[],
  limitSeconds = 30,
) {
  const acknowledged: string[] = [];
  const failures: Record<string, number> = {};
  let failed = 0;
  let stopped = false;
  // When the primary was stopped (undefined before), read by the writers.
  const stop: { at?: number } = {};
  let firstFailureAt: number | undefined;
  let servingAgainAt: number | undefined;
  let n = 0;
  const write = async (w: Writer) => {
    const startedAt = performance.now();
    const answer = await httpRequest(
      agent,
      balancerPort,
      'POST',
      '/api/v1/service-logs',
      { authorization: w.authorization, 'content-type': 'application/json' },
      JSON.stringify({
        type: 'consultation',
        topic: 'labour_wages',
        peopleCount: 1,
        summary: `failover drill ${n++}`,
        servicePointId: w.servicePointId,
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
      }),
      15_000,
    );
    if (answer.status === 201) {
      acknowledged.push((JSON.parse(answer.text) as { id: string }).id);
      if (firstFailureAt !== undefined && startedAt > firstFailureAt && servingAgainAt === undefined)
        servingAgainAt = performance.now();
      return;
    }
    failed++;
    const code = answer.status
      ? `${answer.status} ${(safeJson(answer.text) as { code?: string }).code ?? ''}`.trim()
      : `network ${answer.error}`;
    failures[code] = (failures[code] ?? 0) + 1;
    if (stop.at !== undefined && firstFailureAt === undefined) firstFailureAt = performance.now();
    // A client waits a little before trying again.
    await new Promise((r) => setTimeout(r, 100));
  };
  const loops = writers.map(async (w) => {
    while (!stopped) await write(w);
  });
  await new Promise((r) => setTimeout(r, 3000));
  const before = acknowledged.length;
  const stoppedAt = performance.now();
  stop.at = stoppedAt;
  await db.primary.stop('immediate');
  await db.replica.promote();
  const promotedAt = performance.now();
  while (servingAgainAt === undefined && performance.now() - stoppedAt < limitSeconds * 1000)
    await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 3000));
  stopped = true;
  await Promise.all(loops);
  const found = await db.replica.query<{ n: string }>(
    'SELECT count(*) AS n FROM service_log WHERE id = ANY($1::uuid[])',
    [acknowledged],
    new URL(db.readUrl).pathname.slice(1),
  );
  const lost = acknowledged.length - Number(found[0].n);
  const failoverSeconds = servingAgainAt === undefined ? null : round1((servingAgainAt - stoppedAt) / 1000);
  const internal = Object.keys(failures).filter((k) => /^5\d\d/.test(k) && !k.startsWith('503'));
  return {
    writers: writers.length,
    acknowledgedWrites: acknowledged.length,
    acknowledgedBeforeFailover: before,
    failedRequests: failed,
    failures,
    promoteSeconds: round1((promotedAt - stoppedAt) / 1000),
    failoverSeconds,
    writesLost: lost,
    ok: lost === 0 && internal.length === 0 && failoverSeconds !== null && failoverSeconds <= limitSeconds,
  };
}

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
};

/** Rows per table of the app's schema, to tell two databases hold the same records. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (c) => {
    const { rows: tables } = await c.query<{ name: string }>(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const { rows } = await c.query<Record<string, string>>(
      `SELECT ${tables.map((t, i) => `(SELECT count(*) FROM ${t.name})::text AS c${i}`).join(', ')}`,
    );
    return Object.fromEntries(tables.map((t, i) => [t.name, Number(rows[0][`c${i}`])]));
  });
}

/**
 * The restore drill on the promoted primary (the instances stopped, so nothing writes): an
 * encrypted base backup (`npm run cli -- backup`), restored into a fresh folder and started; there
 * every table holds the same rows, the statistics equal a recount and the audit chain verifies.
 */
export async function restoreDrill(db: ReplicatedDatabase) {
  const binDir = pgBinDir()!;
  const work = mkdtempSync(join(tmpdir(), 'bench-restore-'));
  chmodSync(work, 0o755);
  const key = randomBytes(32);
  const database = new URL(db.readUrl).pathname.slice(1);
  let copy: PgCluster | undefined;
  try {
    const before = await rowCounts(db.readUrl);
    const t0 = performance.now();
    const manifest = await takeBackup({
      url: db.readUrl,
      to: join(work, 'backup'),
      logical: false,
      key,
      binDir,
      now: new Date(),
    });
    const backupSeconds = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    await restoreBackup({ from: join(work, 'backup'), key, binDir, dataDir: join(work, 'restored') });
    copy = await PgCluster.fromDataDir(join(work, 'restored'));
    const restoreSeconds = (performance.now() - t1) / 1000;
    const after = await rowCounts(copy.url(database));
    const differing = Object.keys(before).filter((t) => before[t] !== after[t]);
    const app = await createApp(loadAppConfig(appEnv(copy.url(database), 2, { LOG_LEVEL: 'silent' })), {
      webRoot: false,
    });
    let statsDifferences: number;
    let auditIntact: boolean;
    let auditChecked: number;
    try {
      statsDifferences = (await app.get(StatsVerifyService).verify(recountScope())).total;
      const audit = await app.get(AuditVerifier).verify();
      auditIntact = audit.intact;
      auditChecked = audit.checked;
    } finally {
      await app.close();
    }
    const gb = manifest.databaseBytes / 1e9;
    const result = {
      databaseMB: round1(manifest.databaseBytes / 1e6),
      backupSeconds: round1(backupSeconds),
      restoreSeconds: round1(restoreSeconds),
      restoreMinutesPerGB: round1(restoreSeconds / 60 / gb),
      tablesCompared: Object.keys(before).length,
      tablesDiffering: differing,
      serviceLogs: after.service_log,
      attendanceEvents: after.attendance_event,
      statsDifferences,
      auditIntact,
      auditChecked,
      ok: differing.length === 0 && statsDifferences === 0 && auditIntact && auditChecked > 0,
    };
    log(
      `restore drill: ${result.databaseMB} MB backed up in ${result.backupSeconds} s, restored and started in ` +
        `${result.restoreSeconds} s (${result.restoreMinutesPerGB} min/GB); ${result.tablesCompared} tables, ` +
        `${differing.length} differing; statistics differences ${statsDifferences}; audit chain ` +
        `${auditIntact ? 'intact' : 'BROKEN'} (${auditChecked} events)`,
    );
    return result;
  } finally {
    await copy?.remove();
    rmSync(work, { recursive: true, force: true });
  }
}
