// What the benchmarks share: environment knobs, a throw-away database, the synthetic province's
// regions, the server under test in a child process, HTTP load, percentiles, CPU accounting and the
// booking data (points, slots, residents). Benchmarks only; nothing here is used by the app.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { createSecretKey } from 'node:crypto';
import { openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { AccessTokenPayload } from '@app/auth';
import {
  addDays,
  businessDate,
  businessInstant,
  dataSourceOptions,
  loadAppConfig,
  PiiCipher,
  runMigrations,
  startEmbeddedPostgres,
} from '@app/core';
import { createApp } from '../apps/api/src/bootstrap';
import { ShutdownGate } from '../apps/api/src/operations/shutdown-gate';
import { loadTownships } from '../apps/cli/src/bench-data/province';
import { PUBLISHED_SLOTS } from '@app/core/database/migrations/1764950000000-SlotsKeptByBooking';

// The synthetic province's tree lives with the `bench-data` command that generates its records.
export {
  loadProvinceTree,
  loadTownships,
  PROVINCE,
  type ProvinceShape,
} from '../apps/cli/src/bench-data/province';

export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
export const mib = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** An integer from the environment, within bounds. */
export function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be an integer in ${min}..${max}`);
  return n;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs `fn` on a connection of its own (the benchmark's: its statements are not the server's). */
export async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  notCounted(client);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The first row of a counting query, as numbers. */
export function counts(url: string, sql: string, params: unknown[] = []): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(sql, params);
    return Object.fromEntries(
      Object.entries(rows[0] as Record<string, string>).map(([k, v]) => [k, Number(v)]),
    );
  });
}

export interface Database {
  url: string;
  source: 'embedded' | 'url';
  /** The embedded server's postmaster, to measure PostgreSQL's CPU time. */
  postmasterPid?: number;
  cleanup(): Promise<void>;
}

/** A fresh, empty database: on BENCH_DATABASE_URL's server, or in an embedded PostgreSQL of our own. */
export async function startDatabase(name: string): Promise<Database> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (adminUrl) {
    await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name}`));
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
    return {
      url: withDatabase(adminUrl, name),
      source: 'url',
      cleanup: async () => {
        await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  }
  const dataDir = resolve(`data/bench-pg-${process.pid}`);
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  removeDir();
  try {
    const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: name });
    return {
      url: db.url,
      source: 'embedded',
      postmasterPid: Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]),
      cleanup: async () => {
        try {
          await db.stop();
        } finally {
          removeDir();
        }
      },
    };
  } catch (err) {
    removeDir();
    throw err;
  }
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
export const errorText = (err: unknown) => (err instanceof Error ? (err.stack ?? err.message) : String(err));

/** Runs a benchmark's `main` and exits with its status (1 when it throws). */
export function runBench(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      log(`FAILED: ${errorText(err)}`);
      process.exit(1);
    },
  );
}

