// The province-scale synthetic data set (`npm run cli -- bench-data --province`): three years of
// work logs, workshops, window duty with sign-ins, bookings and legal-aid cases for the synthetic
// province 99, written set-based inside PostgreSQL (INSERT … SELECT over generate_series, no rows
// through Node except the encrypted phone numbers), then the statistics' rollups filled from the
// stats lib's recount so that they equal it.
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { addDays, BUSINESS_TIME_ZONE, businessDate, type PiiCipher, regionRange } from '@app/core';
import { officialDay } from '@app/roster';
import { TOPICS } from '@app/core';
import { SERVICE_LOG_TYPES, WORKSHOP_KINDS } from '@app/worklog';
import { type BulkLoad, bulkLoad } from './bulk-load';
import { lawyerUsernameSql, loadProvinceTree, PROVINCE, townshipIdxSql } from './province';
import { fillRollups, rollupTables } from './rollups';

export interface BenchDataOptions {
  townships: number;
  villages: number;
  lawyersPerTownship: number;
  /** Calendar years of data, ending with this one (records stop now; the roster runs to 31 December). */
  years: number;
  /** Service logs in all (the completed appointments' logs included). */
  logs: number;
  /** Default 3.5 % of `logs`. */
  appointments?: number;
  /** Default 1.5 % of `logs`. */
  workshops?: number;
  /** Default 0.3 % of `logs`. */
  legalAidCases?: number;
  /** Write into a database that holds other data too. */
  force?: boolean;
  /** Seed of PostgreSQL's random(): the same distributions each run (row order may still vary a little). */
  seed?: number;
  /** The instant the data ends (default now). */
  now?: Date;
}

/** The province preset: 1,300 townships, 20,000 villages, 13,000 lawyers, 3 years, 10 M logs. */
export const PROVINCE_PRESET = {
  townships: 1300,
  villages: 20_000,
  lawyersPerTownship: 10,
  years: 3,
  logs: 10_000_000,
} satisfies BenchDataOptions;

export interface BenchDataStep {
  step: string;
  rows: number;
  ms: number;
}

export interface BenchDataReport {
  /** First day of data and the last (today). */
  from: string;
  to: string;
  /** Rows of the synthetic province per table. */
  rows: Record<string, number>;
  steps: BenchDataStep[];
  /** Rows the data steps wrote (not the rollups), the time they took with the index builds, and the rate. */
  dataRows: number;
  dataMs: number;
  dataRowsPerSecond: number;
  rollupRows: number;
  rollupMs: number;
  totalMs: number;
  postgres: string;
  /** Foreign-key checks and row triggers skipped (`session_replication_role = replica`, superuser only). */
  triggersSkipped: boolean;
  /** Tables loaded with their secondary indexes dropped and rebuilt afterwards (they were empty). */
  bulkLoaded: string[];
}

/** Refused: the database holds other data, or the synthetic province already. */
export class BenchDataRefused extends Error {}

const LOG_TOPIC_WEIGHTS = [20, 18, 15, 14, 10, 6, 6, 4, 3, 4];
// Spring Festival is quiet, the year-end wage disputes are busy.
const SEASON = [0.8, 0.6, 1.2, 1.1, 1.0, 0.9, 0.9, 0.9, 1.0, 0.9, 1.1, 1.3];
const TOPIC_LABELS = [
  '婚姻家庭',
  '劳动报酬',
  '土地房产',
  '合同债务',
  '邻里纠纷',
  '交通事故',
  '继承',
  '消费维权',
  '行政争议',
  '其他',
];
const TYPE_LABELS = [
  '法律咨询',
  '代拟法律文书',
  '协助申请法律援助',
  '参与矛盾纠纷调处',
  '协助处置村级法律事务',
  '审核村级经济合同',
  '指导网格员化解纠纷',
];
const WORKSHOP_TOPICS = [
  '民法典进农村',
  '反电信网络诈骗',
  '农村土地承包法解读',
  '劳动合同与欠薪维权',
  '婚姻家庭与反家庭暴力',
  '未成年人保护',
  '安全生产法',
  '宪法宣传',
  '法律援助知识',
  '人民调解与邻里和睦',
];
const LEGAL_AID_CATEGORIES = [
  'labour_wages',
  'marriage_family',
  'traffic_injury',
  'medical',
  'consumer',
  'land_housing',
  'criminal_defence',
  'other',
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const GIVEN_NAMES = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华';

// The synthetic province's tree.
const TREE_TABLES = ['region', 'service_point', 'staff', 'advisor_assignment'];
// The tables the data steps fill, in the order they are written.
const DATA_TABLES = [
  'duty_shift',
  'resident',
  'booking_slot',
  'appointment',
  'service_log',
  'workshop',
  'attendance_event',
  'attendance_record',
  'legal_aid_case',
  'legal_aid_case_event',
];

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (xs: readonly string[]) => `ARRAY[${xs.map(sqlText).join(', ')}]::text[]`;

/** `values[i]` with probability ∝ `weights[i]`, for a uniform `r` in [0, 1), as SQL. */
function pick(values: readonly string[], weights: readonly number[], r: string): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let cum = 0;
  const bounds = weights.map((w) => {
    const lo = cum;
    cum += w / total;
    return lo;
  });
  return `(${textArray(values)})[width_bucket(${r}, ARRAY[${bounds.join(', ')}]::float8[])]`;
}

/** An integer from a log-uniform distribution over [lo, hi], for a uniform `r`, as SQL. */
const logUniform = (lo: number, hi: number, r: string) =>
  `floor(exp(ln(${lo}) + ${r} * (ln(${hi}) - ln(${lo}))))::bigint`;

/** The instant `minutes` after midnight (Asia/Shanghai) of the date `date`, as SQL. */
const at = (date: string, minutes: string) =>
  `((${date})::timestamp + make_interval(mins => (${minutes})::int)) AT TIME ZONE '${BUSINESS_TIME_ZONE}'`;

