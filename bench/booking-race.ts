/**
 * Benchmark: 500 residents race for one slot of capacity 2.
 *
 * Every resident (a real `resident` row, with the access token the SMS login issues) sends
 * POST /api/v1/appointments for the same slot over a connection of their own, all released at
 * once. Exactly 2 must get 201 and the other 498 409 SLOT_FULL, and the database must agree:
 * booking_slot.booked = 2 and exactly 2 active appointments (each with its audit event) for that
 * slot. Repeated on a fresh slot and fresh residents (3 runs by default); reports each run's wall
 * time (first request sent to last answer) and their median.
 *
 * Starts a throw-away PostgreSQL (embedded, or a fresh database on BENCH_DATABASE_URL), migrates it,
 * loads one township centre with a lawyer, published window shifts from tomorrow and their slots
 * (set-based SQL), starts the app with `createApp()` in a child process by default, reads the slots
 * through the app (GET /api/v1/service-points/:id/slots) and inserts the residents in batches. Prints `[bench]`
 * lines on stderr and one JSON line on stdout; exits 1 on any disagreement.
 *
 *   npm run bench:booking-race
 *   BENCH_RESIDENTS=100 BENCH_RUNS=1 npm run bench:booking-race     # a quick check
 *
 * See bench/README.md for the figures.
 */
import 'reflect-metadata';
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { addDays, businessDate } from '@app/core';
import {
  appEnv,
  counts,
  cpuBetween,
  createResidents,
  errorText,
  fetchSlots,
  httpRequest,
  intEnv,
  latency,
  listenApp,
  loadBookablePoints,
  log,
  machine,
  median,
  migrate,
  type Resident,
  round1,
  runBench,
  type RunningServer,
  seconds,
  serveAsChild,
  serverMode,
  type Slot,
  SLOTS_PER_DAY,
  slotConsistency,
  snapshot,
  type Snapshot,
  startChildServer,
  startDatabase,
  startInProcessServer,
  withClient,
} from './support';

const RESIDENTS = intEnv('BENCH_RESIDENTS', 500, 3, 5000);
const RUNS = intEnv('BENCH_RUNS', 3, 1, 100);
const WARMUP_RUNS = intEnv('BENCH_WARMUP_RUNS', 1, 0, 10);
const POOL_SIZE = intEnv('BENCH_POOL_SIZE', 20, 1, 200);
const SERVER_MODE = serverMode();
const CAPACITY = 2;
const DAYS = Math.ceil((WARMUP_RUNS + RUNS) / SLOTS_PER_DAY);
const REQUEST_TIMEOUT_MS = 60_000;

interface Answer {
  status?: number;
  code?: string;
  id?: string;
  ms: number;
  error?: string;
}

/**
 * One run: opens one keep-alive connection per resident first (GET /api/health), then sends every
 * booking in one synchronous loop, so that they all reach the server together.
 */
async function race(port: number, slot: Slot, residents: Resident[], counters: () => Promise<Snapshot>) {
  const agent = new Agent({
    keepAlive: true,
    maxSockets: residents.length,
    maxFreeSockets: residents.length,
  });
  try {
    const warm = await Promise.all(residents.map(() => httpRequest(agent, port, 'GET', '/api/health')));
    const notReady = warm.filter((w) => w.status !== 200);
    if (notReady.length)
      throw new Error(`${notReady.length} connections failed to open: ${notReady[0].error}`);
    const open = Object.values(agent.freeSockets).reduce((n, list) => n + (list?.length ?? 0), 0);
    const body = JSON.stringify({ slotId: slot.id, topic: 'labour_wages', description: '工资被拖欠三个月' });
    const before = await counters();
    const t0 = performance.now();
    const pending = residents.map((r) =>
      httpRequest(
        agent,
        port,
        'POST',
        '/api/v1/appointments',
        { authorization: r.authorization },
        body,
        REQUEST_TIMEOUT_MS,
      ),
    );
    const answers: Answer[] = (await Promise.all(pending)).map((a) => {
      const answer: Answer = { status: a.status, ms: a.endMs - t0, error: a.error };
      try {
        const parsed = JSON.parse(a.text) as { id?: string; code?: string };
        if (a.status === 201) answer.id = parsed.id;
        else answer.code = parsed.code;
      } catch {
        answer.error ??= `not JSON: ${a.text.slice(0, 200)}`;
      }
      return answer;
    });
    const after = await counters();
    return { answers, wallMs: Math.max(...answers.map((a) => a.ms)), openConnections: open, before, after };
  } finally {
    agent.destroy();
  }
}

