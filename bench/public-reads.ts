/**
 * Benchmark: the public reads that hold a campaign — the service-point directory, a point's page and
 * its slots — with the public-read cache off (`PUBLIC_CACHE_SECONDS=0`: every answer read from the
 * database, as before the cache) and on (the app's defaults), side by side.
 *
 * 50 keep-alive connections send anonymous GETs back to back for a fixed time (10 s after a 2 s
 * warm-up), as residents' phones do when a campaign sends them to the directory. The phases alternate
 * A B A B (cache off, cache on; BENCH_ROUNDS rounds), each against a fresh server process on the same
 * database, and the benchmark prints per round and as medians: requests/s, latency percentiles, server
 * CPU and SQL statements per request, and the ratio on / off. Target: the directory at ≥ 10× the
 * requests/s of the cache off.
 *
 * Starts a throw-away PostgreSQL (embedded, or a fresh database on BENCH_DATABASE_URL), migrates it,
 * loads a synthetic county with set-based SQL (`loadProvinceTree`: BENCH_TOWNSHIPS township centres
 * and BENCH_VILLAGES village points, lawyers, advisors) and a published window shift at every centre
 * on each of the 7 days from today, so that the answers show today's duty, a week of shifts and slots.
 * Prints `[bench]` lines on stderr and one JSON line on stdout; exits 1 when any request fails
 * (not 200, or a network error) or an answer is not the JSON expected.
 *
 *   npm run bench:public-reads
 *   BENCH_SECONDS=3 BENCH_WARMUP_SECONDS=1 BENCH_QUIET_PERCENT=100 npm run bench:public-reads   # a smoke run
 *   BENCH_ROUTES=list,page,slots BENCH_ROUNDS=3 npm run bench:public-reads
 *   BENCH_ACCEPT_ENCODING='gzip, deflate, br' npm run bench:public-reads   # as a browser asks
 *
 * See bench/README.md for the figures.
 */
import 'reflect-metadata';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { addDays, businessDate, businessInstant } from '@app/core';
import {
  appEnv,
  cpuBetween,
  type Database,
  errorText,
  intEnv,
  latency,
  listenApp,
  loadProvinceTree,
  log,
  makePublishedSlots,
  machine,
  median,
  migrate,
  round1,
  runBench,
  type RunningServer,
  seconds,
  serveAsChild,
  serverMode,
  snapshot,
  startChildServer,
  startDatabase,
  startInProcessServer,
  waitForQuiet,
  withClient,
} from './support';

/** The issue's target: the directory at ten times the requests/s without the cache. */
const TARGET_RATIO = 10;

const SECONDS = intEnv('BENCH_SECONDS', 10, 1, 3600);
const WARMUP_SECONDS = intEnv('BENCH_WARMUP_SECONDS', 2, 0, 600);
const CONCURRENCY = intEnv('BENCH_CONCURRENCY', 50, 1, 1000);
const ROUNDS = intEnv('BENCH_ROUNDS', 2, 1, 20);
const TOWNSHIPS = intEnv('BENCH_TOWNSHIPS', 20, 1, 100);
const VILLAGES = intEnv('BENCH_VILLAGES', 300, 0, 20_000);
const POOL_SIZE = intEnv('BENCH_POOL_SIZE', 20, 1, 200);
const CACHE_SECONDS = intEnv('BENCH_CACHE_SECONDS', 10, 1, 30);
const QUIET_PERCENT = intEnv('BENCH_QUIET_PERCENT', 20, 1, 100);
const QUIET_TIMEOUT_SECONDS = intEnv('BENCH_QUIET_TIMEOUT_SECONDS', 120, 0, 3600);
const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING ?? '';
/** The directory's region filter (the resident's page asks for every point: none). */
const REGION = process.env.BENCH_REGION ?? '';
const SERVER_MODE = serverMode();
const ROUTE_NAMES = ['list', 'page', 'slots'] as const;
type RouteName = (typeof ROUTE_NAMES)[number];
const ROUTES = (process.env.BENCH_ROUTES || 'list').split(',').map((r) => r.trim()) as RouteName[];
for (const r of ROUTES)
  if (!ROUTE_NAMES.includes(r)) throw new Error(`BENCH_ROUTES: ${r} is not one of ${ROUTE_NAMES.join(', ')}`);
const REQUEST_TIMEOUT_MS = 30_000;

/** A: the cache off, as the app answered before it; B: the app's cache on. */
const KINDS = ['off', 'on'] as const;
type Kind = (typeof KINDS)[number];
const serverEnv = (url: string, kind: Kind) =>
  appEnv(url, POOL_SIZE, { PUBLIC_CACHE_SECONDS: kind === 'off' ? '0' : String(CACHE_SECONDS) });

