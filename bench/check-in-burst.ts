/**
 * Benchmark: the morning sign-in burst of a province.
 *
 * 3,000 lawyers sign in within 60 s through the real HTTP API (POST /api/v1/attendance/check-in),
 * half of them sending their request a second time with the same idempotency key, as a phone does
 * when it retries after a timeout. Every sign-in must be recorded exactly once; the benchmark
 * reports latency percentiles (first attempts, retries, all), throughput and the server's peak RSS,
 * then optionally fires the same load as fast as the machine allows (the saturation pass).
 *
 * Starts a throw-away PostgreSQL (embedded, or a fresh database on BENCH_DATABASE_URL), migrates it,
 * loads a synthetic province with set-based SQL (one township centre and 10 lawyers per township,
 * one planned, published window shift per lawyer running now), mints an access token per lawyer
 * and starts the app with `createApp()` — in a child process by default, so that the load generator
 * does not share the server's event loop. Prints a human summary on stderr and one JSON line on
 * stdout; exits non-zero when any request fails or a sign-in is missing or recorded twice.
 *
 *   npm run bench:check-in
 *   BENCH_LAWYERS=300 BENCH_SECONDS=10 npm run bench:check-in           # a quick check
 *   BENCH_SERVER=in-process npm run bench:check-in                       # server and load share a process
 *
 * See bench/README.md for the figures.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import {
  appEnv,
  counts,
  cpuBetween,
  errorText,
  httpRequest,
  intEnv,
  type Latency,
  latency,
  listenApp,
  type Lawyer,
  lawyerAuthorizations,
  loadSignInProvince,
  log,
  machine,
  migrate,
  mib,
  notCounted,
  random,
  round1,
  runBench,
  type RunningServer,
  seconds,
  serveAsChild,
  serverMode,
  shuffled,
  type Snapshot,
  snapshot,
  startChildServer,
  startCluster,
  startDatabase,
  startInProcessServer,
  openSessions,
  withClient,
  type Cluster,
} from './support';
import {
  failoverThroughBalancer,
  type ReplicatedDatabase,
  restoreDrill,
  startReplicatedDatabase,
  statsOnReplica,
} from './replication';

const TARGET_P99_MS = 200;

const LAWYERS = intEnv('BENCH_LAWYERS', 3000, 2, 100_000);
const SECONDS = intEnv('BENCH_SECONDS', 60, 1, 3600);
const PER_TOWNSHIP = intEnv('BENCH_LAWYERS_PER_TOWNSHIP', 10, 1, 100);
const RETRY_PERCENT = intEnv('BENCH_RETRY_PERCENT', 50, 0, 100);
const RETRY_MAX_DELAY_MS = intEnv('BENCH_RETRY_MAX_DELAY_MS', 200, 0, 60_000);
const CONCURRENCY = intEnv('BENCH_CONCURRENCY', 50, 0, 1000);
const POOL_SIZE = intEnv('BENCH_POOL_SIZE', 20, 1, 200);
const SEED = intEnv('BENCH_SEED', 20261123, 0, 2 ** 31 - 1);
const SERVER_MODE = serverMode();
const SAMPLE_WAITS = process.env.BENCH_SAMPLE_WAITS === '1';
/** BENCH_INSTANCES > 1: that many child servers behind HAProxy (the cluster's balancer). */
const INSTANCES = intEnv('BENCH_INSTANCES', 1, 1, 16);
/** BENCH_ROLLING_RESTART=1: during the paced pass, each instance in turn is restarted (SIGTERM, drain, start). */
const ROLLING_RESTART = process.env.BENCH_ROLLING_RESTART === '1';
if (ROLLING_RESTART && INSTANCES < 2)
  throw new Error('BENCH_ROLLING_RESTART needs BENCH_INSTANCES of 2 or more');
