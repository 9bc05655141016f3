/**
 * Benchmark: the statistics at province scale, from the rollups and from the raw tables.
 *
 * On the synthetic province (1,300 townships, 20,000 villages, 3 years, 10 M service logs: generated
 * by the `bench-data` command's `generateBenchData` into a throw-away database, or reused when
 * BENCH_DATABASE_URL's database already holds it), times three questions `BENCH_RUNS` times each:
 * the yearly statistics of a county, of the whole province, and a township's monthly tally — as the
 * stats lib's StatsService answers them (the code behind GET /api/v1/stats/yearly and /monthly, in
 * the real Nest application context, reading the rollups), and side by side, in the same run, the
 * same numbers from one plain GROUP BY (GROUPING SETS) over the raw tables, written here from the
 * definitions in API.md, independently of the stats lib. Every answer is compared counter by counter
 * (totals, by month, by region, by lawyer, by topic); exit status 1 when any differs.
 *
 *   npm run bench:stats                                                     # full size, ~10 minutes
 *   BENCH_TOWNSHIPS=130 BENCH_VILLAGES=2000 BENCH_LOGS=1000000 npm run bench:stats   # a tenth
 *   BENCH_DATABASE_URL=postgres://…/bench_province npm run bench:stats     # reuse a generated database
 *
 * See bench/README.md for the figures.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import {
  addDays,
  asSystem,
  type SystemCaller,
  BUSINESS_TIME_ZONE,
  businessDate,
  businessInstant,
  fenToYuan,
  loadAppConfig,
  monthRange,
  PiiCipher,
  regionRange,
  TOPICS,
} from '@app/core';
import {
  COUNTER_KEYS,
  COUNTERS,
  type CounterKey,
  deriveRates,
  type Metrics,
  type MonthlyStats,
  StatsService,
  type YearlyStats,
} from '@app/stats';
import { type StatsDimension, StatsRepository } from '@app/stats/stats.repository';
import { AppModule } from '../apps/api/src/app.module';
import {
  type BenchDataReport,
  generateBenchData,
  PROVINCE_PRESET,
} from '../apps/cli/src/bench-data/bench-data';
import {
  appEnv,
  intEnv,
  type Latency,
  latency,
  log,
  machine,
  migrate,
  PROVINCE,
  round1,
  runBench,
  seconds,
  startDatabase,
  withClient,
} from './support';

const TARGET_COUNTY_P95_MS = 50;
const TARGET_PROVINCE_P95_MS = 300;
const TARGET_RATIO = 50;

const RUNS = intEnv('BENCH_RUNS', 50, 1, 10_000);
const WARMUP = intEnv('BENCH_WARMUP', 2, 0, 100);
const TOWNSHIPS = intEnv('BENCH_TOWNSHIPS', PROVINCE_PRESET.townships, 1, 9900);
const VILLAGES = intEnv('BENCH_VILLAGES', PROVINCE_PRESET.villages, 1, 5_000_000);
const LAWYERS_PER_TOWNSHIP = intEnv('BENCH_LAWYERS_PER_TOWNSHIP', PROVINCE_PRESET.lawyersPerTownship, 1, 100);
const YEARS = intEnv('BENCH_YEARS', PROVINCE_PRESET.years, 1, 10);
const LOGS = intEnv('BENCH_LOGS', PROVINCE_PRESET.logs, 0, 200_000_000);
const POOL_SIZE = intEnv('BENCH_POOL_SIZE', 10, 1, 200);
/** Runs of each of the service's queries on its own, to show where a question's time goes (0: skip). */
const BREAKDOWN_RUNS = intEnv('BENCH_BREAKDOWN_RUNS', 10, 0, 1000);

