/**
 * Benchmark: generate one year of duty rosters for a province-sized tree.
 *
 * Starts a throw-away PostgreSQL (embedded, or a fresh database on BENCH_DATABASE_URL), migrates it,
 * loads a synthetic province with set-based SQL, then times RosterGenerationService.generate() for
 * the whole province and year inside the real Nest application context (no HTTP, no request
 * context, so no jurisdiction limit: a system job). Prints a human summary on stderr and one JSON
 * line on stdout; exits non-zero when generation fails or the shift count does not add up.
 *
 *   npm run bench:roster
 *   BENCH_TOWNSHIPS=50 BENCH_VILLAGES=800 npm run bench:roster          # a quick check
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:roster
 *
 * See bench/README.md for the figures.
 */
import 'reflect-metadata';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { asSystem, dataSourceOptions, loadAppConfig, runMigrations, type SystemCaller } from '@app/core';
import { officialDay, RosterGenerationService } from '@app/roster';
import { CliModule } from '../apps/cli/src/cli.module';
import {
  counts,
  intEnv,
  loadProvinceTree,
  log,
  mib,
  PROVINCE,
  seconds,
  startDatabase,
  withClient,
} from './support';

const TARGET_MS = 60_000;
const TARGET_BYTES = 1024 ** 3;

const TOWNSHIPS = intEnv('BENCH_TOWNSHIPS', 1300, 1, 9900);
const VILLAGES = intEnv('BENCH_VILLAGES', 20_000, 0, 5_000_000);
const LAWYERS_PER_TOWNSHIP = intEnv('BENCH_LAWYERS_PER_TOWNSHIP', 10, 1, 100);
const YEAR = intEnv('BENCH_YEAR', 2026, 2000, 2100);
const FROM = `${YEAR}-01-01`;
const TO = `${YEAR}-12-31`;

/** Peak resident set size: sampled every 50 ms, and the kernel's own high-water mark. */
class MemorySampler {
  peakRss = process.memoryUsage().rss;
  peakHeapUsed = process.memoryUsage().heapUsed;
  private readonly timer = setInterval(() => this.sample(), 50);

  constructor() {
    this.timer.unref();
  }

  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.peakRss) this.peakRss = m.rss;
    if (m.heapUsed > this.peakHeapUsed) this.peakHeapUsed = m.heapUsed;
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }

  /** maxRSS is in kilobytes and covers the whole life of the process. */
  static maxRss(): number {
    return process.resourceUsage().maxRSS * 1024;
  }
}