/**
 * BENCH_REPLICA=1: the cluster drill. The database is a primary of the machine's own PostgreSQL with
 * a synchronous streaming replica (bench/replication.ts); the instances write to whichever host is
 * writable and read statistics on the replica. After the passes: the statistics read on the replica
 * equal the primary's, the failover drill runs through the balancer, and the restore drill on what
 * is left.
 */
const REPLICA = process.env.BENCH_REPLICA === '1';
if (REPLICA && INSTANCES < 2) throw new Error('BENCH_REPLICA needs BENCH_INSTANCES of 2 or more');
const TOWNSHIPS = Math.ceil(LAWYERS / PER_TOWNSHIP);
if (TOWNSHIPS > 9900) throw new Error('at most 9,900 townships (99 counties of 100)');
const CHECK_IN_PATH = '/api/v1/attendance/check-in';
const REQUEST_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------------------------------------
// The database.

async function statusCounts(url: string, keys: string[]): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ status: string; n: string }>(
      `SELECT status || CASE WHEN cardinality(flags) > 0 THEN ' ' || array_to_string(flags, ',') ELSE '' END AS status,
              count(*) AS n
         FROM attendance_event WHERE idempotency_key = ANY($1::uuid[]) GROUP BY 1 ORDER BY 1`,
      [keys],
    );
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  });
}

// ---------------------------------------------------------------------------------------------
// The load.

interface Shot {
  lawyer: number;
  retry: boolean;
  key: string;
  /** When it was meant to be sent (ms after the pass started); paced pass only. */
  dueMs?: number;
  startMs?: number;
  endMs?: number;
  status?: number;
  eventId?: string;
  error?: string;
  /** A retry sent while its first attempt was still waiting for its answer. */
  overlapped?: boolean;
}

class Load {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1024 });
  readonly authorizations: string[];

  constructor(
    private readonly port: number,
    private readonly lawyers: Lawyer[],
  ) {
    this.authorizations = lawyerAuthorizations(lawyers);
  }

  /** One sign-in request: a fresh key per lawyer and pass; a retry repeats the same body. */
  body(shot: Shot): string {
    const l = this.lawyers[shot.lawyer];
    // A few metres off the centre, as a phone's fix would be; the phone's clock is right.
    return JSON.stringify({
      idempotencyKey: shot.key,
      lat: round6(l.lat + 0.00005),
      lng: round6(l.lng - 0.00004),
      accuracy: 15,
      clientTime: new Date().toISOString(),
    });
  }

  async send(shot: Shot, body: string): Promise<void> {
    shot.startMs = performance.now();
    const answer = await httpRequest(
      this.agent,
      this.port,
      'POST',
      CHECK_IN_PATH,
      { authorization: this.authorizations[shot.lawyer] },
      body,
      REQUEST_TIMEOUT_MS,
    );
    shot.endMs = answer.endMs;
    shot.status = answer.status;
    if (answer.error) {
      shot.error = answer.error;
      return;
    }
    try {
      const parsed = JSON.parse(answer.text) as { id?: string };
      if (answer.status === 201) shot.eventId = parsed.id;
      else shot.error = answer.text.slice(0, 300);
    } catch {
      shot.error = `not JSON: ${answer.text.slice(0, 300)}`;
    }
  }

  close(): void {
    this.agent.destroy();
  }
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Which lawyers retry: exactly RETRY_PERCENT % of them, chosen at random. */
function retriers(rng: () => number): Set<number> {
  return new Set(shuffled(LAWYERS, rng).slice(0, Math.round((LAWYERS * RETRY_PERCENT) / 100)));
}

/**
 * The paced pass: each lawyer's sign-in at a uniformly random moment of the window (a Poisson
 * arrival process with exactly LAWYERS arrivals); a retrier sends the same request again 0 to
 * RETRY_MAX_DELAY_MS later, whether or not the first has been answered (a phone retrying).
 */
