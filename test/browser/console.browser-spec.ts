/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
import gcoord from 'gcoord';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { haversineMeters } from '@app/core';
import { DESKTOP, PHONE, signIn, useBrowserApp, watchErrors } from './helpers/browser';
import { lastDay, monthFromNow } from './helpers/dates';

describe('official (desktop console)', () => {
  const t = useBrowserApp();

  it('generates and publishes a month of roster, then downloads the monthly xlsx', async () => {
    const month = monthFromNow(t.clock, 2);
    const page = await (await t.context({ ...DESKTOP, acceptDownloads: true })).newPage();
    const errors = watchErrors(page);
    await signIn(page, 'shengshan.official', '**/console');

    await page.goto(`/console/roster?month=${month}`);
    await page.getByTestId('generate').click();
    await page.locator('.el-message--success').filter({ hasText: '已生成' }).waitFor();
    await page.locator('.grid td .who').first().waitFor();
    await t.shot(page, 'desktop-console-roster-generated');
    await page.getByTestId('publish').click();
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await page.locator('.el-message--success').filter({ hasText: '已发布' }).waitFor();
    await t.shot(page, 'desktop-console-roster-published');

    const token = await t.login('shengshan.official');
    const shifts = (
      await t
        .http()
        .get('/api/v1/shifts')
        .query({ regionCode: '330282113', from: `${month}-01`, to: lastDay(month) })
        .set('authorization', `Bearer ${token}`)
    ).body as { published: boolean; status: string }[];
    expect(shifts.length).toBeGreaterThan(0);
    expect(shifts.filter((s) => s.status === 'planned').every((s) => s.published)).toBe(true);

    await page.goto('/console/stats');
    const button = page.getByTestId('export-monthly');
    await button.waitFor();
    await t.shot(page, 'desktop-console-stats');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = readFileSync((await download.path())!);

    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(file.subarray(0, 2).toString()).toBe('PK');
    expect(errors).toEqual([]);
  });

  it('takes a point’s location as 高德 shows it (GCJ-02 by default) and keeps it in WGS-84', async () => {
    const spot = { lat: 30.2899, lng: 121.4213 }; // WGS-84, in 胜山镇
    const [gcjLng, gcjLat] = gcoord.transform([spot.lng, spot.lat], gcoord.WGS84, gcoord.GCJ02);
    type Point = { id: string; name: string; lat: number; lng: number; gcj02: { lat: number; lng: number } };
    const points = (
      await t.http().get('/api/v1/service-points').query({ regionCode: '330282113', kind: 'village_point' })
    ).body as Point[];
    const point = points[points.length - 1];
    const page = await (await t.context(DESKTOP)).newPage();
    const errors = watchErrors(page);
    await signIn(page, 'shengshan.official', '**/console');

    await page.goto('/console/points');
    const row = page.locator('.el-table__row').filter({ hasText: point.name });
    const amap = new URL((await row.locator('a[href*="uri.amap.com"]').getAttribute('href'))!);
    await row.getByRole('button', { name: '编辑' }).click();
    const dialog = page.locator('.el-dialog');
    const [lat, lng] = [
      dialog.locator('.el-input-number input').nth(0),
      dialog.locator('.el-input-number input').nth(1),
    ];
    const shown = [await lat.inputValue(), await lng.inputValue()];
    await expect(dialog.getByTestId('coord-system').textContent()).resolves.toContain('GCJ-02');
    await t.shot(page, 'desktop-console-point-coordinates');
    await lat.fill(gcjLat.toFixed(6));
    await lng.fill(gcjLng.toFixed(6));
    await lng.press('Tab');
    await dialog.getByTestId('dialog-save').click();
    await page.locator('.el-message--success').waitFor();
    const stored = (await t.http().get(`/api/v1/service-points/${point.id}`)).body as Point;

    expect(amap.searchParams.get('position')).toBe(`${point.gcj02.lng},${point.gcj02.lat}`);
    expect(amap.searchParams.get('coordinate')).toBe('gaode');
    expect(shown).toEqual([point.gcj02.lat.toFixed(6), point.gcj02.lng.toFixed(6)]);
    expect(haversineMeters(spot, { lat: gcjLat, lng: gcjLng })).toBeGreaterThan(300);
    expect(haversineMeters(spot, stored)).toBeLessThan(3);
    expect(errors).toEqual([]);
  });

  it('accepts a sign-in a phone uploaded 30 hours late from the pending list', async () => {
    const lawyer = await t.login('lawyer01');
    const upload = await t
      .http()
      .post('/api/v1/attendance/check-in')
      .set('authorization', `Bearer ${lawyer}`)
      .send({
        idempotencyKey: randomUUID(),
        clientTime: new Date(t.clock.now().getTime() - 30 * 3_600_000).toISOString(),
      });
    const page = await (await t.context(DESKTOP)).newPage();
    const errors = watchErrors(page);
    await signIn(page, 'shengshan.official', '**/console');

    await page.goto('/console/attendance');
    const pending = page.getByTestId('pending-review');
    await pending.locator('.el-table__row').first().waitFor();
    await t.shot(page, 'desktop-console-attendance-pending-review');
    await pending.locator('.el-table__row').first().getByRole('button', { name: '认可' }).click();
    const dialog = page.locator('.el-dialog').filter({ hasText: '审核补传记录' });
    await dialog.locator('textarea').fill('经核实当日在岗，手机离线后补传');
    await dialog.getByTestId('dialog-save').click();
    await page.locator('.el-message--success').filter({ hasText: '审核结果已保存' }).waitFor();
    const token = await t.login('shengshan.official');
    const left = await t
      .http()
      .get('/api/v1/attendance/pending-review')
      .set('authorization', `Bearer ${token}`);

    expect(upload.status).toBe(202);
    expect(left.body).toEqual([]);
    await expect(pending.isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });

  it('prints an A4 sign with a QR code for a village point', async () => {
    const points = (
      await t.http().get('/api/v1/service-points').query({ regionCode: '330282113', kind: 'village_point' })
    ).body as { id: string; name: string }[];
    const page = await (await t.context(DESKTOP)).newPage();

    await page.goto(`/print/sign/${points[0].id}`);
    await page.locator('.sign .qr svg').waitFor();
    await t.shot(page, 'desktop-print-sign', true);
    const detail = await t.http().get(`/api/v1/service-points/${points[0].id}`);

    await expect(page.locator('.sign h1').textContent()).resolves.toBe(points[0].name);
    expect(detail.body.advisorName).toBeTruthy();
    await expect(page.getByTestId('sign-advisor').textContent()).resolves.toBe(detail.body.advisorName);
  });

  it('keeps the console off the phone pages: a resident never loads Element Plus or ECharts', async () => {
    const page = await (await t.context(PHONE)).newPage();
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (/\.(js|css)$/.test(new URL(r.url()).pathname)) scripts.push(new URL(r.url()).pathname);
    });

    await page.goto('/');
    await page.locator('.point-cell').first().click();
    await page.locator('.slot, .van-empty').first().waitFor();

    expect(scripts.filter((s) => /Console|RosterView|StatsView|EChart|element|echarts/i.test(s))).toEqual([]);
  });
});
