/// <reference lib="dom" />
import { businessInstant } from '@app/core';
import { DESKTOP, SettableClock, signIn, useBrowserApp, watchErrors } from './helpers/browser';

describe('working-day calendar (desktop console)', () => {
  // December 2026: officials plan 2027, a year without its State Council notice yet.
  const t = useBrowserApp({ clock: new SettableClock(businessInstant('2026-12-07', '10:00')) });

  it('warns in the roster that March 2027 follows a provisional calendar, with a link to it', async () => {
    const page = await (await t.context(DESKTOP)).newPage();
    const errors = watchErrors(page);
    await signIn(page, 'shengshan.official', '**/console');

    await page.goto('/console/roster?month=2027-03');
    await page.getByTestId('roster-provisional').waitFor();
    await t.shot(page, 'desktop-console-roster-provisional');
    await page.getByTestId('roster-provisional').locator('a').click();
    await page.waitForURL('**/console/calendar?year=2027');
    await page.getByTestId('calendar-provisional').waitFor();

    await expect(page.locator('[data-date="2027-02-05"]').getAttribute('class')).resolves.toMatch(
      /holiday.*provisional|provisional.*holiday/,
    );
    expect(errors).toEqual([]);
  });

  it('lets the county official give a day off in their county, shown as the county’s change', async () => {
    const page = await (await t.context(DESKTOP)).newPage();
    const errors = watchErrors(page);
    await signIn(page, 'cixi.official', '**/console');

    await page.goto('/console/calendar?year=2027');
    await page.locator('[data-date="2027-03-01"]').click();
    await page.locator('.el-dialog .el-radio-button').filter({ hasText: '休息日' }).click();
    await page.locator('.el-dialog input[maxlength="50"]').fill('抗台停工');
    await page.getByTestId('override-save').click();
    await page.locator('.el-message--success').waitFor();
    await page.locator('[data-date="2027-03-01"].override').waitFor();
    await t.shot(page, 'desktop-console-calendar-override', true);
    const answer = await t
      .http()
      .get('/api/v1/calendar')
      .query({ from: '2027-03-01', to: '2027-03-01', regionCode: '330282' });

    expect(answer.body[0]).toMatchObject({ workday: false, name: '抗台停工', source: 'override' });
    expect(errors).toEqual([]);
  });

  it('lets the admin load the notice of 2027 from the prefilled form: the year becomes official', async () => {
    const page = await (await t.context(DESKTOP)).newPage();
    const errors = watchErrors(page);
    await signIn(page, 'admin', '**/console');

    await page.goto('/console/calendar?year=2027');
    await page.getByTestId('load-notice').click();
    await page.locator('.el-dialog .holiday-row').first().waitFor();
    await t.shot(page, 'desktop-console-calendar-notice');
    const rows = await page.locator('.el-dialog .holiday-row').count();
    await page.getByTestId('notice-save').click();
    await page.locator('.el-message--success').waitFor();
    await page.getByTestId('calendar-provisional').waitFor({ state: 'detached' });
    const years = await t.http().get('/api/v1/calendar/years');

    expect(rows).toBe(7);
    expect(years.body.find((y: { year: number }) => y.year === 2027)).toMatchObject({
      status: 'official',
      source: 'loaded',
    });
    expect(errors).toEqual([]);
  });
});