async function pacedPass(load: Load, rng: () => number): Promise<{ shots: Shot[]; wallMs: number }> {
  const retrying = retriers(rng);
  const firsts: Shot[] = Array.from({ length: LAWYERS }, (_, lawyer) => ({
    lawyer,
    retry: false,
    key: randomUUID(),
    dueMs: rng() * SECONDS * 1000,
  }));
  const retries: Shot[] = [];
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  await new Promise<void>((allScheduled) => {
    let left = firsts.length;
    for (const first of firsts) {
      setTimeout(() => {
        const body = load.body(first);
        const answered = load.send(first, body);
        pending.push(answered);
        if (retrying.has(first.lawyer)) {
          const retry: Shot = { lawyer: first.lawyer, retry: true, key: first.key };
          retries.push(retry);
          const delay = rng() * RETRY_MAX_DELAY_MS;
          retry.dueMs = first.startMs! - t0 + delay;
          left++;
          setTimeout(() => {
            retry.overlapped = first.endMs === undefined;
            pending.push(load.send(retry, body));
            if (--left === 0) allScheduled();
          }, delay);
        }
        if (--left === 0) allScheduled();
      }, first.dueMs);
    }
  });
  await Promise.all(pending);
  const shots = [...firsts, ...retries].map((s) => ({
    ...s,
    startMs: s.startMs! - t0,
    endMs: s.endMs! - t0,
  }));
  return { shots, wallMs: Math.max(...shots.map((s) => s.endMs!)) };
}

/**
 * The saturation pass: the same number of sign-ins and retries, each lawyer with a new key, sent by
 * CONCURRENCY workers back to back; a retry is queued right behind its first attempt, so the two
 * usually run at the same time.
 */
async function saturationPass(load: Load, rng: () => number): Promise<{ shots: Shot[]; wallMs: number }> {
  const retrying = retriers(rng);
  const order = shuffled(LAWYERS, rng);
  const queue: { shot: Shot; body: () => string; first?: Shot }[] = [];
  const bodies = new Map<number, string>();
  const shots: Shot[] = [];
  for (const lawyer of order) {
    const first: Shot = { lawyer, retry: false, key: randomUUID() };
    shots.push(first);
    const body = () => {
      const b = load.body(first);
      bodies.set(lawyer, b);
      return b;
    };
    queue.push({ shot: first, body });
    if (retrying.has(lawyer)) {
      const retry: Shot = { lawyer, retry: true, key: first.key };
      shots.push(retry);
      queue.push({ shot: retry, body: () => bodies.get(lawyer)!, first });
    }
  }
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const job = queue[next++];
      if (job.first) job.shot.overlapped = job.first.endMs === undefined;
      await load.send(job.shot, job.body());
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const wallMs = performance.now() - t0;
  return { shots: shots.map((s) => ({ ...s, startMs: s.startMs! - t0, endMs: s.endMs! - t0 })), wallMs };
}

/**
 * Optional (BENCH_SAMPLE_WAITS=1): samples the app's PostgreSQL sessions every 10 ms during a pass —
 * what each session is doing (active on CPU, waiting for a lock, idle in transaction waiting for the
 * app) and what the holder of the audit hash-chain lock is doing. Fractions of the samples.
 */
class WaitSampler {
  private readonly sessions = new Map<string, number>();
  private readonly holder = new Map<string, number>();
  private samples = 0;
  private waitersTotal = 0;
  private running = true;
  private readonly done: Promise<void>;