/** A small seeded PRNG (mulberry32), so that every run makes the same choices. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 0 … n−1 in random order (Fisher–Yates). */
export function shuffled(n: number, rng: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export interface Latency {
  n: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Percentiles (nearest rank) of some durations in ms. */
export function latency(durationsMs: number[]): Latency {
  const ms = [...durationsMs].sort((a, b) => a - b);
  const at = (p: number) =>
    ms.length ? ms[Math.min(ms.length - 1, Math.ceil((p / 100) * ms.length) - 1)] : 0;
  return {
    n: ms.length,
    p50: round1(at(50)),
    p90: round1(at(90)),
    p95: round1(at(95)),
    p99: round1(at(99)),
    max: round1(ms.length ? ms[ms.length - 1] : 0),
    mean: round1(ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length)),
  };
}

/** The fresh database migrated to the app's current schema. */
export async function migrate(url: string): Promise<void> {
  const ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// The server under test: the app (or a benchmark's own hand-written server) in a child process,
// so that the load generator does not share its event loop, or in this process.

export const JWT_SECRET = 'bench-access-token-secret-0123456789abcdef';

/** The environment the app under test is configured from (in this process or the child). */
export function appEnv(databaseUrl: string, poolSize: number, extra: Record<string, string> = {}) {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET,
    PII_KEY: 'a'.repeat(64),
    PII_INDEX_KEY: 'b'.repeat(64),
    AUDIT_KEY: 'bench-audit-chain-key-0123456789abcdef',
    // The audit chain's checkpoints of a throw-away database stay out of ./data.
    AUDIT_CHECKPOINT_FILE: join(tmpdir(), `bench-audit-checkpoints-${process.pid}.jsonl`),
    // Production's level, every request logged, to a file (see startChildServer); an in-process server
    // would write into the benchmark's own output, so it stays silent. BENCH_LOG_LEVEL=silent leaves
    // the logging out, as the figures before issue 21 were taken.
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? (serverMode() === 'child' ? 'info' : 'silent'),
    DB_POOL_SIZE: String(poolSize),
    JOBS_ENABLED: 'false',
    ...extra,
  } satisfies Record<string, string>;
}

export type ServerMode = 'child' | 'in-process';

/** BENCH_SERVER: `child` (the default) or `in-process`. */
export function serverMode(): ServerMode {
  const mode = process.env.BENCH_SERVER || 'child';
  if (mode !== 'child' && mode !== 'in-process') throw new Error('BENCH_SERVER must be child or in-process');
  return mode;
}

/** A server listening on 127.0.0.1. */
export interface Listening {
  port: number;
  close(): Promise<void>;
  /** The app's graceful stop: not ready for `ms`, then closed (the app servers have it). */
  drain?(ms: number): Promise<void>;
}

export interface ServerStats {
  rssMiB: number;
  peakRssMiB: number;
  maxRssMiB: number;
  /** CPU time of the server process since it started (user + system), in ms. */
  cpuMs: number;
  /** SQL statements the server has sent (BEGIN and COMMIT included). */
  statements: number;
  /** BENCH_STATEMENT_KINDS=1: the same, by the statement's first words. */
  statementKinds?: Record<string, number>;
}

export interface RunningServer {
  mode: ServerMode;
  port: number;
  bootMs: number;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
  /** A child server: stops it as a service manager does (SIGTERM: drain, then close) and waits for it. */
  terminate?(): Promise<void>;
}

/** Peak resident set size: sampled every 50 ms, and the kernel's own high-water mark. */
export class MemorySampler {
  peakRss = process.memoryUsage().rss;
  private readonly timer = setInterval(() => this.sample(), 50);

  constructor() {
    this.timer.unref();
  }

  sample(): void {
    const rss = process.memoryUsage().rss;
    if (rss > this.peakRss) this.peakRss = rss;
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

/** Statements sent through `pg` (TypeORM's driver, or a pool) in this process, except the benchmark's own. */
let statements = 0;
const statementKinds = new Map<string, number>();
let counting = false;
const uncounted = new WeakSet<object>();

/** The benchmark's own connections (checks, samplers) are not the server's statements. */
export function notCounted(client: object): void {
  uncounted.add(client);
}

function countStatements(): void {
  if (counting) return;
  counting = true;
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const query = proto.query;
  const byKind = process.env.BENCH_STATEMENT_KINDS === '1';
  proto.query = function (this: object, ...args: unknown[]) {
    if (!uncounted.has(this)) {
      statements++;
      if (byKind) {
        const sql = typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string })?.text);
        const kind = sql.replace(/\s+/g, ' ').trim().slice(0, 48);
        statementKinds.set(kind, (statementKinds.get(kind) ?? 0) + 1);
      }
    }
    return query.apply(this, args);
  };
}

function statsOf(memory: MemorySampler): ServerStats {
  memory.sample();
  const cpu = process.cpuUsage();
  return {
    rssMiB: mib(process.memoryUsage().rss),
    peakRssMiB: mib(memory.peakRss),
    maxRssMiB: mib(MemorySampler.maxRss()),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    statements,
    statementKinds: statementKinds.size ? Object.fromEntries(statementKinds) : undefined,
  };
}