const TODAY = businessDate(new Date());
/** The year asked for: the last complete one. */
const YEAR = intEnv('BENCH_YEAR', Number(TODAY.slice(0, 4)) - 1, 2000, 2999);
/** The month of the township's tally: the last complete one. */
const MONTH = process.env.BENCH_MONTH || addDays(`${TODAY.slice(0, 7)}-01`, -1).slice(0, 7);

type Question = 'countyYear' | 'provinceYear' | 'townshipMonth';
const QUESTIONS: Question[] = ['countyYear', 'provinceYear', 'townshipMonth'];

// ---------------------------------------------------------------------------------------------
// The raw side: one GROUP BY over the raw tables, every breakdown at once.

/** Counters of one group, money in fen, plus the per-lawyer duty days. */
type Counters = Record<CounterKey | 'lawyerDutyDays', number>;
const RAW_COLUMNS = [...COUNTER_KEYS, 'lawyerDutyDays'] as const;
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const day = (column: string) => `(${column} AT TIME ZONE '${BUSINESS_TIME_ZONE}')`;

/** One source of facts: month, region, lawyer and topic expressions, the counters it feeds, its table and filter. */
interface Source {
  at: string;
  region: string;
  lawyer: string;
  topic: string;
  counters: Partial<Record<(typeof RAW_COLUMNS)[number], string>>;
  from: string;
}

// By the definitions in API.md: voided logs and workshops count nowhere; legal-aid cases on the day
// they were accepted, their recovered amount on the day they closed; appointments booked and not
// cancelled, on their slot's day; 坐诊 a point-day with a window shift whose own lawyer signed in
// (a sign-in no void cancels), once per point and once per lawyer.
const SOURCES: Source[] = [
  {
    at: 'l.occurred_at',
    region: 'l.region_code',
    lawyer: 'l.lawyer_id',
    topic: 'l.topic::text',
    counters: {
      consultations: `CASE WHEN l.type = 'consultation' THEN l.people_count END`,
      documentsDrafted: `(l.type = 'document_drafting')::int`,
      legalAidReferrals: `(l.type = 'legal_aid')::int`,
      mediations: `(l.type = 'mediation')::int`,
      mediationsResolved: `(l.type = 'mediation' AND l.resolved)::int`,
      mediationAmount: `CASE WHEN l.type = 'mediation' THEN l.amount_involved_fen END`,
      gridGuidance: `(l.type = 'grid_guidance')::int`,
      villageAffairs: `(l.type = 'village_affairs')::int`,
      contractsReviewed: `(l.type = 'contract_review')::int`,
      contractAmount: `CASE WHEN l.type = 'contract_review' THEN l.contract_amount_fen END`,
      consultationsFollowedUp: `CASE WHEN l.type = 'consultation' AND l.followed_up_at IS NOT NULL THEN l.people_count END`,
    },
    from: 'service_log l WHERE l.voided_at IS NULL',
  },
  {
    at: 'f.called_at',
    region: 'f.region_code',
    lawyer: 'f.lawyer_id',
    topic: 'f.topic::text',
    counters: {
      followUps: '1',
      followUpsReached: 'f.reached::int',
      followUpsSatisfied: '(f.satisfied IS TRUE)::int',
      followUpsUnsatisfied: '(f.satisfied IS FALSE)::int',
    },
    from: 'service_log_follow_up f WHERE TRUE',
  },
  {
    at: 'w.held_at',
    region: 'w.region_code',
    lawyer: 'w.lecturer_id',
    topic: 'NULL::text',
    counters: {
      workshops: '1',
      lectures: `(w.kind = 'lecture')::int`,
      workshopAudience: 'w.audience_count',
    },
    from: 'workshop w WHERE w.voided_at IS NULL',
  },
  {
    at: 'c.decided_at',
    region: 'c.region_code',
    lawyer: 'c.assigned_lawyer_id',
    topic: 'NULL::text',
    counters: { legalAidCases: '1' },
    from: 'legal_aid_case c WHERE c.accepted',
  },
  {
    at: 'c.closed_at',
    region: 'c.region_code',
    lawyer: 'c.assigned_lawyer_id',
    topic: 'NULL::text',
    counters: { legalAidRecovered: 'c.amount_recovered_fen' },
    from: `legal_aid_case c WHERE c.status = 'closed'`,
  },
  {
    at: 'a.starts_at',
    region: 'a.region_code',
    lawyer: 'a.lawyer_id',
    topic: `CASE WHEN a.topic IN (${TOPICS.map((t) => `'${t}'`).join(', ')}) THEN a.topic::text END`,
    counters: {
      appointments: '1',
      appointmentsCompleted: `(a.status = 'completed')::int`,
      noShows: `(a.status = 'no_show')::int`,
      ratings: `(a.rating IS NOT NULL)::int`,
      ratingsSatisfied: `(a.rating >= 4)::int`,
      ratingsViaSms: `(a.rating_source = 'sms_link')::int`,
      ratingsViaSmsSatisfied: `(a.rating_source = 'sms_link' AND a.rating >= 4)::int`,
    },
    from: `appointment a WHERE a.status IN ('booked', 'arrived', 'completed', 'no_show')`,
  },
];

