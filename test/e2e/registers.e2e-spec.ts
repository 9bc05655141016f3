import ExcelJS from 'exceljs';
import { businessInstant, FixedClock } from '@app/core';
import { bearer, createServiceLog, demoIds, sql, useTestApp } from '@app/testing';
import { application } from '../setup/legal-aid';

// 10:00 on Monday 23 November 2026, Asia/Shanghai.
const NOW = businessInstant('2026-11-23', '10:00');
const SHENGSHAN = '330282113';

type Cell = string | number | null;

/** A downloaded register: its title, headers and data rows (as the cells' values), and its page setup. */
async function readRegister(body: Buffer, sheetName: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(sheetName)!;
  const values = (n: number) => (sheet.getRow(n).values as Cell[]).slice(1);
  const headers = values(2) as string[];
  const rows: Record<string, Cell>[] = [];
  // Data rows run from row 3 to the blank row before the footer.
  for (let n = 3; sheet.getRow(n).getCell(1).value !== null; n++) {
    const v = values(n);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, v[i] ?? null])));
  }
  return { title: sheet.getCell('A1').text, headers, rows, pageSetup: sheet.pageSetup, sheet };
}

/** supertest's parser for a binary answer: the body as one Buffer. */
const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: unknown) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('Registers (台账) and the duty roster (值班表)', () => {
  const clock = new FixedClock(NOW);
  const t = useTestApp({ seed: true, clock });
  const token: Record<string, string> = {};
  let ids: Awaited<ReturnType<typeof demoIds>>;

  const download = (who: string, kind: string, query: Record<string, string>) =>
    t
      .http()
      .get(`/api/v1/registers/${kind}`)
      .query(query)
      .set(bearer(token[who]))
      .buffer(true)
      .parse(binary as never);
  const list = async (who: string, path: string, query: Record<string, string>) =>
    (await t.http().get(`/api/v1/${path}`).query(query).set(bearer(token[who]))).body as {
      items: { id: string }[];
      total: number;
    };
  const exports = (entityType: string) =>
    sql<{ actor_name: string; region_code: string; changes: { note: Record<string, unknown> } }>(
      t,
      `SELECT actor_name, region_code, changes FROM audit_event
        WHERE action = 'export.register' AND entity_type = $1 ORDER BY id`,
      [entityType],
    );

  const november = { regionCode: SHENGSHAN, month: '2026-11' };
  let caseId: string;
  let lawyer01Name: string;

  beforeAll(async () => {
    ids = await demoIds(t);
    for (const u of ['shengshan.official', 'zhangqi.official', 'cixi.official', 'lawyer01', 'lawyer02'])
      token[u] = await t.login(u);
    [{ name: lawyer01Name }] = await sql<{ name: string }>(
      t,
      `SELECT name FROM staff WHERE username = 'lawyer01'`,
    );
    const backfill = (occurredAt: string, extra: object) =>
      createServiceLog(t, token['shengshan.official'], {
        type: 'consultation',
        topic: 'labour_wages',
        servicePointId: ids.shengshanCentre,
        occurredAt,
        peopleCount: 2,
        summary: '咨询拖欠工资如何维权',
        lawyerId: ids.staff.lawyer01,
        ...extra,
      });
    await backfill('2026-11-10T09:30:00+08:00', {});
    await backfill('2026-11-12T14:00:00+08:00', {
      type: 'contract_review',
      topic: 'contract_debt',
      summary: '审核胜山村土地流转合同',
      outcome: '建议补充违约责任条款',
      peopleCount: 1,
      contractAmount: 12345.67,
    });
    // Late on 31 October in Shanghai is still October there, though 1 November has begun nowhere yet in UTC…
    await backfill('2026-10-31T23:30:00+08:00', { summary: '十月最后一晚的咨询' });
    // …and half past midnight on 1 November in Shanghai is November, though still 31 October in UTC.
    await backfill('2026-11-01T00:30:00+08:00', { summary: '十一月第一刻的咨询' });
    const lecture = await t.http().post('/api/v1/workshops').set(bearer(token['shengshan.official'])).send({
      servicePointId: ids.shengshanCentre,
      heldAt: '2026-11-05T14:00:00+08:00',
      topic: '民法典婚姻家庭编专题讲座',
      audienceCount: 63,
      kind: 'lecture',
      lecturerId: ids.staff.lawyer01,
    });
    expect(lecture.status).toBe(201);
    const intake = await t
      .http()
      .post('/api/v1/legal-aid-cases')
      .set(bearer(token.lawyer01))
      .send(application(ids.shengshanCentre, 4711, { receivedAt: '2026-11-16T10:00:00+08:00' }));
    expect(intake.status).toBe(201);
    caseId = intake.body.id;
    const decided = await t
      .http()
      .post(`/api/v1/legal-aid-cases/${caseId}/decision`)
      .set(bearer(token['shengshan.official']))
      .send({ accepted: true, reason: '符合经济困难标准', decidedAt: '2026-11-17T09:00:00+08:00' });
    expect(decided.status).toBe(200);
    const assigned = await t
      .http()
      .post(`/api/v1/legal-aid-cases/${caseId}/assign`)
      .set(bearer(token['shengshan.official']))
      .send({ lawyerId: ids.staff.lawyer02 });
    expect(assigned.status).toBe(200);
  });

  describe('GET /api/v1/registers/service_logs (工作日志)', () => {
    it('holds one row per live entry of the month, with Chinese headers and names, in Shanghai dates', async () => {
      const res = await download('shengshan.official', 'service_logs', november);

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const disposition = res.headers['content-disposition'] as string;
      expect(disposition).toContain('filename="register-service_logs-330282113-2026-11.xlsx"');
      expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe(
        '胜山镇工作日志(2026年11月).xlsx',
      );
      const reg = await readRegister(res.body as Buffer, '工作日志');
      expect(reg.title).toBe('胜山镇工作日志(2026年11月)');
      expect(reg.headers.slice(0, 9)).toEqual([
        '序号',
        '日期',
        '时间',
        '服务点',
        '律师',
        '服务类型',
        '事项类别',
        '人数',
        '服务内容',
      ]);
      const api = await list('shengshan.official', 'service-logs', {
        regionCode: SHENGSHAN,
        from: '2026-11-01',
        to: '2026-11-30',
        pageSize: '500',
      });
      expect(reg.rows).toHaveLength(api.total);
      const consultation = reg.rows.find(
        (r) => r['服务内容'] === '咨询拖欠工资如何维权' && r['日期'] === '2026-11-10',
      );
      expect(consultation).toMatchObject({
        时间: '09:30',
        律师: lawyer01Name,
        服务类型: '法律咨询',
        事项类别: '劳动报酬',
        人数: 2,
        来源: '录入',
      });
      const midnight = reg.rows.find((r) => r['服务内容'] === '十一月第一刻的咨询');
      expect(midnight).toMatchObject({ 日期: '2026-11-01', 时间: '00:30' });
      expect(reg.rows.some((r) => r['服务内容'] === '十月最后一晚的咨询')).toBe(false);
      // Oldest first, numbered from 1.
      expect(reg.rows.map((r) => r['序号'])).toEqual(reg.rows.map((_, i) => i + 1));
      const dates = reg.rows.map((r) => `${String(r['日期'])} ${String(r['时间'])}`);
      expect(dates).toEqual([...dates].sort());
    });

    it('puts the last evening of October (Shanghai) in October’s register', async () => {
      const res = await download('shengshan.official', 'service_logs', {
        regionCode: SHENGSHAN,
        month: '2026-10',
      });

      const reg = await readRegister(res.body as Buffer, '工作日志');
      expect(reg.rows.find((r) => r['服务内容'] === '十月最后一晚的咨询')).toMatchObject({
        日期: '2026-10-31',
        时间: '23:30',
      });
      expect(reg.rows.some((r) => r['服务内容'] === '十一月第一刻的咨询')).toBe(false);
    });

    it('prints on A4 landscape fitted to the page width, the title and headers on every page', async () => {
      const res = await download('shengshan.official', 'service_logs', november);

      const { pageSetup } = await readRegister(res.body as Buffer, '工作日志');
      expect(pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:2',
      });
    });

    it('writes an export.register audit event naming the register, the period and the rows', async () => {
      const before = (await exports('service_log')).length;

      const res = await download('shengshan.official', 'service_logs', november);

      expect(res.status).toBe(200);
      const events = await exports('service_log');
      expect(events).toHaveLength(before + 1);
      const reg = await readRegister(res.body as Buffer, '工作日志');
      expect(events.at(-1)).toMatchObject({
        actor_name: '胡所长',
        region_code: SHENGSHAN,
        changes: {
          note: { register: 'service_logs', from: '2026-11-01', to: '2026-11-30', rows: reg.rows.length },
        },
      });
    });

    it('refuses a region of another jurisdiction (403), and writes no audit event for it', async () => {
      const before = (await exports('service_log')).length;

      const res = await t
        .http()
        .get('/api/v1/registers/service_logs')
        .query(november)
        .set(bearer(token['zhangqi.official']));

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUTSIDE_JURISDICTION');
      expect(await exports('service_log')).toHaveLength(before);
    });

    it('gives a lawyer only their own entries', async () => {
      const res = await download('lawyer02', 'service_logs', november);

      expect(res.status).toBe(200);
      const reg = await readRegister(res.body as Buffer, '工作日志');
      expect(reg.rows.some((r) => r['律师'] === lawyer01Name)).toBe(false);
    });
  });

  describe('GET /api/v1/registers/contract_reviews (合同审核台账)', () => {
    it('holds the contract reviews only, with the amount in yuan and the opinion', async () => {
      const res = await download('shengshan.official', 'contract_reviews', november);

      expect(res.status).toBe(200);
      const reg = await readRegister(res.body as Buffer, '合同审核台账');
      const api = await list('shengshan.official', 'service-logs', {
        regionCode: SHENGSHAN,
        from: '2026-11-01',
        to: '2026-11-30',
        type: 'contract_review',
        pageSize: '500',
      });
      expect(reg.rows).toHaveLength(api.total);
      expect(reg.rows.find((r) => r['合同名称及内容'] === '审核胜山村土地流转合同')).toMatchObject({
        审核日期: '2026-11-12',
        审核律师: lawyer01Name,
        '合同标的额(元)': 12345.67,
        审核意见: '建议补充违约责任条款',
        事项类别: '合同债务',
      });
      expect(reg.rows.some((r) => r['合同名称及内容'] === '咨询拖欠工资如何维权')).toBe(false);
    });
  });

  describe('GET /api/v1/registers/workshops (法治讲座台账)', () => {
    it('holds one row per workshop of the period, its kind by name', async () => {
      const res = await download('shengshan.official', 'workshops', {
        regionCode: SHENGSHAN,
        from: '2026-11-01',
        to: '2026-11-23',
      });

      expect(res.status).toBe(200);
      const reg = await readRegister(res.body as Buffer, '法治讲座台账');
      expect(reg.title).toBe('胜山镇法治讲座台账(2026年11月1日至2026年11月23日)');
      const api = await list('shengshan.official', 'workshops', {
        regionCode: SHENGSHAN,
        from: '2026-11-01',
        to: '2026-11-23',
        pageSize: '500',
      });
      expect(reg.rows).toHaveLength(api.total);
      expect(reg.rows.find((r) => r['主题'] === '民法典婚姻家庭编专题讲座')).toMatchObject({
        日期: '2026-11-05',
        时间: '14:00',
        形式: '法治讲座',
        主讲人: lawyer01Name,
        听众人数: 63,
      });
    });
  });

  describe('GET /api/v1/registers/legal_aid_cases (法律援助案件台账)', () => {
    const full = application('', 4711).applicant;
    const masked = `${full.phone.slice(0, 3)}****${full.phone.slice(-4)}`;
    const ours = (rows: Record<string, Cell>[]) => rows.find((r) => r['申请人'] === full.name)!;

    it('holds the cases received in the period, masked by default, with their steps', async () => {
      const res = await download('shengshan.official', 'legal_aid_cases', november);

      expect(res.status).toBe(200);
      const reg = await readRegister(res.body as Buffer, '法律援助案件台账');
      const api = await list('shengshan.official', 'legal-aid-cases', {
        regionCode: SHENGSHAN,
        from: '2026-11-01',
        to: '2026-11-30',
        pageSize: '500',
      });
      expect(reg.rows).toHaveLength(api.total);
      expect(ours(reg.rows)).toMatchObject({
        申请日期: '2026-11-16',
        联系电话: masked,
        身份证号码: `330282**********${full.idNumber.slice(-2)}`,
        案件类别: '劳动报酬',
        状态: '已指派',
        决定日期: '2026-11-17',
        给予援助: '是',
        承办律师: expect.any(String),
      });
      expect((res.body as Buffer).includes(Buffer.from(full.idNumber))).toBe(false);
    });

    it('reveals the applicants to an official with reveal=true, and audits which it revealed', async () => {
      const res = await download('shengshan.official', 'legal_aid_cases', { ...november, reveal: 'true' });

      const reg = await readRegister(res.body as Buffer, '法律援助案件台账');
      expect(ours(reg.rows)).toMatchObject({ 联系电话: full.phone, 身份证号码: full.idNumber });
      const last = (await exports('legal_aid_case')).at(-1)!;
      expect(last.changes.note).toMatchObject({ register: 'legal_aid_cases', reveal: true });
      expect(last.changes.note.ids).toContain(caseId);
      expect(last.changes.note.revealed).toContain(caseId);
      expect(JSON.stringify(last)).not.toContain(full.idNumber);
    });

    it('keeps the applicant masked for a lawyer who took the case in but is not assigned to it', async () => {
      const res = await download('lawyer01', 'legal_aid_cases', { ...november, reveal: 'true' });

      expect(res.status).toBe(200);
      const reg = await readRegister(res.body as Buffer, '法律援助案件台账');
      expect(ours(reg.rows)).toMatchObject({ 联系电话: masked });
      expect((res.body as Buffer).includes(Buffer.from(full.phone))).toBe(false);
      const last = (await exports('legal_aid_case')).at(-1)!;
      expect(last.actor_name).toBe(lawyer01Name);
      expect(last.changes.note.ids).toContain(caseId);
      expect(last.changes.note.revealed).toEqual([]);
    });

    it('refuses another jurisdiction’s official (403)', async () => {
      const res = await t
        .http()
        .get('/api/v1/registers/legal_aid_cases')
        .query(november)
        .set(bearer(token['zhangqi.official']));

      expect(res.status).toBe(403);
    });
  });

  describe('bad requests', () => {
    it('answers 400 naming the period for none, two at once, a reversed or too long range; 404 for an unknown register', async () => {
      const get = (kind: string, query: Record<string, string>) =>
        t.http().get(`/api/v1/registers/${kind}`).query(query).set(bearer(token['shengshan.official']));

      const none = await get('service_logs', { regionCode: SHENGSHAN });
      const two = await get('service_logs', { regionCode: SHENGSHAN, month: '2026-11', year: '2026' });
      const reversed = await get('service_logs', {
        regionCode: SHENGSHAN,
        from: '2026-11-30',
        to: '2026-11-01',
      });
      const tooLong = await get('service_logs', {
        regionCode: SHENGSHAN,
        from: '2024-01-01',
        to: '2025-06-30',
      });
      const unknown = await get('minutes', { regionCode: SHENGSHAN, month: '2026-11' });

      expect([none.status, two.status, reversed.status, tooLong.status]).toEqual([400, 400, 400, 400]);
      expect(none.body.details).toHaveProperty('period');
      expect(reversed.body.details).toHaveProperty('to');
      expect(tooLong.body.details).toHaveProperty('to');
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('REGISTER_NOT_FOUND');
    });

    it('refuses a period of more than 20,000 records with 422 REGISTER_TOO_LARGE, reading none of them', async () => {
      // 20,001 entries of June 2025, written straight into the table (the register reads the rows, not the counters).
      await sql(
        t,
        `INSERT INTO service_log (type, topic, service_point_id, region_code, lawyer_id, occurred_at, people_count,
           summary, recorded_by, created_at, updated_at)
         SELECT 'consultation', 'other', $1, $2, $3, '2025-06-10T02:00:00Z'::timestamptz + g * interval '1 second', 1,
                '批量', $3, now(), now()
           FROM generate_series(1, 20001) g`,
        [ids.shengshanCentre, SHENGSHAN, ids.staff.lawyer01],
      );
      const before = (await exports('service_log')).length;

      const res = await t
        .http()
        .get('/api/v1/registers/service_logs')
        .query({ regionCode: SHENGSHAN, month: '2025-06' })
        .set(bearer(token['shengshan.official']));

      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'REGISTER_TOO_LARGE', details: { rows: 20001, max: 20000 } });
      expect(await exports('service_log')).toHaveLength(before);
    });
  });

  describe('GET /api/v1/registers/duty_roster (值班表)', () => {
    it('lays the month’s published shifts out by day and point, with the lawyers’ names', async () => {
      const res = await t
        .http()
        .get('/api/v1/registers/duty_roster')
        .query(november)
        .set(bearer(token['shengshan.official']));

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        regionCode: SHENGSHAN,
        regionName: '胜山镇',
        title: '胜山镇公共法律服务值班表(2026年11月)',
      });
      expect(res.body.rows).toHaveLength(30);
      expect(res.body.columns[0].kind).toBe('township_center');
      const shifts = (
        await t
          .http()
          .get('/api/v1/shifts')
          .query({ regionCode: SHENGSHAN, from: '2026-11-01', to: '2026-11-30' })
          .set(bearer(token['shengshan.official']))
      ).body as {
        servicePointId: string;
        date: string;
        lawyerName: string;
        published: boolean;
        status: string;
      }[];
      const published = shifts.filter((s) => s.published && s.status === 'planned');
      expect(published.length).toBeGreaterThan(0);
      const column = new Map(
        (res.body.columns as { servicePointId: string }[]).map((c, i) => [c.servicePointId, i]),
      );
      const rows = new Map(
        (res.body.rows as { date: string; cells: { lawyerName: string }[][] }[]).map((r) => [r.date, r]),
      );
      for (const s of published)
        expect(rows.get(s.date)!.cells[column.get(s.servicePointId)!].map((e) => e.lawyerName)).toContain(
          s.lawyerName,
        );
      const entries = [...rows.values()].flatMap((r) => r.cells.flat());
      expect(entries).toHaveLength(published.length);
      expect(rows.get('2026-11-07')).toMatchObject({ weekday: '六', workday: false });
    });

    it('hands out the same as an xlsx to post, on A4 fitted to the page width', async () => {
      const res = await t
        .http()
        .get('/api/v1/registers/duty_roster')
        .query({ ...november, format: 'xlsx' })
        .set(bearer(token['shengshan.official']))
        .buffer(true)
        .parse(binary as never);

      expect(res.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('值班表')!;
      expect(sheet.getCell('A1').text).toBe('胜山镇公共法律服务值班表(2026年11月)');
      expect(sheet.getCell('A3').text).toBe('2026-11-01');
      expect(sheet.getCell('A32').text).toBe('2026-11-30');
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:2',
      });
    });

    it('refuses another township’s roster and the county above (403), and is a township’s only (422)', async () => {
      const foreign = await t
        .http()
        .get('/api/v1/registers/duty_roster')
        .query(november)
        .set(bearer(token['zhangqi.official']));
      const county = await t
        .http()
        .get('/api/v1/registers/duty_roster')
        .query({ regionCode: '330282', month: '2026-11' })
        .set(bearer(token['shengshan.official']));

      const countyOwn = await t
        .http()
        .get('/api/v1/registers/duty_roster')
        .query({ regionCode: '330282', month: '2026-11' })
        .set(bearer(token['cixi.official']));

      expect(foreign.status).toBe(403);
      expect(county.status).toBe(403);
      expect(countyOwn.status).toBe(422);
      expect(countyOwn.body.code).toBe('DUTY_ROSTER_NOT_A_TOWNSHIP');
    });
  });
});