/** The synthetic province (`loadProvinceTree`, shared with `bench-data`), in one transaction. */
async function loadProvince(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await loadProvinceTree(client, {
      townships: TOWNSHIPS,
      villages: VILLAGES,
      lawyersPerTownship: LAWYERS_PER_TOWNSHIP,
      advisorsFrom: FROM,
    });
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

async function main(system: SystemCaller): Promise<number> {
  const memory = new MemorySampler();
  const timings: Record<string, number> = {};
  const time = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      timings[name] = Math.round(performance.now() - t0);
    }
  };

  log(
    `${TOWNSHIPS} townships, ${VILLAGES} villages (20% pilot), ${LAWYERS_PER_TOWNSHIP} lawyers per township, year ${YEAR}`,
  );
  const db = await time('startDbMs', () => startDatabase(`bench_roster_${process.pid}`));
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await db.cleanup().catch((err: unknown) => log(`cleanup failed: ${String(err)}`));
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: cleaning up`);
    void cleanup().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const result: Record<string, unknown> = {
    bench: 'roster-generate',
    ok: false,
    townships: TOWNSHIPS,
    villages: VILLAGES,
    lawyersPerTownship: LAWYERS_PER_TOWNSHIP,
    year: YEAR,
    postgres: db.source,
  };
  let app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | undefined;
  try {
    result.postgresVersion = await withClient(
      db.url,
      async (c) => (await c.query('SHOW server_version')).rows[0].server_version as string,
    );
    log(`PostgreSQL ${String(result.postgresVersion)} (${db.source}) ready in ${seconds(timings.startDbMs)}`);

    await time('migrateMs', async () => {
      const ds = await new DataSource(dataSourceOptions(db.url, 2)).initialize();
      try {
        await runMigrations(ds);
      } finally {
        await ds.destroy();
      }
    });
    await time('loadMs', () => loadProvince(db.url));
    const loaded = await counts(
      db.url,
      `SELECT (SELECT count(*) FROM region) AS regions,
              (SELECT count(*) FROM service_point WHERE kind = 'township_center') AS centres,
              (SELECT count(*) FROM service_point WHERE kind = 'village_point') AS "villagePoints",
              (SELECT count(*) FROM service_point WHERE is_pilot) AS pilots,
              (SELECT count(*) FROM staff) AS lawyers,
              (SELECT count(*) FROM advisor_assignment) AS assignments`,
    );
    Object.assign(result, { loaded });
    log(
      `loaded ${loaded.regions} regions, ${loaded.centres} centres, ${loaded.villagePoints} village points ` +
        `(${loaded.pilots} pilots), ${loaded.lawyers} lawyers, ${loaded.assignments} advisor assignments ` +
        `in ${seconds(timings.loadMs)}`,
    );

    app = await time('bootMs', () =>
      NestFactory.createApplicationContext(
        CliModule.forRoot(
          loadAppConfig({
            NODE_ENV: 'test',
            DATABASE_URL: db.url,
            JWT_SECRET: 'x'.repeat(32),
            PII_KEY: 'a'.repeat(64),
            PII_INDEX_KEY: 'b'.repeat(64),
            AUDIT_KEY: 'c'.repeat(64),
            AUDIT_CHECKPOINT_FILE: join(tmpdir(), `bench-audit-checkpoints-${process.pid}.jsonl`),
            LOG_LEVEL: 'silent',
          }),
        ),
        { logger: ['error', 'warn'] },
      ),
    );
    const generator = app.get(RosterGenerationService);

    memory.sample();
    const rssBeforeGenerate = process.memoryUsage().rss;
    log('generating…');
    const generated = await time('generateMs', () => generator.generate(system, PROVINCE, FROM, TO));
    memory.sample();

    const inDb = await counts(
      db.url,
      `SELECT count(*) AS total, count(*) FILTER (WHERE kind = 'window') AS windows,
              count(*) FILTER (WHERE kind = 'village_visit') AS visits FROM duty_shift`,
    );
    const unfilled: Record<string, number> = {};
    for (const u of generated.unfilled) unfilled[u.reason] = (unfilled[u.reason] ?? 0) + 1;
    const workdays = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(YEAR, 0, 1 + i)))
      .filter((d) => d.getUTCFullYear() === YEAR)
      .filter((d) => officialDay(d.toISOString().slice(0, 10)).workday).length;
    const expectedWindows = loaded.centres * workdays;
    const counted = inDb.total === generated.created && generated.shifts.length === generated.created;
    const windowsOk =
      inDb.windows +
        (unfilled.nobody_free ?? 0) +
        (unfilled.closed ?? 0) +
        (unfilled.no_advisor_group ?? 0) ===
      expectedWindows;

    memory.stop();
    const peakRss = Math.max(memory.peakRss, MemorySampler.maxRss());
    Object.assign(result, {
      ok: counted && windowsOk,
      startDbMs: timings.startDbMs,
      migrateMs: timings.migrateMs,
      loadMs: timings.loadMs,
      bootMs: timings.bootMs,
      generateMs: timings.generateMs,
      created: generated.created,
      countInDb: inDb.total,
      windows: inDb.windows,
      visits: inDb.visits,
      workdays,
      unfilled,
      shiftsPerSecond: Math.round(generated.created / (timings.generateMs / 1000)),
      rssBeforeGenerateMiB: mib(rssBeforeGenerate),
      peakRssSampledMiB: mib(memory.peakRss),
      maxRssMiB: mib(MemorySampler.maxRss()),
      peakRssMiB: mib(peakRss),
      peakHeapUsedMiB: mib(memory.peakHeapUsed),
      withinTarget: timings.generateMs < TARGET_MS && peakRss < TARGET_BYTES,
      node: process.version,
      cpus: cpus().length,
      totalMemGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    });
    log(
      `generated ${generated.created} shifts (${inDb.windows} window, ${inDb.visits} village visits; ` +
        `${generated.unfilled.length} unfilled ${JSON.stringify(unfilled)}) in ${seconds(timings.generateMs)}, ` +
        `${String(result.shiftsPerSecond)} shifts/s`,
    );
    log(
      `peak RSS ${mib(peakRss)} MiB (sampled ${mib(memory.peakRss)}, maxRSS ${mib(MemorySampler.maxRss())}; ` +
        `${mib(rssBeforeGenerate)} before generating), peak heap used ${mib(memory.peakHeapUsed)} MiB`,
    );
    if (!counted) log(`MISMATCH: generate() reported ${generated.created}, duty_shift holds ${inDb.total}`);
    if (!windowsOk) log(`MISMATCH: ${expectedWindows} window days expected, ${inDb.windows} filled`);
    log(
      `target (< 60 s, < 1 GiB): ${result.withinTarget ? 'met' : 'MISSED'} — ` +
        `${seconds(timings.generateMs)}, ${mib(peakRss)} MiB`,
    );
  } catch (err) {
    result.error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    log(`FAILED: ${String(result.error)}`);
    if (/out of shared memory/.test(String(result.error)))
      log(
        'hint: the leave trigger takes one advisory lock per lawyer and generation is one transaction, so ' +
          'PostgreSQL needs a lock table of more than (lawyers) entries: max_locks_per_transaction × ' +
          '(max_connections + workers) — raise max_locks_per_transaction (the embedded server has max_connections=200)',
      );
  } finally {
    await app?.close().catch((err: unknown) => log(`closing the app failed: ${String(err)}`));
    await cleanup();
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result.ok ? 0 : 1;
}

// The generator is asked directly, for a whole province: as the system, as a job would be.
asSystem(main).then(
  (code) => process.exit(code),
  (err: unknown) => {
    log(`FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