/**
 * The raw statement: $1/$2 the region range, $3/$4 the period as instants [from, to), $5/$6 as
 * business days [from, to], $7 the length of a child region's code. Grouping sets: 0 the totals,
 * 1 by month, 2 by child region, 3 by lawyer, 4 by topic.
 */
const RAW_SQL = (() => {
  const cols = RAW_COLUMNS.map(snake);
  const branch = (s: Source) => `
    SELECT to_char(${day(s.at)}, 'YYYY-MM') AS month, left(${s.region}, $7) AS region, ${s.lawyer} AS lawyer,
           ${s.topic} AS topic, ${RAW_COLUMNS.map((k, i) => `${s.counters[k] ?? 'NULL::int'} AS ${cols[i]}`).join(', ')}
      FROM ${s.from} AND ${s.region} >= $1 AND ${s.region} < $2 AND ${s.at} >= $3 AND ${s.at} < $4`;
  const duty = (lawyer: boolean) => `
    SELECT to_char(d.date, 'YYYY-MM'), left(d.region_code, $7), ${lawyer ? 'd.lawyer_id' : 'NULL::uuid'}, NULL::text,
           ${RAW_COLUMNS.map((k) => (k === (lawyer ? 'lawyerDutyDays' : 'dutyDays') ? '1' : 'NULL::int')).join(', ')}
      FROM (SELECT DISTINCT s.region_code, s.date, s.service_point_id${lawyer ? ', s.lawyer_id' : ''} FROM duty s) d`;
  return `
    WITH duty AS MATERIALIZED (
      SELECT s.region_code, s.date, s.service_point_id, s.lawyer_id
        FROM duty_shift s
        JOIN attendance_event e ON e.shift_id = s.id AND e.type = 'check_in' AND e.lawyer_id = s.lawyer_id
       WHERE s.kind = 'window' AND s.status = 'planned' AND s.region_code >= $1 AND s.region_code < $2
         AND s.date >= $5 AND s.date <= $6
         AND NOT EXISTS (SELECT 1 FROM attendance_event v WHERE v.voids_event_id = e.id)
    ),
    f AS (${[...SOURCES.map(branch), duty(false), duty(true)].join('\n    UNION ALL')})
    SELECT CASE GROUPING(month, region, lawyer, topic) WHEN 15 THEN 0 WHEN 7 THEN 1 WHEN 11 THEN 2 WHEN 13 THEN 3 ELSE 4 END AS set,
           coalesce(month, region, lawyer::text, topic, '') AS key,
           ${cols.map((c) => `coalesce(sum(${c}), 0)::bigint AS ${c}`).join(', ')}
      FROM f
     GROUP BY GROUPING SETS ((), (month), (region), (lawyer), (topic))`;
})();

