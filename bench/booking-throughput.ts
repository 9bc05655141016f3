/**
 * Benchmark: sustained booking through the real API, against a hand-written endpoint.
 *
 * 50 keep-alive connections send POST /api/v1/appointments back to back for a fixed time (20 s
 * after a 3 s warm-up) across thousands of slots. Every request is one of a precomputed plan in
 * which no slot gets more residents than its capacity, no resident more than 3 bookings and none
 * two at the same time, so nearly every request should succeed. Reports requests/s, bookings/s,
 * latency percentiles, status counts, CPU (server, PostgreSQL, load generator) and SQL statements
 * per request, and checks that the database agrees: one appointment (and audit event, SMS and
 * statistics count) per 201, no slot over capacity, every slot's booked count equal to its active
 * appointments.
 *
 * Then, on the same database reset to the same state and with the same plan, the same load against
 * a baseline: a minimal node:http server with a `pg` pool of the same size doing the booking
 * transaction by hand (the app's conditional UPDATE … WHERE booked < capacity, INSERT appointment),
 * and prints the ratio app / baseline. Other baselines (BENCH_BASELINE, comma-separated): `audit`
 * adds the audit row the app writes, `audit-lock` also the hash-chain lock the audit trigger took
 * until COMMIT before migration AuditChainSealing, `full` every statement of the app's request.
 * BENCH_ROUNDS alternates the app and the baselines several times and reports medians.
 *
 * Starts a throw-away PostgreSQL (embedded, or a fresh database on BENCH_DATABASE_URL), migrates it,
 * loads township centres with a lawyer and a published window shift a day from tomorrow and their
 * slots (set-based SQL), starts the app with `createApp()` in a child process by default, reads the
 * slots through the app (GET /api/v1/service-points/:id/slots) and inserts the residents in batches.
 * Prints `[bench]` lines on stderr and one JSON line on stdout; exits 1 when the database disagrees
 * or a request fails with a 5xx or a network error.
 *
 *   npm run bench:booking-throughput
 *   BENCH_SECONDS=5 BENCH_POINTS=50 npm run bench:booking-throughput         # a quick check
 *   BENCH_ROUNDS=3 BENCH_BASELINE=minimal,audit,audit-lock,full npm run bench:booking-throughput
 *
 * See bench/README.md for the figures.
 */