/** The real app, built by `createApp()` as `main.ts` builds it, listening on a free port. */
export async function listenApp(env: Record<string, string>): Promise<Listening> {
  const app = await createApp(loadAppConfig(env));
  // A child of a cluster keeps its port across a restart (BENCH_CHILD_PORT); otherwise any free one.
  await app.listen({ port: Number(process.env.BENCH_CHILD_PORT ?? 0), host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    port,
    close: () => app.close(),
    drain: (ms) => app.get(ShutdownGate).drainAndClose(app, ms),
  };
}

type ChildMessage =
  { type: 'ready'; port: number } | ({ type: 'stats' } & ServerStats) | { type: 'failed'; error: string };

/** The child's side: start the server, say on which port, answer stats requests, stop when told. */
export async function serveAsChild(listen: () => Promise<Listening>): Promise<void> {
  const memory = new MemorySampler();
  const send = (m: ChildMessage) => process.send!(m);
  // Without the parent there is nobody to stop us.
  process.on('disconnect', () => process.exit(1));
  try {
    countStatements();
    const server = await listen();
    // SIGTERM: the app's graceful stop (drain, then close), as `main.ts` does it.
    process.once('SIGTERM', () => {
      const drainMs = intEnv('SHUTDOWN_DRAIN_SECONDS', 3, 0, 120) * 1000;
      void (server.drain ?? (() => server.close()))(drainMs)
        .catch(() => undefined)
        .then(() => process.exit(0));
    });
    process.on('message', (m: { type: string }) => {
      if (m.type === 'stats') send({ type: 'stats', ...statsOf(memory) });
      if (m.type === 'stop')
        void server
          .close()
          .catch(() => undefined)
          .then(() => process.exit(0));
    });
    send({ type: 'ready', port: server.port });
  } catch (err) {
    send({ type: 'failed', error: errorText(err) });
    process.exit(1);
  }
}

/** Where a child server's log goes: BENCH_SERVER_LOG, else a file in the temporary folder. */
const SERVER_LOG = process.env.BENCH_SERVER_LOG ?? join(tmpdir(), `bench-server-${process.pid}.log`);

/**
 * Starts `entry` (a compiled benchmark) with `args` in a child process, which calls `serveAsChild`;
 * `env` is added to this process's environment.
 */
export function startChildServer(
  entry: string,
  args: string[],
  env: Record<string, string>,
): Promise<RunningServer> {
  const t0 = performance.now();
  const child: ChildProcess = fork(entry, args, {
    // BENCH_CHILD_NODE_ARGS: extra flags for the server's node, e.g. `--cpu-prof --cpu-prof-dir=prof`.
    execArgv: [
      '--enable-source-maps',
      ...(process.env.BENCH_CHILD_NODE_ARGS ?? '').split(' ').filter(Boolean),
    ],
    env: { ...process.env, ...env },
    // The server's log lines go to a file, as a service manager would keep them (BENCH_SERVER_LOG).
    stdio: ['ignore', openSync(SERVER_LOG, 'a'), 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // A message to a child that has just died fails here rather than as an unhandled 'error' event.
  child.on('error', (err) => log(`server process: ${String(err)}`));
  const next = <T extends ChildMessage['type']>(type: T) =>
    new Promise<Extract<ChildMessage, { type: T }>>((done, fail) => {
      const onMessage = (m: ChildMessage) => {
        if (m.type === type) {
          cleanupListeners();
          done(m as Extract<ChildMessage, { type: T }>);
        } else if (m.type === 'failed') {
          cleanupListeners();
          fail(new Error(`server failed: ${m.error}`));
        }
      };
      const onExit = (code: number | null) => {
        cleanupListeners();
        fail(new Error(`server exited (${code})`));
      };
      const cleanupListeners = () => {
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return next('ready').then(
    ({ port }) => ({
      mode: 'child',
      port,
      bootMs: Math.round(performance.now() - t0),
      stats: async () => {
        const reply = next('stats');
        child.send({ type: 'stats' });
        const { type: _type, ...stats } = await reply;
        return stats;
      },
      terminate: async () => {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        await exited;
        clearTimeout(timer);
      },
      stop: async () => {
        if (child.exitCode === null && child.signalCode === null) {
          if (child.connected) child.send({ type: 'stop' });
          else child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(timer);
        }
      },
    }),
    (err: unknown) => {
      child.kill('SIGKILL');
      throw err;
    },
  );
}

/** The same server in this process (it then shares the load generator's event loop and CPU). */
export async function startInProcessServer(listen: () => Promise<Listening>): Promise<RunningServer> {
  const t0 = performance.now();
  const memory = new MemorySampler();
  countStatements();
  const server = await listen();
  return {
    mode: 'in-process',
    port: server.port,
    bootMs: Math.round(performance.now() - t0),
    stats: () => Promise.resolve(statsOf(memory)),
    stop: async () => {
      memory.stop();
      await server.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// HTTP from the load generator.

export interface HttpAnswer {
  status?: number;
  text: string;
  /** performance.now() when the whole body had arrived (or the request failed). */
  endMs: number;
  /** A network error or timeout; the status is then undefined. */
  error?: string;
}

/** One request over `agent` (keep-alive), read to the end; never rejects. */
export function httpRequest(
  agent: Agent,
  port: number,
  method: string,
  path: string,
  headers: Record<string, string | number> = {},
  body?: string,
  timeoutMs = 30_000,
): Promise<HttpAnswer> {
  return new Promise((resolved) => {
    let settled = false;
    const finish = (answer: Omit<HttpAnswer, 'endMs'>) => {
      if (settled) return;
      settled = true;
      resolved({ ...answer, endMs: performance.now() });
    };
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path,
        headers:
          body === undefined
            ? headers
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => finish({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (err) => finish({ text: '', error: String(err) }));
      },
    );
    req.on('error', (err) => finish({ text: '', error: String(err) }));
    // A hung server must not hang the benchmark: the request counts as failed.
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.end(body);
  });
}

// ---------------------------------------------------------------------------------------------
// CPU: the server, the load generator, an embedded PostgreSQL and the whole machine.

/** Busy and total jiffies of the whole machine (Linux /proc/stat), or null elsewhere. */
function machineCpu(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    // user nice system idle iowait irq softirq steal …: idle and iowait are not busy.
    return { busy: total - fields[3] - (fields[4] ?? 0), total };
  } catch {
    return null;
  }
}

/** Jiffies (1/100 s) a process and its children used: /proc/<pid>/stat utime, stime, cutime, cstime. */
function processTicks(pid: number, withReapedChildren: boolean): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  // After "pid (comm) ": state ppid … utime is field 14 of the whole line, i.e. index 11 here.
  return f[11] + f[12] + (withReapedChildren ? f[13] + f[14] : 0);
}

/**
 * CPU time of an embedded PostgreSQL in ms: the postmaster with its exited children, plus every
 * live child (backends, checkpointer, WAL writer…). Null when it cannot be read (not Linux, or
 * BENCH_DATABASE_URL's server, which may serve others too).
 */
function postgresCpuMs(postmasterPid: number | undefined): number | null {
  if (!postmasterPid) return null;
  try {
    let ticks = processTicks(postmasterPid, true);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === postmasterPid) ticks += processTicks(Number(entry), false);
      } catch {
        // The process has just exited: its time is in the postmaster's cutime.
      }
    }
    return ticks * 10;
  } catch {
    return null;
  }
}

/** CPU counters read around a pass, to report what the pass itself used. */
export interface Snapshot {
  at: number;
  statements: number;
  serverCpuMs: number;
  ownCpuMs: number;
  postgresCpuMs: number | null;
  machine: { busy: number; total: number } | null;
}

export async function snapshot(server: RunningServer, db: Database): Promise<Snapshot> {
  const own = process.cpuUsage();
  const stats = await server.stats();
  return {
    at: performance.now(),
    statements: stats.statements,
    serverCpuMs: stats.cpuMs,
    ownCpuMs: (own.user + own.system) / 1000,
    postgresCpuMs: postgresCpuMs(db.postmasterPid),
    machine: machineCpu(),
  };
}

export interface CpuPercent {
  /** The server (in-process: server and load generator together). */
  server: number;
  loadGenerator?: number;
  postgres?: number;
  /** Everything busy on the machine, this benchmark included. */
  machine?: number;
  /** The machine's busy time not explained by the three above: other work on a shared machine. */
  other?: number;
}

/** CPU used between two snapshots, in % of one core (so up to 100 × cores). */
export function cpuBetween(a: Snapshot, b: Snapshot, mode: ServerMode): CpuPercent {
  const ms = b.at - a.at;
  const pct = (x: number) => Math.round((x / ms) * 100);
  const server = pct(b.serverCpuMs - a.serverCpuMs);
  const loadGenerator = mode === 'child' ? pct(b.ownCpuMs - a.ownCpuMs) : undefined;
  const postgres =
    a.postgresCpuMs !== null && b.postgresCpuMs !== null ? pct(b.postgresCpuMs - a.postgresCpuMs) : undefined;
  const machine =
    a.machine && b.machine
      ? Math.round(
          ((b.machine.busy - a.machine.busy) / (b.machine.total - a.machine.total)) * 100 * cpus().length,
        )
      : undefined;
  return {
    server,
    loadGenerator,
    postgres,
    machine,
    other:
      machine !== undefined && postgres !== undefined
        ? Math.max(0, machine - server - (loadGenerator ?? 0) - postgres)
        : undefined,
  };
}

/**
 * Waits until the whole machine has been less than `busyPercent` % busy (of all cores) over `forMs`,
 * for at most `timeoutMs`: on a shared machine, so that a pass does not start in the middle of
 * someone else's burst. Returns how long it waited and whether it got there.
 */
export async function waitForQuiet(
  busyPercent: number,
  forMs = 2000,
  timeoutMs = 180_000,
): Promise<{ waitedMs: number; quiet: boolean; busyPercent?: number }> {
  const t0 = performance.now();
  let last: number | undefined;
  while (performance.now() - t0 < timeoutMs) {
    const a = machineCpu();
    await new Promise((r) => setTimeout(r, forMs));
    const b = machineCpu();
    if (!a || !b) return { waitedMs: 0, quiet: true };
    last = Math.round(((b.busy - a.busy) / Math.max(1, b.total - a.total)) * 100);
    if (last < busyPercent)
      return { waitedMs: Math.round(performance.now() - t0), quiet: true, busyPercent: last };
  }
  return { waitedMs: Math.round(performance.now() - t0), quiet: false, busyPercent: last };
}

/** The machine the figures were taken on. */
export function machine() {
  return {
    node: process.version,
    cpus: cpus().length,
    loadAverage: loadavg().map((x) => round1(x)),
    totalMemGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
  };
}

// ---------------------------------------------------------------------------------------------
// Booking: bookable service points, their slots and residents with their access tokens.

/** Open every day 08:30–11:30 and 13:30–17:00: 13 slots of 30 minutes a day. */
export const SLOTS_PER_DAY = 13;

/**
 * Bookable points, set-based, in the caller's empty database: `points` townships (see
 * `loadTownships`), a township centre in each (open every day 08:30–11:30 and 13:30–17:00, slots
 * of `capacity`) with one lawyer, and that lawyer's planned, published window shift 08:30–17:00
 * there on each of `days` days from `from`. Returns the points' ids in township order.
 */
export async function loadBookablePoints(
  url: string,
  opts: { points: number; days: number; from: string; capacity?: number },
): Promise<string[]> {
  const openingHours = JSON.stringify(
    [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
      { weekday, from: '08:30', to: '11:30' },
      { weekday, from: '13:30', to: '17:00' },
    ]),
  );
  const dates = Array.from({ length: opts.days }, (_, i) => addDays(opts.from, i));
  return withClient(url, async (client) => {
    try {
      await client.query('BEGIN');
      await loadTownships(client, opts.points);
      await client.query(
        `INSERT INTO service_point (region_code, kind, name, address, opening_hours, slot_capacity)
         SELECT code, 'township_center', '基准镇' || (idx + 1) || '公共法律服务工作站', '镇政府便民服务中心', $1::jsonb, $2
           FROM bench_township ORDER BY code`,
        [openingHours, opts.capacity ?? 2],
      );
      await client.query(
        `INSERT INTO staff (username, name, kind, roles, region_code, password_hash)
         SELECT 'bench_' || code, '律师' || (idx + 1), 'lawyer', '{lawyer}', code, 'bench-not-a-real-hash'
           FROM bench_township ORDER BY code`,
      );
      await client.query(
        `INSERT INTO duty_shift (service_point_id, region_code, lawyer_id, date, starts_at, ends_at, kind,
                                 published, published_at, generated)
         SELECT sp.id, sp.region_code, s.id, d.date, d.starts_at, d.ends_at, 'window', true, now(), true
           FROM service_point sp JOIN staff s ON s.region_code = sp.region_code
          CROSS JOIN unnest($1::date[], $2::timestamptz[], $3::timestamptz[]) AS d(date, starts_at, ends_at)
          ORDER BY sp.region_code, d.date`,
        [
          dates,
          dates.map((d) => businessInstant(d, '08:30').toISOString()),
          dates.map((d) => businessInstant(d, '17:00').toISOString()),
        ],
      );
      await makePublishedSlots(client);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
    await client.query('ANALYZE');
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM service_point ORDER BY region_code`);
    return rows.map((r) => r.id);
  });
}

/**
 * The booking slots of the published shifts still to come, as publication makes them (the shifts
 * here are loaded with SQL, not published through the API): the query of migration SlotsKeptByBooking,
 * which a test holds equal to publication's.
 */
export async function makePublishedSlots(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO booking_slot (shift_id, service_point_id, region_code, starts_at, ends_at, capacity, lawyer_id)
     ${PUBLISHED_SLOTS}
     ON CONFLICT (shift_id, starts_at) DO NOTHING`,
    [new Date()],
  );
}

export interface Slot {
  id: string;
  pointId: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  available: number;
}

/**
 * The points' slots from `from` to `to` through the real API (GET /api/v1/service-points/:id/slots),
 * `concurrency` points at a time.
 */
export async function fetchSlots(
  port: number,
  pointIds: string[],
  from: string,
  to: string,
  concurrency = 8,
): Promise<Slot[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const out: Slot[][] = [];
  let next = 0;
  const worker = async () => {
    while (next < pointIds.length) {
      const i = next++;
      const answer = await httpRequest(
        agent,
        port,
        'GET',
        `/api/v1/service-points/${pointIds[i]}/slots?from=${from}&to=${to}`,
      );
      if (answer.status !== 200)
        throw new Error(
          `GET slots of ${pointIds[i]}: ${answer.status ?? answer.error} ${answer.text.slice(0, 300)}`,
        );
      out[i] = (JSON.parse(answer.text) as Omit<Slot, 'pointId'>[]).map((s) => ({
        ...s,
        pointId: pointIds[i],
      }));
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
  return out.flat();
}

export interface Resident {
  id: string;
  /** `Bearer …`: the access token the SMS login would have issued. */
  authorization: string;
}

/**
 * A sign-in session per staff member or resident, as the login or the SMS code opens it (one
 * statement per 5,000); returns the session ids in the order of `ids`, for the access tokens' `sid`.
 */
export async function openSessions(
  url: string,
  kind: 'staff' | 'resident',
  ids: string[],
  ttlSeconds: number,
): Promise<string[]> {
  const sessions: string[] = [];
  await withClient(url, async (client) => {
    for (let from = 0; from < ids.length; from += 5000) {
      const chunk = ids.slice(from, from + 5000);
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO auth_session (${kind === 'staff' ? 'staff_id' : 'resident_id'}, created_at, last_seen_at, expires_at)
         SELECT subject, now(), now(), now() + make_interval(secs => $2)
           FROM unnest($1::uuid[]) WITH ORDINALITY AS u(subject, n) ORDER BY n RETURNING id`,
        [chunk, ttlSeconds],
      );
      sessions.push(...rows.map((r) => r.id));
    }
  });
  return sessions;
}

/**
 * `count` residents as the SMS login makes them (phone encrypted with the app's PiiCipher, blind
 * index), inserted 5,000 at a time, each with a session and the access token
 * `AuthService.residentAccessToken` issues. `env` is the app's environment (`appEnv`), so the keys and the token lifetime are the app's.
 */
export async function createResidents(
  url: string,
  count: number,
  env: Record<string, string>,
  firstPhone = 0,
): Promise<Resident[]> {
  const config = loadAppConfig(env);
  const pii = new PiiCipher(config);
  // The same HS256 tokens; a KeyObject spares jsonwebtoken trying (and failing) to read the string as
  // a PEM private key first, which costs ~0.4 ms a token.
  const jwt = new JwtService({
    secret: createSecretKey(Buffer.from(config.jwtSecret)),
    signOptions: { algorithm: 'HS256' },
  });
  const ids: string[] = [];
  await withClient(url, async (client) => {
    for (let from = 0; from < count; from += 5000) {
      const phones = Array.from(
        { length: Math.min(5000, count - from) },
        (_, i) => `137${String(firstPhone + from + i).padStart(8, '0')}`,
      );
      const indexes = phones.map((p) => pii.blindIndex(p));
      const { rows } = await client.query<{ id: string; phone_index: string }>(
        `INSERT INTO resident (phone_enc, phone_index) SELECT * FROM unnest($1::bytea[], $2::char(64)[])
         RETURNING id, phone_index`,
        [phones.map((p) => pii.encrypt(p)), indexes],
      );
      const idOf = new Map(rows.map((r) => [r.phone_index, r.id]));
      for (const index of indexes) ids.push(idOf.get(index)!);
    }
  });
  const ttl = config.residentTokenTtlHours * 3600;
  const sessions = await openSessions(url, 'resident', ids, ttl);
  return ids.map((id, i) => {
    const payload: AccessTokenPayload = {
      sub: id,
      kind: 'resident',
      name: '',
      roles: ['resident'],
      region: null,
      sid: sessions[i],
    };
    return {
      id,
      authorization: `Bearer ${jwt.sign(payload, { expiresIn: ttl })}`,
    };
  });
}

/** Slots over capacity, and slots whose booked count differs from their active appointments. */
export function slotConsistency(url: string): Promise<Record<string, number>> {
  return counts(
    url,
    `SELECT (SELECT count(*) FROM booking_slot WHERE booked > capacity) AS "overCapacity",
            (SELECT count(*) FROM booking_slot b
               LEFT JOIN (SELECT slot_id, count(*) AS n FROM appointment WHERE status = 'booked' GROUP BY slot_id) a
                 ON a.slot_id = b.id
              WHERE b.booked <> coalesce(a.n, 0)) AS "bookedMismatch",
            (SELECT count(*) FROM (SELECT 1 FROM appointment WHERE status = 'booked' AND starts_at > now()
                                    GROUP BY resident_id HAVING count(*) > 3) r) AS "residentsOverLimit"`,
  );
}

// ---------------------------------------------------------------------------------------------
// A province of lawyers on duty now (the sign-in benchmarks).

export interface Lawyer {
  id: string;
  /** The lawyer's sign-in session (the access token's `sid`). */
  sessionId?: string;
  name: string;
  regionCode: string;
  lat: number;
  lng: number;
  /** `['lawyer']` unless said otherwise (an official of the province, say). */
  roles?: string[];
}

/**
 * The synthetic province, set-based: province 99, city 9901, counties 990101… of up to 100
 * townships each, a township centre per township (weekday office hours, a position, the default
 * 200 m fence), `perTownship` lawyers per township and one planned, published window shift per
 * lawyer at their township's centre, running now: it started 5 minutes ago and ends in 8 hours.
 */
export async function loadSignInProvince(
  url: string,
  opts: { lawyers: number; perTownship: number; startsAt: Date },
): Promise<{ date: string; lawyers: Lawyer[] }> {
  const { startsAt } = opts;
  const townships = Math.ceil(opts.lawyers / opts.perTownship);
  const officeHours = JSON.stringify(
    [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, from: '08:30', to: '11:30' },
      { weekday, from: '13:30', to: '17:00' },
    ]),
  );
  const date = businessDate(startsAt);
  const endsAt = new Date(startsAt.getTime() + 8 * 3_600_000);
  return withClient(url, async (client) => {
    try {
      await client.query('BEGIN');
      await loadTownships(client, townships);
      // Centres about 1 km apart on a grid around 30° N, 120° E.
      await client.query(
        `INSERT INTO service_point (region_code, kind, name, address, opening_hours, lat, lng)
         SELECT code, 'township_center', '基准镇' || (idx + 1) || '公共法律服务工作站', '镇政府便民服务中心', $1::jsonb,
                30 + (idx / 100) * 0.01, 120 + (idx % 100) * 0.01
           FROM bench_township ORDER BY code`,
        [officeHours],
      );
      await client.query(
        `INSERT INTO staff (username, name, kind, roles, region_code, password_hash)
         SELECT 'bench_' || tw.code || '_' || (g % $2::int), '律师' || (g + 1), 'lawyer', '{lawyer}', tw.code,
                'bench-not-a-real-hash'
           FROM generate_series(0, $1::int - 1) g JOIN bench_township tw ON tw.idx = g / $2::int
          ORDER BY g`,
        [opts.lawyers, opts.perTownship],
      );
      await client.query(
        `INSERT INTO duty_shift (service_point_id, region_code, lawyer_id, date, starts_at, ends_at, kind,
                                 published, published_at, generated)
         SELECT sp.id, s.region_code, s.id, $1::date, $2::timestamptz, $3::timestamptz, 'window', true, now(), true
           FROM staff s JOIN service_point sp ON sp.region_code = s.region_code AND sp.kind = 'township_center'
          ORDER BY s.region_code, s.username`,
        [date, startsAt.toISOString(), endsAt.toISOString()],
      );
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
    await client.query('ANALYZE');
    const { rows } = await client.query<{
      id: string;
      name: string;
      region_code: string;
      lat: string;
      lng: string;
    }>(
      `SELECT s.id, s.name, s.region_code, sp.lat, sp.lng
         FROM staff s JOIN service_point sp ON sp.region_code = s.region_code AND sp.kind = 'township_center'
        ORDER BY s.region_code, s.username`,
    );
    return {
      date,
      lawyers: rows.map((r) => ({
        id: r.id,
        name: r.name,
        regionCode: r.region_code,
        lat: Number(r.lat),
        lng: Number(r.lng),
      })),
    };
  });
}

/** Each lawyer's access token (15 minutes by default), as the login issues it for their session. */
export function lawyerAuthorizations(lawyers: Lawyer[], expiresIn = 15 * 60): string[] {
  const jwt = new JwtService({ secret: JWT_SECRET, signOptions: { algorithm: 'HS256' } });
  return lawyers.map(
    (l) =>
      `Bearer ${jwt.sign(
        {
          sub: l.id,
          kind: 'staff',
          name: l.name,
          roles: l.roles ?? ['lawyer'],
          region: l.regionCode,
          sid: l.sessionId,
        },
        { expiresIn },
      )}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Several instances behind a load balancer.

export interface Cluster extends RunningServer {
  /** The instances' own ports, in order. */
  ports: number[];
  /**
   * Restarts instance `i` as a rolling restart does: SIGTERM (it drains, then closes), then a new
   * process on the same port. Answers how long the stop took and how long until it was ready again.
   */
  restart(i: number): Promise<{ stopMs: number; downMs: number }>;
}

/** HAProxy's configuration: round robin over the instances that answer their readiness check. */
function haproxyConfig(port: number, backends: number[]): string {
  return [
    'global',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    // A request that could not reach an instance (refused, reset before an answer) goes to another;
    // the routes retried this way are those a client may send twice (sign-ins carry a key).
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response response-timeout',
    'frontend portal',
    `  bind 127.0.0.1:${port}`,
    '  default_backend api',
    'backend api',
    '  balance roundrobin',
    '  option httpchk GET /api/health/ready',
    '  http-check expect status 200',
    '  timeout check 5s',
    '  default-server inter 500ms fall 2 rise 1',
    ...backends.map((p, i) => `  server api${i + 1} 127.0.0.1:${p} check`),
    '',
  ].join('\n');
}

/**
 * `count` child servers of `entry` (each with `env`, on a port of its own) behind Debian's HAProxy
 * (`haproxy` on the PATH, or BENCH_HAPROXY), which checks each instance's readiness every 500 ms.
 * The cluster's `port` is the balancer's; `stats` adds the instances' up, restarted ones included.
 */
export async function startCluster(
  entry: string,
  args: string[],
  env: Record<string, string>,
  count: number,
): Promise<Cluster> {
  const t0 = performance.now();
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  const start = (i: number) => startChildServer(entry, args, { ...env, BENCH_CHILD_PORT: String(ports[i]) });
  const instances = await Promise.all(ports.map((_, i) => start(i)));
  const port = await freePort();
  const config = join(tmpdir(), `bench-haproxy-${process.pid}.cfg`);
  writeFileSync(config, haproxyConfig(port, ports));
  const balancer = spawn(process.env.BENCH_HAPROXY ?? 'haproxy', ['-db', '-f', config], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const balancerExited = new Promise<void>((done) => balancer.once('exit', () => done()));
  await waitUntil(async () => (await httpGet(port, '/api/health/ready')) === 200, 15_000, 'the balancer');
  // Statistics of instances that were restarted, so that the sums never go back.
  const gone: ServerStats[] = [];
  const total = (all: ServerStats[]): ServerStats => ({
    rssMiB: round1(all.reduce((n, s) => n + s.rssMiB, 0)),
    peakRssMiB: Math.max(...all.map((s) => s.peakRssMiB)),
    maxRssMiB: Math.max(...all.map((s) => s.maxRssMiB)),
    cpuMs: all.reduce((n, s) => n + s.cpuMs, 0),
    statements: all.reduce((n, s) => n + s.statements, 0),
  });
  return {
    mode: 'child',
    port,
    ports,
    bootMs: Math.round(performance.now() - t0),
    stats: async () => total([...gone, ...(await Promise.all(instances.map((s) => s.stats())))]),
    restart: async (i) => {
      gone.push({ ...(await instances[i].stats()), rssMiB: 0 });
      const t1 = performance.now();
      await instances[i].terminate!();
      const stopMs = Math.round(performance.now() - t1);
      instances[i] = await start(i);
      // Back in the balancer's rotation after its next check (every 500 ms).
      await waitUntil(
        async () => (await httpGet(ports[i], '/api/health/ready')) === 200,
        15_000,
        'the instance',
      );
      await new Promise((done) => setTimeout(done, 1000));
      return { stopMs, downMs: Math.round(performance.now() - t1) };
    },
    stop: async () => {
      balancer.kill('SIGTERM');
      await balancerExited;
      await Promise.all(instances.map((s) => s.stop()));
      rmSync(config, { force: true });
    },
  };
}

/** The status of a GET on 127.0.0.1:`port`, or 0 when nothing answers (within 2 s). */
async function httpGet(port: number, path: string): Promise<number> {
  return (
    (await httpRequest(new Agent({ keepAlive: false }), port, 'GET', path, {}, undefined, 2000)).status ?? 0
  );
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > until) throw new Error(`${what} not ready after ${timeoutMs / 1000} s`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