interface Answer {
  totals: Map<string, Metrics>;
  byMonth: Map<string, Metrics>;
  byRegion: Map<string, Metrics>;
  byLawyer: Map<string, Metrics>;
  byTopic: Map<string, Metrics>;
}
type Part = keyof Answer;

/** Counters as the API shows them: money in yuan; for a lawyer, dutyDays is the lawyer's own. */
function metricsOf(c: Counters, perLawyer: boolean): Metrics {
  const out = {} as Record<CounterKey, number>;
  for (const key of COUNTER_KEYS) {
    const v = key === 'dutyDays' && perLawyer ? c.lawyerDutyDays : c[key];
    out[key] = COUNTERS[key].kind === 'money' ? fenToYuan(v) : v;
  }
  const metrics = {
    ...out,
    villageDisputesAssisted: 0,
    satisfactionRate: null,
    satisfactionRateApp: null,
    satisfactionRateSmsLink: null,
    satisfactionRatePhone: null,
    followUpRate: null,
  };
  deriveRates(metrics);
  return metrics;
}

async function rawAnswer(
  client: Client,
  regionCode: string,
  fromDay: string,
  toDay: string,
): Promise<Answer> {
  const { from, to } = regionRange(regionCode);
  const childLength = { 2: 4, 4: 6, 6: 9, 9: 12, 12: 12 }[regionCode.length]!;
  const { rows } = await client.query<Record<string, string>>(RAW_SQL, [
    from,
    to,
    businessInstant(fromDay).toISOString(),
    businessInstant(addDays(toDay, 1)).toISOString(),
    fromDay,
    toDay,
    childLength,
  ]);
  const answer: Answer = {
    totals: new Map(),
    byMonth: new Map(),
    byRegion: new Map(),
    byLawyer: new Map(),
    byTopic: new Map(),
  };
  const parts: Part[] = ['totals', 'byMonth', 'byRegion', 'byLawyer', 'byTopic'];
  for (const r of rows) {
    const part = parts[Number(r.set)];
    // The service leaves out facts without a lawyer from byLawyer and without a topic from byTopic.
    if ((part === 'byLawyer' || part === 'byTopic') && r.key === '') continue;
    const counters = Object.fromEntries(RAW_COLUMNS.map((k) => [k, Number(r[snake(k)])])) as Counters;
    answer[part].set(r.key, metricsOf(counters, part === 'byLawyer'));
  }
  return answer;
}

function serviceAnswer(s: YearlyStats | MonthlyStats): Answer {
  return {
    totals: new Map([['', s.totals]]),
    byMonth: new Map('byMonth' in s ? s.byMonth.map((m) => [m.month, m]) : []),
    byRegion: new Map(s.byRegion.map((r) => [r.regionCode, r])),
    byLawyer: new Map(s.byLawyer.map((r) => [r.lawyerId, r])),
    byTopic: new Map(s.byTopic.map((r) => [r.topic, r])),
  };
}

const ZERO = Object.fromEntries(COUNTER_KEYS.map((k) => [k, 0])) as unknown as Metrics;

