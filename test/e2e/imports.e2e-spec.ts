import ExcelJS from 'exceljs';
import { businessInstant, FixedClock } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import type { YearlyStats } from '@app/stats/stats.service';
import { bearer, sql, staffDirectory, useTestApp } from '@app/testing';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The year brought in: the whole of last year. */
const YEAR = 2025;

/** A tiny deterministic random source, so the file is the same on every run. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

const day = (month: number, d: number) =>
  `${YEAR}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const binary = (
  res: { on: (e: string, f: (c: Buffer) => void) => void },
  done: (e: null, b: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** Fills the data sheet of a template the API handed out, in its own column order. */
async function fill(template: Buffer, rows: Record<string, string | number>[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? '').replace(/\*$/, ''));
  rows.forEach((r, i) => {
    const row = sheet.getRow(i + 2);
    for (const [header, value] of Object.entries(r)) {
      const col = headers.indexOf(header);
      if (col < 0) throw new Error(`no column ${header}`);
      row.getCell(col).value = value;
    }
    row.commit();
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('Imports of past records (e2e)', () => {
  const t = useTestApp({ seed: true, clock: new FixedClock(businessInstant('2026-11-23', '10:00')) });
  const staff = staffDirectory(t);
  let official: string;
  let points: ServicePointResponse[];
  let lawyerNames: string[];

  beforeAll(async () => {
    await staff.load();
    official = await staff.token('shengshan.official');
    points = (
      (await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN }))
        .body as ServicePointResponse[]
    ).filter((p) => p.regionCode.startsWith(SHENGSHAN));
    lawyerNames = (
      await sql<{ name: string }>(
        t,
        `SELECT name FROM staff WHERE region_code = $1 AND 'lawyer' = ANY(roles) ORDER BY username`,
        [SHENGSHAN],
      )
    ).map((r) => r.name);
  });

  const template = async (kind: string): Promise<Buffer> => {
    const res = await t
      .http()
      .get(`/api/v1/imports/templates/${kind}`)
      .set(bearer(official))
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    return res.body as Buffer;
  };
  const upload = (file: Buffer, kind: string, dryRun: boolean, token = official) =>
    t
      .http()
      .post('/api/v1/imports')
      .set(bearer(token))
      .field('kind', kind)
      .field('dryRun', String(dryRun))
      .attach('file', file, { filename: `${kind}.xlsx`, contentType: XLSX });
  const yearly = async (): Promise<YearlyStats> => {
    const res = await t
      .http()
      .get('/api/v1/stats/yearly')
      .query({ regionCode: SHENGSHAN, year: YEAR })
      .set(bearer(official));
    expect(res.status).toBe(200);
    return res.body as YearlyStats;
  };
  const paragraph = async (): Promise<string> => {
    const res = await t
      .http()
      .get('/api/v1/stats/yearly/report')
      .query({ regionCode: SHENGSHAN, year: YEAR, format: 'text' })
      .set(bearer(official));
    expect(res.status).toBe(200);
    return res.text;
  };
  const workbookTotals = async (): Promise<Record<string, number>> => {
    const res = await t
      .http()
      .get('/api/v1/stats/yearly/report')
      .query({ regionCode: SHENGSHAN, year: YEAR, format: 'xlsx' })
      .set(bearer(official))
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ArrayBuffer);
    const out: Record<string, number> = {};
    book.getWorksheet('合计')!.eachRow((row, n) => {
      if (n > 2) out[String(row.getCell(1).value)] = Number(row.getCell(3).value || 0);
    });
    return out;
  };

  it('imports a township’s whole past year from xlsx; the statistics, the paragraph and the workbook hold exactly its figures; the same file again is refused; withdrawing brings every figure back', async () => {
    const rnd = random(20250101);
    const pick = <T>(xs: readonly T[]) => xs[rnd(xs.length)];
    const FORMER = '陈旧律'; // never on the staff: kept by name
    const lawyers = [...lawyerNames, FORMER];
    const types = [
      '法律咨询',
      '代拟法律文书',
      '协助申请法律援助',
      '矛盾纠纷调处',
      '村级法律事务',
      '审核村级经济合同',
      '指导网格员调解',
    ];
    const topics = [
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

    // The work log: 420 entries of every type over the twelve months.
    const logs: Record<string, string | number>[] = [];
    const expected = {
      consultations: 0,
      documentsDrafted: 0,
      legalAidReferrals: 0,
      mediations: 0,
      mediationsResolved: 0,
      mediationAmount: 0,
      villageAffairs: 0,
      contractsReviewed: 0,
      contractAmount: 0,
      gridGuidance: 0,
      workshops: 0,
      lectures: 0,
      workshopAudience: 0,
      legalAidCases: 0,
      legalAidRecovered: 0,
    };
    let mediationFen = 0;
    let contractFen = 0;
    for (let i = 0; i < 420; i++) {
      const type = types[i % types.length];
      const row: Record<string, string | number> = {
        服务日期: `${day(1 + (i % 12), 1 + rnd(28))} ${String(8 + rnd(9)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`,
        服务点: pick(points).name,
        律师: pick(lawyers),
        服务类型: type,
        事项类别: pick(topics),
        内容摘要: `第${i + 1}条服务记录`,
      };
      if (type === '法律咨询') {
        row['人数'] = 1 + rnd(4);
        expected.consultations += row['人数'];
      }
      if (type === '代拟法律文书') expected.documentsDrafted++;
      if (type === '协助申请法律援助') expected.legalAidReferrals++;
      if (type === '村级法律事务') expected.villageAffairs++;
      if (type === '指导网格员调解') expected.gridGuidance++;
      if (type === '矛盾纠纷调处') {
        const fen = rnd(5_000_000) + 1;
        row['涉及金额(元)'] = fen / 100;
        row['是否调处成功'] = rnd(3) ? '是' : '否';
        expected.mediations++;
        if (row['是否调处成功'] === '是') expected.mediationsResolved++;
        mediationFen += fen;
      }
      if (type === '审核村级经济合同') {
        const fen = rnd(90_000_000) + 1;
        row['合同标的额(元)'] = fen / 100;
        expected.contractsReviewed++;
        contractFen += fen;
      }
      logs.push(row);
    }
    expected.mediationAmount = mediationFen / 100;
    expected.contractAmount = contractFen / 100;

    // Lectures and other workshops: 36.
    const workshops: Record<string, string | number>[] = [];
    for (let i = 0; i < 36; i++) {
      const kind = i % 3 === 2 ? '普法宣传' : '法治讲座';
      const audience = 20 + rnd(80);
      workshops.push({
        举办日期: day(1 + (i % 12), 10 + rnd(15)),
        服务点: pick(points).name,
        主题: `法治讲座第${i + 1}讲`,
        形式: kind,
        听众人数: audience,
        主讲人: pick(lawyers),
      });
      expected.workshops++;
      if (kind === '法治讲座') expected.lectures++;
      expected.workshopAudience += audience;
    }

    // Legal-aid cases with their real dates: granted (some closed with money recovered), refused, pending.
    const cases: Record<string, string | number>[] = [];
    let recoveredFen = 0;
    for (let i = 0; i < 24; i++) {
      const month = 1 + (i % 11);
      const c: Record<string, string | number> = {
        申请人: `申请人${i + 1}`,
        联系电话: `138${String(10000000 + i).slice(-8)}`,
        身份证号: '330282199001011231',
        受理服务点: pick(points).name,
        案件类别: pick(['劳动报酬', '婚姻家庭', '交通事故']),
        案情摘要: `第${i + 1}件援助申请`,
        申请日期: day(month, 3),
      };
      if (i % 6 !== 5) {
        c['审查决定日期'] = day(month, 6);
        c['是否给予援助'] = i % 6 === 4 ? '否' : '是';
        if (c['是否给予援助'] === '是') {
          expected.legalAidCases++;
          c['指派日期'] = day(month, 8);
          c['承办律师'] = pick(lawyers);
          if (i % 2 === 0) {
            const fen = (rnd(2_000_000) + 1) * 1;
            c['结案日期'] = day(month + 1, 20);
            c['办理结果'] = '调解结案';
            c['挽回金额(元)'] = fen / 100;
            recoveredFen += fen;
          }
        }
      }
      cases.push(c);
    }
    expected.legalAidRecovered = recoveredFen / 100;

    const files = {
      service_logs: await fill(await template('service-logs'), logs),
      workshops: await fill(await template('workshops'), workshops),
      legal_aid_cases: await fill(await template('legal_aid_cases'), cases),
    };
    const before = await yearly();
    expect(before.totals.consultations).toBe(0);

    // A dry run of each: every row passes, nothing is written.
    for (const [kind, file] of Object.entries(files)) {
      const dry = await upload(file, kind, true);
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ dryRun: true, committed: false, rejected: [], id: null });
      expect(dry.body.namedLawyers).toContain(FORMER);
    }
    expect((await yearly()).totals.consultations).toBe(0);

    const ids: string[] = [];
    for (const [kind, file] of Object.entries(files)) {
      const res = await upload(file, kind, false);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ kind, committed: true, rejected: [] });
      ids.push(res.body.id as string);
    }

    const after = await yearly();
    expect(after.totals).toMatchObject(expected);
    // Each decided case counts in the month of its decision.
    expect(after.byMonth.map((m) => m.legalAidCases)).toEqual(
      Array.from(
        { length: 12 },
        (_, k) => cases.filter((c, i) => c['是否给予援助'] === '是' && 1 + (i % 11) === k + 1).length,
      ),
    );
    // The lawyer no longer on the staff is in the breakdown by name, marked as such.
    const former = after.byLawyer.find((l) => l.name === FORMER);
    expect(former).toMatchObject({ onStaff: false });
    expect(after.byLawyer.filter((l) => l.name !== FORMER).every((l) => l.onStaff)).toBe(true);

    const text = await paragraph();
    expect(text).toContain(`为群众提供法律咨询${expected.consultations}人次`);
    expect(text).toContain(`代拟各类法律文书${expected.documentsDrafted}份`);
    expect(text).toContain(`办理法律援助${expected.legalAidCases}件`);
    expect(text).toContain(`律师参与各类矛盾纠纷调处${expected.mediations}起`);
    expect(text).toContain(`开展法治讲座${expected.lectures}堂`.replace('开展', '')); // phrase from metrics.ts
    const book = await workbookTotals();
    expect(book['法律咨询']).toBe(expected.consultations);
    expect(book['参与矛盾纠纷调处']).toBe(expected.mediations);
    expect(book['办理法律援助']).toBe(expected.legalAidCases);
    expect(book['法律援助挽回经济损失']).toBeCloseTo(expected.legalAidRecovered, 2);

    // The same file again is refused, dry run or not; so are the same rows in another file.
    const again = await upload(files.service_logs, 'service_logs', false);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'IMPORT_DUPLICATE', details: { importIds: [ids[0]] } });
    const reordered = await fill(await template('service_logs'), [...logs].reverse().slice(0, 50));
    const rows = await upload(reordered, 'service_logs', true);
    expect(rows.status).toBe(409);
    expect(rows.body.details.rows).toHaveLength(50);

    // The imports are listed, and imported records say where they came from.
    const list = await t.http().get('/api/v1/imports').query({ regionCode: SHENGSHAN }).set(bearer(official));
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(3);
    const [{ source, import_id }] = await sql<{ source: string; import_id: string }>(
      t,
      `SELECT source, import_id FROM service_log WHERE import_id = $1 LIMIT 1`,
      [ids[0]],
    );
    expect({ source, import_id }).toEqual({ source: 'import', import_id: ids[0] });
    expect(
      await sql(t, `SELECT 1 FROM staff WHERE name = $1 AND named_only AND status = 'disabled'`, [FORMER]),
    ).toHaveLength(1);

    // Withdrawing the imports brings every figure back; the withdrawal is audited.
    for (const id of ids) {
      const res = await t
        .http()
        .delete(`/api/v1/imports/${id}`)
        .query({ reason: '导入有误' })
        .set(bearer(official));
      expect(res.status).toBe(200);
      expect(res.body.withdrawnAt).not.toBeNull();
    }
    expect((await yearly()).totals).toEqual(before.totals);
    expect(await paragraph()).toContain('暂无公共法律服务工作记录');
    expect((await workbookTotals())['法律咨询']).toBe(0);
    const trail = await sql<{ action: string }>(
      t,
      `SELECT action FROM audit_event WHERE entity_type = 'import_batch' AND entity_id = ANY($1::varchar[]) ORDER BY id`,
      [ids],
    );
    expect(trail.map((e) => e.action).sort()).toEqual([
      'import',
      'import',
      'import',
      'import.withdraw',
      'import.withdraw',
      'import.withdraw',
    ]);
    const twice = await t.http().delete(`/api/v1/imports/${ids[0]}`).set(bearer(official));
    expect(twice.status).toBe(409);
    // Once withdrawn, the same file may be imported again.
    const back = await upload(files.workshops, 'workshops', false);
    expect(back.status).toBe(200);
    await t.http().delete(`/api/v1/imports/${back.body.id}`).set(bearer(official)).expect(200);
  }, 120_000);

  describe('bad input', () => {
    const row = () => ({
      servicePointId: points[0].id,
      heldAt: '2025-05-01',
      topic: '宪法宣传',
      audienceCount: 10,
      kind: 'lecture',
      lecturerName: '赵讲师',
    });

    it('refuses a file that is not an xlsx, the wrong template and unknown columns with a clear 400', async () => {
      const notXlsx = await upload(Buffer.from('日期,服务点\n2025-01-01,x\n'), 'service_logs', true);
      expect(notXlsx.status).toBe(400);
      expect(notXlsx.body.code).toBe('IMPORT_NOT_XLSX');

      const wrong = await upload(await template('workshops'), 'service_logs', true);
      expect(wrong.status).toBe(400);
      expect(wrong.body).toMatchObject({
        code: 'IMPORT_WRONG_TEMPLATE',
        details: { kindOfFile: 'workshops' },
      });

      const book = new ExcelJS.Workbook();
      book.addWorksheet('讲座').addRows([
        ['举办日期', '服务点', '主题', '形式', '听众人数', '天气'],
        ['2025-05-01', points[0].name, '宪法', '法治讲座', 10, '晴'],
      ]);
      const unknown = await upload(Buffer.from(await book.xlsx.writeBuffer()), 'workshops', true);
      expect(unknown.status).toBe(400);
      expect(unknown.body).toMatchObject({ code: 'IMPORT_UNKNOWN_COLUMNS', details: { columns: ['天气'] } });
    });

    it('answers every bad row in a dry run, and a commit writes nothing', async () => {
      const zhangqi = (await t.http().get('/api/v1/service-points').query({ regionCode: '330282104' }))
        .body as ServicePointResponse[];
      const rows = [
        row(),
        { ...row(), heldAt: '2009-12-31' },
        { ...row(), heldAt: '2026-11-24' },
        { ...row(), audienceCount: -3 },
        { ...row(), servicePointId: zhangqi[0].id },
      ];
      const dry = await t
        .http()
        .post('/api/v1/imports')
        .set(bearer(official))
        .send({ kind: 'workshops', dryRun: true, rows });
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ rows: 5, accepted: 1, committed: false });
      expect(dry.body.rejected.map((p: { row: number; field: string }) => [p.row, p.field])).toEqual([
        [2, 'heldAt'],
        [3, 'heldAt'],
        [4, 'audienceCount'],
        [5, 'servicePoint'],
      ]);
      expect(dry.body.rejected[3].message).toContain('不在您的辖区内');

      const commit = await t
        .http()
        .post('/api/v1/imports')
        .set(bearer(official))
        .send({ kind: 'workshops', dryRun: false, rows });
      expect(commit.status).toBe(400);
      expect(commit.body.code).toBe('IMPORT_ROWS_INVALID');
      expect(commit.body.details.rejected).toHaveLength(4);
      expect(
        await sql(t, `SELECT 1 FROM workshop WHERE source = 'import' AND voided_at IS NULL`),
      ).toHaveLength(0);
      expect(await sql(t, `SELECT 1 FROM staff WHERE name = '赵讲师'`)).toHaveLength(0);

      const money = await t
        .http()
        .post('/api/v1/imports')
        .set(bearer(official))
        .send({
          kind: 'service_logs',
          dryRun: true,
          rows: [
            {
              type: 'contract_review',
              topic: 'contract_debt',
              servicePointId: points[0].id,
              occurredAt: '2025-06-01',
              summary: '审核合同',
              contractAmount: 100.125,
              lawyerName: lawyerNames[0],
              peopleCount: 1,
            },
          ],
        });
      expect(money.body.rejected).toEqual([
        expect.objectContaining({ row: 1, field: 'contractAmount', message: '合同标的额(元)最多两位小数' }),
      ]);
    });

    it('takes JSON rows like the create bodies, and refuses them again as a duplicate', async () => {
      const rows = [row(), { ...row(), heldAt: '2025-05-02T14:00:00+08:00' }];
      const first = await t
        .http()
        .post('/api/v1/imports')
        .set(bearer(official))
        .send({ kind: 'workshops', rows });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ committed: true, accepted: 2, namedLawyers: ['赵讲师'] });
      const again = await t
        .http()
        .post('/api/v1/imports')
        .set(bearer(official))
        .send({ kind: 'workshops', rows: [row()] });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('IMPORT_DUPLICATE');
      await t.http().delete(`/api/v1/imports/${first.body.id}`).set(bearer(official)).expect(200);
    });

    it('refuses an upload over 20 MB with 413 and another jurisdiction’s import with 404', async () => {
      const big = Buffer.alloc(100 * 1024 * 1024, 1);
      big.write('PK\u0003\u0004');
      const res = await upload(big, 'service_logs', true).catch(
        (err: { response?: { status: number; body: unknown } }) => err.response!,
      );
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ code: 'IMPORT_FILE_TOO_LARGE' });

      const mine = await t
        .http()
        .post('/api/v1/imports')
        .set(bearer(official))
        .send({ kind: 'workshops', rows: [{ ...row(), topic: '另一次' }] });
      expect(mine.status).toBe(200);
      const other = await t
        .http()
        .delete(`/api/v1/imports/${mine.body.id}`)
        .set(bearer(await staff.token('zhangqi.official')));
      expect(other.status).toBe(404);
      const lawyer = await t
        .http()
        .get('/api/v1/imports')
        .set(bearer(await staff.token('lawyer01')));
      expect(lawyer.status).toBe(403);
    });
  });
});
