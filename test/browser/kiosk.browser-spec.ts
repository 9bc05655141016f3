/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { KiosksService } from '@app/attendance/kiosk/kiosks.service';
import { qrWindowOf, qrWindowStart } from '@app/attendance/rules/qr-code';
import { SHENGSHAN } from '@app/demo';
import { PHONE, type SettableClock, signIn, useBrowserApp, watchErrors } from './helpers/browser';

const TABLET = { viewport: { width: 800, height: 1100 } };

/** The text of the QR code drawn on the kiosk's canvas, read from its pixels as a camera would. */
async function decodeKioskQr(page: Page): Promise<string> {
  const image = await page.getByTestId('kiosk-qr').evaluate((el) => {
    const canvas = el as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    // As base64: a plain array of half a million numbers takes a minute to cross to the test.
    let binary = '';
    for (let i = 0; i < pixels.length; i += 0x8000)
      binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    return { width: canvas.width, height: canvas.height, data: btoa(binary) };
  });
  const found = jsQR(new Uint8ClampedArray(Buffer.from(image.data, 'base64')), image.width, image.height);
  if (!found) throw new Error('no QR code on the kiosk canvas');
  return found.data;
}

describe('kiosk (a point’s tablet)', () => {
  const t = useBrowserApp();
  const clock = () => t.clock as SettableClock;

  it('is authorised once by an official, then shows a valid QR code of its point that changes when the clock moves 30 s', async () => {
    const centre = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'township_center' })
    ).body[0] as { id: string; name: string };
    // The server's time stands 10 s into a 30-second window while the page is looked at.
    const shown = new Date(qrWindowStart(qrWindowOf(clock().now())).getTime() + 10_000);
    clock().set(shown);
    const context = await t.context(TABLET);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'shengshan.official', '**/console');

    await page.goto(`/kiosk/${centre.id}`);
    await page.locator('input[name=label]').fill('窗口平板');
    await page.locator('.kiosk-authorise').click();
    const qr = page.getByTestId('kiosk-qr');
    await page.locator('[data-testid=kiosk-qr][data-valid-from]:not([data-valid-from=""])').waitFor();
    await page.getByText(centre.name).first().waitFor();
    await t.shot(page, 'tablet-kiosk-qr');
    const first = await decodeKioskQr(page);
    const firstFrom = await qr.getAttribute('data-valid-from');

    clock().set(new Date(shown.getTime() + 30_000));
    await page.clock.fastForward(30_000);
    await page.waitForFunction(
      (before) =>
        document.querySelector('[data-testid=kiosk-qr]')?.getAttribute('data-valid-from') !== before,
      firstFrom,
    );
    const second = await decodeKioskQr(page);
    clock().release();
    const token = await page.evaluate((id) => localStorage.getItem(`portal.kiosk.${id}`), centre.id);
    const staffSession = await page.evaluate(() => localStorage.getItem('portal.staff'));
    // The tablet would poll on; the test is done with it.
    await page.close();

    const kiosks = t.app.get(KiosksService);
    const [a, b] = [await kiosks.verify(first), await kiosks.verify(second)];
    expect(a).toMatchObject({ pointId: centre.id, window: qrWindowOf(shown) });
    expect(b).toMatchObject({ pointId: centre.id, window: qrWindowOf(shown) + 1 });
    expect(second).not.toBe(first);
    // The tablet keeps its kiosk token only: the official's session on it was ended.
    expect(staffSession).toBeNull();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(errors).toEqual([]);
  });

  it('asks for an official on a device that is not authorised, and shows no code', async () => {
    const centre = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'township_center' })
    ).body[0] as { id: string };
    const page = await (await t.context(TABLET)).newPage();

    await page.goto(`/kiosk/${centre.id}`);

    await page.locator('.kiosk-sign-in').waitFor();
    expect(await page.getByTestId('kiosk-qr').count()).toBe(0);
  });

  it('lets a lawyer sign in with a kiosk code pasted in the scan dialog (the fallback without a camera)', async () => {
    const centre = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'township_center' })
    ).body[0] as { id: string };
    const official = await t.login('shengshan.official');
    const kioskToken = (
      await t
        .http()
        .post('/api/v1/kiosks')
        .set('authorization', `Bearer ${official}`)
        .send({ servicePointId: centre.id })
    ).body.token as string;
    const page = await (await t.context(PHONE)).newPage();
    const errors = watchErrors(page);
    await signIn(page, 'lawyer04', '**/lawyer');
    const { payload } = (
      await t.http().get('/api/v1/kiosks/qr-code').set('authorization', `Kiosk ${kioskToken}`)
    ).body as { payload: string };

    await page.locator('.scan-check-in').click();
    await page.getByTestId('qr-paste').locator('input, textarea').fill(payload);
    await page.locator('.qr-submit').click();

    await page.getByTestId('last-punch').filter({ hasText: '已扫签到码' }).waitFor();
    await t.shot(page, 'phone-lawyer-qr-signed-in');
    expect(errors).toEqual([]);
  });
});
