/// <reference lib="dom" />
import axe from 'axe-core';
import { DEMO_COUNTY, SHENGSHAN, ZHANGQI } from '@app/demo';
import type { PeriodsPageResponse } from '@app/stats/periods/dto/periods.dto';
import { businessInstant } from '@app/core';
import { bearer, createServiceLog } from '@app/testing';
import type { Page } from 'playwright-core';
import { DESKTOP, signIn, useBrowserApp, watchErrors } from './helpers/browser';
import { lastDay, monthFromNow } from './helpers/dates';

// 月结 through the console: the township official closes last month (月结, or 零上报 when the month
// has no record) after a dialog that says what the close means; the county official then sees the
// township as reported and another as not yet reported, on the screen, in its filter and at home.
describe('month-end close screen (月结, 零上报) for township, county and city officials', () => {
  jest.setTimeout(120_000);
  const t = useBrowserApp();

  async function official(username: string): Promise<Page> {
    const page = await (await t.context(DESKTOP)).newPage();
    await signIn(page, username, '**/console');
    return page;
  }
  const periodOf = async (regionCode: string, month: string) => {
    const res = await t
      .http()
      .get('/api/v1/periods')
      .query({ regionCode, month })
      .set(bearer(await t.login('cixi.official')));
    expect(res.status).toBe(200);
    return (res.body as PeriodsPageResponse).items[0];
  };

  it('the township official closes last month on the screen; the county sees it closed and 掌起镇 behind', async () => {
    const month = monthFromNow(t.clock, -1);
    expect((await periodOf(SHENGSHAN, month)).status).toBe('open');

    const township = await official('shengshan.official');
    const errors = watchErrors(township);
    await township.goto('/console/periods');
    const card = township.getByTestId('periods-last');
    await card.getByText('未上报').waitFor();
    const button = card.getByTestId('periods-close');
    const buttonText = ((await button.textContent()) ?? '').trim();
    // The button says what it does: 月结 with figures, or 零上报 for a month without any record.
    expect([`月结 ${month}`, `零上报 ${month}`]).toContain(buttonText);
    await button.click();

    const dialog = township.locator('.el-message-box');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('锁定');
    expect(text).toContain('版本');
    // Not yet: the dialog's cancel keeps the month open, and it is named by what it does.
    await dialog.getByRole('button', { name: '暂不上报' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await periodOf(SHENGSHAN, month)).status).toBe('open');

    await button.click();
    await t.shot(township, 'desktop-console-periods-close-confirm');
    await dialog.getByRole('button', { name: buttonText }).click();
    await card
      .getByText(/已月结|零上报/)
      .first()
      .waitFor();
    await card.getByText('第 1 版', { exact: false }).waitFor();

    const closed = await periodOf(SHENGSHAN, month);
    expect(closed.status).toBe(buttonText.startsWith('零上报') ? 'zero' : 'closed');
    expect(closed.version).toBe(1);
    // The township's own list shows the month closed too.
    const row = township.getByTestId('periods-table').locator('.el-table__row').filter({ hasText: month });
    await row.getByText(closed.status === 'zero' ? '零上报' : '已月结').waitFor();
    expect(errors).toEqual([]);

    const county = await official('cixi.official');
    const countyErrors = watchErrors(county);
    // At home: 掌起镇 is listed as not yet closed, 胜山镇 is not.
    const behind = county.getByTestId('home-behind');
    await behind.getByText('掌起镇').waitFor();
    expect(await behind.textContent()).not.toContain('胜山镇');
    await behind.getByRole('link').click();
    await county.waitForURL('**/console/periods');

    const table = county.getByTestId('periods-table');
    const shengshan = table.locator('.el-table__row').filter({ hasText: SHENGSHAN });
    const zhangqi = table.locator('.el-table__row').filter({ hasText: ZHANGQI });
    await shengshan.getByText(closed.status === 'zero' ? '零上报' : '已月结').waitFor();
    await zhangqi.getByText('未上报').waitFor();
    await t.shot(county, 'desktop-console-periods-county');

    // The ones behind: status 未上报 filters 胜山镇 out and keeps 掌起镇.
    await county.getByTestId('periods-status').click();
    await county
      .locator('.el-select-dropdown:visible .el-select-dropdown__item')
      .filter({ hasText: '未上报' })
      .click();
    await county.getByTestId('list-search').click();
    await zhangqi.waitFor();
    await shengshan.waitFor({ state: 'detached' });
    const counts = await county.getByTestId('periods-counts').textContent();
    const all = await t
      .http()
      .get('/api/v1/periods')
      .query({ regionCode: DEMO_COUNTY, month })
      .set(bearer(await t.login('cixi.official')));
    const c = (all.body as PeriodsPageResponse).counts;
    expect(counts).toBe(`未上报 ${c.open} 个，已月结 ${c.closed} 个，零上报 ${c.zero} 个`);
    expect(c.closed + c.zero).toBe(1);
    expect(countyErrors).toEqual([]);
  });

  it('the city official reads the city’s townships and the ranking, with no close button', async () => {
    const city = await official('ningbo.official');
    const errors = watchErrors(city);
    await city.goto('/console/periods');
    await city.getByTestId('periods-table').locator('.el-table__row').getByText('未上报').first().waitFor();
    expect(await city.getByTestId('periods-close').count()).toBe(0);
    const ranking = city.getByTestId('periods-ranking');
    const rows = ranking.locator('.el-table__row');
    await rows.first().waitFor();
    // The counties of the city, ranked (the demo county among them).
    expect(await ranking.textContent()).toContain('慈溪市');
    await t.shot(city, 'desktop-console-periods-city');
    // The county and city view's own controls (month, status, metric, level) are labelled: the axe
    // walk of every route opens this page as a township official only.
    await city.evaluate(axe.source);
    const results = await city.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
    );
    const serious = results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a month with records closes as 月结 (not 零上报), after the dialog names the lock and the amendments', async () => {
    const month = monthFromNow(t.clock, -1);
    const token = await t.login('zhangqi.official');
    const assignments = await t
      .http()
      .get('/api/v1/advisor-assignments')
      .query({ regionCode: ZHANGQI, pageSize: 500 })
      .set(bearer(token));
    const village = (assignments.body.items as { lawyerId: string; servicePointId: string }[])[0];
    // The official back-fills one consultation on the month's last day: the month now has a record.
    await createServiceLog(t, token, {
      lawyerId: village.lawyerId,
      servicePointId: village.servicePointId,
      type: 'consultation',
      topic: 'neighbour',
      occurredAt: businessInstant(lastDay(month), '10:00').toISOString(),
      peopleCount: 2,
      summary: '相邻关系咨询（补录）',
    });

    const page = await official('zhangqi.official');
    const errors = watchErrors(page);
    await page.goto('/console/periods');
    const card = page.getByTestId('periods-last');
    const button = card.getByTestId('periods-close');
    await button.waitFor();
    expect((await button.textContent())?.trim()).toBe(`月结 ${month}`);
    expect(await card.textContent()).not.toContain('只能零上报');
    await button.click();
    const dialog = page.locator('.el-message-box');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('对律师锁定');
    await dialog.getByRole('button', { name: `月结 ${month}` }).click();
    await card.getByText('已月结').waitFor();

    const closed = await periodOf(ZHANGQI, month);
    expect(closed.status).toBe('closed');
    expect(closed.version).toBe(1);
    expect(errors).toEqual([]);
  });
});