/**
 * Spreads `total` items over the rows of `source` in proportion to their integer weight `w`, exactly:
 * each row gets `cnt` = ⌊total·cumulative/sum⌋ − ⌊total·previous/sum⌋, so the counts add up to `total`.
 */
const spread = (source: string, order: string, total: string) => `
  SELECT y.*, ((${total})::bigint * y.cw / y.tw - (${total})::bigint * (y.cw - y.w) / y.tw)::int AS cnt
    FROM (SELECT x.*, sum(x.w) OVER (ORDER BY ${order} ROWS UNBOUNDED PRECEDING)::bigint AS cw,
                 sum(x.w) OVER ()::bigint AS tw
            FROM (${source}) x) y`;

/** An 8-character code from the booking alphabet, distinct for distinct n (n·k mod 31⁸ is a bijection). */
function appointmentCode(n: string): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  const x = `((${n})::numeric * 2654435761 % 852891037441)::bigint`;
  return Array.from(
    { length: 8 },
    (_, i) => `substr('${alphabet}', 1 + ((${x} / ${31 ** i}) % 31)::int, 1)`,
  ).join(' || ');
}

/** A valid 18-character citizen identity number (GB 11643 check character). */
function idNumber(region6: string, birth: string, seq: number): string {
  const first17 = `${region6}${birth.replace(/-/g, '')}${String(seq % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((a, c, i) => a + Number(c) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/**
 * Writes the synthetic province and its years of records into the database at `url`, in one
 * transaction, and fills the rollups. Refuses (`BenchDataRefused`) when the database already holds
 * region 99, or holds anything else and `force` is not set.
 */
export async function generateBenchData(
  url: string,
  options: BenchDataOptions,
  pii: PiiCipher,
  log: (message: string) => void = () => undefined,
): Promise<BenchDataReport> {
  const now = options.now ?? new Date();
  const today = businessDate(now);
  const thisYear = Number(today.slice(0, 4));
  const from = `${thisYear - options.years + 1}-01-01`;
  const yearEnd = `${thisYear}-12-31`;
  const logs = options.logs;
  const appointments = options.appointments ?? Math.round(logs * 0.035);
  const workshops = options.workshops ?? Math.round(logs * 0.015);
  const legalAidCases = options.legalAidCases ?? Math.round(logs * 0.003);
  const lawyers = options.lawyersPerTownship;
  const province = regionRange(PROVINCE);

  const client = new Client({ connectionString: url, options: `-c TimeZone=${BUSINESS_TIME_ZONE}` });
  await client.connect();
  const steps: BenchDataStep[] = [];
  const step = async (name: string, fn: () => Promise<number>, unit = 'rows'): Promise<number> => {
    const s0 = performance.now();
    const rows = await fn();
    const ms = Math.round(performance.now() - s0);
    steps.push({ step: name, rows, ms });
    log(`${name}: ${unit ? `${rows.toLocaleString('en')} ${unit} in ` : ''}${(ms / 1000).toFixed(1)} s`);
    return rows;
  };
  const exec = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rowCount ?? 0;
  const one = async <T>(sql: string, params: unknown[] = []) =>
    (await client.query(sql, params)).rows[0] as T;

  try {
    await refuseUnlessEmpty(client, options.force ?? false);
    const postgres = (await one<{ v: string }>(`SELECT current_setting('server_version') AS v`)).v;
    const hasUuidv7 = (await one<{ ok: boolean }>(`SELECT to_regprocedure('uuidv7()') IS NOT NULL AS ok`)).ok;
    // Time-ordered ids (PostgreSQL 18) append to the primary keys instead of splitting pages all over.
    const newId = hasUuidv7 ? 'uuidv7()' : 'gen_random_uuid()';
    await client.query(`SET work_mem = '256MB'`);
    await client.query(`SET maintenance_work_mem = '1GB'`);
    await client.query(`SET synchronous_commit = off`);
    // The rows are consistent by construction; checking ten million foreign keys one row at a time
    // would cost more than writing them. Needs a superuser; without one the checks run.
    const triggersSkipped = await client
      .query(`SET session_replication_role = replica`)
      .then(() => true)
      .catch(() => false);
    await client.query(`SELECT setseed($1)`, [((options.seed ?? 20261122) % 1_000_000) / 1_000_000]);

    const t0 = performance.now();
    await client.query('BEGIN');
    // Everything below is one transaction: a failure leaves the database as it was.
    const rollups = await rollupTables(client);
    const bulk: BulkLoad = await bulkLoad(client, [...DATA_TABLES, ...rollups]);
    await step('regions, service points, lawyers, advisors, officials', async () => {
      await loadProvinceTree(client, {
        townships: options.townships,
        villages: options.villages,
        lawyersPerTownship: lawyers,
        advisorsFrom: from,
      });
      await exec(
        `INSERT INTO staff (username, name, kind, roles, region_code, password_hash)
         SELECT 'bench_official_' || code, left(name, 40) || '司法所', 'official', '{official}', code,
                'bench-not-a-real-hash'
           FROM region WHERE level IN ('province', 'county', 'township') AND code >= $1 AND code < $2 ORDER BY code`,
        [province.from, province.to],
      );
      const n = await one<{ n: string }>(
        `SELECT (SELECT count(*) FROM region WHERE code >= $1 AND code < $2)
              + (SELECT count(*) FROM service_point WHERE region_code >= $1 AND region_code < $2)
              + (SELECT count(*) FROM staff WHERE region_code >= $1 AND region_code < $2)
              + (SELECT count(*) FROM advisor_assignment WHERE region_code >= $1 AND region_code < $2) AS n`,
        [province.from, province.to],
      );
      return Number(n.n);
    });

    // This session's working tables: townships (with a weight: some are busier), their lawyers and
    // official, villages (weighted too) with their advisor, and the days.
    await exec(
      `CREATE TEMP TABLE g_township ON COMMIT DROP AS
       SELECT ${townshipIdxSql('sp.region_code')} AS t, sp.region_code AS code, sp.id AS centre_id,
              o.id AS official_id, o.name AS official_name, (400 + floor(random() * 1200))::int AS weight
         FROM service_point sp JOIN staff o ON lower(o.username) = 'bench_official_' || sp.region_code
        WHERE sp.kind = 'township_center' AND sp.region_code >= $1 AND sp.region_code < $2`,
      [province.from, province.to],
    );
    await exec(
      `CREATE TEMP TABLE g_lawyer ON COMMIT DROP AS
       SELECT tw.t, n, s.id, s.name FROM g_township tw CROSS JOIN generate_series(0, $1::int - 1) n
         JOIN staff s ON lower(s.username) = ${lawyerUsernameSql('tw.code', 'n')}`,
      [lawyers],
    );
    await exec(
      `CREATE TEMP TABLE g_village ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY sp.region_code))::int AS v, tw.t, sp.region_code AS code,
              sp.id AS point_id, a.lawyer_id AS advisor_id, (tw.weight * (0.3 + random() * 1.4))::int AS weight
         FROM service_point sp
         JOIN g_township tw ON tw.code = left(sp.region_code, 9)
         JOIN advisor_assignment a ON a.service_point_id = sp.id
        WHERE sp.kind = 'village_point' AND sp.region_code >= $1 AND sp.region_code < $2`,
      [province.from, province.to],
    );
    await exec(`ALTER TABLE g_township ADD COLUMN v0 int, ADD COLUMN nv int`);
    await exec(
      `UPDATE g_township tw SET v0 = x.v0, nv = x.nv
         FROM (SELECT t, min(v) AS v0, count(*)::int AS nv FROM g_village GROUP BY t) x WHERE x.t = tw.t`,
    );
    // The days of the years, and 40 more for the statutory clocks of the last applications.
    const days: { date: string; workday: boolean; weight: number }[] = [];
    const lastDay = addDays(yearEnd, 40);
    for (let d = new Date(`${from}T00:00:00Z`); ; d.setUTCDate(d.getUTCDate() + 1)) {
      const date = d.toISOString().slice(0, 10);
      if (date > lastDay) break;
      const growth = 1 + 0.1 * (Number(date.slice(0, 4)) - thisYear);
      days.push({ date, workday: officialDay(date).workday, weight: SEASON[d.getUTCMonth()] * growth });
    }
    await exec(
      `CREATE TEMP TABLE g_day ON COMMIT DROP AS
       SELECT date, workday, (row_number() OVER (PARTITION BY workday ORDER BY date))::int AS w, weight,
              min(CASE WHEN workday THEN date END) OVER (ORDER BY date ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)
                AS next_workday
         FROM unnest($1::date[], $2::bool[], $3::float8[]) AS d (date, workday, weight)`,
      [days.map((d) => d.date), days.map((d) => d.workday), days.map((d) => d.weight)],
    );
    // Past days to draw from ($1 of the statements that use it): a working day five times as
    // likely as a day off, by season.
    const pool = days
      .filter((d) => d.date < today)
      .flatMap((d) => Array<string>(Math.round(d.weight * (d.workday ? 10 : 2))).fill(d.date));
    const poolDay = `($1::date[])[1 + floor(random() * ${pool.length})::int]`;

    // Window duty at every township centre on every working day of the years, the township's
    // lawyers taking turns; published a month ahead.
    await step('window shifts', () =>
      exec(
        `INSERT INTO duty_shift (id, service_point_id, region_code, lawyer_id, date, starts_at, ends_at, kind,
                                 status, published, published_at, generated, created_at, updated_at)
         SELECT ${newId}, tw.centre_id, tw.code, l.id, d.date, ${at('d.date', '510')}, ${at('d.date', '1020')},
                'window', 'planned', true, ${at('d.date', '-30 * 24 * 60')}, true,
                ${at('d.date', '-31 * 24 * 60')}, ${at('d.date', '-30 * 24 * 60')}
           FROM g_day d CROSS JOIN g_township tw
           JOIN g_lawyer l ON l.t = tw.t AND l.n = (d.w + tw.t) % $1
          WHERE d.workday AND d.date <= $2
          ORDER BY d.date, tw.t`,
        [lawyers, yearEnd],
      ),
    );
    await exec(
      `CREATE TEMP TABLE g_shift ON COMMIT DROP AS
       SELECT s.id, tw.t, tw.code AS region_code, s.service_point_id, s.lawyer_id, s.date, s.starts_at, s.ends_at,
              tw.weight * d.weight AS weight
         FROM duty_shift s JOIN g_township tw ON tw.centre_id = s.service_point_id JOIN g_day d ON d.date = s.date`,
    );

    // Residents who book, with phones 10xxxxxxxxx (no real mobile number starts 10) encrypted as
    // the SMS login stores them.
    const residents = Math.max(1000, Math.ceil(appointments / 3));
    const residentPhone = (i: number) => `10${String(i).padStart(9, '0')}`;
    await step('residents', async () => {
      await exec(`CREATE TEMP TABLE g_resident (r int, id uuid) ON COMMIT DROP`);
      for (let i = 0; i < residents; i += 20_000) {
        const phones = Array.from({ length: Math.min(20_000, residents - i) }, (_, k) =>
          residentPhone(i + k),
        );
        await exec(
          `WITH p AS (SELECT ${newId} AS id, e, x, r::int + $4 AS r
                        FROM unnest($1::bytea[], $2::char(64)[]) WITH ORDINALITY AS p (e, x, r)),
                ins AS (INSERT INTO resident (id, phone_enc, phone_index, created_at)
                        SELECT id, e, x, $3::timestamptz FROM p)
           INSERT INTO g_resident SELECT r, id FROM p`,
          [
            phones.map((p) => pii.encrypt(p)),
            phones.map((p) => pii.blindIndex(p)),
            `${from}T00:00:00+08:00`,
            i,
          ],
        );
      }
      return residents;
    });

    // Bookings at the township windows up to two weeks ahead, in proportion to the shift's weight.
    // Appointment n (newest first) is resident n mod R's, so no resident holds two future bookings at
    // once. Each has its own 30-minute slot of the shift (08:30–11:30 and 13:30–17:00 give 13).
    const horizon = new Date(now.getTime() + 14 * 86_400_000);
    await exec(
      `CREATE TEMP TABLE g_appt ON COMMIT DROP AS
       SELECT z.*, ${newId} AS slot_id, ${newId} AS appointment_id,
              CASE WHEN z.starts_at < $2 THEN
                     CASE WHEN z.r1 < 0.15 THEN 'cancelled' WHEN z.r1 < 0.22 THEN 'no_show' ELSE 'completed' END
                   ELSE CASE WHEN z.r1 < 0.10 THEN 'cancelled' ELSE 'booked' END END AS status
         FROM (SELECT a.*, row_number() OVER (ORDER BY a.starts_at DESC, a.t) AS n, random() AS r1, random() AS r2,
                      random() AS r3, ${pick(TOPICS, LOG_TOPIC_WEIGHTS, 'random()')} AS topic
                 FROM (SELECT s.id AS shift_id, s.t, s.region_code, s.service_point_id, s.lawyer_id, s.date,
                              ${at('s.date', 'CASE WHEN q.slot < 6 THEN 510 + 30 * q.slot ELSE 810 + 30 * (q.slot - 6) END')} AS starts_at
                         FROM (${spread(
                           `SELECT g.*, (g.weight * (50 + random() * 100))::bigint AS w, floor(random() * 13)::int AS base
                              FROM g_shift g WHERE g.starts_at < $1`,
                           'x.date, x.t',
                           '$3',
                         )}) s
                        CROSS JOIN LATERAL (SELECT (s.base + 5 * i) % 13 AS slot
                                              FROM generate_series(0, least(s.cnt, 13) - 1) i) q) a) z`,
      [horizon.toISOString(), now.toISOString(), appointments],
    );
    await step('booking slots', () =>
      exec(
        `INSERT INTO booking_slot (id, shift_id, service_point_id, region_code, starts_at, ends_at, capacity, booked)
         SELECT slot_id, shift_id, service_point_id, region_code, starts_at, starts_at + interval '30 minutes', 2,
                CASE WHEN status = 'cancelled' THEN 0 ELSE 1 END
           FROM g_appt ORDER BY starts_at, t`,
      ),
    );
    await step('appointments', () =>
      exec(
        `INSERT INTO appointment (id, code, resident_id, slot_id, service_point_id, region_code, lawyer_id, starts_at,
                                  ends_at, topic, description, status, rating, rating_comment, rated_at, cancelled_at,
                                  reminder_sent_at, created_at, updated_at)
         SELECT a.appointment_id, ${appointmentCode('a.n')}, r.id, a.slot_id, a.service_point_id, a.region_code,
                a.lawyer_id, a.starts_at, a.starts_at + interval '30 minutes', a.topic, '', a.status, x.rating,
                CASE WHEN x.rating = 5 THEN '律师很耐心,解答清楚' WHEN x.rating <= 2 THEN '等候时间较长' END,
                CASE WHEN x.rating IS NOT NULL THEN a.starts_at + interval '1 day' END,
                CASE WHEN a.status = 'cancelled' THEN a.starts_at - interval '1 day' END,
                CASE WHEN a.status <> 'cancelled' AND a.starts_at < $2 THEN a.starts_at - interval '18 hours' END,
                a.starts_at - make_interval(days => 1 + floor(a.r3 * 10)::int), a.starts_at + interval '1 hour'
           FROM g_appt a
           JOIN g_resident r ON r.r = 1 + (a.n - 1) % $1
          CROSS JOIN LATERAL (SELECT CASE WHEN a.status = 'completed' AND a.r2 < 0.65
                                          THEN ${pick(['5', '4', '3', '2', '1'], [58, 27, 9, 4, 2], 'a.r2 / 0.65')}::smallint
                                     END AS rating) x
          ORDER BY a.starts_at, a.t`,
        [residents, now.toISOString()],
      ),
    );

    // The work log: each completed appointment's consultation, then the rest in two parts — at the
    // township windows (by the day's duty lawyer, on the shift) and at the village points (by the
    // village's advisor) — in proportion to each township's, village's and day's weight.
    const logColumns = (place: 'centre' | 'village', nowParam: string) => `
        SELECT ${newId}, x.type, x.topic, x.service_point_id, x.region_code, x.lawyer_id, x.shift_id, NULL::uuid, x.at,
               CASE WHEN x.type = 'consultation'
                    THEN ${pick(['1', '2', '3', '4', '6', '12'], [68, 20, 6, 3, 2, 1], 'x.r3')}::int
                    ELSE 1 + (x.r3 < 0.2)::int END,
               (${textArray(TYPE_LABELS)})[array_position(${textArray(SERVICE_LOG_TYPES)}, x.type)] || ':' ||
               (${textArray(TOPIC_LABELS)})[array_position(${textArray(TOPICS)}, x.topic)],
               CASE WHEN x.r4 < 0.3 THEN '已当场解答' END, x.r4 > 0.95,
               CASE WHEN x.type = 'mediation' AND x.r5 < 0.6 THEN ${logUniform(50_000, 100_000_000, 'x.r5 / 0.6')} END,
               CASE WHEN x.type = 'mediation' THEN x.r7 < 0.82 END,
               CASE WHEN x.type = 'contract_review' THEN ${logUniform(1_000_000, 500_000_000, 'x.r5')} END,
               x.lawyer_id, x.at + interval '10 minutes', x.at + interval '10 minutes',
               CASE WHEN x.r6 < 0.012 THEN least(x.at + interval '1 day', ${nowParam}::timestamptz) END,
               CASE WHEN x.r6 < 0.012 THEN '重复录入' END,
               CASE WHEN x.r6 < 0.012 THEN x.lawyer_id END
          FROM (SELECT y.*,
                       ${pick(SERVICE_LOG_TYPES, place === 'centre' ? [72, 10, 5, 9, 1, 1, 2] : [64, 5, 2, 11, 8, 6, 4], 'y.r1')} AS type,
                       ${pick(TOPICS, LOG_TOPIC_WEIGHTS, 'y.r2')} AS topic
                  FROM (SELECT src.*, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
                               random() AS r5, random() AS r6, random() AS r7
                          FROM (%SOURCE%) src) y) x`;
    const LOG_INSERT = `
      INSERT INTO service_log (id, type, topic, service_point_id, region_code, lawyer_id, shift_id, appointment_id,
                               occurred_at, people_count, summary, outcome, follow_up, amount_involved_fen, resolved,
                               contract_amount_fen, recorded_by, created_at, updated_at, voided_at, void_reason,
                               voided_by)`;
    const appointmentLogs = await step('service logs of appointments', () =>
      exec(
        `${LOG_INSERT}
         SELECT ${newId}, 'consultation', a.topic, a.service_point_id, a.region_code, a.lawyer_id, a.shift_id,
                a.appointment_id, a.starts_at + make_interval(mins => floor(a.r2 * 25)::int), 1,
                '法律咨询(预约):' || (${textArray(TOPIC_LABELS)})[array_position(${textArray(TOPICS)}, a.topic)],
                '已解答', false, NULL, NULL, NULL, a.lawyer_id, a.starts_at + interval '40 minutes',
                a.starts_at + interval '40 minutes', NULL, NULL, NULL
           FROM g_appt a WHERE a.status = 'completed' ORDER BY a.starts_at, a.t`,
      ),
    );
    const centreLogs = Math.max(0, Math.round(logs * 0.45) - appointmentLogs);
    await step('service logs at township windows', () =>
      exec(
        `${LOG_INSERT}
         ${logColumns('centre', '$3').replace(
           '%SOURCE%',
           `SELECT s.id AS shift_id, s.service_point_id, s.region_code, s.lawyer_id,
                   ${at('s.date', '510 + floor(random() * 510)')} AS at
              FROM (${spread(
                `SELECT g.*, (g.weight * (50 + random() * 100))::bigint AS w FROM g_shift g WHERE g.date < $1::date`,
                'x.date, x.t',
                '$2',
              )}) s CROSS JOIN LATERAL generate_series(1, s.cnt)`,
         )}`,
        [today, centreLogs, now.toISOString()],
      ),
    );
    await step('service logs at village points', () =>
      exec(
        `${LOG_INSERT}
         ${logColumns('village', '$3').replace(
           '%SOURCE%',
           `SELECT NULL::uuid AS shift_id, v.point_id AS service_point_id, v.code AS region_code,
                   v.advisor_id AS lawyer_id, ${at(poolDay, '480 + floor(random() * 630)')} AS at
              FROM (${spread(`SELECT g.*, g.weight::bigint AS w FROM g_village g`, 'x.v', '$2')}) v
             CROSS JOIN LATERAL generate_series(1, v.cnt)
             ORDER BY at`,
         )}`,
        [pool, logs - appointmentLogs - centreLogs, now.toISOString()],
      ),
    );

    // Lectures, publicity days and trainings: 40 % at the township centre, the rest in a village.
    await step('workshops', () =>
      exec(
        `INSERT INTO workshop (id, service_point_id, region_code, held_at, topic, kind, audience_count, lecturer_id,
                               recorded_by, created_at, updated_at, voided_at, void_reason, voided_by)
         SELECT ${newId}, x.point_id, x.region_code, x.at, x.topic, x.kind,
                CASE x.kind WHEN 'lecture' THEN 20 + floor(x.r3 * 130) WHEN 'publicity' THEN 50 + floor(x.r3 * 450)
                            ELSE 8 + floor(x.r3 * 30) END,
                CASE WHEN x.r4 < 0.85 THEN x.lecturer END, x.lecturer, x.at + interval '1 day',
                x.at + interval '1 day',
                CASE WHEN x.r4 > 0.995 THEN x.at + interval '2 days' END,
                CASE WHEN x.r4 > 0.995 THEN '活动取消' END,
                CASE WHEN x.r4 > 0.995 THEN x.lecturer END
           FROM (SELECT CASE WHEN y.r1 < 0.4 THEN y.centre_id ELSE v.point_id END AS point_id,
                        CASE WHEN y.r1 < 0.4 THEN y.code ELSE v.code END AS region_code,
                        l.id AS lecturer, y.r3, y.r4, y.at,
                        ${pick(
                          WORKSHOP_TOPICS,
                          WORKSHOP_TOPICS.map(() => 1),
                          'y.r2',
                        )} AS topic,
                        ${pick(WORKSHOP_KINDS, [50, 35, 15], 'y.r5')} AS kind
                   FROM (SELECT tw.t, tw.code, tw.centre_id, tw.v0, random() AS r1, random() AS r2, random() AS r3,
                                random() AS r4, random() AS r5, floor(random() * tw.nv)::int AS vi,
                                floor(random() * $3)::int AS li, ${at(poolDay, '540 + 30 * floor(random() * 14)')} AS at
                           FROM (${spread(`SELECT g.*, g.weight::bigint AS w FROM g_township g`, 'x.t', '$2')}) tw
                          CROSS JOIN LATERAL generate_series(1, tw.cnt)) y
                   JOIN g_village v ON v.v = y.v0 + y.vi
                   JOIN g_lawyer l ON l.t = y.t AND l.n = y.li) x
          ORDER BY x.at`,
        [pool, workshops, lawyers],
      ),
    );

    // Window duty: the lawyer signs in for 96 % of past shifts (3 % of them late) and out of 97 % of
    // those (4 % early), 2 % from outside the fence; the nightly close's record of each shift.
    await exec(
      `CREATE TEMP TABLE g_att ON COMMIT DROP AS
       SELECT s.*,
              CASE WHEN s.r1 < 0.96 THEN s.starts_at + make_interval(secs => (CASE WHEN s.r2 < 0.03 THEN 660 + s.r3 * 3000
                                                                                ELSE -1200 + s.r3 * 1700 END)::int) END AS in_at,
              CASE WHEN s.r1 < 0.96 * 0.97 THEN s.ends_at + make_interval(secs => (CASE WHEN s.r4 < 0.04 THEN -3600 + s.r5 * 2900
                                                                                       ELSE -500 + s.r5 * 2300 END)::int) END AS out_at
         FROM (SELECT g.*, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
                      random() AS r_in, random() AS r_out
                 FROM g_shift g WHERE g.ends_at < $1) s`,
      [now.toISOString()],
    );
    const event = (type: 'check_in' | 'check_out', atColumn: string, r: string, status: string) => `
      SELECT ${newId}, '${type}', a.lawyer_id, a.region_code, a.service_point_id, a.id, ${atColumn}, a.date,
             ${atColumn} + interval '2 seconds', ${atColumn},
             sp.lat + (${r} - 0.5) * CASE WHEN ${r} < 0.98 THEN 0.002 ELSE 0.02 END, sp.lng, 10 + floor(${r} * 30),
             CASE WHEN ${r} < 0.98 THEN floor(${r} * 110)::int ELSE 300 + floor(${r} * 800)::int END,
             ${r} < 0.98, ${status}, CASE WHEN ${r} < 0.98 THEN '{}'::text[] ELSE '{outside_geofence}'::text[] END,
             'phone', ${newId}, a.lawyer_id
        FROM g_att a JOIN service_point sp ON sp.id = a.service_point_id
       WHERE ${atColumn} IS NOT NULL
       ORDER BY ${atColumn}`;
    const EVENT_INSERT = `
      INSERT INTO attendance_event (id, type, lawyer_id, region_code, service_point_id, shift_id, at, date, received_at,
                                    client_time, lat, lng, accuracy_m, distance_m, inside_geofence, status, flags, source,
                                    idempotency_key, recorded_by)`;
    await step('attendance events', async () => {
      const ins = await exec(
        `${EVENT_INSERT} ${event('check_in', 'a.in_at', 'a.r_in', `CASE WHEN a.in_at > a.starts_at + interval '10 minutes' THEN 'late' ELSE 'on_time' END`)}`,
      );
      const outs = await exec(
        `${EVENT_INSERT} ${event('check_out', 'a.out_at', 'a.r_out', `CASE WHEN a.out_at < a.ends_at - interval '10 minutes' THEN 'left_early' ELSE 'ok' END`)}`,
      );
      return ins + outs;
    });
    await step('attendance records', () =>
      exec(
        `INSERT INTO attendance_record (shift_id, lawyer_id, service_point_id, region_code, date, kind, status,
                                        check_in_at, check_out_at, minutes, closed_at)
         SELECT a.id, a.lawyer_id, a.service_point_id, a.region_code, a.date, 'window',
                CASE WHEN a.in_at IS NULL THEN 'absent' WHEN a.out_at IS NULL THEN 'incomplete'
                     WHEN a.in_at > a.starts_at + interval '10 minutes' THEN 'late'
                     WHEN a.out_at < a.ends_at - interval '10 minutes' THEN 'left_early' ELSE 'on_time' END,
                a.in_at, a.out_at, round(extract(epoch FROM a.out_at - a.in_at) / 60)::int, ${at('a.date + 1', '120')}
           FROM g_att a ORDER BY a.date, a.t`,
      ),
    );

    await step('legal-aid cases and timelines', () =>
      legalAid(client, { cases: legalAidCases, lawyers, pool, now, pii, newId }),
    );

    const dataRows = steps.reduce((a, s) => a + s.rows, 0);
    await step('indexes rebuilt', () => bulk.restore(DATA_TABLES), 'indexes and keys');
    // Without statistics of the new rows the recount's plan sorts ten million rows on disk.
    await step(
      'analyze',
      async () => {
        await client.query(`ANALYZE ${[...TREE_TABLES, ...DATA_TABLES].join(', ')}`);
        return 0;
      },
      '',
    );
    const dataMs = Math.round(performance.now() - t0);

    const r0 = performance.now();
    const rollupRows = await step('rollups (from the recount)', () => fillRollups(client, PROVINCE));
    await step('rollup indexes rebuilt', () => bulk.restore(rollups), 'indexes and keys');
    await client.query('COMMIT');
    const rollupMs = Math.round(performance.now() - r0);
    await step(
      'analyze rollups',
      async () => {
        await client.query(`ANALYZE ${rollups.join(', ')}`);
        return 0;
      },
      '',
    );

    const { rows: counted } = await client.query<{ table: string; n: string }>(
      DATA_TABLES.map((t) => `SELECT '${t}' AS table, count(*) AS n FROM ${t}`).join(' UNION ALL '),
    );
    return {
      from,
      to: today,
      rows: Object.fromEntries(counted.map((r) => [r.table, Number(r.n)])),
      steps,
      dataRows,
      dataMs,
      dataRowsPerSecond: Math.round(dataRows / (dataMs / 1000)),
      rollupRows,
      rollupMs,
      totalMs: Math.round(performance.now() - t0),
      postgres,
      triggersSkipped,
      bulkLoaded: bulk.tables,
    };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

async function refuseUnlessEmpty(client: Client, force: boolean): Promise<void> {
  const { from, to } = regionRange(PROVINCE);
  const { rows } = await client.query<{ synthetic: boolean; other: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM region WHERE code = $1) AS synthetic,
            EXISTS (SELECT 1 FROM region WHERE code < $1 OR code >= $2)
              OR EXISTS (SELECT 1 FROM staff WHERE region_code < $1 OR region_code >= $2)
              OR EXISTS (SELECT 1 FROM resident) AS other`,
    [from, to],
  );
  if (rows[0].synthetic)
    throw new BenchDataRefused(
      `This database already holds the synthetic province ${PROVINCE}: use a fresh database (or drop this one).`,
    );
  if (rows[0].other && !force)
    throw new BenchDataRefused(
      'This database holds data that is not synthetic (regions, staff or residents outside province ' +
        `${PROVINCE}): refusing to add millions of synthetic rows to it. Use an empty database, or --force.`,
    );
}

