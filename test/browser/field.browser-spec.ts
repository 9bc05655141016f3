/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
import type { Page } from 'playwright-core';
import { PHONE, signIn, useBrowserApp, watchErrors } from './helpers/browser';
import { today } from './helpers/dates';

// The app in the field (issue 18): an elderly resident books in 大字 mode on a 320 px phone, and a
// lawyer's phone keeps working without signal (the service worker of the production build).

// 胜山镇公共法律服务站 in the demo data, where the lawyer's phone starts.
const AT_THE_TOWNSHIP = { latitude: 30.2361, longitude: 121.4482, accuracy: 15 };
const SMALL_PHONE = { ...PHONE, viewport: { width: 320, height: 640 } };

function phoneNumber(): string {
  return `137${String(Date.now() % 100_000_000).padStart(8, '0')}`;
}

/** Waits until the page is controlled by an active service worker that has its precache. */
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
  });
}

describe('the web app in the field', () => {
  const t = useBrowserApp();

  it('lets an elderly resident book in 大字 mode on a 320 px phone, one step at a time', async () => {
    const page = await (await t.context(SMALL_PHONE)).newPage();
    const errors = watchErrors(page);
    const phone = phoneNumber();
    await page.goto('/');
    await page.locator('.point-cell').first().waitFor();
    const normalSize = await page
      .locator('.point-name')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.locator('.toggle-large').click();
    const largeSize = await page
      .locator('.point-name')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const hotline = await page.getByTestId('hotline').getAttribute('href');
    // The search box: its input inside the box's frame (not pushed below it and clipped) and wide.
    const search = await page.locator('.van-search__content').evaluate((box) => {
      const input = box.querySelector('input')!;
      const [b, i] = [box.getBoundingClientRect(), input.getBoundingClientRect()];
      return {
        inside: i.top >= b.top && i.bottom <= b.bottom && i.left >= b.left && i.right <= b.right,
        width: i.width,
        fontSize: parseFloat(getComputedStyle(input).fontSize),
      };
    });

    // The point's page: directions in both maps at the point's GCJ-02 place, and what to bring.
    await page.locator('.point-cell', { hasText: '胜山镇公共法律服务站' }).click();
    await page.locator('.slot:not([disabled])').first().waitFor();
    const pointId = new URL(page.url()).pathname.split('/')[2];
    const point = (await t.http().get(`/api/v1/service-points/${pointId}`)).body as {
      gcj02: { lat: number; lng: number };
      lat: number;
      lng: number;
    };
    const amap = new URL((await page.getByTestId('amap-link').getAttribute('href'))!);
    const qq = new URL((await page.getByTestId('qqmap-link').getAttribute('href'))!);
    await page.getByText('预约须知').click();
    await page.getByTestId('bring-list').filter({ hasText: '身份证' }).waitFor();
    await t.shot(page, 'phone320-large-point');

    // Step 1: the phone number, after the privacy notice; the field shows all 11 digits.
    await page.locator('.slot:not([disabled])').first().click();
    await page.getByTestId('book-step').filter({ hasText: '第 1 步' }).waitFor();
    const notice = await page.getByTestId('privacy-notice').textContent();
    const codeFieldsBeforeSending = await page.locator('input[name=code]').count();
    await page.locator('input[name=phone]').fill(phone);
    const phoneField = await page.locator('input[name=phone]').evaluate((el: HTMLInputElement) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      fontSize: parseFloat(getComputedStyle(el).fontSize),
      value: el.value,
    }));
    await t.shot(page, 'phone320-large-book-phone');
    await page.locator('.send-code').click();
    await page.getByText('验证码已发送').waitFor();
    const outbox = await t.http().get('/api/v1/dev/outbox').query({ phone });
    const code = /\d{6}/.exec(outbox.body[0].text)![0];
    await page.locator('input[name=code]').fill(code);
    await page.locator('.verify-button').click();

    // Step 2: the topic, alone on the screen; step 3: the optional words and the button.
    await page.getByTestId('book-step').filter({ hasText: '第 2 步' }).waitFor();
    const submitOnTopicStep = await page.locator('.submit-booking').count();
    await page.locator('[data-topic=labour_wages]').click();
    await page.getByTestId('book-step').filter({ hasText: '第 3 步' }).waitFor();
    await page.locator('textarea[name=description]').fill('工资被拖欠三个月');
    await page.locator('.submit-booking').click();
    const bookingCode = (await page.getByTestId('booking-code').textContent())!.trim();
    await t.shot(page, 'phone320-large-booked');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    // The cancel dialog names its buttons by what they do; 保留预约 keeps the booking.
    await page.getByRole('button', { name: '我的预约' }).click();
    await page
      .locator('.booking', { hasText: bookingCode })
      .getByRole('button', { name: '取消预约' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '保留预约' }).waitFor();
    await t.shot(page, 'phone320-large-cancel-dialog');
    const dialogButtons = await dialog.getByRole('button').allTextContents();
    await dialog.getByRole('button', { name: '保留预约' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const mine = await t
      .http()
      .get('/api/v1/appointments/mine')
      .set(
        'authorization',
        `Bearer ${await page.evaluate(() => JSON.parse(localStorage.getItem('portal.resident')!).accessToken as string)}`,
      );

    expect(largeSize).toBeGreaterThanOrEqual(normalSize * 1.5);
    expect(search.inside).toBe(true);
    expect(search.width).toBeGreaterThan(200);
    expect(search.fontSize).toBeGreaterThanOrEqual(21);
    expect(hotline).toBe('tel:12348');
    expect(amap.host).toBe('uri.amap.com');
    expect(amap.searchParams.get('position')).toBe(`${point.gcj02.lng},${point.gcj02.lat}`);
    expect(amap.searchParams.get('coordinate')).toBe('gaode');
    expect(qq.host).toBe('apis.map.qq.com');
    expect(qq.searchParams.get('marker')).toContain(`coord:${point.gcj02.lat},${point.gcj02.lng}`);
    // GCJ-02 lies a few hundred metres off WGS-84 in 慈溪: the links must not carry the GPS figures.
    expect(point.gcj02.lng).not.toBeCloseTo(point.lng, 3);
    expect(notice).toContain('手机号');
    expect(notice).toContain('保存');
    expect(codeFieldsBeforeSending).toBe(0);
    expect(phoneField.value).toBe(phone);
    expect(phoneField.clientWidth).toBeGreaterThan(0);
    expect(phoneField.scrollWidth).toBeLessThanOrEqual(phoneField.clientWidth);
    expect(phoneField.fontSize).toBeGreaterThanOrEqual(24);
    expect(submitOnTopicStep).toBe(0);
    expect(bookingCode).toMatch(/^[A-Z0-9]{4,}$/);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(dialogButtons.map((b) => b.trim()).sort()).toEqual(['保留预约', '取消预约']);
    const kept = (mine.body as { code: string; status: string }[]).find((a) => a.code === bookingCode);
    expect(kept?.status).toBe('booked');
    expect(errors).toEqual([]);
  });

  it('shows the 11 digits in normal mode at 320 px too, and the full privacy notice the short one links to', async () => {
    const page = await (await t.context(SMALL_PHONE)).newPage();
    await page.goto('/my');
    await page.locator('input[name=phone]').fill('13912345678');
    const phoneField = await page
      .locator('input[name=phone]')
      .evaluate((el: HTMLInputElement) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    await page.getByRole('link', { name: '查看完整说明' }).click();

    const text = await page.getByTestId('privacy-full').textContent();

    expect(phoneField.clientWidth).toBeGreaterThan(0);
    expect(phoneField.scrollWidth).toBeLessThanOrEqual(phoneField.clientWidth);
    expect(page.url()).toMatch(/\/privacy$/);
    expect(text).toContain('个人信息保护法');
    expect(text).toContain('30 天');
  });

  it('opens a point a resident has seen again without signal, marked as the offline copy', async () => {
    const context = await t.context(PHONE);
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('.point-cell', { hasText: '胜山镇公共法律服务站' }).click();
    await page.locator('.slot:not([disabled])').first().waitFor();
    await serviceWorkerReady(page);

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('stale-data').first().waitFor();
    const stale = await page.getByTestId('stale-data').first().textContent();
    await t.shot(page, 'phone-resident-offline-point');
    const slots = await page.locator('.slot').count();
    await context.setOffline(false);

    expect(stale).toMatch(/离线数据，最后更新 \d\d\/\d\d \d\d:\d\d/);
    expect(slots).toBeGreaterThan(0);
  });

  it("keeps a lawyer's phone working without signal: the page, the tabs, a sign-in uploaded once, and a draft", async () => {
    const context = await t.context({ ...PHONE, geolocation: AT_THE_TOWNSHIP, permissions: ['geolocation'] });
    let page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'lawyer02', '**/lawyer');
    const token = await t.login('lawyer02');
    const me = (await t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${token}`)).body as {
      id: string;
    };
    const day = today(t.clock);
    const shifts = (
      await t
        .http()
        .get('/api/v1/shifts')
        .query({ lawyerId: me.id, from: day, to: day })
        .set('authorization', `Bearer ${token}`)
    ).body as { servicePointId: string; status: string }[];
    const duty = shifts.find((s) => s.status === 'planned')!;
    const point = (await t.http().get(`/api/v1/service-points/${duty.servicePointId}`)).body as {
      name: string;
      lat: number;
      lng: number;
    };
    const atPoint = { latitude: point.lat, longitude: point.lng, accuracy: 10 };
    // About 2.2 km north of today's duty point.
    await context.setGeolocation({ ...atPoint, latitude: point.lat + 0.02 });
    const checkIns = async () => {
      const res = await t
        .http()
        .get('/api/v1/attendance/events')
        .query({ lawyerId: me.id, from: day, to: day })
        .set('authorization', `Bearer ${token}`);
      return (res.body as { type: string; insideGeofence: boolean | null }[]).filter(
        (e) => e.type === 'check_in',
      );
    };
    // Before the tap, the page says whether the phone is inside the fence, and follows it as it moves.
    const fence = page.getByTestId('fence-status');
    await fence.filter({ hasText: '不在签到范围内' }).waitFor();
    const farText = await fence.textContent();
    await context.setGeolocation(atPoint);
    await fence.filter({ hasText: /^\s*您在/ }).waitFor();
    const nearText = await fence.textContent();
    await t.shot(page, 'phone-lawyer-inside-fence');
    await serviceWorkerReady(page);
    const before = (await checkIns()).length;

    // No signal: the page opens again from the service worker, with the day as last seen.
    await context.setOffline(true);
    await page.reload();
    await page.locator('.check-in').waitFor();
    await page.getByTestId('stale-data').waitFor();
    await t.shot(page, 'phone-lawyer-offline-reload');
    // Another tab, still offline: its page, not an error screen in place of the app.
    await page.locator('.van-tabbar-item', { hasText: '排班' }).click();
    await page
      .getByTestId('feed-url')
      .or(page.getByRole('button', { name: '获取订阅链接' }))
      .waitFor();
    const fatalOnTab = await page.locator('.fatal').count();
    await page.locator('.van-tabbar-item', { hasText: '日志' }).click();
    await page.locator('textarea[name=summary]').fill('村口调解邻里纠纷，双方达成口头协议');
    await page.locator('.van-tabbar-item', { hasText: '今日' }).click();

    // Sign in offline, then tap again: one record waits, the second tap adds nothing.
    await page.locator('.check-in').click();
    await page.getByTestId('punch-notice').filter({ hasText: '联网后自动上传' }).waitFor();
    await page.locator('.check-in').click();
    await page.getByTestId('punch-notice').filter({ hasText: '不必再点' }).waitFor();
    await page.getByText('1 条签到/签退等待上传').waitFor();

    // The browser is closed and opened again, still without signal: the queue and the draft survive.
    await page.close();
    page = await context.newPage();
    await page.goto('/lawyer');
    await page.getByText('1 条签到/签退等待上传').waitFor();
    await page.locator('.van-tabbar-item', { hasText: '日志' }).click();
    const draft = await page.locator('textarea[name=summary]').inputValue();
    await page.locator('.van-tabbar-item', { hasText: '今日' }).click();
    const whileOffline = (await checkIns()).length;

    // Signal again: the sign-in arrives once, and after a reload the page shows what the server has.
    await context.setOffline(false);
    await page.getByTestId('last-punch').waitFor({ timeout: 30_000 });
    await page.reload();
    await page.getByTestId('recorded-today').filter({ hasText: '签到' }).waitFor();
    await t.shot(page, 'phone-lawyer-recorded-today');
    const staleAfterReload = await page.getByTestId('stale-data').count();

    expect(farText).toContain(point.name);
    expect(nearText).toContain(point.name);
    expect(fatalOnTab).toBe(0);
    expect(draft).toBe('村口调解邻里纠纷，双方达成口头协议');
    expect(whileOffline).toBe(before);
    const after = await checkIns();
    expect(before).toBe(0);
    expect(after).toHaveLength(1);
    // The tap's own fresh fix, at the point, not the earlier one 2 km away.
    expect(after[0].insideGeofence).toBe(true);
    expect(staleAfterReload).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('portal.attendanceQueue'))).toBe('[]');
    expect(errors).toEqual([]);
  });
});