/** What a run did, and whether the answers and the database agree. */
async function judge(
  url: string,
  run: number | 'warm-up',
  slot: Slot,
  result: Awaited<ReturnType<typeof race>>,
) {
  const { answers, wallMs, before, after } = result;
  const statuses: Record<string, number> = {};
  for (const a of answers) {
    const k = a.status === undefined ? 'network error' : a.status === 201 ? '201' : `${a.status} ${a.code}`;
    statuses[k] = (statuses[k] ?? 0) + 1;
  }
  const created = answers.filter((a) => a.status === 201);
  const full = answers.filter((a) => a.status === 409 && a.code === 'SLOT_FULL');
  const others = answers.length - created.length - full.length;
  const db = await counts(
    url,
    `SELECT b.booked, b.capacity,
            (SELECT count(*) FROM appointment a WHERE a.slot_id = b.id AND a.status = 'booked') AS "active",
            (SELECT count(*) FROM appointment a WHERE a.slot_id = b.id) AS "appointments",
            (SELECT count(*) FROM appointment a WHERE a.slot_id = b.id AND a.id = ANY($2::uuid[])) AS "answeredInDb",
            (SELECT count(*) FROM audit_event e JOIN appointment a ON e.entity_type = 'appointment'
                AND e.action = 'create' AND e.entity_id = a.id::text WHERE a.slot_id = b.id) AS "auditEvents"
       FROM booking_slot b WHERE b.id = $1`,
    [slot.id, created.map((a) => a.id ?? '00000000-0000-0000-0000-000000000000')],
  );
  const failures: string[] = [];
  if (created.length !== CAPACITY) failures.push(`${created.length} × 201, ${CAPACITY} expected`);
  if (full.length !== answers.length - CAPACITY)
    failures.push(`${full.length} × 409 SLOT_FULL, ${answers.length - CAPACITY} expected`);
  if (others) failures.push(`${others} answers neither 201 nor 409 SLOT_FULL`);
  if (db.capacity !== CAPACITY) failures.push(`slot capacity ${db.capacity}, ${CAPACITY} expected`);
  if (db.booked !== CAPACITY) failures.push(`booking_slot.booked = ${db.booked}, ${CAPACITY} expected`);
  if (db.active !== CAPACITY)
    failures.push(`${db.active} active appointments for the slot, ${CAPACITY} expected`);
  if (db.appointments !== CAPACITY) failures.push(`${db.appointments} appointment rows for the slot`);
  if (db.answeredInDb !== created.length)
    failures.push(`${db.answeredInDb} of the answered ids are in the database`);
  if (db.auditEvents !== CAPACITY) failures.push(`${db.auditEvents} audit events, ${CAPACITY} expected`);
  return {
    run,
    ok: failures.length === 0,
    failures,
    slotId: slot.id,
    slotStartsAt: slot.startsAt,
    residents: answers.length,
    openConnections: result.openConnections,
    wallMs: Math.round(wallMs),
    statuses,
    created: created.length,
    slotFull: full.length,
    db,
    latencyMs: latency(answers.map((a) => a.ms)),
    statementsPerRequest: round1((after.statements - before.statements) / answers.length),
    serverCpuMsPerRequest: round1((after.serverCpuMs - before.serverCpuMs) / answers.length),
    postgresCpuMsPerRequest:
      after.postgresCpuMs !== null && before.postgresCpuMs !== null
        ? round1((after.postgresCpuMs - before.postgresCpuMs) / answers.length)
        : undefined,
    cpuPercent: cpuBetween(before, after, SERVER_MODE),
    errors: answers
      .filter((a) => a.error || (a.status !== 201 && a.code !== 'SLOT_FULL'))
      .slice(0, 5)
      .map((a) => `${a.status ?? '-'} ${a.code ?? ''} ${a.error ?? ''}`),
  };
}

