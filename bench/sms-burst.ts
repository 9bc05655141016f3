/**
 * Benchmark: a burst of SMS login codes.
 *
 * 200 residents ask for a login code within 10 s through the real HTTP API (POST /api/v1/auth/otp,
 * evenly spread); the app's outbox worker hands the codes to a local fake of 阿里云's Dysmsapi
 * (checking each request's signature, answering after BENCH_PROVIDER_LATENCY_MS like a remote API).
 * The figure is the time from a request being sent to its code arriving at the fake provider
 * (p50 / p99 / max); the requirement is every code within 15 s. Exits non-zero when a request
 * fails, a code is missing or refused, or the slowest takes longer than that.
 *
 * Starts a throw-away PostgreSQL (embedded, or a fresh database on BENCH_DATABASE_URL), migrates it
 * and starts the app with `createApp()` in a child process (BENCH_SERVER=in-process: in this one).
 *
 *   npm run bench:sms-burst
 *   BENCH_CODES=1000 BENCH_SECONDS=10 npm run bench:sms-burst     # a harder burst
 *   SMS_ALIYUN_RATE_PER_SECOND=20 npm run bench:sms-burst          # a tighter provider limit
 *
 * See bench/README.md for the figures.
 */
import 'reflect-metadata';
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { SMS_TEMPLATE_IDS } from '@app/notify';
import { FakeAliyunSms, fakeSmsEnv } from '@app/testing/sms-fakes';
import {
  appEnv,
  errorText,
  httpRequest,
  intEnv,
  latency,
  listenApp,
  log,
  machine,
  migrate,
  runBench,
  type RunningServer,
  serveAsChild,
  serverMode,
  startChildServer,
  startDatabase,
  startInProcessServer,
} from './support';

const TARGET_MS = 15_000;
const CODES = intEnv('BENCH_CODES', 200, 1, 100_000);
const SECONDS = intEnv('BENCH_SECONDS', 10, 1, 3600);
const LATENCY_MS = intEnv('BENCH_PROVIDER_LATENCY_MS', 50, 0, 10_000);
const POOL_SIZE = intEnv('BENCH_POOL_SIZE', 10, 1, 200);
const SERVER_MODE = serverMode();

/** The app's environment: the outbox worker on, 阿里云 (the fake) as the only provider. */
function serverEnv(databaseUrl: string, fakeEnv: Record<string, string>): Record<string, string> {
  return appEnv(databaseUrl, POOL_SIZE, {
    ...fakeEnv,
    SMS_WORKER: 'true',
    OTP_PER_IP_PER_HOUR: '100000',
    AUTH_THROTTLE_LIMIT: '100000',
    // Anything the caller sets (SMS_ALIYUN_RATE_PER_SECOND, SMS_WORKER_CONCURRENCY …) wins.
    ...Object.fromEntries(
      Object.entries(process.env).filter(([k]) => k.startsWith('SMS_')) as [string, string][],
    ),
  });
}

async function main(): Promise<number> {
  const fake = await new FakeAliyunSms().start();
  fake.delayMs = LATENCY_MS;
  const db = await startDatabase('bench_sms_burst');
  let server: RunningServer | undefined;
  try {
    await migrate(db.url);
    const env = serverEnv(db.url, fakeSmsEnv({ aliyun: fake }, SMS_TEMPLATE_IDS));
    server =
      SERVER_MODE === 'child'
        ? await startChildServer(__filename, ['--serve'], { BENCH_CHILD_ENV: JSON.stringify(env) })
        : await startInProcessServer(() => listenApp(env));
    log(
      `server up (${server.mode}, ${server.bootMs} ms); ${CODES} codes over ${SECONDS} s, provider latency ${LATENCY_MS} ms`,
    );

    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const phones = Array.from({ length: CODES }, (_, i) => `1360${String(i).padStart(7, '0')}`);
    const requestedAt = new Map<string, number>();
    const t0 = performance.now();
    const answers = await Promise.all(
      phones.map(async (phone, i) => {
        const due = (i * SECONDS * 1000) / CODES;
        await new Promise((r) => setTimeout(r, Math.max(0, due - (performance.now() - t0))));
        requestedAt.set(phone, Date.now());
        return httpRequest(agent, server!.port, 'POST', '/api/v1/auth/otp', {}, JSON.stringify({ phone }));
      }),
    );
    const sentMs = performance.now() - t0;
    const deadline = Date.now() + TARGET_MS + 30_000;
    while (fake.received.length < CODES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    agent.destroy();

    const failed = answers.filter((a) => a.status !== 202);
    const arrived = new Map(fake.received.map((m) => [m.phone, m.at]));
    const waits = phones.filter((p) => arrived.has(p)).map((p) => arrived.get(p)! - requestedAt.get(p)!);
    const missing = CODES - waits.length;
    const handOver = latency(waits);
    const result = {
      bench: 'sms-burst',
      codes: CODES,
      seconds: SECONDS,
      requestsSentInMs: Math.round(sentMs),
      providerLatencyMs: LATENCY_MS,
      rateLimitPerSecond: Number(env.SMS_ALIYUN_RATE_PER_SECOND ?? 50),
      concurrency: Number(env.SMS_WORKER_CONCURRENCY ?? 8),
      failedRequests: failed.length,
      missing,
      refusedByProvider: fake.refused,
      handOverMs: handOver,
      targetMs: TARGET_MS,
      server: server.mode,
      database: db.source,
      machine: machine(),
    };
    log(
      `hand-over (request → provider): p50 ${handOver.p50} ms, p99 ${handOver.p99} ms, max ${handOver.max} ms; ` +
        `failed requests ${failed.length}, missing ${missing}, refused ${fake.refused}; load average ${result.machine.loadAverage.join(' ')}`,
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return failed.length || missing || fake.refused || handOver.max > TARGET_MS ? 1 : 0;
  } catch (err) {
    log(errorText(err));
    return 1;
  } finally {
    await server?.stop().catch(() => undefined);
    await fake.stop();
    await db.cleanup();
  }
}

if (process.argv[2] === '--serve') {
  void serveAsChild(() => listenApp(JSON.parse(process.env.BENCH_CHILD_ENV!) as Record<string, string>));
} else {
  runBench(main);
}