  constructor(private readonly client: Client) {
    this.done = this.loop();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const { rows } = await this.client.query<{ what: string; holds: boolean; waits: boolean }>(
        `SELECT a.state || coalesce(' ' || a.wait_event_type || ':' || a.wait_event, '') AS what,
                coalesce(bool_or(l.granted), false) AS holds, coalesce(bool_or(NOT l.granted), false) AS waits
           FROM pg_stat_activity a
           LEFT JOIN pg_locks l ON l.pid = a.pid AND l.locktype = 'advisory'
          WHERE a.application_name = 'legal-service-portal' AND a.pid <> pg_backend_pid()
          GROUP BY a.pid, a.state, a.wait_event_type, a.wait_event`,
      );
      this.samples++;
      for (const r of rows) {
        this.sessions.set(r.what, (this.sessions.get(r.what) ?? 0) + 1);
        if (r.holds) this.holder.set(r.what, (this.holder.get(r.what) ?? 0) + 1);
        if (r.waits) this.waitersTotal++;
      }
      if (!rows.some((r) => r.holds)) this.holder.set('(not held)', (this.holder.get('(not held)') ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async stop() {
    this.running = false;
    await this.done;
    const share = (m: Map<string, number>) =>
      Object.fromEntries(
        [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round1(v / this.samples)]),
      );
    return {
      samples: this.samples,
      /** Average number of the app's sessions in each state (of DB_POOL_SIZE). */
      sessions: share(this.sessions),
      /** Share of samples in which the audit-chain lock holder was in each state. */
      auditLockHolder: Object.fromEntries(
        [...this.holder.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => [k, Math.round((v / this.samples) * 100) / 100]),
      ),
      /** Average number of sessions queued for the audit-chain lock. */
      auditLockWaiters: round1(this.waitersTotal / this.samples),
    };
  }
}

/** What a pass did and whether every sign-in was recorded exactly once. */
async function judge(
  name: string,
  url: string,
  shots: Shot[],
  wallMs: number,
  server: RunningServer,
  before: Snapshot,
  after: Snapshot,
  eventsBefore: number,
  waits?: Awaited<ReturnType<WaitSampler['stop']>>,
) {
  const firsts = shots.filter((s) => !s.retry);
  const retries = shots.filter((s) => s.retry);
  const statuses: Record<string, number> = {};
  for (const s of shots) {
    const k = s.status === undefined ? 'network error' : String(s.status);
    statuses[k] = (statuses[k] ?? 0) + 1;
  }
  const firstIdOf = new Map(firsts.map((s) => [s.key, s.eventId]));
  const keys = firsts.map((s) => s.key);
  const distinctIds = new Set(shots.map((s) => s.eventId).filter(Boolean)).size;
  const retriesSameId = retries.filter((s) => s.eventId && s.eventId === firstIdOf.get(s.key)).length;
  const db = await counts(
    url,
    `SELECT (SELECT count(*) FROM attendance_event) AS "eventsTotal",
            (SELECT count(*) FROM attendance_event WHERE idempotency_key = ANY($1::uuid[])) AS "eventsOfPass",
            (SELECT count(DISTINCT idempotency_key) FROM attendance_event WHERE idempotency_key = ANY($1::uuid[])) AS "keysOfPass",
            (SELECT count(*) FROM attendance_event WHERE idempotency_key = ANY($1::uuid[]) AND shift_id IS NULL) AS "unmatched",
            (SELECT count(*) FROM audit_event a JOIN attendance_event e ON a.entity_type = 'attendance_event'
                AND a.entity_id = e.id::text WHERE e.idempotency_key = ANY($1::uuid[])) AS "auditOfPass"`,
    [keys],
  );
  const stats = await server.stats();
  const errors = shots
    .filter((s) => s.error)
    .slice(0, 5)
    .map((s) => `${s.status ?? '-'} ${s.error}`);
  const failures: string[] = [];
  if ((statuses['201'] ?? 0) !== shots.length)
    failures.push(`${shots.length - (statuses['201'] ?? 0)} requests not 201`);
  if (distinctIds !== LAWYERS)
    failures.push(`${distinctIds} distinct event ids in the answers, ${LAWYERS} expected`);
  if (retriesSameId !== retries.length)
    failures.push(
      `${retries.length - retriesSameId} retries answered with another event than their first attempt`,
    );
  if (db.eventsOfPass !== LAWYERS || db.keysOfPass !== LAWYERS)
    failures.push(`${db.eventsOfPass} events (${db.keysOfPass} keys) recorded, ${LAWYERS} expected`);
  if (db.eventsTotal - eventsBefore !== LAWYERS)
    failures.push(`attendance_event grew by ${db.eventsTotal - eventsBefore}, ${LAWYERS} expected`);
  if (db.auditOfPass !== LAWYERS) failures.push(`${db.auditOfPass} audit events, ${LAWYERS} expected`);
  if (db.unmatched) failures.push(`${db.unmatched} sign-ins matched no shift`);
  const lagMs = shots.filter((s) => s.dueMs !== undefined).map((s) => s.startMs! - s.dueMs!);
  lagMs.sort((a, b) => a - b);
  const result = {
    pass: name,
    ok: failures.length === 0,
    failures,
    requests: shots.length,
    firstAttempts: firsts.length,
    retries: retries.length,
    retriesOverlapping: retries.filter((s) => s.overlapped).length,
    statuses,
    distinctEventIds: distinctIds,
    retriesSameEvent: retriesSameId,
    eventsRecorded: db.eventsOfPass,
    eventsTotal: db.eventsTotal,
    auditEvents: db.auditOfPass,
    eventStatuses: await statusCounts(url, keys),
    latencyMs: { all: durations(shots), first: durations(firsts), retry: durations(retries) },
    wallMs: Math.round(wallMs),
    throughputRps: round1(shots.length / (wallMs / 1000)),
    signInsPerSecond: round1(firsts.length / (wallMs / 1000)),
    maxInFlight: maxInFlight(shots),
    scheduleLagMs: lagMs.length
      ? { p99: round1(lagMs[Math.ceil(0.99 * lagMs.length) - 1]), max: round1(lagMs[lagMs.length - 1]) }
      : undefined,
    statementsPerSignIn: round1((after.statements - before.statements) / firsts.length),
    serverCpuMsPerRequest: round1((after.serverCpuMs - before.serverCpuMs) / shots.length),
    postgresCpuMsPerRequest:
      after.postgresCpuMs !== null && before.postgresCpuMs !== null
        ? round1((after.postgresCpuMs - before.postgresCpuMs) / shots.length)
        : undefined,
    /** % of one core during the pass (the machine has `cpus` cores). */
    cpuPercent: cpuBetween(before, after, SERVER_MODE),
    waits,
    server: stats,
    errors,
  };
  return result;
}

const durations = (shots: Shot[]) => latency(shots.map((s) => s.endMs! - s.startMs!));

function maxInFlight(shots: Shot[]): number {
  const edges = shots.flatMap((s) => [
    [s.startMs!, 1],
    [s.endMs!, -1],
  ]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let max = 0;
  for (const [, d] of edges) max = Math.max(max, (now += d));
  return max;
}

function describe(r: Awaited<ReturnType<typeof judge>>): void {
  const l = r.latencyMs;
  const fmt = (x: Latency) => `p50 ${x.p50} / p95 ${x.p95} / p99 ${x.p99} / max ${x.max} ms`;
  log(
    `${r.pass}: ${r.requests} requests (${r.firstAttempts} sign-ins + ${r.retries} retries, ` +
      `${r.retriesOverlapping} sent before the first was answered) in ${seconds(r.wallMs)}: ` +
      `${r.throughputRps} req/s, at most ${r.maxInFlight} in flight; statuses ${JSON.stringify(r.statuses)}`,
  );
  log(`  all     ${fmt(l.all)}`);
  log(`  first   ${fmt(l.first)}`);
  log(`  retry   ${fmt(l.retry)}`);
  log(
    `  recorded ${r.eventsRecorded} events (${r.distinctEventIds} distinct ids answered, ${r.retriesSameEvent}/${r.retries} ` +
      `retries got their first's event, ${r.auditEvents} audit events) ${JSON.stringify(r.eventStatuses)}`,
  );
  log(
    `  ${r.statementsPerSignIn} SQL statements per sign-in (retries included); CPU per request: server ${r.serverCpuMsPerRequest} ms, PostgreSQL ${r.postgresCpuMsPerRequest ?? '?'} ms; ` +
      `CPU in % of one core: ${JSON.stringify(r.cpuPercent)}; ` +
      `server RSS ${r.server.rssMiB} MiB (peak ${r.server.peakRssMiB} MiB)` +
      (r.scheduleLagMs ? `, schedule lag p99 ${r.scheduleLagMs.p99} ms max ${r.scheduleLagMs.max} ms` : ''),
  );
  if (r.waits) {
    log(`  PostgreSQL sessions (average count): ${JSON.stringify(r.waits.sessions)}`);
    log(
      `  audit-chain lock holder (share of samples): ${JSON.stringify(r.waits.auditLockHolder)}, ` +
        `${r.waits.auditLockWaiters} sessions queued on average`,
    );
  }
  for (const f of r.failures) log(`  FAILED: ${f}`);
  for (const e of r.errors) log(`  e.g. ${e}`);
}

async function main(): Promise<number> {
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
    `${LAWYERS} lawyers in ${TOWNSHIPS} townships sign in within ${SECONDS} s, ${RETRY_PERCENT} % retrying once ` +
      `(0–${RETRY_MAX_DELAY_MS} ms later); server ${SERVER_MODE}, pool ${POOL_SIZE}` +
      (CONCURRENCY ? `; then saturation with ${CONCURRENCY} concurrent` : ''),
  );
  const dbName = `bench_check_in_${process.pid}`;
  const replicated = REPLICA ? await time('startDbMs', () => startReplicatedDatabase(dbName)) : undefined;
  const db = replicated ?? (await time('startDbMs', () => startDatabase(dbName)));
  let server: RunningServer | undefined;
  // One cleanup, awaited by whoever asks (a signal and the end of main may both do), so that nobody
  // exits while the database folder is still being removed.
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      await server?.stop().catch((err: unknown) => log(`stopping the server failed: ${String(err)}`));
      await db.cleanup().catch((err: unknown) => log(`cleanup failed: ${String(err)}`));
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: cleaning up`);
    void cleanup().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const result: Record<string, unknown> = {
    bench: 'check-in-burst',
    ok: false,
    lawyers: LAWYERS,
    townships: TOWNSHIPS,
    seconds: SECONDS,
    retryPercent: RETRY_PERCENT,
    retryMaxDelayMs: RETRY_MAX_DELAY_MS,
    server: SERVER_MODE,
    instances: INSTANCES,
    rollingRestart: ROLLING_RESTART,
    poolSize: POOL_SIZE,
    postgres: replicated ? 'primary with a synchronous streaming replica' : db.source,
  };
  let load: Load | undefined;
  try {
    result.postgresVersion = await withClient(
      db.url,
      async (c) => (await c.query('SHOW server_version')).rows[0].server_version as string,
    );
    log(`PostgreSQL ${String(result.postgresVersion)} (${db.source}) ready in ${seconds(timings.startDbMs)}`);
    await time('migrateMs', () => migrate(db.url));
    const startsAt = new Date(Date.now() - 5 * 60_000);
    const { date, lawyers } = await time('loadMs', () =>
      loadSignInProvince(db.url, { lawyers: LAWYERS, perTownship: PER_TOWNSHIP, startsAt }),
    );
    const sessionIds = await openSessions(
      db.url,
      'staff',
      lawyers.map((l) => l.id),
      3600,
    );
    lawyers.forEach((l, i) => (l.sessionId = sessionIds[i]));
    if (lawyers.length !== LAWYERS) throw new Error(`loaded ${lawyers.length} lawyers, ${LAWYERS} expected`);
    Object.assign(result, { date, shiftStartsAt: startsAt.toISOString() });
    log(
      `loaded ${TOWNSHIPS} township centres, ${LAWYERS} lawyers and their window shifts of ${date} ` +
        `(from ${startsAt.toISOString()}, 8 h) in ${seconds(timings.loadMs)}`,
    );

    const cluster =
      INSTANCES > 1
        ? await startCluster(
            __filename,
            ['--serve'],
            replicated
              ? { BENCH_CHILD_DATABASE_URL: replicated.appUrl, BENCH_CHILD_READ_URL: replicated.readUrl }
              : { BENCH_CHILD_DATABASE_URL: db.url },
            INSTANCES,
          )
        : undefined;
    server = await (cluster ??
      (SERVER_MODE === 'child'
        ? startChildServer(__filename, ['--serve'], { BENCH_CHILD_DATABASE_URL: db.url })
        : startInProcessServer(() => listenApp(appEnv(db.url, POOL_SIZE)))));
    log(
      cluster
        ? `${INSTANCES} instances (ports ${cluster.ports.join(', ')}) behind HAProxy on 127.0.0.1:${server.port}, ready after ${seconds(server.bootMs)}`
        : `server (${server.mode}) listening on 127.0.0.1:${server.port} after ${seconds(server.bootMs)}`,
    );
    load = new Load(server.port, lawyers);
    const rng = random(SEED);
    const passes: Awaited<ReturnType<typeof judge>>[] = [];
    const run = async (name: string, pass: () => Promise<{ shots: Shot[]; wallMs: number }>) => {
      const { events } = await counts(db.url, `SELECT count(*) AS events FROM attendance_event`);
      const before = await snapshot(server!, db);
      let sampler: WaitSampler | undefined;
      let samplerClient: Client | undefined;
      if (SAMPLE_WAITS) {
        samplerClient = new Client({ connectionString: db.url });
        notCounted(samplerClient);
        await samplerClient.connect();
        sampler = new WaitSampler(samplerClient);
      }
      try {
        const { shots, wallMs } = await pass();
        const after = await snapshot(server!, db);
        const waits = await sampler?.stop();
        passes.push(await judge(name, db.url, shots, wallMs, server!, before, after, events, waits));
        describe(passes[passes.length - 1]);
      } finally {
        await samplerClient?.end();
      }
    };

    log(`paced pass: ${LAWYERS} sign-ins over ${SECONDS} s…`);
    const restarts: { instance: number; stopMs: number; downMs: number }[] = [];
    await run('paced', async () => {
      const pass = pacedPass(load!, rng);
      if (cluster && ROLLING_RESTART) {
        // A rolling restart from a fifth of the way in: one instance at a time, the next once the last is back.
        await new Promise((done) => setTimeout(done, SECONDS * 200));
        for (let i = 0; i < cluster.ports.length; i++) {
          log(`  restarting instance ${i + 1} of ${cluster.ports.length} (SIGTERM: drain, close, start)…`);
          const restart = await cluster.restart(i);
          restarts.push({ instance: i + 1, ...restart });
          log(
            `  instance ${i + 1} stopped in ${seconds(restart.stopMs)}, ready again after ${seconds(restart.downMs)}`,
          );
        }
      }
      return pass;
    });
    if (ROLLING_RESTART) {
      result.restarts = restarts;
      if (restarts.length !== INSTANCES)
        throw new Error(`${restarts.length} of ${INSTANCES} instances restarted within the pass`);
    }
    if (CONCURRENCY > 0) {
      log(`saturation pass: the same again with new keys, ${CONCURRENCY} concurrent…`);
      await run('saturation', () => saturationPass(load!, rng));
    }

    const p99 = passes[0].latencyMs.all.p99;
    Object.assign(result, {
      ok: passes.every((p) => p.ok),
      p99Ms: p99,
      withinTarget: p99 < TARGET_P99_MS,
      startDbMs: timings.startDbMs,
      migrateMs: timings.migrateMs,
      loadMs: timings.loadMs,
      bootMs: server.bootMs,
      passes,
      loadGeneratorRssMiB: mib(process.memoryUsage().rss),
      ...machine(),
    });
    log(
      `target (paced p99 < ${TARGET_P99_MS} ms): ${p99 < TARGET_P99_MS ? 'met' : 'MISSED'} — p99 ${p99} ms; ` +
        `every sign-in recorded exactly once: ${result.ok ? 'yes' : 'NO'}`,
    );
    if (replicated && cluster) {
      const drills = await clusterDrills(replicated, cluster, lawyers, load, date);
      // The drills stopped the instances (the restore drill wants nothing writing).
      server = undefined;
      Object.assign(result, { ok: result.ok && drills.ok, replication: drills });
      log(`cluster drill (statistics on the replica, failover, restore): ${drills.ok ? 'passed' : 'FAILED'}`);
    }
  } catch (err) {
    result.error = errorText(err);
    log(`FAILED: ${String(result.error)}`);
  } finally {
    load?.close();
    await cleanup();
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result.ok ? 0 : 1;
}

/**
 * The cluster drill's checks after the burst: the statistics of the first county read on the replica
 * through the balancer against the primary's; then four lawyers write their work log without pause
 * through the failover; then, the instances stopped, the restore drill.
 */
async function clusterDrills(
  db: ReplicatedDatabase,
  cluster: Cluster,
  lawyers: Lawyer[],
  load: Load,
  date: string,
) {
  const county = lawyers[0].regionCode.slice(0, 6);
  const [official] = await withClient(db.url, async (c) => {
    const { rows } = await c.query<{ id: string }>(
      `INSERT INTO staff (username, name, kind, roles, region_code, password_hash)
       VALUES ('bench_county_official', '县司法局', 'official', '{official}', $1, 'bench-not-a-real-hash') RETURNING id`,
      [county],
    );
    return rows;
  });
  const [sessionId] = await openSessions(db.url, 'staff', [official.id], 3600);
  const [officialAuth] = lawyerAuthorizations([
    { id: official.id, name: '县司法局', regionCode: county, lat: 0, lng: 0, sessionId, roles: ['official'] },
  ]);
  log('statistics of the county through the balancer (the replica) against the primary…');
  const stats = await statsOnReplica(db, cluster.port, officialAuth, county, Number(date.slice(0, 4)));
  log(
    `  ${stats.equal ? 'equal' : 'DIFFERENT'}: ${stats.dutyDays} duty days in ${county}, replica lag ${stats.replicaLagSeconds} s` +
      stats.failures.map((f) => `; ${f}`).join(''),
  );

  const points = await withClient(db.url, async (c) => {
    const { rows } = await c.query<{ region_code: string; id: string }>(
      `SELECT region_code, id FROM service_point WHERE kind = 'township_center'`,
    );
    return new Map(rows.map((r) => [r.region_code, r.id]));
  });
  const writers = [0, 1, 2, 3].map((i) => ({
    authorization: load.authorizations[i],
    servicePointId: points.get(lawyers[i].regionCode)!,
  }));
  log('failover drill through the balancer: primary stopped, replica promoted…');
  const failover = await failoverThroughBalancer(db, cluster.port, writers);
  log(
    `  the instances wrote again after ${failover.failoverSeconds ?? 'more than 30'} s without a restart ` +
      `(promoted in ${failover.promoteSeconds} s); ${failover.acknowledgedWrites} writes acknowledged, ` +
      `${failover.failedRequests} failed during the switch (${JSON.stringify(failover.failures)}), writes lost = ${failover.writesLost}`,
  );
  await cluster.stop();
  const restore = await restoreDrill(db);
  return { stats, failover, restore, ok: stats.equal && failover.ok && restore.ok };
}

if (process.argv[2] === '--serve') {
  const readUrl = process.env.BENCH_CHILD_READ_URL;
  void serveAsChild(() =>
    listenApp(
      appEnv(process.env.BENCH_CHILD_DATABASE_URL!, POOL_SIZE, readUrl ? { DATABASE_READ_URL: readUrl } : {}),
    ),
  );
} else {
  runBench(main);
}
