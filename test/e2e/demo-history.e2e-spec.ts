import { DataSource } from 'typeorm';
import { useTestApp } from '../setup/test-app';

describe('Demo history (this year’s work so far)', () => {
  const t = useTestApp({ seed: 'with-history' });
  const query = <Row>(sql: string): Promise<Row[]> => t.app.get(DataSource).query(sql);

  it('holds work-log entries of this year up to yesterday in both towns, and none in the future', async () => {
    const rows = await query<{ town: string; n: number; last: Date }>(`
      SELECT left(region_code, 9) AS town, count(*)::int AS n,
             max(occurred_at) AS last
        FROM service_log GROUP BY 1 ORDER BY 1`);

    expect(rows.map((r) => r.town)).toEqual(['330282104', '330282113']);
    const startOfToday = new Date(
      `${new Date().toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' })}T00:00:00+08:00`,
    );
    for (const r of rows) {
      expect(r.n).toBeGreaterThan(50);
      expect(r.last.getTime()).toBeLessThan(startOfToday.getTime());
    }
  });

  it('keeps the statistics’ counters equal to the work log it wrote', async () => {
    const rows = await query<{ logged: number; counted: number }>(`
      SELECT (SELECT coalesce(sum(people_count), 0)::int FROM service_log
               WHERE type = 'consultation' AND voided_at IS NULL) AS logged,
             (SELECT coalesce(sum(value), 0)::int FROM stat_daily WHERE metric = 'consultations') AS counted`);

    expect(rows[0].logged).toBeGreaterThan(0);
    expect(rows[0].counted).toBe(rows[0].logged);
  });

  it('takes in legal-aid cases with consecutive numbers, most of them decided', async () => {
    const rows = await query<{ case_no: string; status: string }>(
      `SELECT case_no, status FROM legal_aid_case ORDER BY case_no`,
    );

    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r.case_no.replace(/^\(\d{4}\)/, ''))).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `慈法援字第${String(n).padStart(4, '0')}号`),
    );
    expect(rows.filter((r) => r.status === 'applied')).toHaveLength(2);
  });

  it('records all of it in an intact audit trail', async () => {
    const auditor = await t.login('auditor');

    const res = await t
      .http()
      .get('/api/v1/audit-events/verify')
      .set({ authorization: `Bearer ${auditor}` });

    expect(res.body.intact).toBe(true);
    expect(res.body.checked).toBeGreaterThan(100);
  });
});