async function main(): Promise<number> {
  log(
    `${RUNS} run(s) after ${WARMUP_RUNS} warm-up: ${RESIDENTS} residents race for one slot of capacity ${CAPACITY}; server ${SERVER_MODE}, pool ${POOL_SIZE}`,
  );
  const t0 = performance.now();
  const db = await startDatabase(`bench_booking_race_${process.pid}`);
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

  const result: Record<string, unknown> = {
    bench: 'booking-race',
    ok: false,
    residents: RESIDENTS,
    runs: RUNS,
    warmupRuns: WARMUP_RUNS,
    capacity: CAPACITY,
    server: SERVER_MODE,
    poolSize: POOL_SIZE,
    postgres: db.source,
  };
  try {
    result.postgresVersion = await withClient(
      db.url,
      async (c) => (await c.query('SHOW server_version')).rows[0].server_version as string,
    );
    log(
      `PostgreSQL ${String(result.postgresVersion)} (${db.source}) ready after ${seconds(performance.now() - t0)}`,
    );
    await migrate(db.url);
    // Tomorrow's slots (business day): all still to come, however late today it is.
    const from = addDays(businessDate(new Date()), 1);
    const to = addDays(from, DAYS - 1);
    const [pointId] = await loadBookablePoints(db.url, { points: 1, days: DAYS, from, capacity: CAPACITY });
    const env = appEnv(db.url, POOL_SIZE);
    server = await (SERVER_MODE === 'child'
      ? startChildServer(__filename, ['--serve'], { BENCH_CHILD_DATABASE_URL: db.url })
      : startInProcessServer(() => listenApp(env)));
    log(`server (${server.mode}) listening on 127.0.0.1:${server.port} after ${seconds(server.bootMs)}`);
    const slots = await fetchSlots(server.port, [pointId], from, to);
    if (slots.length < WARMUP_RUNS + RUNS)
      throw new Error(`${slots.length} slots, ${WARMUP_RUNS + RUNS} needed`);
    const residents = await createResidents(db.url, RESIDENTS * (WARMUP_RUNS + RUNS), env);
    log(`${slots.length} slots from ${from} to ${to}; ${residents.length} residents with tokens`);

    const runs: Awaited<ReturnType<typeof judge>>[] = [];
    const warmups: Awaited<ReturnType<typeof judge>>[] = [];
    const counters = () => snapshot(server!, db);
    // The first race after boot also pays for opening the pool's connections and for V8 compiling
    // the booking path; a warm-up race (checked the same way, not counted) keeps that out of the runs.
    for (let i = 0; i < WARMUP_RUNS + RUNS; i++) {
      const slot = slots[i];
      if (slot.capacity !== CAPACITY || slot.available !== CAPACITY)
        throw new Error(`slot ${slot.id}: capacity ${slot.capacity}, available ${slot.available}`);
      const racers = residents.slice(i * RESIDENTS, (i + 1) * RESIDENTS);
      const run = i < WARMUP_RUNS ? 'warm-up' : i - WARMUP_RUNS + 1;
      const r = await judge(db.url, run, slot, await race(server.port, slot, racers, counters));
      log(
        `${run === 'warm-up' ? 'warm-up' : `run ${run}`}: ${r.residents} residents (${r.openConnections} connections open) → ` +
          `${r.created} × 201, ${r.slotFull} × 409 SLOT_FULL in ${r.wallMs} ms (p50 ${r.latencyMs.p50} / p99 ${r.latencyMs.p99} ms); ` +
          `statuses ${JSON.stringify(r.statuses)}; database: booked ${r.db.booked}/${r.db.capacity}, ` +
          `${r.db.active} active appointments, ${r.db.auditEvents} audit events — ${r.ok ? 'agrees' : 'DISAGREES'}`,
      );
      log(
        `  ${r.statementsPerRequest} SQL statements and ${r.serverCpuMsPerRequest} ms of server CPU per request ` +
          `(PostgreSQL ${r.postgresCpuMsPerRequest ?? '?'} ms); CPU in % of one core: ${JSON.stringify(r.cpuPercent)}`,
      );
      for (const f of r.failures) log(`  FAILED: ${f}`);
      for (const e of r.errors) log(`  e.g. ${e}`);
      if (run === 'warm-up') warmups.push(r);
      else runs.push(r);
    }
    const consistency = await slotConsistency(db.url);
    const consistent = Object.values(consistency).every((n) => n === 0);
    if (!consistent) log(`FAILED: slots and appointments disagree: ${JSON.stringify(consistency)}`);
    const wall = median(runs.map((r) => r.wallMs));
    Object.assign(result, {
      ok: consistent && runs.every((r) => r.ok) && warmups.every((r) => r.ok),
      medianWallMs: wall,
      wallMs: runs.map((r) => r.wallMs),
      consistency,
      bootMs: server.bootMs,
      runsDetail: runs,
      warmups,
      ...machine(),
    });
    log(
      `median wall time ${wall} ms over ${RUNS} run(s) (${runs.map((r) => r.wallMs).join(' / ')} ms); ` +
        `exactly ${CAPACITY} bookings every time: ${result.ok ? 'yes' : 'NO'}`,
    );
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
  void serveAsChild(() => listenApp(appEnv(process.env.BENCH_CHILD_DATABASE_URL!, POOL_SIZE)));
} else {
  runBench(main);
}
