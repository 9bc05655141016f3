/// <reference lib="dom" />
import { DESKTOP, signIn, useBrowserApp, watchErrors } from './helpers/browser';
import { lastDay, monthFromNow } from './helpers/dates';

const SHENGSHAN = '330282113';

describe('print pages (值班表, 月报)', () => {
  const t = useBrowserApp();

  it('prints the township’s month of duty with the lawyers’ names, reached from the roster', async () => {
    const month = monthFromNow(t.clock, 0);
    const token = await t.login('shengshan.official');
    const shifts = (
      await t
        .http()
        .get('/api/v1/shifts')
        .query({ regionCode: SHENGSHAN, from: `${month}-01`, to: lastDay(month) })
        .set('authorization', `Bearer ${token}`)
    ).body as { lawyerName: string; published: boolean; status: string }[];
    const lawyers = [
      ...new Set(shifts.filter((s) => s.published && s.status === 'planned').map((s) => s.lawyerName)),
    ];
    expect(lawyers.length).toBeGreaterThan(0);
    const page = await (await t.context(DESKTOP)).newPage();
    const errors = watchErrors(page);
    await signIn(page, 'shengshan.official', '**/console');

    await page.goto(`/console/roster?month=${month}`);
    const link = page.getByTestId('print-roster');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/print/duty-roster/${SHENGSHAN}/${month}`);
    await page.goto(`/print/duty-roster/${SHENGSHAN}/${month}`);
    const sheet = page.getByTestId('duty-roster');
    await sheet.locator('[data-testid=duty-entry]').first().waitFor();
    await t.shot(page, 'print-duty-roster', true);

    const text = (await sheet.textContent()) ?? '';
    for (const name of lawyers) expect(text).toContain(name);
    expect(text).toContain(`胜山镇公共法律服务值班表(${month.slice(0, 4)}年${Number(month.slice(5))}月)`);
    expect(await sheet.locator('tbody tr').count()).toBe(Number(lastDay(month).slice(8)));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-button').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('prints the monthly tally with the API’s figures, linked from the statistics page', async () => {
    const month = monthFromNow(t.clock, 0);
    const token = await t.login('shengshan.official');
    const stats = (
      await t
        .http()
        .get('/api/v1/stats/monthly')
        .query({ regionCode: SHENGSHAN, month })
        .set('authorization', `Bearer ${token}`)
    ).body as { totals: { consultations: number; dutyDays: number }; byRegion: { name: string }[] };
    const page = await (await t.context(DESKTOP)).newPage();
    const errors = watchErrors(page);
    await signIn(page, 'shengshan.official', '**/console');

    await page.goto('/console/stats');
    const link = page.getByTestId('print-monthly');
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(`/print/monthly/${SHENGSHAN}/${month}`);
    await page.goto(href);
    const sheet = page.getByTestId('monthly-tally');
    await sheet.waitFor();
    await t.shot(page, 'print-monthly-tally', true);

    expect(await sheet.locator('h1').textContent()).toBe(
      `胜山镇公共法律服务工作月报表（${month.slice(0, 4)}年${Number(month.slice(5))}月）`,
    );
    expect(await page.getByTestId('total-consultations').textContent()).toBe(
      stats.totals.consultations.toLocaleString('zh-CN'),
    );
    expect(await page.getByTestId('total-dutyDays').textContent()).toBe(
      stats.totals.dutyDays.toLocaleString('zh-CN'),
    );
    const text = (await sheet.textContent()) ?? '';
    for (const r of stats.byRegion) expect(text).toContain(r.name);
    expect(errors).toEqual([]);
  });
});
