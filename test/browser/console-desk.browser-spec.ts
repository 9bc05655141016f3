/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
import jsQR from 'jsqr';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { addDays, businessInstant } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import { idNumberCheckDigit } from '@app/legal-aid';
import { NotifyService } from '@app/notify';
import { bearer, createServiceLog, sql } from '@app/testing';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, PHONE, SettableClock, signIn, useBrowserApp, watchErrors } from './helpers/browser';
import { lastDay } from './helpers/dates';

const PUBLIC_BASE_URL = 'https://fl.example.gov.cn';
/** The phone and desktop sizes the officials' screens are looked at in. */
const PHONE_390 = { ...PHONE, viewport: { width: 390, height: 844 } };
const DESKTOP_768 = { viewport: { width: 1366, height: 768 } };

describe('officials’ screens for every job (desktop console)', () => {
  const clock = new SettableClock();
  const t = useBrowserApp({ clock, env: { PUBLIC_BASE_URL } });

  async function official(
    username = 'shengshan.official',
    size: BrowserContextOptions = DESKTOP,
  ): Promise<Page> {
    const page = await (await t.context(size)).newPage();
    await signIn(page, username, '**/console');
    return page;
  }
  /**
   * Picks `text` (or the first option) in the open Element Plus select dropdown, then waits until it
   * has closed, so that the next select's dropdown is the only one on the page.
   */
  async function pick(page: Page, text?: string): Promise<void> {
    const items = page.locator('.el-select-dropdown:visible .el-select-dropdown__item');
    await (text ? items.filter({ hasText: text }) : items).first().click();
    const open = page.locator('.el-select-dropdown:visible');
    for (let i = 0; i < 50 && (await open.count()) > 0; i++) await page.waitForTimeout(100);
  }
  /** Clicks the list's CSV export and reads the file the browser saved. */
  async function exported(page: Page, testId = 'list-export'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  }
  /** The rows of a table once its skeleton has gone. */
  async function rowsOf(page: Page, testId: string): Promise<string[]> {
    await page.locator('.el-skeleton').waitFor({ state: 'detached' });
    return page.getByTestId(testId).locator('.el-table__body-wrapper .el-table__row').allTextContents();
  }
  /** Sets the page size of the `nth` list's pagination. */
  async function pageSize(page: Page, n: number, nth = 0): Promise<void> {
    await page.locator('.list-pagination .page-size').nth(nth).click();
    await pick(page, `${n} 条/页`);
  }
  const me = async (username: string) =>
    (
      await t
        .http()
        .get('/api/v1/auth/me')
        .set(bearer(await t.login(username)))
    ).body as { id: string; name: string };

  it('names the lawyer of a flagged sign-in and shows its time in Shanghai, not UTC', async () => {
    // 17:28 UTC on the 23rd is 01:28 on the 24th in Shanghai: a UTC display shows the 23rd.
    const at = new Date(`${addDays(t.clock.today(), 0)}T17:28:00Z`);
    clock.set(at);
    try {
      const lawyer = await me('lawyer01');
      const res = await t
        .http()
        .post('/api/v1/attendance/check-in')
        .set(bearer(await t.login('lawyer01')))
        .send({ idempotencyKey: randomUUID() });
      expect(res.status).toBe(201);
      const page = await official();
      const errors = watchErrors(page);
      await page.goto('/console/attendance');
      const flagged = page.locator('.console-card').filter({ hasText: '需核实的签到记录' });
      const row = flagged.locator('.el-table__row').filter({ hasText: lawyer.name }).first();
      await row.waitFor();
      const text = (await row.textContent()) ?? '';
      const shanghai = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
      await flagged.scrollIntoViewIfNeeded();
      await t.shot(page, 'desktop-console-attendance-flagged-shanghai');

      expect(shanghai).not.toBe(at.toISOString().slice(0, 10));
      expect(text).toContain(`${shanghai} 01:28`);
      expect(text).not.toContain('17:28');
      expect(text).toContain(lawyer.name);
      expect(errors).toEqual([]);
    } finally {
      clock.release();
    }
  });

  it('records a lawyer’s leave from the leave screen, then withdraws it, saying what that means', async () => {
    const lawyer = await me('lawyer02');
    // Past the demo roster (this month and next), so no shift stands in the way.
    const from = addDays(t.clock.today(), 75);
    const to = addDays(from, 2);
    const page = await official();
    const errors = watchErrors(page);
    await page.goto('/console/leave');
    await page.getByRole('heading', { name: '律师请假' }).waitFor();
    await page.getByTestId('leave-create').click();
    const dialog = page.locator('.el-dialog').filter({ hasText: '登记请假' });
    await dialog.locator('.el-select').click();
    await pick(page, lawyer.name);
    const dates = dialog.locator('.el-date-editor input');
    await dates.nth(0).fill(from);
    await dates.nth(0).press('Enter');
    await dates.nth(1).fill(to);
    await dates.nth(1).press('Enter');
    await dialog.getByTestId('leave-reason').fill('开庭');
    await t.shot(page, 'desktop-console-leave-create');
    await dialog.getByTestId('dialog-save').click();
    await page.locator('.el-message--success').filter({ hasText: '请假已登记' }).waitFor();
    const official_ = await t.login('shengshan.official');
    const recorded = (
      await t.http().get('/api/v1/unavailability').query({ lawyerId: lawyer.id }).set(bearer(official_))
    ).body as { id: string; from: string; to: string; reason: string }[];
    expect(recorded).toEqual(expect.arrayContaining([expect.objectContaining({ from, to, reason: '开庭' })]));

    // The list's filter reaches the new leave; withdrawing it asks first, naming the lawyer and days.
    const dateFilters = page.locator('.search-row .el-date-editor input');
    await dateFilters.nth(1).fill(addDays(to, 10));
    await dateFilters.nth(1).press('Enter');
    await page.getByTestId('list-search').click();
    const row = page.locator('.el-table__row').filter({ hasText: from });
    await row.waitFor();
    await t.shot(page, 'desktop-console-leave');
    await row.getByRole('button', { name: '撤销请假' }).click();
    const box = page.locator('.el-message-box');
    await expect(box.textContent()).resolves.toContain(`${lawyer.name} ${from} 至 ${to}`);
    await box.getByRole('button', { name: '撤销请假' }).click();
    await page.locator('.el-message--success').filter({ hasText: '请假已撤销' }).waitFor();
    const left = (
      await t.http().get('/api/v1/unavailability').query({ lawyerId: lawyer.id }).set(bearer(official_))
    ).body as { from: string }[];

    expect(left.some((u) => u.from === from)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('corrects a work-log entry with a reason, audited with the before and after', async () => {
    const lawyer = await me('lawyer05');
    const token = await t.login('shengshan.official');
    const points = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'village_point' })
    ).body as { id: string }[];
    const entry = await createServiceLog(t, token, {
      lawyerId: lawyer.id,
      servicePointId: points[0].id,
      type: 'consultation',
      topic: 'neighbour',
      occurredAt: businessInstant(addDays(t.clock.today(), -2), '10:00').toISOString(),
      peopleCount: 3,
      summary: '宅基地界址纠纷咨询（待更正）',
    });
    const page = await official();
    const errors = watchErrors(page);
    await page.goto('/console/worklog');
    const row = page.getByTestId('log-table').locator('.el-table__row').filter({ hasText: '待更正' });
    await row.waitFor();
    await t.shot(page, 'desktop-console-worklog');
    await row.getByRole('button', { name: '更正' }).click();
    const dialog = page.locator('.el-dialog').filter({ hasText: '更正工作日志' });
    const people = dialog.locator('.el-input-number input');
    await people.fill('5');
    await people.press('Tab');
    const saveWithoutReason = await dialog.getByTestId('dialog-save').isDisabled();
    await dialog.getByTestId('fix-reason').fill('核对签到表，漏记两人');
    await dialog.getByTestId('dialog-save').click();
    await page.locator('.el-message--success').filter({ hasText: '更正已保存' }).waitFor();
    const stored = (await t.http().get(`/api/v1/service-logs/${entry.id}`).set(bearer(token))).body as {
      peopleCount: number;
    };
    const audit = (
      await t
        .http()
        .get('/api/v1/audit-events')
        .query({ entityType: 'service_log', entityId: entry.id })
        .set(bearer(await t.login('auditor')))
    ).body as { items: { action: string; changes: Record<string, { from: unknown; to: unknown }> }[] };

    expect(saveWithoutReason).toBe(true);
    expect(stored.peopleCount).toBe(5);
    expect(audit.items[0].changes.peopleCount).toEqual({ from: 3, to: 5 });
    expect(errors).toEqual([]);
  });

  it('back-fills a work-log entry on a lawyer’s behalf', async () => {
    const lawyer = await me('lawyer03');
    const page = await official();
    const errors = watchErrors(page);
    await page.goto('/console/worklog');
    await page.getByTestId('log-backfill').click();
    const dialog = page.locator('.el-dialog').filter({ hasText: '补录日志' });
    await dialog.getByTestId('entry-lawyer').click();
    await pick(page, lawyer.name);
    await dialog.getByTestId('entry-point').click();
    await pick(page);
    await dialog.getByTestId('entry-summary').fill('补录：村民土地承包咨询');
    await dialog.getByTestId('dialog-save').click();
    await page.locator('.el-message--success').filter({ hasText: '已补录' }).waitFor();
    const logs = (
      await t
        .http()
        .get('/api/v1/service-logs')
        .query({ lawyerId: lawyer.id, from: addDays(t.clock.today(), -1), to: addDays(t.clock.today(), -1) })
        .set(bearer(await t.login('shengshan.official')))
    ).body as { items: { summary: string; recordedBy: string }[] };

    expect(logs.items.map((l) => l.summary)).toContain('补录：村民土地承包咨询');
    expect(errors).toEqual([]);
  });

  it('takes in a legal-aid application from the intake form; the case is listed, applicant masked', async () => {
    const first17 = '33028219680304211';
    const page = await official();
    const errors = watchErrors(page);
    await page.goto('/console/legal-aid');
    await page.getByTestId('case-intake').click();
    const dialog = page.locator('.el-dialog').filter({ hasText: '受理申请' });
    await dialog.getByTestId('intake-name').fill('孙秀英');
    await dialog.getByTestId('intake-phone').fill('13905749876');
    await dialog.getByTestId('intake-id').fill(first17 + idNumberCheckDigit(first17));
    await dialog.getByTestId('intake-point').click();
    await pick(page);
    await dialog.getByTestId('intake-summary').fill('工伤后用人单位拒绝赔偿，申请法律援助');
    await t.shot(page, 'desktop-console-legal-aid-intake');
    await dialog.getByTestId('dialog-save').click();
    await page.locator('.el-message--success').filter({ hasText: '申请已受理' }).waitFor();
    const cases = (
      await t
        .http()
        .get('/api/v1/legal-aid-cases')
        .query({ regionCode: SHENGSHAN, status: 'applied', pageSize: 500 })
        .set(bearer(await t.login('shengshan.official')))
    ).body as {
      items: { caseNo: string; summary: string; applicant: { name: string; phoneMasked: string } }[];
    };
    const made = cases.items.find((c) => c.summary === '工伤后用人单位拒绝赔偿，申请法律援助');
    await page.locator('.el-table__row').filter({ hasText: made!.caseNo }).waitFor();
    await t.shot(page, 'desktop-console-legal-aid');

    expect(made!.applicant.phoneMasked).toBe('139****9876');
    expect(errors).toEqual([]);
  });

  it('lets the auditor filter the audit trail and verify its chain, told plainly', async () => {
    const page = await official('auditor');
    const errors = watchErrors(page);
    await page.goto('/console/audit');
    await page.getByTestId('audit-table').locator('.el-table__row').first().waitFor();
    const kinds = page.getByTestId('audit-table').locator('.el-table__row td:nth-child(5)');
    const kind = ((await kinds.first().textContent()) ?? '').trim();
    await page.getByTestId('audit-entity').fill(kind);
    await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/audit-events?entityType=${kind}`)),
      page.getByTestId('list-search').click(),
    ]);
    await page.locator('.el-skeleton').waitFor({ state: 'detached' });
    const entities = await page
      .getByTestId('audit-table')
      .locator('.el-table__row td:nth-child(5)')
      .allTextContents();
    await page.getByTestId('audit-verify').click();
    const verdict = await page.getByTestId('audit-chain').textContent();
    await t.shot(page, 'desktop-console-audit');
    const chain = (
      await t
        .http()
        .get('/api/v1/audit-events/verify')
        .set(bearer(await t.login('auditor')))
    ).body as { intact: boolean };

    expect(entities.length).toBeGreaterThan(0);
    expect(new Set(entities.map((e) => e.trim()))).toEqual(new Set([kind]));
    expect(chain.intact).toBe(true);
    expect(verdict).toMatch(/审计链完整：已校验 \d+ 条记录/);
    expect(errors).toEqual([]);
  });

  it('shows staff kinds, statuses and regions by name, and opens the console on what needs attention', async () => {
    const page = await official();
    const errors = watchErrors(page);
    await page.getByTestId('home-flagged').waitFor();
    await t.shot(page, 'desktop-console-home');
    await page.goto('/console/staff');
    const table = page.getByTestId('staff-table');
    await table.locator('.el-table__row').first().waitFor();
    await page.waitForFunction(() => document.body.textContent?.includes('胜山镇'));
    const text = (await table.textContent()) ?? '';

    expect(text).toContain('律师');
    expect(text).toContain('在岗');
    expect(text).not.toMatch(/\blawyer\b|\bactive\b|\b330282113\b/);
    expect(errors).toEqual([]);
  });

  it('prints a sign whose QR code leads to PUBLIC_BASE_URL, not to the address the console is at', async () => {
    const points = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'village_point' })
    ).body as { id: string }[];
    const page = await (await t.context({ ...DESKTOP, bypassCSP: true })).newPage();
    await signIn(page, 'shengshan.official', '**/console');
    await page.goto(`/print/sign/${points[0].id}`);
    await page.getByTestId('sign-qr').locator('svg').waitFor();
    // The SVG drawn onto a canvas, its pixels read back for the decoder.
    const image = await page.evaluate(async () => {
      const svg = document.querySelector('[data-testid=sign-qr] svg')!.outerHTML;
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 400;
      canvas.height = 400;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 400, 400);
      ctx.drawImage(img, 0, 0, 400, 400);
      return Array.from(ctx.getImageData(0, 0, 400, 400).data);
    });
    const decoded = jsQR(Uint8ClampedArray.from(image), 400, 400);

    expect(decoded?.data).toBe(`${PUBLIC_BASE_URL}/points/${points[0].id}`);
    expect(t.baseUrl).not.toContain('fl.example.gov.cn');
  });

  it('lists service points by name and kind, with reset, pages and a CSV export; manages a point’s kiosks', async () => {
    const official_ = await t.login('shengshan.official');
    const points = (await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN })).body as {
      id: string;
      name: string;
      kind: string;
      regionName: string;
    }[];
    const village = points.find((p) => p.kind === 'village_point')!;
    const kiosk = await t
      .http()
      .post('/api/v1/kiosks')
      .set(bearer(official_))
      .send({ servicePointId: village.id, label: '窗口平板（测试）' });
    expect(kiosk.status).toBe(201);
    const page = await official('shengshan.official', { ...DESKTOP, acceptDownloads: true });
    const errors = watchErrors(page);
    await page.goto('/console/points');
    await page.getByRole('heading', { name: '服务点' }).waitFor();
    const all = await rowsOf(page, 'points-table');
    await pageSize(page, 10);
    const firstPage = await rowsOf(page, 'points-table');
    await page.locator('.list-pagination .el-pager li').filter({ hasText: /^2$/ }).click();
    const secondPage = await rowsOf(page, 'points-table');
    await page.getByTestId('points-q').fill(village.name);
    await page.getByTestId('list-search').click();
    const found = await rowsOf(page, 'points-table');
    await t.shot(page, 'desktop-console-points-search');
    await page.getByTestId('list-reset').click();
    const afterReset = await rowsOf(page, 'points-table');
    const keyword = await page.getByTestId('points-q').inputValue();
    const csv = await exported(page);

    expect(all.length).toBe(points.length);
    expect(points.length).toBeGreaterThan(10);
    expect(firstPage).toHaveLength(10);
    expect(secondPage).toHaveLength(points.length - 10);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('村（社区）服务点');
    expect(found[0]).toContain(village.regionName);
    expect(found[0]).not.toMatch(/village_point|\b330282113\d{3}\b/);
    expect(keyword).toBe('');
    expect(afterReset).toHaveLength(10);
    expect(csv.name).toBe(`service-points-${SHENGSHAN}.csv`);
    expect(csv.text.split('\r\n')[0]).toBe('\ufeff名称,类型,区域,地址,电话,开放时间,试点村,已挂牌,状态');
    expect(csv.text.trim().split('\r\n')).toHaveLength(points.length + 1);
    expect(csv.text).toContain(`${village.name},村（社区）服务点,${village.regionName}`);

    // The point's kiosks: the one authorised above, revoked after a confirm that says what it does.
    await page
      .locator('.el-table__row')
      .filter({ hasText: village.name })
      .getByTestId('kiosk-manage')
      .click();
    const dialog = page.getByTestId('kiosk-dialog');
    const device = dialog.locator('.el-table__row').filter({ hasText: '窗口平板（测试）' });
    await device.waitFor();
    await t.shot(page, 'desktop-console-points-kiosks');
    await device.getByTestId('kiosk-revoke').click();
    const box = page.locator('.el-message-box');
    const revokeButtons = await box.locator('.el-message-box__btns button').allTextContents();
    await box.getByRole('button', { name: '撤销授权' }).click();
    await page.locator('.el-message--success').filter({ hasText: '签到屏授权已撤销' }).waitFor();
    await device.filter({ hasText: '已撤销' }).waitFor();
    await dialog.getByTestId('kiosk-rotate').click();
    const rotateButtons = await box.locator('.el-message-box__btns button').allTextContents();
    await box.getByRole('button', { name: '更换签名密钥' }).click();
    await page.locator('.el-message--success').filter({ hasText: '已更换签名密钥' }).waitFor();
    const devices = (
      await t.http().get('/api/v1/kiosks').query({ servicePointId: village.id }).set(bearer(official_))
    ).body as { id: string; revokedAt: string | null }[];

    expect(revokeButtons.map((b) => b.trim())).toEqual(['保留授权', '撤销授权']);
    expect(rotateButtons.map((b) => b.trim())).toEqual(['暂不更换', '更换签名密钥']);
    expect(devices.find((d) => d.id === kiosk.body.id)?.revokedAt).toBeTruthy();
    expect(errors).toEqual([]);
  });

  it('lists the village points’ signs: search by name, filter by whether the sign is up, reset, export', async () => {
    const villages = (
      (await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'village_point' }))
        .body as { name: string; regionName: string; signInstalled: boolean }[]
    ).sort((a, b) => a.name.localeCompare(b.name));
    const village = villages[0];
    const page = await official('shengshan.official', { ...DESKTOP, acceptDownloads: true });
    const errors = watchErrors(page);
    await page.goto('/console/signs');
    await page.getByRole('heading', { name: '标识牌' }).waitFor();
    const all = await rowsOf(page, 'signs-table');
    await page.getByTestId('signs-q').fill(village.name);
    await page.getByTestId('list-search').click();
    const found = await rowsOf(page, 'signs-table');
    await page.getByTestId('list-reset').click();
    await page.getByTestId('signs-installed').click();
    await pick(page, '否');
    await page.getByTestId('list-search').click();
    const notUp = await rowsOf(page, 'signs-table');
    const csv = await exported(page);
    await t.shot(page, 'desktop-console-signs');

    expect(all).toHaveLength(Math.min(villages.length, 20));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(village.regionName);
    expect(found[0]).toContain('打印标识牌');
    expect(notUp).toHaveLength(Math.min(villages.filter((v) => !v.signInstalled).length, 20));
    expect(csv.name).toBe(`signs-${SHENGSHAN}.csv`);
    expect(csv.text.split('\r\n')[0]).toBe('\ufeff名称,区域,地址,已挂牌');
    expect(csv.text.trim().split('\r\n')).toHaveLength(villages.filter((v) => !v.signInstalled).length + 1);
    expect(errors).toEqual([]);
  });

  it('lists advisor assignments with names, searches by village, resets, pages and exports them', async () => {
    const official_ = await t.login('shengshan.official');
    const assignments = (
      await t
        .http()
        .get('/api/v1/advisor-assignments')
        .query({ regionCode: SHENGSHAN, activeOn: t.clock.today(), pageSize: 500 })
        .set(bearer(official_))
    ).body as { total: number; items: { servicePointId: string }[] };
    const points = (await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN })).body as {
      id: string;
      name: string;
    }[];
    const village = points.find((p) => p.id === assignments.items[0].servicePointId)!;
    const page = await official('shengshan.official', { ...DESKTOP, acceptDownloads: true });
    const errors = watchErrors(page);
    await page.goto('/console/advisors');
    await page.getByRole('heading', { name: '法律顾问' }).waitFor();
    await page.getByTestId('advisor-coverage').waitFor();
    const all = await rowsOf(page, 'advisors-table');
    await pageSize(page, 10);
    const firstPage = await rowsOf(page, 'advisors-table');
    await page.getByTestId('advisors-village').click();
    await pick(page, village.name);
    await page.getByTestId('list-search').click();
    const found = await rowsOf(page, 'advisors-table');
    await t.shot(page, 'desktop-console-advisors-search');
    await page.getByTestId('list-reset').click();
    const afterReset = await rowsOf(page, 'advisors-table');
    const csv = await exported(page);

    expect(all).toHaveLength(Math.min(20, assignments.total));
    expect(firstPage).toHaveLength(Math.min(10, assignments.total));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.includes(village.name) && r.includes('在任'))).toBe(true);
    expect(afterReset).toHaveLength(Math.min(10, assignments.total));
    expect(csv.text.split('\r\n')[0]).toBe('\ufeff村（社区）,区域,律师,起,止,状态');
    expect(csv.text.trim().split('\r\n')).toHaveLength(assignments.total + 1);
    expect(csv.text).not.toMatch(/\b[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(errors).toEqual([]);
  });

  it('filters the month’s attendance by status, resets to the exceptions, pages and exports it', async () => {
    const official_ = await t.login('shengshan.official');
    const month = t.clock.today().slice(0, 7);
    const rows = (
      await t
        .http()
        .get('/api/v1/attendance')
        .query({ regionCode: SHENGSHAN, from: `${month}-01`, to: t.clock.today() })
        .set(bearer(official_))
    ).body as { status: string }[];
    const page = await official('shengshan.official', { ...DESKTOP, acceptDownloads: true });
    const errors = watchErrors(page);
    await page.goto('/console/attendance');
    await page.getByRole('heading', { name: '考勤' }).waitFor();
    await rowsOf(page, 'attendance-table');
    await page.getByTestId('attendance-status').click();
    await pick(page, '未开始');
    await page.getByTestId('list-search').click();
    const pending = await rowsOf(page, 'attendance-table');
    await pageSize(page, 10);
    const firstPage = await rowsOf(page, 'attendance-table');
    const total = await page.locator('.list-pagination .el-pagination__total').first().textContent();
    await t.shot(page, 'desktop-console-attendance-list');
    const csvPending = await exported(page);
    await page.getByTestId('list-reset').click();
    await rowsOf(page, 'attendance-table');
    const statusAfterReset = await page.getByTestId('attendance-status').textContent();
    const csvExceptions = await exported(page);
    const exceptions = rows.filter((r) => ['late', 'left_early', 'absent', 'incomplete'].includes(r.status));
    const pendingCount = rows.filter((r) => r.status === 'pending').length;

    expect(pending).toHaveLength(Math.min(20, pendingCount));
    expect(firstPage).toHaveLength(Math.min(10, pendingCount));
    expect(pending.every((r) => r.includes('未开始'))).toBe(true);
    expect(total).toContain(String(pendingCount));
    expect(csvPending.name).toBe(`attendance-${month}-pending.csv`);
    expect(csvPending.text.split('\r\n')[0]).toBe('\ufeff日期,律师,服务点,类型,时间,签到,签退,在岗分钟,状态');
    expect(csvPending.text.trim().split('\r\n')).toHaveLength(pendingCount + 1);
    expect(csvPending.text).not.toMatch(/\bpending\b|\bwindow\b/);
    expect(statusAfterReset).toContain('仅异常');
    expect(csvExceptions.text.trim().split('\r\n')).toHaveLength(exceptions.length + 1);
    expect(errors).toEqual([]);
  });

  it('lists the month’s shifts under the roster grid: search by lawyer, reset, pages, export', async () => {
    const official_ = await t.login('shengshan.official');
    const month = t.clock.today().slice(0, 7);
    const lawyer = await me('lawyer01');
    const shifts = (
      await t
        .http()
        .get('/api/v1/shifts')
        .query({
          regionCode: SHENGSHAN,
          from: `${month}-01`,
          to: lastDay(month),
        })
        .set(bearer(official_))
    ).body as { lawyerId: string; date: string }[];
    const inMonth = shifts.filter((s) => s.date.startsWith(month));
    const ofLawyer = inMonth.filter((s) => s.lawyerId === lawyer.id);
    const page = await official('shengshan.official', { ...DESKTOP, acceptDownloads: true });
    const errors = watchErrors(page);
    await page.goto(`/console/roster?month=${month}`);
    await page.getByRole('heading', { name: '排班' }).waitFor();
    const list = page.getByTestId('shift-list');
    await list.waitFor();
    const all = await rowsOf(page, 'shift-table');
    await pageSize(page, 10, (await page.locator('.list-pagination').count()) - 1);
    await list.locator('.el-pager li').filter({ hasText: /^2$/ }).click();
    const secondPage = await rowsOf(page, 'shift-table');
    await list.locator('.el-select').first().click();
    await pick(page, lawyer.name);
    await page.getByTestId('shift-search').click();
    const found = await rowsOf(page, 'shift-table');
    await t.shot(page, 'desktop-console-roster-shift-list');
    const csv = await exported(page, 'shift-export');
    await page.getByTestId('shift-reset').click();
    const afterReset = await rowsOf(page, 'shift-table');

    expect(inMonth.length).toBeGreaterThan(20);
    expect(all).toHaveLength(10);
    expect(secondPage).toHaveLength(10);
    expect(found).toHaveLength(Math.min(10, ofLawyer.length));
    expect(found.every((r) => r.includes(lawyer.name))).toBe(true);
    expect(csv.name).toBe(`shifts-${SHENGSHAN}-${month}.csv`);
    expect(csv.text.split('\r\n')[0]).toBe('\ufeff日期,时间,服务点,律师,类型,状态');
    expect(csv.text.trim().split('\r\n')).toHaveLength(ofLawyer.length + 1);
    expect(csv.text).not.toMatch(/\bwindow\b|\bvillage_visit\b/);
    expect(afterReset).toHaveLength(10);
    expect(errors).toEqual([]);
  });

  it('sends a failed SMS again from the failed-SMS screen, after a confirm that says what it does', async () => {
    const notify = t.app.get(NotifyService);
    const id = await t.app.get(DataSource).transaction((em) =>
      notify.enqueue(em, {
        phone: '13905741234',
        template: 'booking_confirmation',
        params: { time: '11月24日 09:00', code: 'R3S7' },
        regionCode: SHENGSHAN,
      }),
    );
    await sql(
      t,
      `UPDATE sms_outbox SET status = 'failed', attempts = 6, last_error = 'carrier refused', provider = 'log' WHERE id = $1`,
      [id],
    );
    const page = await official();
    const errors = watchErrors(page);
    await page.goto('/console/sms');
    const row = page.getByTestId('sms-table').locator('.el-table__row').filter({ hasText: '139****1234' });
    await row.waitFor();
    await row.getByTestId('sms-resend').click();
    const box = page.locator('.el-message-box');
    const message = await box.locator('.el-message-box__message').textContent();
    const buttons = await box.locator('.el-message-box__btns button').allTextContents();
    await t.shot(page, 'desktop-console-sms-resend-confirm');
    await box.getByRole('button', { name: '重发短信' }).click();
    await page.locator('.el-message--success').filter({ hasText: '短信已重新发出' }).waitFor();
    await row.waitFor({ state: 'detached' });
    const [stored] = await sql<{ status: string; attempts: number }>(
      t,
      `SELECT status, attempts FROM sms_outbox WHERE id = $1`,
      [id],
    );

    expect(message).toContain('预约成功');
    expect(message).toContain('139****1234');
    expect(buttons.map((b) => b.trim())).toEqual(['暂不重发', '重发短信']);
    expect(stored).toEqual({ status: 'sent', attempts: 1 });
    expect(errors).toEqual([]);
  });

  it('takes phone and desktop screenshots of the new screens', async () => {
    const routes = [
      '',
      'leave',
      'worklog',
      'workshops',
      'legal-aid',
      'staff',
      'appointments',
      'sms',
      'imports',
      'points',
      'advisors',
      'attendance',
      'roster',
    ];
    for (const [size, name] of [
      [PHONE_390, 'phone'],
      [DESKTOP_768, 'desktop'],
    ] as const) {
      const page = await official('shengshan.official', size);
      for (const route of routes) {
        await page.goto(`/console/${route}`);
        await page.locator('.console-title').waitFor();
        await page.locator('.el-skeleton').waitFor({ state: 'detached' });
        await t.shot(page, `${name}-console-${route || 'home'}`);
      }
      const auditor = await official('auditor', size);
      await auditor.goto('/console/audit');
      await auditor.locator('.el-table__row').first().waitFor();
      await t.shot(auditor, `${name}-console-audit`);
      expect(await page.locator('.console-title').count()).toBe(1);
    }
  }, 300_000);
});
