/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
import jsQR from 'jsqr';
import { randomUUID } from 'node:crypto';
import { addDays, businessInstant } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import { idNumberCheckDigit } from '@app/legal-aid';
import { bearer, createServiceLog } from '@app/testing';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, SettableClock, signIn, useBrowserApp, watchErrors } from './helpers/browser';

const PUBLIC_BASE_URL = 'https://fl.example.gov.cn';
/** The phone and desktop sizes the officials' screens are looked at in. */
const PHONE_390 = { ...PHONE, viewport: { width: 390, height: 844 } };
const DESKTOP_768 = { viewport: { width: 1366, height: 768 } };

describe('officials’ screens for every job (desktop console)', () => {
  const clock = new SettableClock();
  const t = useBrowserApp({ clock, env: { PUBLIC_BASE_URL } });

  async function official(username = 'shengshan.official', size = DESKTOP): Promise<Page> {
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
