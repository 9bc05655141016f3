// The synthetic province the benchmarks and `bench-data` load: region 99 (province), 9901 (city),
// counties 990101… of up to 100 townships each, villages spread evenly over the townships, their
// service points, lawyers and advisors. Set-based SQL only, inside the caller's transaction.
import type { Client } from 'pg';

/** The synthetic province's code: no real province has it, so its rows are recognisable. */
export const PROVINCE = '99';

// County names start with distinct characters: a legal-aid case number carries the county's first
// character, and case numbers are unique.
const COUNTY_INITIALS =
  '安宝昌长崇大德定东丰奉福阜富广海和河恒红华怀会惠吉嘉建江金晋靖九康乐黎丽临灵隆龙鹿罗茂美明南宁平浦七齐庆瑞三山上胜石寿顺泰天通同万文武西仙新兴秀宣阳宜永余玉元云兆正中舟资紫遵白碧春丹凤高桂汉湖锦开蓝林柳梅青清松桃溪香雁竹';

/**
 * Province 99, city 9901, counties 990101… of up to 100 townships each, and the temporary table
 * `bench_township (idx, code)` for the caller's further inserts, inside the caller's transaction.
 */
export async function loadTownships(client: Client, townships: number): Promise<void> {
  await client.query(
    `INSERT INTO region (code, name, level, parent_code)
     VALUES ('${PROVINCE}', '基准省', 'province', NULL), ('${PROVINCE}01', '基准市', 'city', '${PROVINCE}')`,
  );
  await client.query(
    `CREATE TEMP TABLE bench_township ON COMMIT DROP AS
     SELECT t AS idx, '${PROVINCE}01' || lpad((t / 100 + 1)::text, 2, '0') || lpad((t % 100 + 1)::text, 3, '0') AS code
       FROM generate_series(0, $1::int - 1) t`,
    [townships],
  );
  await client.query(
    `INSERT INTO region (code, name, level, parent_code)
     SELECT DISTINCT left(code, 6), substr($1, substr(code, 5, 2)::int, 1) || '源县', 'county', '${PROVINCE}01'
       FROM bench_township`,
    [COUNTY_INITIALS],
  );
  await client.query(
    `INSERT INTO region (code, name, level, parent_code)
     SELECT code, '基准镇' || (idx + 1), 'township', left(code, 6) FROM bench_township ORDER BY code`,
  );
}

export interface ProvinceShape {
  townships: number;
  villages: number;
  lawyersPerTownship: number;
  /** The advisors' assignments start on this date (`YYYY-MM-DD`). */
  advisorsFrom: string;
}

/** Township `idx` (0-based) of a 9- or 12-digit code of the synthetic province, in SQL. */
export const townshipIdxSql = (code: string) =>
  `((substr(${code}, 5, 2)::int - 1) * 100 + substr(${code}, 7, 3)::int - 1)`;

/** A lawyer's login in the synthetic province: township code and number from 0. */
export const lawyerUsernameSql = (townshipCode: string, n: string) =>
  `'bench_' || ${townshipCode} || '_' || ${n}`;

/**
 * The whole tree, inside the caller's transaction: `loadTownships`; villages 12-digit, village j in
 * township floor(j·T/V), numbered 201… within it (about 15 per township); per township a
 * `township_center` open Monday–Friday 08:30–11:30 and 13:30–17:00 and `lawyersPerTownship` lawyers
 * (`bench_<township>_<n>`, region = the township); per village a `village_point` open Tuesday and
 * Thursday mornings, a pilot for every fifth village, with one advisor from `advisorsFrom`,
 * round-robin over its township's lawyers. Points sit on a grid about 1 km apart around 30° N, 120° E.
 * Leaves the temporary tables `bench_township (idx, code)` and `bench_village (j, township_code, k,
 * code)` until commit.
 */
export async function loadProvinceTree(client: Client, shape: ProvinceShape): Promise<void> {
  const { townships, villages, lawyersPerTownship } = shape;
  if (townships < 1 || townships > 9900) throw new RangeError('1 to 9,900 townships (99 counties of 100)');
  if (Math.ceil(villages / townships) > 799)
    throw new RangeError('at most 799 villages per township (12-digit codes)');
  const officeHours = JSON.stringify(
    [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, from: '08:30', to: '11:30' },
      { weekday, from: '13:30', to: '17:00' },
    ]),
  );
  const villageHours = JSON.stringify([
    { weekday: 2, from: '09:00', to: '11:30' },
    { weekday: 4, from: '09:00', to: '11:30' },
  ]);
  await loadTownships(client, townships);
  // Village j belongs to township floor(j * T / V): contiguous blocks of ~V/T villages each.
  await client.query(
    `CREATE TEMP TABLE bench_village ON COMMIT DROP AS
     SELECT j, tw.code AS township_code, k, tw.code || lpad((200 + k)::text, 3, '0') AS code
       FROM (SELECT j, (j::bigint * $1 / $2)::int AS t, row_number() OVER (PARTITION BY (j::bigint * $1 / $2) ORDER BY j) AS k
               FROM generate_series(0, $2::int - 1) j) v
       JOIN bench_township tw ON tw.idx = v.t`,
    [townships, villages],
  );
  await client.query(
    `INSERT INTO region (code, name, level, parent_code)
     SELECT code, '基准村' || (j + 1), 'village', township_code FROM bench_village ORDER BY code`,
  );
  await client.query(
    `INSERT INTO service_point (region_code, kind, name, address, opening_hours, lat, lng)
     SELECT code, 'township_center', '基准镇' || (idx + 1) || '公共法律服务工作站', '镇政府便民服务中心', $1::jsonb,
            30 + (idx / 100) * 0.1, 120 + (idx % 100) * 0.1
       FROM bench_township ORDER BY code`,
    [officeHours],
  );
  await client.query(
    `INSERT INTO service_point (region_code, kind, name, address, opening_hours, is_pilot, lat, lng)
     SELECT v.code, 'village_point', '基准村' || (v.j + 1) || '法律服务点', '村委会', $1::jsonb, v.j % 5 = 0,
            30 + (tw.idx / 100) * 0.1 + (v.k / 8) * 0.01, 120 + (tw.idx % 100) * 0.1 + (v.k % 8) * 0.01
       FROM bench_village v JOIN bench_township tw ON tw.code = v.township_code ORDER BY v.code`,
    [villageHours],
  );
  await client.query(
    `INSERT INTO staff (username, name, kind, roles, region_code, password_hash)
     SELECT ${lawyerUsernameSql('tw.code', 'n')}, '律师' || (tw.idx + 1) || '-' || (n + 1), 'lawyer', '{lawyer}', tw.code,
            'bench-not-a-real-hash'
       FROM bench_township tw CROSS JOIN generate_series(0, $1::int - 1) n
      ORDER BY tw.code, n`,
    [lawyersPerTownship],
  );
  await client.query(
    `INSERT INTO advisor_assignment (lawyer_id, service_point_id, region_code, valid_from, valid_to)
     SELECT s.id, sp.id, sp.region_code, $1::date, NULL
       FROM bench_village v
       JOIN service_point sp ON sp.region_code = v.code AND sp.kind = 'village_point'
       JOIN staff s ON lower(s.username) = ${lawyerUsernameSql('v.township_code', '((v.k - 1) % $2::int)')}`,
    [shape.advisorsFrom, lawyersPerTownship],
  );
}
