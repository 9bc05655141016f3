/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
import { DESKTOP, PHONE, useBrowserApp, watchErrors } from './helpers/browser';

/** A fresh 11-digit mobile number per test, so the per-phone SMS limits never interfere. */
function phoneNumber(): string {
  return `139${String(Date.now() % 100_000_000).padStart(8, '0')}`;
}

describe('resident (phone)', () => {
  const t = useBrowserApp();

  it('finds the township centre, books a slot with an SMS code and sees the booking code', async () => {
    const page = await (await t.context(PHONE)).newPage();
    const errors = watchErrors(page);
    const phone = phoneNumber();

    await page.goto('/');
    await page.getByRole('button', { name: '胜山镇', exact: true }).click();
    await page.locator('.point-cell', { hasText: '胜山镇公共法律服务站' }).click();
    await page.locator('.slot:not([disabled])').first().waitFor();
    await t.shot(page, 'phone-resident-point');
    await page.locator('.slot:not([disabled])').first().click();
    await page.locator('input[name=phone]').fill(phone);
    await page.locator('.send-code').click();
    await page.getByText('验证码已发送').waitFor();
    const outbox = await t.http().get('/api/v1/dev/outbox').query({ phone });
    const code = /\d{6}/.exec(outbox.body[0].text)![0];
    await page.locator('input[name=code]').fill(code);
    await page.locator('.verify-button').click();
    await page.locator('[data-topic=labour_wages]').click();
    await page.locator('textarea[name=description]').fill('工资被拖欠三个月');
    await t.shot(page, 'phone-resident-book');
    await page.locator('.submit-booking').click();
    const bookingCode = (await page.getByTestId('booking-code').textContent())!.trim();
    await t.shot(page, 'phone-resident-booked');

    expect(bookingCode).toMatch(/^[A-Z0-9]{4,}$/);
    const sms = await t.http().get('/api/v1/dev/outbox').query({ phone });
    expect(sms.body.some((m: { text: string }) => m.text.includes(bookingCode))).toBe(true);

    await page.getByRole('button', { name: '我的预约' }).click();
    await page.locator('.booking', { hasText: bookingCode }).waitFor();
    await t.shot(page, 'phone-resident-my-bookings');
    expect(errors).toEqual([]);
  });

  it('says in words when the SMS code is wrong', async () => {
    const page = await (await t.context(PHONE)).newPage();
    const phone = phoneNumber();

    await page.goto('/my');
    await page.locator('input[name=phone]').fill(phone);
    await page.locator('.send-code').click();
    await page.getByText('验证码已发送').waitFor();
    await page.locator('input[name=code]').fill('000000');
    await page.locator('.verify-button').click();

    await page.getByRole('alert').filter({ hasText: '验证码不正确' }).waitFor();
  });

  it('remembers the large-text mode across a reload, with tap targets of at least 44 px', async () => {
    const page = await (await t.context(PHONE)).newPage();
    await page.goto('/');
    await page.locator('.point-cell').first().waitFor();
    const normal = await page
      .locator('.point-name')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

    await page.locator('.toggle-large').click();
    await page.reload();
    await page.locator('.point-cell').first().waitFor();
    const large = await page
      .locator('.point-name')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const on = await page.evaluate(() => document.documentElement.classList.contains('large-text'));
    const small = await page
      .locator('button:visible, a:visible, .van-cell--clickable:visible')
      .evaluateAll((els) =>
        els
          .map((el) => ({
            text: (el.textContent ?? '').trim().slice(0, 20),
            h: el.getBoundingClientRect().height,
          }))
          .filter((b) => b.h < 44),
      );
    await t.shot(page, 'phone-resident-large-text');

    expect(on).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('portal.largeText'))).toBe('1');
    expect(large).toBeGreaterThan(normal);
    expect(small).toEqual([]);
  });

  it('fits a 320 px wide phone without sideways scrolling, and the desktop too', async () => {
    const narrow = await (await t.context({ ...PHONE, viewport: { width: 320, height: 640 } })).newPage();
    await narrow.goto('/');
    await narrow.locator('.point-cell').first().waitFor();
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await t.shot(narrow, 'phone320-resident-points');

    const wide = await (await t.context(DESKTOP)).newPage();
    await wide.goto('/');
    await wide.locator('.point-cell').first().waitFor();
    await t.shot(wide, 'desktop-resident-points');

    expect(overflow).toBeLessThanOrEqual(0);
  });
});
