/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
import { PHONE, signIn, useBrowserApp, watchErrors } from './helpers/browser';
import { today } from './helpers/dates';

// 胜山镇公共法律服务站 in the demo data: the lawyer stands at the window.
const AT_THE_WINDOW = { latitude: 30.2361, longitude: 121.4482, accuracy: 15 };

describe('lawyer (phone)', () => {
  const t = useBrowserApp();

  it('signs in while offline; the sign-in arrives exactly once when the network returns, even when an answer is lost', async () => {
    const context = await t.context({ ...PHONE, geolocation: AT_THE_WINDOW, permissions: ['geolocation'] });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'lawyer02', '**/lawyer');
    await page.locator('.check-in').waitFor();
    const token = await t.login('lawyer02');
    const me = (await t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${token}`)).body as {
      id: string;
    };
    const checkIns = async () => {
      const res = await t
        .http()
        .get('/api/v1/attendance/events')
        .query({ lawyerId: me.id, from: today(t.clock), to: today(t.clock) })
        .set('authorization', `Bearer ${token}`);
      const list = (Array.isArray(res.body) ? res.body : res.body.items) as { type: string }[];
      return list.filter((e) => e.type === 'check_in').length;
    };

    await context.setOffline(true);
    await page.locator('.check-in').click();
    await page.getByTestId('punch-notice').filter({ hasText: '联网后自动上传' }).waitFor();
    await page.getByText('1 条签到/签退等待上传').waitFor();
    await t.shot(page, 'phone-lawyer-offline-queued');
    const whileOffline = await checkIns();

    // Back online, the first upload reaches the server but its answer is lost on the way back;
    // the phone tries again by itself a few seconds later.
    const keys: string[] = [];
    await page.route('**/api/v1/attendance/check-in', async (route) => {
      keys.push((route.request().postDataJSON() as { idempotencyKey: string }).idempotencyKey);
      if (keys.length === 1) {
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    await context.setOffline(false);
    await page.getByTestId('last-punch').waitFor({ timeout: 30_000 });
    await t.shot(page, 'phone-lawyer-signed-in');

    expect(whileOffline).toBe(0);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    expect(await checkIns()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('portal.attendanceQueue'))).toBe('[]');
    expect(errors).toEqual([]);
  });

  it('tells the lawyer clearly when location is refused, and still records the sign-in', async () => {
    const context = await t.context(PHONE);
    const page = await context.newPage();
    await signIn(page, 'lawyer03', '**/lawyer');

    await page.locator('.check-in').click();
    await page.getByText('您拒绝了定位权限').waitFor();
    await t.shot(page, 'phone-lawyer-location-refused');
    await page.getByRole('button', { name: '不带位置继续' }).click();

    await page.getByTestId('last-punch').filter({ hasText: '无定位' }).waitFor();
  });

  it('shows the shifts with today first and a calendar subscription link', async () => {
    const page = await (await t.context(PHONE)).newPage();
    await signIn(page, 'lawyer01', '**/lawyer');

    await page.locator('.van-tabbar-item', { hasText: '排班' }).click();
    await page.getByRole('button', { name: '获取订阅链接' }).click();
    const url = await page.getByTestId('feed-url').textContent();
    await t.shot(page, 'phone-lawyer-shifts');

    expect(url).toContain('/calendar.ics?token=');
  });
});
