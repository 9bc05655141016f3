/**
 * Benchmark: a province's write day — the busiest minute of a morning, at three times its rate.
 *
 * A province of BENCH_LAWYERS lawyers (default 3,000, three to a township: 1,000 townships in 10
 * counties) in one window of BENCH_SECONDS (default 60), all through the real HTTP API and at once:
 *
 * - every lawyer signs in at the township centre (POST /api/v1/attendance/check-in), half of them
 *   twice with the same key, as phones retry: the 08:30 burst, 50 a second;
 * - residents book consultations for the next working day (POST /api/v1/appointments), 10 a second;
 * - lawyers log consultations (POST /api/v1/service-logs), 15 a second;
 * - lawyers record lectures (POST /api/v1/workshops), 1 a second.
 *
 * The rates are three times what a province's busiest morning minute is expected to bring (1,000 lawyers'
 * sign-ins a minute, 3 bookings, 5 work-log entries and one lecture in three seconds; see bench/README.md).
 * Each kind arrives at uniformly random moments of the window. The benchmark reports p50/p99 per kind,
 * the statuses, CPU, and at the end holds the database to the answers: one record per 201, and the
 * statistics equal to a recount of the records (`stats verify`, through the app's own service).
 *
 *   npm run bench:write-day
 *   BENCH_LAWYERS=600 BENCH_SECONDS=20 npm run bench:write-day          # a quick check
 *
 * Prints `[bench]` lines on stderr and one JSON line on stdout; exits 1 when a request fails or the
 * database disagrees.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { addDays, businessDate, businessInstant, loadAppConfig, TOPICS } from '@app/core';
import { WorkingCalendarService } from '@app/roster';
import { recountScope, StatsVerifyService } from '@app/stats';
import { AppModule } from '../apps/api/src/app.module';
import {
  appEnv,
  counts,
  cpuBetween,
  createResidents,
  errorText,
  httpRequest,
  intEnv,
  type Lawyer,
  lawyerAuthorizations,
  latency,
  loadSignInProvince,
  log,
  machine,
  makePublishedSlots,
  migrate,
  openSessions,
  random,
  round1,
  runBench,
  type RunningServer,
  seconds,
  serveAsChild,
  snapshot,
  startChildServer,
  startDatabase,
  listenApp,
  withClient,
} from './support';

const LAWYERS = intEnv('BENCH_LAWYERS', 3000, 10, 30_000);
const PER_TOWNSHIP = intEnv('BENCH_LAWYERS_PER_TOWNSHIP', 3, 1, 100);
const SECONDS = intEnv('BENCH_SECONDS', 60, 5, 3600);
const BOOKINGS_PER_SECOND = intEnv('BENCH_BOOKINGS_PER_SECOND', 10, 0, 1000);
const LOGS_PER_SECOND = intEnv('BENCH_LOGS_PER_SECOND', 15, 0, 1000);
const LECTURES_PER_SECOND = intEnv('BENCH_LECTURES_PER_SECOND', 1, 0, 100);
const RETRY_PERCENT = intEnv('BENCH_RETRY_PERCENT', 50, 0, 100);
const POOL_SIZE = intEnv('BENCH_POOL_SIZE', 20, 1, 200);
const SEED = intEnv('BENCH_SEED', 20261207, 0, 2 ** 31 - 1);
const TOWNSHIPS = Math.ceil(LAWYERS / PER_TOWNSHIP);
const TARGET_P99_MS = 200;

const KINDS = ['signIn', 'booking', 'log', 'lecture'] as const;
type Kind = (typeof KINDS)[number];
const PATHS: Record<Kind, string> = {
  signIn: '/api/v1/attendance/check-in',
  booking: '/api/v1/appointments',
  log: '/api/v1/service-logs',
  lecture: '/api/v1/workshops',
};

interface Shot {
  kind: Kind;
  dueMs: number;
  authorization: string;
  body: string;
  /** A sign-in sent a second time with the same key (a phone's retry). */
  retry?: boolean;
  ms?: number;
  status?: number;
  error?: string;
}

