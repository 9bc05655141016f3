import { DataSource } from 'typeorm';
import { businessInstant, FixedClock } from '@app/core';
import { useTestApp } from '@app/testing';

// Monday 4 January 2027, 09:00: this year has only a few days, so the history must reach into last year.
const EARLY_JANUARY = businessInstant('2027-01-04', '09:00');

describe('Demo history (last year’s and this year’s work so far)', () => {
  const t = useTestApp({ seed: 'with-history', clock: new FixedClock(EARLY_JANUARY) });
  const query = <Row>(sql: string): Promise<Row[]> => t.app.get(DataSource).query(sql);

  it('holds work-log entries from 1 January of last year up to yesterday in both towns, and none in the future', async () => {
    const rows = await query<{ town: string; n: number; first: Date; last: Date }>(`
      SELECT left(region_code, 9) AS town, count(*)::int AS n,
             min(occurred_at) AS first, max(occurred_at) AS last
        FROM service_log GROUP BY 1 ORDER BY 1`);

    expect(rows.map((r) => r.town)).toEqual(['330282104', '330282113']);
    for (const r of rows) {
      expect(r.n).toBeGreaterThan(150);
      expect(r.first.getTime()).toBeGreaterThanOrEqual(businessInstant('2026-01-01').getTime());
      expect(r.first.getTime()).toBeLessThan(businessInstant('2026-01-10').getTime());
      expect(r.last.getTime()).toBeLessThan(businessInstant('2027-01-04').getTime());
    }
  });

  it('publishes the roster of this month and the next, from the app’s clock', async () => {
    const rows = await query<{ month: string; n: number }>(`
      SELECT to_char(date, 'YYYY-MM') AS month, count(*)::int AS n
        FROM duty_shift WHERE published GROUP BY 1 ORDER BY 1`);

    expect(rows.map((r) => r.month)).toEqual(['2027-01', '2027-02']);
  });

  it('keeps the statistics’ counters equal to the work log it wrote', async () => {
    const rows = await query<{ logged: number; counted: number }>(`
      SELECT (SELECT coalesce(sum(people_count), 0)::int FROM service_log
               WHERE type = 'consultation' AND voided_at IS NULL) AS logged,
             (SELECT coalesce(sum(value), 0)::int FROM stat_daily WHERE metric = 'consultations') AS counted`);

    expect(rows[0].logged).toBeGreaterThan(0);
    expect(rows[0].counted).toBe(rows[0].logged);
  });

  it('takes in legal-aid cases through both years, numbered on per year, decided in the months they were decided', async () => {
    const rows = await query<{ case_no: string; status: string; received: string; decided: string | null }>(
      `SELECT case_no, status, to_char(received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS received,
              to_char(decided_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS decided
         FROM legal_aid_case ORDER BY received_at`,
    );

    const years = ['2026', '2027'].map((y) =>
      rows
        .filter((r) => r.case_no.startsWith(`(${y})`))
        .map((r) => Number(/第(\d+)号/.exec(r.case_no)![1]))
        .sort((a, b) => a - b),
    );
    expect(years[0].length).toBeGreaterThan(12);
    expect(years[0]).toEqual(years[0].map((_, i) => i + 1));
    expect(years[1]).toEqual(years[1].map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.decided).filter(Boolean)).size).toBeGreaterThan(8);
    expect(rows.filter((r) => r.status === 'applied').length).toBeLessThanOrEqual(2);
    expect(rows.filter((r) => r.status === 'closed').length).toBeGreaterThan(5);
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