import 'reflect-metadata';
import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import { Agent, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { type AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Client, Pool, type PoolClient } from 'pg';
import type { AccessTokenPayload } from '@app/auth';
import { newAppointmentCode } from '@app/booking/appointments/appointment-code';
import { addDays, businessDate, businessTimeOfDay, loadAppConfig, PiiCipher, TOPICS } from '@app/core';
import { rollupDeltas } from '@app/stats/rollups.service';
import { appointmentFacts } from '@app/stats/sources/appointments.source';
import {
  appEnv,
  counts,
  cpuBetween,
  createResidents,
  type Database,
  errorText,
  fetchSlots,
  httpRequest,
  intEnv,
  latency,
  type Listening,
  listenApp,
  loadBookablePoints,
  log,
  machine,
  median,
  migrate,
  notCounted,
  random,
  type Resident,
  round1,
  runBench,
  type RunningServer,
  seconds,
  serveAsChild,
  serverMode,
  shuffled,
  type Slot,
  slotConsistency,
  snapshot,
  type Snapshot,
  startChildServer,
  startDatabase,
  startInProcessServer,
  waitForQuiet,
  withClient,
} from './support';

/** DESIGN.md: at least half the hand-written endpoint's throughput. */
const TARGET_RATIO = 0.5;
const MAX_FUTURE_BOOKINGS = 3;

const SECONDS = intEnv('BENCH_SECONDS', 20, 1, 3600);
const WARMUP_SECONDS = intEnv('BENCH_WARMUP_SECONDS', 3, 0, 600);
const CONCURRENCY = intEnv('BENCH_CONCURRENCY', 50, 1, 1000);
const POINTS = intEnv('BENCH_POINTS', 400, 1, 9900);
const DAYS = intEnv('BENCH_DAYS', 7, 1, 60);
const CAPACITY = intEnv('BENCH_CAPACITY', 2, 1, 50);
const POOL_SIZE = intEnv('BENCH_POOL_SIZE', 20, 1, 200);
const SEED = intEnv('BENCH_SEED', 20261124, 0, 2 ** 31 - 1);
/** Bookings cycle through the first this-many consultation topics (the statistics count per county and topic). */
const TOPIC_COUNT = intEnv('BENCH_TOPICS', TOPICS.length, 1, TOPICS.length);
const SERVER_MODE = serverMode();
const JOBS = process.env.BENCH_JOBS === '1';
const ROUNDS = intEnv('BENCH_ROUNDS', 1, 1, 20);
const SAMPLE_WAITS = process.env.BENCH_SAMPLE_WAITS === '1';
/** Before each phase, wait until the machine is less busy than this, in % of all cores (100: never wait)… */
const QUIET_PERCENT = intEnv('BENCH_QUIET_PERCENT', 20, 1, 100);
/** … but at most this long. */
const QUIET_TIMEOUT_SECONDS = intEnv('BENCH_QUIET_TIMEOUT_SECONDS', 120, 0, 3600);
const BASELINE_KINDS = ['minimal', 'audit', 'audit-lock', 'full'] as const;
type BaselineKind = (typeof BASELINE_KINDS)[number];
const BASELINES: BaselineKind[] = (process.env.BENCH_BASELINE || 'minimal')
  .split(',')
  .map((b) => b.trim())
  .filter((b) => b !== 'none' && b !== '')
  .map((b) => {
    if (!(BASELINE_KINDS as readonly string[]).includes(b))
      throw new Error(`BENCH_BASELINE must list ${BASELINE_KINDS.join(', ')} (comma-separated) or be none`);
    return b as BaselineKind;
  });
const REQUEST_TIMEOUT_MS = 30_000;
const BOOK_PATH = '/api/v1/appointments';

const round2 = (n: number) => Math.round(n * 100) / 100;
const serverEnv = (url: string) => appEnv(url, POOL_SIZE, { JOBS_ENABLED: String(JOBS) });

/**
 * Experiment (BENCH_JWT_KEY_OBJECT=1 adds the phase `app-jwt-key-object` to every round): the same
 * app, except that jsonwebtoken gets the secret as a KeyObject. Given a string, jsonwebtoken 9 first
 * tries to read it as a PEM public key, and the failed attempt (an exception) costs ~0.4 ms per
 * request; a KeyObject as JwtStrategy's `secretOrKey` would avoid it. Patched in that server's
 * process only; the app's code is not changed.
 */
function verifyWithKeyObject(): void {
  const jwt = createRequire(__filename)('jsonwebtoken') as { verify: (...args: unknown[]) => unknown };
  const verify = jwt.verify;
  const keys = new Map<string, KeyObject>();
  const keyOf = (secret: string) =>
    keys.get(secret) ?? keys.set(secret, createSecretKey(Buffer.from(secret))).get(secret);
  jwt.verify = (token: unknown, key: unknown, ...rest: unknown[]) =>
    verify(token, typeof key === 'string' ? keyOf(key) : key, ...rest);
}
const JWT_KEY_OBJECT = process.env.BENCH_JWT_KEY_OBJECT === '1';
const APP_KEY_OBJECT = 'app-jwt-key-object';
const APP_KINDS: string[] = JWT_KEY_OBJECT ? ['app', APP_KEY_OBJECT] : ['app'];
const listenAppUnderTest = (url: string, keyObject = false) => {
  if (keyObject) verifyWithKeyObject();
  return listenApp(serverEnv(url));
};

// ---------------------------------------------------------------------------------------------
// The baseline: a hand-written endpoint doing the booking transaction with `pg`.

/** The slot's place, taken as the app takes it (BookingSlotsRepository.take). */
const TAKE_PLACE = `UPDATE booking_slot SET booked = booked + 1
  WHERE id = $1 AND open AND booked < capacity AND starts_at > $2
  RETURNING id, service_point_id, region_code, starts_at, ends_at, lawyer_id`;
const INSERT_APPOINTMENT = `INSERT INTO appointment (code, resident_id, slot_id, service_point_id, region_code, starts_at, ends_at, topic, description, name, lawyer_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
  RETURNING id, code, status, topic, description, service_point_id, slot_id, starts_at, ends_at, region_code, lawyer_id, rating`;
/** As StatsRollups.applyDeltas writes the statistics' counters. */
const STAT_APPLY = `SELECT stat_apply($1::varchar[], $2::date[], $3::uuid[], $4::uuid[], $5::varchar[], $6::varchar[], $7::bigint[])`;
/** The audit chain's lock, as the insert trigger took it until migration AuditChainSealing (held to COMMIT). */
const OLD_AUDIT_CHAIN_LOCK = `SELECT pg_advisory_xact_lock(7305202611)`;
/** As AuditService.record writes it; the table's trigger links the hash chain. */
const INSERT_AUDIT = `INSERT INTO audit_event (actor_id, actor_name, action, entity_type, entity_id, region_code, ip, request_id, changes)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

class Refusal {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {}
}

/** The resident of a valid HS256 access token (as JwtStrategy accepts it), or null. */
function residentOf(header: string | undefined, secret: string): string | null {
  const m = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header ?? '');
  if (!m) return null;
  const expected = createHmac('sha256', secret).update(`${m[1]}.${m[2]}`).digest();
  const given = Buffer.from(m[3], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const payload = JSON.parse(Buffer.from(m[2], 'base64url').toString('utf8')) as AccessTokenPayload & {
    exp?: number;
  };
  if (!payload.roles?.includes('resident') || !payload.exp || payload.exp * 1000 <= Date.now()) return null;
  return payload.sub;
}

async function bookByHand(
  pool: Pool,
  pii: PiiCipher,
  kind: BaselineKind,
  residentId: string,
  dto: { slotId: string; topic: string; description?: string; name?: string },
  requestId: string,
  ip: string | undefined,
) {
  const full = kind === 'full';
  const audited = kind !== 'minimal';
  const now = new Date();
  const client: PoolClient = await pool.connect();
  let smsId: string | undefined;
  let committed = false;
  try {
    await client.query('BEGIN');
    let phoneEnc: Buffer | undefined;
    if (full) {
      const { rows } = await client.query<{ phone_enc: Buffer }>(
        `SELECT phone_enc FROM resident WHERE id = $1 FOR UPDATE`,
        [residentId],
      );
      if (!rows[0]) throw new Refusal(401, 'UNAUTHENTICATED');
      phoneEnc = rows[0].phone_enc;
      const { rows: n } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM appointment WHERE resident_id = $1 AND status = 'booked' AND starts_at > $2`,
        [residentId, now],
      );
      if (n[0].n >= MAX_FUTURE_BOOKINGS) throw new Refusal(409, 'TOO_MANY_BOOKINGS');
    }
    const { rows: slots } = await client.query<{
      id: string;
      service_point_id: string;
      region_code: string;
      starts_at: Date;
      ends_at: Date;
      lawyer_id: string;
    }>(TAKE_PLACE, [dto.slotId, now]);
    const slot = slots[0];
    if (!slot) throw new Refusal(409, 'SLOT_FULL');
    const {
      rows: [row],
    } = await client.query<{
      id: string;
      code: string;
      status: string;
      topic: string;
      description: string;
      service_point_id: string;
      slot_id: string;
      starts_at: Date;
      ends_at: Date;
      region_code: string;
      lawyer_id: string;
      rating: number | null;
    }>(INSERT_APPOINTMENT, [
      newAppointmentCode(),
      residentId,
      slot.id,
      slot.service_point_id,
      slot.region_code,
      slot.starts_at,
      slot.ends_at,
      dto.topic,
      dto.description ?? '',
      dto.name ?? null,
      slot.lawyer_id,
    ]);
    if (full) {
      // The statistics' counters, computed by the stats library as the app computes them.
      const deltas = rollupDeltas(
        [],
        appointmentFacts({
          startsAt: row.starts_at,
          servicePointId: row.service_point_id,
          regionCode: row.region_code,
          lawyerId: row.lawyer_id,
          topic: row.topic,
          status: row.status,
          rating: row.rating,
        }),
      );
      await client.query(STAT_APPLY, [
        deltas.map((d) => d.regionCode),
        deltas.map((d) => d.day),
        deltas.map((d) => d.servicePointId),
        deltas.map((d) => d.lawyerId),
        deltas.map((d) => d.topic),
        deltas.map((d) => d.metric),
        deltas.map((d) => d.value),
      ]);
      const phone = pii.decrypt(phoneEnc!);
      const when = `${businessDate(row.starts_at)} ${businessTimeOfDay(row.starts_at)}`;
      const { rows: sms } = await client.query<{ id: string }>(
        `INSERT INTO sms_outbox (phone_enc, phone_index, kind, text, region_code) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          pii.encrypt(phone),
          pii.blindIndex(phone),
          'booking_confirmation',
          `【乡村公共法律服务】预约成功：${when}，预约码${row.code}。如需取消请在预约开始前操作。`,
          slot.region_code,
        ],
      );
      smsId = sms[0].id;
    }
    if (kind === 'audit-lock') await client.query(OLD_AUDIT_CHAIN_LOCK);
    if (audited) {
      await client.query(INSERT_AUDIT, [
        residentId,
        '',
        'create',
        'appointment',
        row.id,
        slot.region_code,
        ip ?? null,
        requestId,
        JSON.stringify({ note: { slotId: slot.id } }),
      ]);
    }
    await client.query('COMMIT');
    committed = true;
    if (smsId) {
      // The app hands the SMS on after commit; without a job queue it is delivered at once.
      await client.query(`SELECT * FROM sms_outbox WHERE id = $1`, [smsId]);
      await client.query(
        `UPDATE sms_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
        [smsId],
      );
    }
    return {
      id: row.id,
      code: row.code,
      status: row.status,
      topic: row.topic,
      description: row.description,
      servicePointId: row.service_point_id,
      slot: { id: row.slot_id, startsAt: row.starts_at.toISOString(), endsAt: row.ends_at.toISOString() },
    };
  } catch (err) {
    if (!committed) await client.query('ROLLBACK').catch(() => undefined);
    if ((err as { constraint?: string }).constraint === 'appointment_no_overlap')
      throw new Refusal(409, 'OVERLAPPING_BOOKING');
    throw err;
  } finally {
    client.release();
  }
}