/** Where the two answers differ (every counter of every group; missing groups are zeros). */
function differences(rollup: Answer, raw: Answer, skipMonths: boolean): string[] {
  const out: string[] = [];
  for (const part of Object.keys(rollup) as Part[]) {
    if (part === 'byMonth' && skipMonths) continue;
    for (const key of new Set([...rollup[part].keys(), ...raw[part].keys()])) {
      const a = rollup[part].get(key) ?? ZERO;
      const b = raw[part].get(key) ?? ZERO;
      for (const metric of COUNTER_KEYS)
        if (Math.abs(a[metric] - b[metric]) > 1e-6)
          out.push(`${part}[${key || 'total'}].${metric}: rollup ${a[metric]}, raw ${b[metric]}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The data set.

interface Dataset {
  url: string;
  source: string;
  reused: boolean;
  generated?: BenchDataReport;
  cleanup(): Promise<void>;
}

/** True when the database at `url` holds the synthetic province with its rollups. */
async function holdsProvince(url: string): Promise<boolean> {
  try {
    return await withClient(url, async (c) => {
      const { rows } = await c.query<{ ok: boolean }>(
        `SELECT to_regclass('stat_monthly') IS NOT NULL AND EXISTS (SELECT 1 FROM region WHERE code = $1) AS ok`,
        [PROVINCE],
      );
      return rows[0].ok;
    });
  } catch {
    return false;
  }
}

async function openDataset(env: Record<string, string>): Promise<Dataset> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given && (await holdsProvince(given))) {
    log('BENCH_DATABASE_URL holds the synthetic province: reusing it (nothing generated)');
    return { url: given, source: 'url (reused)', reused: true, cleanup: async () => undefined };
  }
  const db = await startDatabase(`bench_stats_${process.pid}`);
  try {
    await migrate(db.url);
    log(
      `generating ${TOWNSHIPS} townships, ${VILLAGES} villages, ${YEARS} years, ${LOGS.toLocaleString('en')} logs…`,
    );
    const generated = await generateBenchData(
      db.url,
      {
        townships: TOWNSHIPS,
        villages: VILLAGES,
        lawyersPerTownship: LAWYERS_PER_TOWNSHIP,
        years: YEARS,
        logs: LOGS,
      },
      new PiiCipher(loadAppConfig(env)),
      (m) => log(`  ${m}`),
    );
    log(
      `generated ${generated.dataRows.toLocaleString('en')} rows in ${seconds(generated.dataMs)} ` +
        `(${generated.dataRowsPerSecond.toLocaleString('en')} rows/s), rollups in ${seconds(generated.rollupMs)}, ` +
        `${seconds(generated.totalMs)} in all`,
    );
    return { url: db.url, source: db.source, reused: false, generated, cleanup: () => db.cleanup() };
  } catch (err) {
    await db.cleanup().catch(() => undefined);
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------

async function main(system: SystemCaller): Promise<number> {
  const env = appEnv('postgres://unused', POOL_SIZE, { SEED_DEMO: 'false' });
  const dataset = await openDataset(env);
  const result: Record<string, unknown> = {
    bench: 'stats',
    ok: false,
    postgres: dataset.source,
    reused: dataset.reused,
    runs: RUNS,
    warmup: WARMUP,
    year: YEAR,
    month: MONTH,
    generated: dataset.generated,
  };
  let app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | undefined;
  const client = new Client({ connectionString: dataset.url, options: `-c TimeZone=${BUSINESS_TIME_ZONE}` });
  try {
    await client.connect();
    const info = await client.query<Record<string, string>>(
      `SELECT current_setting('server_version') AS version,
              (SELECT count(*) FROM service_log) AS service_log, (SELECT count(*) FROM stat_daily) AS stat_daily,
              (SELECT count(*) FROM stat_monthly) AS stat_monthly,
              (SELECT count(*) FROM stat_monthly_topic) AS stat_monthly_topic,
              (SELECT count(*) FROM stat_monthly_lawyer) AS stat_monthly_lawyer`,
    );
    const { version, ...sizes } = info.rows[0];
    Object.assign(result, {
      postgresVersion: version,
      sizes: Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, Number(v)])),
    });
    const { from, to } = regionRange(PROVINCE);
    const places = await client.query<{ code: string; level: string }>(
      `SELECT code, level FROM region WHERE code >= $1 AND code < $2 AND level IN ('county', 'township') ORDER BY code`,
      [from, to],
    );
    const counties = places.rows.filter((r) => r.level === 'county').map((r) => r.code);
    const townships = places.rows.filter((r) => r.level === 'township').map((r) => r.code);
    log(
      `PostgreSQL ${version}: ${Number(sizes.service_log).toLocaleString('en')} service logs, ` +
        `${Number(sizes.stat_daily).toLocaleString('en')} daily and ${Number(sizes.stat_monthly).toLocaleString('en')} ` +
        `monthly rollup rows; ${counties.length} counties, ${townships.length} townships`,
    );

    app = await NestFactory.createApplicationContext(
      AppModule.forRoot(loadAppConfig({ ...env, DATABASE_URL: dataset.url })),
      {
        logger: ['error', 'warn'],
      },
    );
    const stats = app.get(StatsService);
    const yearFrom = `${YEAR}-01-01`;
    const yearTo = `${YEAR}-12-31`;
    const month = monthRange(MONTH);
    // Run k asks about county k and a township spread over the province, the same on both sides.
    const ask: Record<
      Question,
      (k: number) => { rollup: () => Promise<Answer>; raw: () => Promise<Answer>; what: string }
    > = {
      countyYear: (k) => {
        const county = counties[k % counties.length];
        return {
          what: `${county} ${YEAR}`,
          rollup: async () => serviceAnswer(await stats.yearly(system, county, YEAR, `${YEAR}-12`)),
          raw: () => rawAnswer(client, county, yearFrom, yearTo),
        };
      },
      provinceYear: () => ({
        what: `${PROVINCE} ${YEAR}`,
        rollup: async () => serviceAnswer(await stats.yearly(system, PROVINCE, YEAR, `${YEAR}-12`)),
        raw: () => rawAnswer(client, PROVINCE, yearFrom, yearTo),
      }),
      townshipMonth: (k) => {
        const township = townships[(k * 97) % townships.length];
        return {
          what: `${township} ${MONTH}`,
          rollup: async () => serviceAnswer(await stats.monthly(system, township, MONTH)),
          raw: () => rawAnswer(client, township, month.from, month.to),
        };
      },
    };

    const times: Record<Question, { rollup: number[]; raw: number[] }> = {
      countyYear: { rollup: [], raw: [] },
      provinceYear: { rollup: [], raw: [] },
      townshipMonth: { rollup: [], raw: [] },
    };
    const mismatches: string[] = [];
    const timed = async (fn: () => Promise<Answer>): Promise<[Answer, number]> => {
      const t0 = performance.now();
      const answer = await fn();
      return [answer, performance.now() - t0];
    };
    result.loadAverageBefore = machine().loadAverage;
    log(`${WARMUP} warm-up and ${RUNS} measured runs of each question, rollups and raw in turn…`);
    const t0 = performance.now();
    for (let k = 0; k < WARMUP + RUNS; k++) {
      for (const q of QUESTIONS) {
        const { rollup, raw, what } = ask[q](k);
        // Alternate which side goes first, so neither always finds the other's pages in the cache.
        let a: Answer, ta: number, b: Answer, tb: number;
        if (k % 2) {
          [b, tb] = await timed(raw);
          [a, ta] = await timed(rollup);
        } else {
          [a, ta] = await timed(rollup);
          [b, tb] = await timed(raw);
        }
        if (k >= WARMUP) {
          times[q].rollup.push(ta);
          times[q].raw.push(tb);
        }
        for (const d of differences(a, b, q === 'townshipMonth')) mismatches.push(`${q} ${what}: ${d}`);
      }
      if ((k + 1) % 10 === 0) log(`  ${k + 1} of ${WARMUP + RUNS} runs (${seconds(performance.now() - t0)})`);
    }
    result.loadAverageAfter = machine().loadAverage;

    const figures: Record<string, { rollup: Latency; raw: Latency; ratioP50: number; ratioP95: number }> = {};
    for (const q of QUESTIONS) {
      const rollup = latency(times[q].rollup);
      const raw = latency(times[q].raw);
      figures[q] = {
        rollup,
        raw,
        ratioP50: round1(raw.p50 / Math.max(rollup.p50, 0.1)),
        ratioP95: round1(raw.p95 / Math.max(rollup.p95, 0.1)),
      };
      log(
        `${q.padEnd(13)} rollups p50 ${rollup.p50} ms, p95 ${rollup.p95} ms | raw GROUP BY p50 ${raw.p50} ms, ` +
          `p95 ${raw.p95} ms | raw/rollup ${figures[q].ratioP50}× (p50), ${figures[q].ratioP95}× (p95)`,
      );
    }
    // Where the service's time goes: each of its rollup queries alone (it runs them in parallel).
    if (BREAKDOWN_RUNS) {
      const repository = app.get(StatsRepository, { strict: false });
      const dims: Record<string, (length: number) => StatsDimension> = {
        total: () => ({ by: 'total' }),
        month: () => ({ by: 'month' }),
        region: (length) => ({ by: 'region', length }),
        lawyer: () => ({ by: 'lawyer' }),
        topic: () => ({ by: 'topic' }),
      };
      const breakdown: Record<string, Record<string, { p50: number; rows: number }>> = {};
      for (const [q, regionCode, childLength] of [
        ['countyYear', counties[0], 9],
        ['provinceYear', PROVINCE, 4],
      ] as const) {
        breakdown[q] = {};
        for (const [name, dim] of Object.entries(dims)) {
          const ms: number[] = [];
          let rows = 0;
          for (let i = 0; i < BREAKDOWN_RUNS; i++) {
            const t = performance.now();
            rows = (
              await repository.counters(
                system,
                { regionCode, fromMonth: `${YEAR}-01`, toMonth: `${YEAR}-12` },
                dim(childLength),
              )
            ).size;
            ms.push(performance.now() - t);
          }
          breakdown[q][name] = { p50: latency(ms).p50, rows };
        }
        log(
          `${q} by query (p50 of ${BREAKDOWN_RUNS}, each alone): ` +
            Object.entries(breakdown[q])
              .map(([name, b]) => `${name} ${b.p50} ms`)
              .join(', '),
        );
      }
      result.rollupQueries = breakdown;
    }

    const targets = {
      countyYearP95: figures.countyYear.rollup.p95 < TARGET_COUNTY_P95_MS,
      provinceYearP95: figures.provinceYear.rollup.p95 < TARGET_PROVINCE_P95_MS,
      ratio: QUESTIONS.every((q) => figures[q].ratioP95 >= TARGET_RATIO),
    };
    Object.assign(result, {
      ok: mismatches.length === 0,
      agree: mismatches.length === 0,
      mismatches: mismatches.length,
      firstMismatches: mismatches.slice(0, 20),
      figures,
      targets,
      withinTargets: Object.values(targets).every(Boolean),
      machine: machine(),
    });
    log(
      `targets (county p95 < ${TARGET_COUNTY_P95_MS} ms, province p95 < ${TARGET_PROVINCE_P95_MS} ms, raw/rollup ≥ ` +
        `${TARGET_RATIO}×): ${Object.entries(targets)
          .map(([k, v]) => `${k} ${v ? 'met' : 'MISSED'}`)
          .join(', ')}`,
    );
    if (mismatches.length) {
      log(`MISMATCH: the rollups and the raw tables disagree on ${mismatches.length} counters, e.g.`);
      for (const m of mismatches.slice(0, 10)) log(`  ${m}`);
    } else log(`rollups and raw GROUP BY agree on every counter of every answer`);
  } catch (err) {
    result.error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    log(`FAILED: ${String(result.error)}`);
  } finally {
    await app?.close().catch((err: unknown) => log(`closing the app failed: ${String(err)}`));
    await client.end().catch(() => undefined);
    await dataset.cleanup().catch((err: unknown) => log(`cleanup failed: ${String(err)}`));
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result.ok ? 0 : 1;
}

// The services are asked directly, for every county: as the system, as a job would be.
runBench(() => asSystem(main));