const round2 = (n: number) => Math.round(n * 100) / 100;

// ---------------------------------------------------------------------------------------------
// The data: a county's points, and a week of published window duty at its township centres.

interface Places {
  points: number;
  centres: string[];
}

async function loadCounty(url: string): Promise<Places> {
  const today = businessDate(new Date());
  const dates = Array.from({ length: 7 }, (_, i) => addDays(today, i));
  return withClient(url, async (client) => {
    try {
      await client.query('BEGIN');
      await loadProvinceTree(client, {
        townships: TOWNSHIPS,
        villages: VILLAGES,
        lawyersPerTownship: 2,
        advisorsFrom: addDays(today, -30),
      });
      // The centres open every day here, so that every day of the week has slots.
      await client.query(
        `UPDATE service_point SET opening_hours = $1::jsonb WHERE kind = 'township_center'`,
        [
          JSON.stringify(
            [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
              { weekday, from: '08:30', to: '11:30' },
              { weekday, from: '13:30', to: '17:00' },
            ]),
          ),
        ],
      );
      await client.query(
        `INSERT INTO duty_shift (service_point_id, region_code, lawyer_id, date, starts_at, ends_at, kind,
                                 published, published_at, generated)
         SELECT sp.id, sp.region_code, s.id, d.date, d.starts_at, d.ends_at, 'window', true, now(), true
           FROM service_point sp
           JOIN staff s ON s.region_code = sp.region_code AND s.username LIKE '%\\_0'
          CROSS JOIN unnest($1::date[], $2::timestamptz[], $3::timestamptz[]) AS d(date, starts_at, ends_at)
          WHERE sp.kind = 'township_center'`,
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
    await client.query('VACUUM (ANALYZE)');
    const { rows } = await client.query<{ id: string; kind: string }>(
      `SELECT id, kind FROM service_point ORDER BY region_code`,
    );
    return {
      points: rows.length,
      centres: rows.filter((r) => r.kind === 'township_center').map((r) => r.id),
    };
  });
}

/** The paths a route's load cycles through. */
function pathsOf(route: RouteName, places: Places): string[] {
  if (route === 'list') return [`/api/v1/service-points${REGION ? `?regionCode=${REGION}` : ''}`];
  if (route === 'page') return places.centres.map((id) => `/api/v1/service-points/${id}`);
  return places.centres.map((id) => `/api/v1/service-points/${id}/slots`);
}

// ---------------------------------------------------------------------------------------------
// The load: lean keep-alive GETs that count the body's bytes and keep only the first answer.

interface Shot {
  startMs: number;
  endMs: number;
  status?: number;
  bytes: number;
  error?: string;
}

function get(
  agent: Agent,
  port: number,
  path: string,
  keep: boolean,
): Promise<Shot & { body?: Buffer; headers?: Record<string, unknown> }> {
  const startMs = performance.now();
  return new Promise((done) => {
    let settled = false;
    const finish = (
      shot: Omit<Shot, 'startMs' | 'endMs'> & { body?: Buffer; headers?: Record<string, unknown> },
    ) => {
      if (settled) return;
      settled = true;
      done({ startMs, endMs: performance.now(), ...shot });
    };
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'GET',
        path,
        headers: ACCEPT_ENCODING ? { 'accept-encoding': ACCEPT_ENCODING } : {},
      },
      (res) => {
        let bytes = 0;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => {
          bytes += c.length;
          if (keep) chunks.push(c);
        });
        res.on('end', () =>
          finish({
            status: res.statusCode,
            bytes,
            body: keep ? Buffer.concat(chunks) : undefined,
            headers: keep ? res.headers : undefined,
          }),
        );
        res.on('error', (err) => finish({ bytes, error: String(err) }));
      },
    );
    req.on('error', (err) => finish({ bytes: 0, error: String(err) }));
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS} ms`)));
    req.end();
  });
}

async function phase(name: string, server: RunningServer, db: Database, paths: string[]) {
  const quiet =
    QUIET_PERCENT < 100 ? await waitForQuiet(QUIET_PERCENT, 2000, QUIET_TIMEOUT_SECONDS * 1000) : undefined;
  if (quiet && !quiet.quiet)
    log(
      `  the machine stayed busy (${quiet.busyPercent} % of all cores) for ${seconds(quiet.waitedMs)}; going ahead`,
    );
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY, maxFreeSockets: CONCURRENCY });
  // One answer per path first: what it looks like, and (cache on) the slots made before the load.
  const samples = [];
  for (const path of paths) samples.push(await get(agent, server.port, path, true));
  const wrong = samples.filter((s) => s.status !== 200 || !isJsonArrayOrObject(s.body, s.headers));
  log(
    `${name}: ${WARMUP_SECONDS} s warm-up, then ${SECONDS} s with ${CONCURRENCY} connections over ${paths.length} path(s)…`,
  );
  const loadBefore = machine().loadAverage;
  const shots: Shot[] = [];
  const t0 = performance.now();
  const measureFrom = t0 + WARMUP_SECONDS * 1000;
  const deadline = measureFrom + SECONDS * 1000;
  let next = 0;
  let before: ReturnType<typeof snapshot> | undefined;
  const measuring = new Promise<void>((started) =>
    setTimeout(() => {
      before = snapshot(server, db);
      started();
    }, WARMUP_SECONDS * 1000),
  );
  const worker = async () => {
    while (performance.now() < deadline) {
      const path = paths[next++ % paths.length];
      shots.push(await get(agent, server.port, path, false));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  await measuring;
  const after = await snapshot(server, db);
  const first = await before!;
  const measured = shots.filter((s) => s.startMs >= measureFrom);
  const windowMs = Math.max(1, measured.reduce((m, s) => Math.max(m, s.endMs), 0) - measureFrom);
  const statuses: Record<string, number> = {};
  for (const s of measured) {
    const k = s.status === undefined ? 'network error' : String(s.status);
    statuses[k] = (statuses[k] ?? 0) + 1;
  }
  const failed = shots.filter((s) => s.status !== 200);
  const failures = [
    ...(failed.length ? [`${failed.length} requests failed (not 200, or a network error)`] : []),
    ...wrong.map((s) => `the first answer was ${s.status ?? s.error}, not the JSON expected`),
  ];
  const n = Math.max(1, measured.length);
  const result = {
    phase: name,
    ok: failures.length === 0,
    failures,
    requests: measured.length,
    windowMs: Math.round(windowMs),
    requestsPerSecond: round1(measured.length / (windowMs / 1000)),
    latencyMs: latency(measured.map((s) => s.endMs - s.startMs)),
    statuses,
    bytesPerAnswer: Math.round(measured.reduce((a, s) => a + s.bytes, 0) / n),
    contentEncoding: samples[0]?.headers?.['content-encoding'] ?? 'identity',
    cacheControl: samples[0]?.headers?.['cache-control'],
    statementsPerRequest: round2((after.statements - first.statements) / n),
    serverCpuMsPerRequest: round2((after.serverCpuMs - first.serverCpuMs) / n),
    postgresCpuMsPerRequest:
      after.postgresCpuMs !== null && first.postgresCpuMs !== null
        ? round2((after.postgresCpuMs - first.postgresCpuMs) / n)
        : undefined,
    cpuPercent: cpuBetween(first, after, server.mode),
    loadAverage: { before: loadBefore, after: machine().loadAverage },
    quiet,
  };
  const l = result.latencyMs;
  log(
    `${name}: ${result.requestsPerSecond} req/s; p50 ${l.p50} / p90 ${l.p90} / p99 ${l.p99} ms; ` +
      `${result.bytesPerAnswer} bytes an answer (${String(result.contentEncoding)}), ${String(result.cacheControl)}; ` +
      `${result.statementsPerRequest} SQL and ${result.serverCpuMsPerRequest} ms server CPU a request; ` +
      `CPU % of one core ${JSON.stringify(result.cpuPercent)}; statuses ${JSON.stringify(statuses)}`,
  );
  for (const f of failures) log(`  FAILED: ${f}`);
  return result;
}

function isJsonArrayOrObject(
  body: Buffer | undefined,
  headers: Record<string, unknown> | undefined,
): boolean {
  if (!body) return false;
  // A compressed answer is checked by its header only; the tests check what it decodes to.
  if (headers?.['content-encoding']) return true;
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  log(
    `${TOWNSHIPS} township centres and ${VILLAGES} village points; routes ${ROUTES.join(', ')}; ${CONCURRENCY} connections, ` +
      `${WARMUP_SECONDS} s warm-up + ${SECONDS} s; A B × ${ROUNDS} (A: PUBLIC_CACHE_SECONDS=0, B: ${CACHE_SECONDS}); ` +
      `server ${SERVER_MODE}, pool ${POOL_SIZE}; Accept-Encoding ${ACCEPT_ENCODING || '(none)'}`,
  );
  const t0 = performance.now();
  const db = await startDatabase(`bench_public_reads_${process.pid}`);
  let server: RunningServer | undefined;
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
  const start = (kind: Kind) =>
    SERVER_MODE === 'child'
      ? startChildServer(__filename, ['--serve', kind], { BENCH_CHILD_DATABASE_URL: db.url })
      : startInProcessServer(() => listenApp(serverEnv(db.url, kind)));

  const result: Record<string, unknown> = {
    bench: 'public-reads',
    ok: false,
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    concurrency: CONCURRENCY,
    rounds: ROUNDS,
    townships: TOWNSHIPS,
    villages: VILLAGES,
    routes: ROUTES,
    cacheSeconds: CACHE_SECONDS,
    acceptEncoding: ACCEPT_ENCODING || null,
    server: SERVER_MODE,
    poolSize: POOL_SIZE,
    postgres: db.source,
  };
  try {
    await migrate(db.url);
    const places = await loadCounty(db.url);
    log(`loaded ${places.points} service points with a week of duty in ${seconds(performance.now() - t0)}`);
    const phases: (Awaited<ReturnType<typeof phase>> & { route: RouteName; kind: Kind; round: number })[] =
      [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const route of ROUTES) {
        for (const kind of KINDS) {
          server = await start(kind);
          const label = `${route} cache ${kind}${ROUNDS > 1 ? ` (round ${round})` : ''}`;
          phases.push({ route, kind, round, ...(await phase(label, server, db, pathsOf(route, places))) });
          await server.stop();
          server = undefined;
        }
      }
    }

    const pick = (route: RouteName, kind: Kind) => phases.filter((p) => p.route === route && p.kind === kind);
    const summary = Object.fromEntries(
      ROUTES.map((route) => {
        const side = (kind: Kind) => ({
          requestsPerSecond: round1(median(pick(route, kind).map((p) => p.requestsPerSecond))),
          p50Ms: round1(median(pick(route, kind).map((p) => p.latencyMs.p50))),
          p99Ms: round1(median(pick(route, kind).map((p) => p.latencyMs.p99))),
          serverCpuMsPerRequest: round2(median(pick(route, kind).map((p) => p.serverCpuMsPerRequest))),
          statementsPerRequest: round2(median(pick(route, kind).map((p) => p.statementsPerRequest))),
          bytesPerAnswer: Math.round(median(pick(route, kind).map((p) => p.bytesPerAnswer))),
        });
        const off = side('off');
        const on = side('on');
        const byRound = Array.from({ length: ROUNDS }, (_, i) => {
          const a = pick(route, 'off')[i];
          const b = pick(route, 'on')[i];
          return round2(b.requestsPerSecond / Math.max(0.1, a.requestsPerSecond));
        });
        return [
          route,
          { off, on, ratio: round2(on.requestsPerSecond / Math.max(0.1, off.requestsPerSecond)), byRound },
        ];
      }),
    );
    const ratio = summary.list?.ratio;
    Object.assign(result, {
      ok: phases.every((p) => p.ok),
      summary,
      ratio,
      withinTarget: ratio === undefined ? undefined : ratio >= TARGET_RATIO,
      phases,
      ...machine(),
    });

    // Side by side: every round's A and B, then the medians.
    const row = (cells: (string | number)[]) =>
      cells.map((c, i) => (i === 0 ? String(c).padEnd(16) : String(c).padStart(i < 4 ? 12 : 20))).join(' ');
    log('');
    log(row(['', 'A off req/s', 'B on req/s', 'B / A', 'p50 A / B', 'p99 A / B', 'SQL/req A/B']));
    for (const route of ROUTES) {
      for (let i = 0; i < ROUNDS; i++) {
        const a = pick(route, 'off')[i];
        const b = pick(route, 'on')[i];
        log(
          row([
            `${route} round ${i + 1}`,
            a.requestsPerSecond,
            b.requestsPerSecond,
            summary[route].byRound[i],
            `${a.latencyMs.p50} / ${b.latencyMs.p50}`,
            `${a.latencyMs.p99} / ${b.latencyMs.p99}`,
            `${a.statementsPerRequest} / ${b.statementsPerRequest}`,
          ]),
        );
      }
      const s = summary[route];
      log(
        row([
          `${route} median`,
          s.off.requestsPerSecond,
          s.on.requestsPerSecond,
          s.ratio,
          `${s.off.p50Ms} / ${s.on.p50Ms}`,
          `${s.off.p99Ms} / ${s.on.p99Ms}`,
          `${s.off.statementsPerRequest} / ${s.on.statementsPerRequest}`,
        ]),
      );
    }
    log('');
    if (ratio !== undefined)
      log(
        `target (the directory at ≥ ${TARGET_RATIO}× the requests/s of the cache off): ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'} — ${ratio}`,
      );
    log(`every answer 200: ${result.ok ? 'yes' : 'NO'}`);
  } catch (err) {
    result.error = errorText(err);
    log(`FAILED: ${String(result.error)}`);
  } finally {
    await cleanup();
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result.ok ? 0 : 1;
}

if (process.argv[2] === '--serve') {
  const url = process.env.BENCH_CHILD_DATABASE_URL!;
  void serveAsChild(() => listenApp(serverEnv(url, process.argv[3] as Kind)));
} else {
  runBench(main);
}