/** The hand-written endpoint: POST /api/v1/appointments only, JSON in and out. */
async function listenBaseline(databaseUrl: string, kind: BaselineKind): Promise<Listening> {
  const config = loadAppConfig(serverEnv(databaseUrl));
  const pii = new PiiCipher(config);
  const pool = new Pool({
    connectionString: databaseUrl,
    max: POOL_SIZE,
    application_name: 'bench-baseline',
  });
  let requests = 0;
  const reply = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse, text: string) => {
    if (req.method !== 'POST' || req.url !== BOOK_PATH) return reply(res, 404, { code: 'NOT_FOUND' });
    const residentId = residentOf(req.headers.authorization, config.jwtSecret);
    if (!residentId) return reply(res, 401, { code: 'UNAUTHENTICATED' });
    let dto: { slotId?: unknown; topic?: unknown; description?: unknown };
    try {
      dto = JSON.parse(text) as typeof dto;
    } catch {
      return reply(res, 400, { code: 'VALIDATION_FAILED' });
    }
    if (typeof dto.slotId !== 'string' || typeof dto.topic !== 'string')
      return reply(res, 400, { code: 'VALIDATION_FAILED' });
    try {
      const view = await bookByHand(
        pool,
        pii,
        kind,
        residentId,
        { slotId: dto.slotId, topic: dto.topic, description: dto.description as string | undefined },
        `base-${++requests}`,
        req.socket.remoteAddress,
      );
      reply(res, 201, view);
    } catch (err) {
      if (err instanceof Refusal) return reply(res, err.status, { code: err.code });
      reply(res, 500, { code: 'INTERNAL', message: String(err) });
    }
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  // As Fastify does: keep idle keep-alive connections for 72 s.
  server.keepAliveTimeout = 72_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await pool.end();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The plan: who books which slot, in which order.

interface Booking {
  resident: number;
  slot: number;
  topic: string;
}

/**
 * Every place of every slot, in the order (start, point, seat), goes to resident `i mod R`: with R
 * at least the number of places that start together, a resident's places start at different
 * times (so never overlap), and with R ≥ places / 3 nobody gets more than 3. Then shuffled, so
 * that consecutive requests go to different slots and residents, as real traffic would.
 */
function planBookings(slots: Slot[], rng: () => number): { plan: Booking[]; residents: number } {
  const order = slots
    .map((_, i) => i)
    .sort((a, b) => slots[a].startsAt.localeCompare(slots[b].startsAt) || a - b);
  const places: number[] = order.flatMap((i) => Array.from({ length: slots[i].capacity }, () => i));
  const together = new Map<string, number>();
  for (const s of slots) together.set(s.startsAt, (together.get(s.startsAt) ?? 0) + s.capacity);
  const residents = Math.max(Math.ceil(places.length / MAX_FUTURE_BOOKINGS), ...together.values());
  const plan = shuffled(places.length, rng).map((i, k) => ({
    resident: i % residents,
    slot: places[i],
    topic: TOPICS[k % TOPIC_COUNT],
  }));
  // The plan must be bookable as a whole: check it rather than trust the arithmetic.
  const ofResident = new Map<number, number[]>();
  for (const b of plan) ofResident.set(b.resident, [...(ofResident.get(b.resident) ?? []), b.slot]);
  for (const [r, mine] of ofResident) {
    if (mine.length > MAX_FUTURE_BOOKINGS) throw new Error(`resident ${r} planned ${mine.length} bookings`);
    const spans = mine
      .map((i) => [Date.parse(slots[i].startsAt), Date.parse(slots[i].endsAt)])
      .sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < spans.length; k++)
      if (spans[k][0] < spans[k - 1][1]) throw new Error(`resident ${r} planned two overlapping bookings`);
  }
  return { plan, residents };
}