/** The lawyers' access tokens, each for a session of its own, as the login would issue them. */
async function lawyerTokens(url: string, lawyers: Lawyer[]): Promise<string[]> {
  const sessions = await openSessions(
    url,
    'staff',
    lawyers.map((l) => l.id),
    3600,
  );
  return lawyerAuthorizations(
    lawyers.map((l, i) => ({ ...l, sessionId: sessions[i] })),
    3600,
  );
}

/**
 * The next working day of the province's first county after today (its calendar), and a published
 * window shift 08:30–17:00 there for the first lawyer of each township, with its slots.
 */
async function bookableDay(url: string, calendar: WorkingCalendarService, today: string): Promise<string> {
  const days = await calendar.days(addDays(today, 1), addDays(today, 14), '990101');
  const day = days.find((d) => d.workday)?.date;
  if (!day) throw new Error('no working day in the next two weeks');
  await withClient(url, async (client) => {
    await client.query(
      `INSERT INTO duty_shift (service_point_id, region_code, lawyer_id, date, starts_at, ends_at, kind,
                               published, published_at, generated)
       SELECT DISTINCT ON (s.region_code) sp.id, s.region_code, s.id, $1::date, $2::timestamptz, $3::timestamptz,
              'window', true, now(), true
         FROM staff s JOIN service_point sp ON sp.region_code = s.region_code AND sp.kind = 'township_center'
        ORDER BY s.region_code, s.username`,
      [day, businessInstant(day, '08:30').toISOString(), businessInstant(day, '17:00').toISOString()],
    );
    await makePublishedSlots(client);
  });
  return day;
}

/** Every request of the window, in the order they are due. */
function plan(
  lawyers: Lawyer[],
  tokens: string[],
  centreOf: Map<string, string>,
  slots: string[],
  residents: string[],
  rng: () => number,
): Shot[] {
  const at = () => rng() * SECONDS * 1000;
  const shots: Shot[] = [];
  const now = Date.now();
  lawyers.forEach((l, i) => {
    const body = JSON.stringify({
      idempotencyKey: randomUUID(),
      lat: Math.round((l.lat + 0.00005) * 1e6) / 1e6,
      lng: Math.round((l.lng - 0.00004) * 1e6) / 1e6,
      accuracy: 15,
      clientTime: new Date(now).toISOString(),
    });
    const dueMs = at();
    shots.push({ kind: 'signIn', dueMs, authorization: tokens[i], body });
    if (rng() * 100 < RETRY_PERCENT)
      shots.push({ kind: 'signIn', dueMs: dueMs + rng() * 200, authorization: tokens[i], body, retry: true });
  });
  for (let i = 0; i < BOOKINGS_PER_SECOND * SECONDS; i++)
    shots.push({
      kind: 'booking',
      dueMs: at(),
      authorization: residents[i],
      // Spread over the townships' slots, one place each, so that the plan never asks for a full slot.
      body: JSON.stringify({ slotId: slots[i % slots.length], topic: TOPICS[i % TOPICS.length] }),
    });
  for (let i = 0; i < LOGS_PER_SECOND * SECONDS; i++) {
    const k = Math.floor(rng() * lawyers.length);
    shots.push({
      kind: 'log',
      dueMs: at(),
      authorization: tokens[k],
      body: JSON.stringify({
        type: 'consultation',
        topic: TOPICS[i % TOPICS.length],
        servicePointId: centreOf.get(lawyers[k].regionCode),
        occurredAt: new Date(now - 20 * 60_000).toISOString(),
        peopleCount: 1 + (i % 3),
        summary: '群众来访咨询，已当场解答',
      }),
    });
  }
  for (let i = 0; i < LECTURES_PER_SECOND * SECONDS; i++) {
    const k = Math.floor(rng() * lawyers.length);
    shots.push({
      kind: 'lecture',
      dueMs: at(),
      authorization: tokens[k],
      body: JSON.stringify({
        servicePointId: centreOf.get(lawyers[k].regionCode),
        heldAt: new Date(now - 2 * 3_600_000).toISOString(),
        topic: '民法典进农村',
        audienceCount: 30 + (i % 40),
        kind: 'lecture',
      }),
    });
  }
  return shots.sort((a, b) => a.dueMs - b.dueMs);
}