/**
 * Legal-aid cases taken in at the township centres, with their timelines: decided within the 7-day
 * clock (90 % granted), a lawyer of the township assigned within the 3-day clock, closed one to six
 * months later (wage cases recover money); some still open, withdrawn or terminated. Case numbers
 * run per county and year of receipt, and the counter table holds the last of each.
 */
async function legalAid(
  client: Client,
  o: { cases: number; lawyers: number; pool: string[]; now: Date; pii: PiiCipher; newId: string },
): Promise<number> {
  const { cases, pii, newId } = o;
  if (!cases) return 0;
  const poolDay = `($1::date[])[1 + floor(random() * ${o.pool.length})::int]`;
  const applicants = Array.from({ length: cases }, (_, i) => {
    const birth = new Date(Date.UTC(1950 + (i % 50), (i * 7) % 12, 1 + ((i * 13) % 28)))
      .toISOString()
      .slice(0, 10);
    const phone = `10${String(500_000_000 + i).padStart(9, '0')}`;
    const id = idNumber('990101', birth, i);
    return {
      name: SURNAMES[i % SURNAMES.length] + GIVEN_NAMES[(i * 7) % GIVEN_NAMES.length],
      phoneEnc: pii.encrypt(phone),
      phoneIndex: pii.blindIndex(phone),
      idEnc: pii.encrypt(id),
      idIndex: pii.blindIndex(id),
    };
  });
  await client.query(
    `CREATE TEMP TABLE g_case ON COMMIT DROP AS
     SELECT c.*, ${newId} AS id,
            row_number() OVER (PARTITION BY c.county, c.year ORDER BY c.received_at, c.n)::int AS seq,
            CASE WHEN c.decided_at IS NULL THEN CASE WHEN c.withdrawn_at IS NOT NULL THEN 'withdrawn' ELSE 'applied' END
                 WHEN NOT c.accepted THEN 'rejected'
                 WHEN c.assigned_at IS NULL THEN 'accepted'
                 WHEN c.started_at IS NULL THEN 'assigned'
                 WHEN c.terminated_at IS NOT NULL THEN 'terminated'
                 WHEN c.closed_at IS NULL THEN 'in_progress'
                 ELSE 'closed' END AS status
       FROM (SELECT b.*,
                    CASE WHEN b.accepted AND b.started_at IS NOT NULL AND b.r4 >= 0.03
                              AND b.started_at + make_interval(days => 20 + floor(b.r5 * 160)::int) < $2
                         THEN b.started_at + make_interval(days => 20 + floor(b.r5 * 160)::int) END AS closed_at,
                    CASE WHEN b.accepted AND b.started_at IS NOT NULL AND b.r4 < 0.01
                              AND b.started_at + interval '30 days' < $2
                         THEN b.started_at + interval '30 days' END AS terminated_at
               FROM (SELECT a.*,
                            CASE WHEN a.accepted AND a.decided_at + make_interval(days => floor(a.r3 * 3)::int) < $2
                                 THEN a.decided_at + make_interval(days => floor(a.r3 * 3)::int, hours => 2) END AS assigned_at,
                            CASE WHEN a.accepted AND a.decided_at + make_interval(days => 1 + floor(a.r3 * 3)::int) < $2
                                 THEN a.decided_at + make_interval(days => 1 + floor(a.r3 * 3)::int, hours => 3) END AS started_at
                       FROM (SELECT q.*, left(q.code, 6) AS county,
                                    extract(year FROM q.received_at AT TIME ZONE '${BUSINESS_TIME_ZONE}')::int AS year,
                                    CASE WHEN q.received_at + make_interval(days => 1 + floor(q.r1 * 5)::int) < $2
                                              AND q.r6 >= 0.02
                                         THEN q.received_at + make_interval(days => 1 + floor(q.r1 * 5)::int) END AS decided_at,
                                    CASE WHEN q.r6 < 0.02 AND q.received_at + interval '2 days' < $2
                                         THEN q.received_at + interval '2 days' END AS withdrawn_at
                               FROM (SELECT tw.t, tw.code, tw.centre_id, tw.official_id, tw.official_name,
                                            row_number() OVER () AS n, random() AS r1, random() < 0.9 AS accepted,
                                            random() AS r3, random() AS r4, random() AS r5, random() AS r6,
                                            floor(random() * $3)::int AS li,
                                            ${pick(LEGAL_AID_CATEGORIES, [38, 16, 12, 5, 6, 8, 10, 5], 'random()')} AS category,
                                            ${at(poolDay, '540 + floor(random() * 450)')} AS received_at
                                       FROM (${spread(`SELECT g.*, g.weight::bigint AS w FROM g_township g`, 'x.t', '$4')}) tw
                                      CROSS JOIN LATERAL generate_series(1, tw.cnt)) q) a) b) c`,
    [o.pool, o.now.toISOString(), o.lawyers, cases],
  );
  const inserted = await client.query(
    `INSERT INTO legal_aid_case (id, case_no, county_code, year, seq, service_point_id, region_code, applicant_name,
                                 phone_enc, phone_index, id_number_enc, id_number_index, category, summary, status,
                                 received_at, decision_due, decided_at, accepted, decision_reason, assignment_due,
                                 assigned_lawyer_id, assigned_at, first_assigned_at, started_at, closed_at, outcome, amount_recovered_fen,
                                 ended_at, end_reason, created_by, created_at, updated_at)
     SELECT c.id, '(' || c.year || ')' || left(r.name, 1) || '法援字第' || lpad(c.seq::text, 4, '0') || '号',
            c.county, c.year, c.seq, c.centre_id, c.code, p.name, p.phone_enc, p.phone_index, p.id_enc, p.id_index,
            c.category, '申请法律援助:' || c.category, c.status, c.received_at,
            dd.next_workday,
            c.decided_at, CASE WHEN c.decided_at IS NOT NULL THEN c.accepted END,
            CASE WHEN c.decided_at IS NOT NULL AND NOT c.accepted THEN '经济困难标准不符' END,
            CASE WHEN c.decided_at IS NOT NULL AND c.accepted
                 THEN ad.next_workday END,
            CASE WHEN c.assigned_at IS NOT NULL THEN l.id END, c.assigned_at, c.assigned_at, c.started_at, c.closed_at,
            CASE WHEN c.closed_at IS NOT NULL THEN CASE WHEN c.r5 < 0.5 THEN '调解结案' ELSE '判决胜诉' END END,
            CASE WHEN c.closed_at IS NOT NULL AND c.category = 'labour_wages' AND c.r3 < 0.8
                 THEN ${logUniform(300_000, 30_000_000, 'c.r3 / 0.8')} END,
            coalesce(c.withdrawn_at, c.terminated_at),
            CASE WHEN c.withdrawn_at IS NOT NULL THEN '申请人撤回' WHEN c.terminated_at IS NOT NULL THEN '受援人失联' END,
            c.official_id, c.received_at, greatest(c.received_at, c.decided_at, c.assigned_at, c.started_at,
                                                   c.closed_at, c.withdrawn_at, c.terminated_at)
       FROM g_case c
       JOIN region r ON r.code = c.county
       JOIN unnest($1::text[], $2::bytea[], $3::char(64)[], $4::bytea[], $5::char(64)[]) WITH ORDINALITY
            AS p (name, phone_enc, phone_index, id_enc, id_index, n) ON p.n = c.n
       JOIN g_lawyer l ON l.t = c.t AND l.n = c.li
       -- The statutory clocks: 7 days to decide, 3 to assign, a last day off moving to the next working day.
       JOIN g_day dd ON dd.date = (c.received_at AT TIME ZONE '${BUSINESS_TIME_ZONE}')::date + 7
       LEFT JOIN g_day ad ON ad.date = (c.decided_at AT TIME ZONE '${BUSINESS_TIME_ZONE}')::date + 3
      ORDER BY c.received_at`,
    [
      applicants.map((a) => a.name),
      applicants.map((a) => a.phoneEnc),
      applicants.map((a) => a.phoneIndex),
      applicants.map((a) => a.idEnc),
      applicants.map((a) => a.idIndex),
    ],
  );
  await client.query(
    `INSERT INTO legal_aid_case_counter (county_code, year, last_seq)
     SELECT county, year, max(seq) FROM g_case GROUP BY county, year`,
  );
  const timeline = await client.query(
    `INSERT INTO legal_aid_case_event (case_id, step, from_status, to_status, actor_id, actor_name, at, recorded_at)
     SELECT e.*, e.at FROM (
       SELECT c.id, 'apply', NULL, 'applied', c.official_id, c.official_name, c.received_at FROM g_case c
       UNION ALL
       SELECT c.id, CASE WHEN c.accepted THEN 'accept' ELSE 'reject' END, 'applied',
              CASE WHEN c.accepted THEN 'accepted' ELSE 'rejected' END, c.official_id, c.official_name, c.decided_at
         FROM g_case c WHERE c.decided_at IS NOT NULL
       UNION ALL
       SELECT c.id, 'withdraw', 'applied', 'withdrawn', c.official_id, c.official_name, c.withdrawn_at
         FROM g_case c WHERE c.withdrawn_at IS NOT NULL
       UNION ALL
       SELECT c.id, 'assign', 'accepted', 'assigned', c.official_id, c.official_name, c.assigned_at
         FROM g_case c WHERE c.assigned_at IS NOT NULL
       UNION ALL
       SELECT c.id, 'start', 'assigned', 'in_progress', l.id, l.name, c.started_at
         FROM g_case c JOIN g_lawyer l ON l.t = c.t AND l.n = c.li WHERE c.started_at IS NOT NULL
       UNION ALL
       SELECT c.id, 'close', 'in_progress', 'closed', l.id, l.name, c.closed_at
         FROM g_case c JOIN g_lawyer l ON l.t = c.t AND l.n = c.li WHERE c.closed_at IS NOT NULL
       UNION ALL
       SELECT c.id, 'terminate', 'in_progress', 'terminated', c.official_id, c.official_name, c.terminated_at
         FROM g_case c WHERE c.terminated_at IS NOT NULL
     ) e (case_id, step, from_status, to_status, actor_id, actor_name, at)
     ORDER BY e.at, e.case_id`,
  );
  return (inserted.rowCount ?? 0) + (timeline.rowCount ?? 0);
}