// ---------------------------------------------------------------------------------------------
// A phase: warm-up, then the measured window, against one server.

interface Shot {
  startMs: number;
  endMs: number;
  status?: number;
  code?: string;
  error?: string;
}

async function drive(
  server: RunningServer,
  db: Database,
  plan: Booking[],
  slots: Slot[],
  residents: Resident[],
  onMeasureStart: () => void,
) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY, maxFreeSockets: CONCURRENCY });
  const shots: Shot[] = [];
  const t0 = performance.now();
  const measureFrom = t0 + WARMUP_SECONDS * 1000;
  const deadline = measureFrom + SECONDS * 1000;
  let next = 0;
  let exhausted = false;
  let before: Promise<Snapshot> | undefined;
  const measuring = new Promise<void>((started) =>
    setTimeout(() => {
      before = snapshot(server, db);
      onMeasureStart();
      started();
    }, WARMUP_SECONDS * 1000),
  );
  const worker = async () => {
    while (performance.now() < deadline) {
      if (next >= plan.length) {
        exhausted = true;
        return;
      }
      const b = plan[next++];
      const body = JSON.stringify({
        slotId: slots[b.slot].id,
        topic: b.topic,
        description: '工资被拖欠三个月',
      });
      const startMs = performance.now();
      const a = await httpRequest(
        agent,
        server.port,
        'POST',
        BOOK_PATH,
        { authorization: residents[b.resident].authorization },
        body,
        REQUEST_TIMEOUT_MS,
      );
      const shot: Shot = { startMs, endMs: a.endMs, status: a.status, error: a.error };
      if (a.status !== 201) {
        try {
          shot.code = (JSON.parse(a.text) as { code?: string }).code;
        } catch {
          shot.error ??= `not JSON: ${a.text.slice(0, 200)}`;
        }
        if (a.status !== undefined && a.status >= 500) shot.error ??= a.text.slice(0, 300);
      }
      shots.push(shot);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  await measuring;
  const after = await snapshot(server, db);
  return { shots, measureFrom, exhausted, sent: next, before: await before!, after };
}

async function phase(
  name: string,
  server: RunningServer,
  db: Database,
  plan: Booking[],
  slots: Slot[],
  residents: Resident[],
  writesAudit: boolean,
  /** Writes everything the app's booking writes: SMS and statistics too. */
  wholePath: boolean,
  applicationName: string,
) {
  const { auditBefore } = await counts(
    db.url,
    `SELECT count(*) AS "auditBefore" FROM audit_event WHERE entity_type = 'appointment' AND action = 'create'`,
  );
  const quiet =
    QUIET_PERCENT < 100 ? await waitForQuiet(QUIET_PERCENT, 2000, QUIET_TIMEOUT_SECONDS * 1000) : undefined;
  if (quiet && !quiet.quiet)
    log(
      `  the machine stayed busy (${quiet.busyPercent} % of all cores) for ${seconds(quiet.waitedMs)}; going ahead`,
    );
  log(`${name}: ${WARMUP_SECONDS} s warm-up, then ${SECONDS} s with ${CONCURRENCY} connections…`);
  const loadBefore = machine().loadAverage;
  let sampler: SessionSampler | undefined;
  const samplerClient = SAMPLE_WAITS ? new Client({ connectionString: db.url }) : undefined;
  if (samplerClient) {
    notCounted(samplerClient);
    await samplerClient.connect();
  }
  const run = await drive(server, db, plan, slots, residents, () => {
    if (samplerClient) sampler = new SessionSampler(samplerClient, applicationName);
  });
  const sessions = await sampler?.stop();
  await samplerClient?.end();
  const measured = run.shots.filter((s) => s.startMs >= run.measureFrom);
  const windowMs = Math.max(1, measured.reduce((m, s) => Math.max(m, s.endMs), 0) - run.measureFrom);
  const statusesOf = (shots: Shot[]) => {
    const out: Record<string, number> = {};
    for (const s of shots) {
      const k =
        s.status === undefined ? 'network error' : s.status === 201 ? '201' : `${s.status} ${s.code ?? ''}`;
      out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  };
  const created = run.shots.filter((s) => s.status === 201).length;
  const createdMeasured = measured.filter((s) => s.status === 201).length;
  const failed = run.shots.filter((s) => s.status === undefined || s.status >= 500);
  const db1 = await counts(
    db.url,
    `SELECT (SELECT count(*) FROM appointment) AS "appointments",
            (SELECT count(*) FROM appointment WHERE status = 'booked') AS "activeAppointments",
            (SELECT coalesce(sum(booked), 0) FROM booking_slot) AS "bookedTotal",
            (SELECT count(*) FROM sms_outbox) AS "smsOutbox",
            (SELECT coalesce(sum(value), 0) FROM stat_monthly WHERE metric = 'appointments') AS "statAppointments",
            (SELECT count(*) FROM audit_event WHERE entity_type = 'appointment' AND action = 'create') AS "auditAfter"`,
  );
  const consistency = await slotConsistency(db.url);
  const auditEvents = db1.auditAfter - auditBefore;
  const failures: string[] = [];
  if (db1.appointments !== created)
    failures.push(`${db1.appointments} appointments inserted, ${created} × 201`);
  if (db1.bookedTotal !== created)
    failures.push(`booked places add up to ${db1.bookedTotal}, ${created} × 201`);
  if (consistency.overCapacity) failures.push(`${consistency.overCapacity} slots over capacity`);
  if (consistency.bookedMismatch)
    failures.push(
      `${consistency.bookedMismatch} slots whose booked count differs from their active appointments`,
    );
  if (consistency.residentsOverLimit)
    failures.push(
      `${consistency.residentsOverLimit} residents with more than ${MAX_FUTURE_BOOKINGS} bookings`,
    );
  if (auditEvents !== (writesAudit ? created : 0))
    failures.push(`${auditEvents} audit events for ${created} × 201`);
  if (db1.statAppointments !== (wholePath ? created : 0))
    failures.push(`the statistics count ${db1.statAppointments} appointments for ${created} × 201`);
  if (db1.smsOutbox !== (wholePath ? created : 0))
    failures.push(`${db1.smsOutbox} SMS queued for ${created} × 201`);
  if (failed.length) failures.push(`${failed.length} requests failed (5xx or network)`);
  if (run.exhausted) log(`  the plan ran out after ${run.sent} requests: raise BENCH_POINTS or BENCH_DAYS`);
  const { before, after } = run;
  const stats = await server.stats();
  const result = {
    phase: name,
    ok: failures.length === 0,
    failures,
    requests: measured.length,
    windowMs: Math.round(windowMs),
    requestsPerSecond: round1(measured.length / (windowMs / 1000)),
    bookingsPerSecond: round1(createdMeasured / (windowMs / 1000)),
    latencyMs: latency(measured.map((s) => s.endMs - s.startMs)),
    statuses: statusesOf(measured),
    warmupStatuses: statusesOf(run.shots.filter((s) => s.startMs < run.measureFrom)),
    planExhausted: run.exhausted,
    created,
    db: { ...db1, auditEvents, ...consistency },
    statementsPerRequest: round1((after.statements - before.statements) / Math.max(1, measured.length)),
    statementKinds: stats.statementKinds,
    serverCpuMsPerRequest: round1((after.serverCpuMs - before.serverCpuMs) / Math.max(1, measured.length)),
    postgresCpuMsPerRequest:
      after.postgresCpuMs !== null && before.postgresCpuMs !== null
        ? round1((after.postgresCpuMs - before.postgresCpuMs) / Math.max(1, measured.length))
        : undefined,
    /** % of one core during the measured window (the machine has `cpus` cores). */
    cpuPercent: cpuBetween(before, after, server.mode),
    server: stats,
    loadAverage: { before: loadBefore, after: machine().loadAverage },
    quiet,
    sessions,
    errors: run.shots
      .filter((s) => s.error || (s.status !== 201 && s.status !== 409))
      .slice(0, 5)
      .map((s) => `${s.status ?? '-'} ${s.code ?? ''} ${s.error ?? ''}`),
  };
  const l = result.latencyMs;
  log(
    `${name}: ${result.requests} requests in ${seconds(result.windowMs)}: ${result.requestsPerSecond} req/s, ` +
      `${result.bookingsPerSecond} bookings/s; p50 ${l.p50} / p90 ${l.p90} / p99 ${l.p99} / max ${l.max} ms; ` +
      `statuses ${JSON.stringify(result.statuses)}`,
  );
  log(
    `  ${result.statementsPerRequest} SQL statements per request; CPU per request: server ${result.serverCpuMsPerRequest} ms, ` +
      `PostgreSQL ${result.postgresCpuMsPerRequest ?? '?'} ms; CPU in % of one core: ${JSON.stringify(result.cpuPercent)}; ` +
      `server RSS ${stats.rssMiB} MiB; load average ${loadBefore.join(' ')} → ${result.loadAverage.after.join(' ')}`,
  );
  log(
    `  database: ${db1.appointments} appointments for ${created} × 201 (warm-up included), ${auditEvents} audit events, ` +
      `${db1.smsOutbox} SMS, ${consistency.overCapacity} slots over capacity, ${consistency.bookedMismatch} mismatched — ` +
      `${result.ok ? 'agrees' : 'DISAGREES'}`,
  );
  if (sessions) {
    log(
      `  PostgreSQL sessions of the server (average count over ${sessions.samples} samples), by state — last statement:`,
    );
    for (const [what, n] of Object.entries(sessions.average)) log(`    ${n.toFixed(2).padStart(6)}  ${what}`);
    log(`  … of them waiting for a lock, by what is locked (top waits first):`);
    for (const [what, n] of Object.entries(sessions.lockWaits))
      log(`    ${n.toFixed(2).padStart(6)}  ${what}`);
    if (!Object.keys(sessions.lockWaits).length) log(`    none`);
  }
  for (const f of failures) log(`  FAILED: ${f}`);
  for (const e of result.errors) log(`  e.g. ${e}`);
  return result;
}

/**
 * BENCH_SAMPLE_WAITS=1: what the server's PostgreSQL sessions are doing during the measured window,
 * sampled every 10 ms — running, waiting for a lock (and on which statement), or idle in transaction
 * waiting for the server to send the next statement. A session waiting for a lock also says what is
 * locked: the table of the row (`on stat_county_monthly`), the table itself, or an advisory lock.
 * `lockWaits` adds those up by what is locked, so the top waits can be read off. Costs PostgreSQL
 * some CPU.
 */
class SessionSampler {
  private readonly tally = new Map<string, number>();
  private readonly lockTally = new Map<string, number>();
  private samples = 0;
  private running = true;
  private readonly done: Promise<void>;

  constructor(
    private readonly client: Client,
    private readonly applicationName: string,
  ) {
    this.done = this.loop();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      // What a waiting session waits for: a row's first waiter holds its tuple lock and waits for the
      // holder's transaction, the others wait for the tuple lock, so the tuple lock names the table. A
      // key check (INSERT … ON CONFLICT, a unique key) waits for the transaction that wrote the row
      // with no lock naming the table; in stat_apply it is the last counter table the statement has
      // locked, since PostgreSQL 18 locks each of a SQL function's tables when it gets to it.
      const { rows } = await this.client.query<{ state: string; locked: string | null; query: string }>(
        `SELECT coalesce(a.state, '?') || coalesce(' ' || a.wait_event_type || ':' || a.wait_event, '') AS state,
                CASE WHEN a.wait_event_type = 'Lock' THEN coalesce(
                  (SELECT CASE WHEN l.locktype IN ('relation', 'tuple') THEN l.relation::regclass::text
                               ELSE l.locktype || ' lock' END
                     FROM pg_locks l
                    WHERE l.pid = a.pid AND (l.locktype = 'tuple' OR (NOT l.granted AND l.locktype <> 'transactionid'))
                    ORDER BY l.locktype = 'tuple' DESC, l.granted
                    LIMIT 1),
                  CASE WHEN a.query LIKE 'SELECT stat_apply%' AND current_setting('server_version_num')::int >= 180000 THEN
                    (SELECT c.relname::text FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                      WHERE l.pid = a.pid AND l.locktype = 'relation' AND c.relkind = 'r' AND c.relname LIKE 'stat\\_%'
                      ORDER BY strpos(pg_get_functiondef('stat_apply'::regproc), 'INSERT INTO ' || c.relname || ' ') DESC
                      LIMIT 1) END,
                  CASE WHEN a.query LIKE 'SELECT stat_apply%' THEN 'a counter row (stat_apply)' END,
                  'a row of an uncommitted transaction') END AS locked,
                left(regexp_replace(a.query, '\\s+', ' ', 'g'), 44) AS query
           FROM pg_stat_activity a WHERE a.application_name = $1 AND a.pid <> pg_backend_pid()`,
        [this.applicationName],
      );
      this.samples++;
      for (const r of rows) {
        const what = `${r.state}${r.locked ? ` on ${r.locked}` : ''} — ${r.query}`;
        this.tally.set(what, (this.tally.get(what) ?? 0) + 1);
        if (r.locked) this.lockTally.set(r.locked, (this.lockTally.get(r.locked) ?? 0) + 1);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async stop() {
    this.running = false;
    await this.done;
    const average = (tally: Map<string, number>, n: number) =>
      Object.fromEntries(
        [...tally.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, n)
          .map(([k, v]) => [k, Math.round((v / this.samples) * 100) / 100]),
      );
    return {
      samples: this.samples,
      average: average(this.tally, 15),
      /** Sessions waiting for a lock (average count), by what is locked, most first. */
      lockWaits: average(this.lockTally, 10),
    };
  }
}

/** Back to the state before the first phase: no appointments, every place free, no SMS, no counters. */
async function reset(url: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query(`DELETE FROM appointment`);
    await c.query(`UPDATE booking_slot SET booked = 0 WHERE booked <> 0`);
    await c.query(`DELETE FROM sms_outbox`);
    await c.query(`DELETE FROM stat_daily`);
    await c.query(`DELETE FROM stat_monthly`);
    await c.query(`DELETE FROM stat_monthly_topic`);
    await c.query(`DELETE FROM stat_monthly_lawyer`);
    await c.query(`DELETE FROM stat_county_monthly`);
    await c.query(`DELETE FROM stat_yearly_lawyer`);
    await c.query(`DELETE FROM stat_yearly_township`);
    await c.query(
      `VACUUM (ANALYZE) appointment, booking_slot, sms_outbox, resident, audit_event,
              stat_daily, stat_monthly, stat_monthly_topic, stat_monthly_lawyer, stat_county_monthly,
              stat_yearly_lawyer, stat_yearly_township`,
    );
  });
}

/** Each phase starts with no dirty buffers of the one before (a superuser's right; skipped otherwise). */
async function checkpoint(url: string): Promise<void> {
  await withClient(url, (c) => c.query('CHECKPOINT')).catch(() => undefined);
}

async function main(): Promise<number> {
  log(
    `${POINTS} points × ${DAYS} days of slots (capacity ${CAPACITY}); ${CONCURRENCY} connections, ` +
      `${WARMUP_SECONDS} s warm-up + ${SECONDS} s${ROUNDS > 1 ? ` × ${ROUNDS} rounds` : ''}; server ${SERVER_MODE}, pool ${POOL_SIZE}, jobs ${JOBS ? 'on' : 'off'}; ` +
      `baseline ${BASELINES.join(', ') || 'none'}${JWT_KEY_OBJECT ? '; experiment: JWT secret as a KeyObject' : ''}`,
  );
  const t0 = performance.now();
  const db = await startDatabase(`bench_booking_throughput_${process.pid}`);
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

  const start = (args: string[], listen: () => Promise<Listening>) =>
    SERVER_MODE === 'child'
      ? startChildServer(__filename, args, { BENCH_CHILD_DATABASE_URL: db.url })
      : startInProcessServer(listen);
  const result: Record<string, unknown> = {
    bench: 'booking-throughput',
    ok: false,
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    concurrency: CONCURRENCY,
    points: POINTS,
    days: DAYS,
    capacity: CAPACITY,
    server: SERVER_MODE,
    poolSize: POOL_SIZE,
    jobs: JOBS,
    rounds: ROUNDS,
    jwtKeyObject: JWT_KEY_OBJECT,
    baselines: BASELINES,
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
    const from = addDays(businessDate(new Date()), 1);
    const to = addDays(from, DAYS - 1);
    const t1 = performance.now();
    const pointIds = await loadBookablePoints(db.url, {
      points: POINTS,
      days: DAYS,
      from,
      capacity: CAPACITY,
    });
    server = await start(['--serve', 'app'], () => listenAppUnderTest(db.url));
    log(`app server (${server.mode}) listening on 127.0.0.1:${server.port} after ${seconds(server.bootMs)}`);
    const slots = await fetchSlots(server.port, pointIds, from, to);
    const { plan, residents: residentCount } = planBookings(slots, random(SEED));
    const residents = await createResidents(db.url, residentCount, serverEnv(db.url));
    await withClient(db.url, (c) => c.query('VACUUM (ANALYZE)'));
    Object.assign(result, { slots: slots.length, places: plan.length, residents: residentCount, from, to });
    log(
      `loaded ${POINTS} points with ${slots.length} slots (${plan.length} places) from ${from} to ${to}, ` +
        `${residentCount} residents with tokens, in ${seconds(performance.now() - t1)}`,
    );

    const phases: (Awaited<ReturnType<typeof phase>> & { round: number })[] = [];
    // Rounds alternate the app and the baselines, so that a burst of other work on a shared machine
    // does not land on one side only; every phase starts from the same state with the same plan.
    for (let round = 1; round <= ROUNDS; round++) {
      for (const kind of APP_KINDS.concat(BASELINES)) {
        if (phases.length) await reset(db.url);
        await checkpoint(db.url);
        const isApp = kind === 'app' || kind === APP_KEY_OBJECT;
        const name = isApp ? kind : `baseline-${kind}`;
        if (!server) {
          server = isApp
            ? await start(['--serve', kind], () => listenAppUnderTest(db.url, kind === APP_KEY_OBJECT))
            : await start(['--serve', 'baseline', kind], () => listenBaseline(db.url, kind as BaselineKind));
          log(`${name} server listening on 127.0.0.1:${server.port}`);
        }
        const label = ROUNDS > 1 ? `${name} (round ${round})` : name;
        const writesAudit = kind !== 'minimal';
        const wholePath = isApp || kind === 'full';
        const applicationName = isApp ? 'legal-service-portal' : 'bench-baseline';
        phases.push({
          round,
          ...(await phase(
            label,
            server,
            db,
            plan,
            slots,
            residents,
            writesAudit,
            wholePath,
            applicationName,
          )),
          phase: name,
        });
        await server.stop();
        server = undefined;
      }
    }

    const medianOf = (name: string, pick: (p: (typeof phases)[number]) => number) =>
      round1(median(phases.filter((p) => p.phase === name).map(pick)));
    const summary = Object.fromEntries(
      [...APP_KINDS, ...BASELINES.map((b) => `baseline-${b}`)].map((name) => [
        name,
        {
          requestsPerSecond: medianOf(name, (p) => p.requestsPerSecond),
          bookingsPerSecond: medianOf(name, (p) => p.bookingsPerSecond),
          p50Ms: medianOf(name, (p) => p.latencyMs.p50),
          p90Ms: medianOf(name, (p) => p.latencyMs.p90),
          p99Ms: medianOf(name, (p) => p.latencyMs.p99),
          serverCpuPercent: medianOf(name, (p) => p.cpuPercent.server),
          serverCpuMsPerRequest: medianOf(name, (p) => p.serverCpuMsPerRequest),
          statementsPerRequest: medianOf(name, (p) => p.statementsPerRequest),
        },
      ]),
    );
    const app = summary.app;
    const against = (a: typeof app, b: typeof app) => ({
      requests: round2(a.requestsPerSecond / b.requestsPerSecond),
      bookings: round2(a.bookingsPerSecond / Math.max(0.1, b.bookingsPerSecond)),
    });
    const ratios = Object.fromEntries(
      BASELINES.map((b) => [`baseline-${b}`, against(app, summary[`baseline-${b}`])]),
    );
    const keyObjectRatios = JWT_KEY_OBJECT
      ? {
          app: against(summary[APP_KEY_OBJECT], app),
          ...Object.fromEntries(
            BASELINES.map((b) => [
              `baseline-${b}`,
              against(summary[APP_KEY_OBJECT], summary[`baseline-${b}`]),
            ]),
          ),
        }
      : undefined;
    const reference = BASELINES.includes('minimal') ? 'baseline-minimal' : Object.keys(ratios)[0];
    const ratio = reference ? ratios[reference].requests : undefined;
    Object.assign(result, {
      ok: phases.every((p) => p.ok),
      appRequestsPerSecond: app.requestsPerSecond,
      appBookingsPerSecond: app.bookingsPerSecond,
      summary,
      ratios,
      keyObjectRatios,
      ratio,
      withinTarget: ratio === undefined ? undefined : ratio >= TARGET_RATIO,
      phases,
      ...machine(),
    });
    for (const [name, r] of Object.entries(summary))
      log(
        `${name}${ROUNDS > 1 ? ` (median of ${ROUNDS})` : ''}: ${r.requestsPerSecond} req/s, ${r.bookingsPerSecond} bookings/s, ` +
          `p50 ${r.p50Ms} / p90 ${r.p90Ms} / p99 ${r.p99Ms} ms, server ${r.serverCpuMsPerRequest} ms CPU and ` +
          `${r.statementsPerRequest} statements per request`,
      );
    for (const [name, r] of Object.entries(ratios))
      log(`app / ${name}: ${r.requests} (requests/s), ${r.bookings} (bookings/s)`);
    for (const [name, r] of Object.entries(keyObjectRatios ?? {}))
      log(`${APP_KEY_OBJECT} / ${name}: ${r.requests} (requests/s), ${r.bookings} (bookings/s)`);
    if (ratio !== undefined)
      log(
        `target (app ≥ ${TARGET_RATIO} × the hand-written endpoint, ${reference}): ` +
          `${ratio >= TARGET_RATIO ? 'met' : 'MISSED'} — ${ratio}`,
      );
    log(`the database agrees with every answer: ${result.ok ? 'yes' : 'NO'}`);
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
  void serveAsChild(() =>
    process.argv[3] === 'baseline'
      ? listenBaseline(url, process.argv[4] as BaselineKind)
      : listenAppUnderTest(url, process.argv[3] === APP_KEY_OBJECT),
  );
} else {
  runBench(main);
}