/** Sends every shot at its moment; resolves when all are answered. */
async function fire(port: number, shots: Shot[]): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1024 });
  const t0 = performance.now();
  await Promise.all(
    shots.map(
      (shot) =>
        new Promise<void>((done) =>
          setTimeout(async () => {
            const start = performance.now();
            const answer = await httpRequest(
              agent,
              port,
              'POST',
              PATHS[shot.kind],
              { authorization: shot.authorization, 'content-type': 'application/json' },
              shot.body,
            );
            shot.ms = answer.endMs - start;
            shot.status = answer.status;
            if (answer.error || answer.status !== 201) shot.error = answer.error ?? answer.text.slice(0, 200);
            done();
          }, shot.dueMs),
        ),
    ),
  );
  agent.destroy();
  return performance.now() - t0;
}

async function main(): Promise<number> {
  log(
    `a province's write day: ${LAWYERS} lawyers in ${TOWNSHIPS} townships sign in within ${SECONDS} s ` +
      `(${RETRY_PERCENT} % twice), with ${BOOKINGS_PER_SECOND} bookings, ${LOGS_PER_SECOND} work-log entries ` +
      `and ${LECTURES_PER_SECOND} lectures a second; pool ${POOL_SIZE}`,
  );
  const db = await startDatabase(`bench_write_day_${process.pid}`);
  let server: RunningServer | undefined;
  let context: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | undefined;
  const result: Record<string, unknown> = {
    bench: 'write-day',
    ok: false,
    lawyers: LAWYERS,
    townships: TOWNSHIPS,
    seconds: SECONDS,
    perSecond: {
      signIn: round1(LAWYERS / SECONDS),
      booking: BOOKINGS_PER_SECOND,
      log: LOGS_PER_SECOND,
      lecture: LECTURES_PER_SECOND,
    },
    poolSize: POOL_SIZE,
    postgres: db.source,
  };
  try {
    await migrate(db.url);
    const env = appEnv(db.url, POOL_SIZE);
    const startsAt = new Date(Date.now() - 5 * 60_000);
    const { lawyers } = await loadSignInProvince(db.url, {
      lawyers: LAWYERS,
      perTownship: PER_TOWNSHIP,
      startsAt,
    });
    // The app's own services, for the calendar now and the statistics' recount at the end.
    context = await NestFactory.createApplicationContext(
      AppModule.forRoot(loadAppConfig({ ...env, DB_POOL_SIZE: '4' })),
      {
        logger: ['error', 'warn'],
      },
    );
    const day = await bookableDay(db.url, context.get(WorkingCalendarService), businessDate(new Date()));
    const { rows: centres, slots } = await withClient(db.url, async (client) => ({
      rows: (
        await client.query<{ id: string; region_code: string }>(
          `SELECT id, region_code FROM service_point WHERE kind = 'township_center'`,
        )
      ).rows,
      slots: (
        await client.query<{ id: string }>(
          `SELECT id FROM booking_slot WHERE starts_at > now() ORDER BY starts_at, service_point_id`,
        )
      ).rows.map((r) => r.id),
    }));
    const bookings = BOOKINGS_PER_SECOND * SECONDS;
    if (slots.length < bookings) throw new Error(`${slots.length} slots for ${bookings} bookings`);
    const residents = (await createResidents(db.url, bookings, env)).map((r) => r.authorization);
    const tokens = await lawyerTokens(db.url, lawyers);
    const shots = plan(
      lawyers,
      tokens,
      new Map(centres.map((c) => [c.region_code, c.id])),
      slots,
      residents,
      random(SEED),
    );
    log(`loaded; bookings for ${day} (${slots.length} slots); ${shots.length} requests planned`);

    server = await startChildServer(__filename, ['--serve'], { BENCH_CHILD_DATABASE_URL: db.url });
    log(`server listening on 127.0.0.1:${server.port} after ${seconds(server.bootMs)}; the window opens…`);
    const before = await snapshot(server, db);
    const wallMs = await fire(server.port, shots);
    const after = await snapshot(server, db);

    const byKind = Object.fromEntries(
      KINDS.map((kind) => {
        const of = shots.filter((s) => s.kind === kind);
        const statuses: Record<string, number> = {};
        for (const s of of) {
          const k = s.status === undefined ? 'network error' : String(s.status);
          statuses[k] = (statuses[k] ?? 0) + 1;
        }
        return [kind, { requests: of.length, statuses, latencyMs: latency(of.map((s) => s.ms!)) }];
      }),
    );
    const all = latency(shots.map((s) => s.ms!));
    const dbCounts = await counts(
      db.url,
      `SELECT (SELECT count(*) FROM attendance_event) AS "signIns",
              (SELECT count(*) FROM appointment WHERE status = 'booked') AS "bookings",
              (SELECT count(*) FROM service_log) AS "logs",
              (SELECT count(*) FROM workshop) AS "lectures"`,
    );
    const verify = await context.get(StatsVerifyService).verify(recountScope());
    const expected = {
      signIns: LAWYERS,
      bookings,
      logs: LOGS_PER_SECOND * SECONDS,
      lectures: LECTURES_PER_SECOND * SECONDS,
    };
    const failures: string[] = [];
    const failed = shots.filter((s) => s.status !== 201);
    if (failed.length)
      failures.push(`${failed.length} requests not 201, e.g. ${failed[0].status ?? '-'} ${failed[0].error}`);
    for (const [k, n] of Object.entries(expected))
      if (dbCounts[k] !== n) failures.push(`${dbCounts[k]} ${k} recorded, ${n} expected`);
    if (verify.total) failures.push(`${verify.total} statistics counters differ from a recount`);
    const cpu = cpuBetween(before, after, 'child');
    Object.assign(result, {
      ok: failures.length === 0,
      failures,
      wallMs: Math.round(wallMs),
      requests: shots.length,
      requestsPerSecond: round1(shots.length / (wallMs / 1000)),
      latencyMs: all,
      byKind,
      withinTarget: KINDS.every(
        (k) => (byKind[k] as { latencyMs: { p99: number } }).latencyMs.p99 < TARGET_P99_MS,
      ),
      recorded: dbCounts,
      statisticsDifferences: verify.total,
      cpuPercent: cpu,
      serverCpuMsPerRequest: round1((after.serverCpuMs - before.serverCpuMs) / shots.length),
      statementsPerRequest: round1((after.statements - before.statements) / shots.length),
      ...machine(),
    });
    for (const kind of KINDS) {
      const k = byKind[kind] as {
        requests: number;
        statuses: object;
        latencyMs: { p50: number; p99: number; max: number };
      };
      log(
        `  ${kind.padEnd(8)} ${String(k.requests).padStart(6)} requests: p50 ${k.latencyMs.p50} / p99 ${k.latencyMs.p99} / ` +
          `max ${k.latencyMs.max} ms; ${JSON.stringify(k.statuses)}`,
      );
    }
    log(
      `  all      ${shots.length} requests in ${seconds(wallMs)}: ${String(result.requestsPerSecond)} req/s; p50 ${all.p50} / p99 ${all.p99} ms; ` +
        `CPU in % of one core ${JSON.stringify(cpu)}; server ${String(result.serverCpuMsPerRequest)} ms and ` +
        `${String(result.statementsPerRequest)} statements a request`,
    );
    log(`  recorded ${JSON.stringify(dbCounts)}; statistics equal a recount: ${verify.total ? 'NO' : 'yes'}`);
    for (const f of failures) log(`  FAILED: ${f}`);
  } catch (err) {
    result.error = errorText(err);
    log(`FAILED: ${String(result.error)}`);
  } finally {
    await server?.stop().catch(() => undefined);
    await context?.close().catch(() => undefined);
    await db.cleanup().catch(() => undefined);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result.ok ? 0 : 1;
}

if (process.argv[2] === '--serve') {
  void serveAsChild(() => listenApp(appEnv(process.env.BENCH_CHILD_DATABASE_URL!, POOL_SIZE)));
} else {
  runBench(main);
}
