/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
import { addDays, businessInstant } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import { idNumberCheckDigit } from '@app/legal-aid';
import { bearer, publishedWindowShifts, staffDirectory } from '@app/testing';
import { DESKTOP, PHONE, SettableClock, signIn, useBrowserApp, watchErrors } from './helpers/browser';

/** A figure as the console shows it (1,369,416.83 or 95.0%), as a number. */
const figure = (text: string) => Number(text.replace(/[,\s%]/g, ''));

describe('work log, statistics and legal aid (on a database with the demo’s history)', () => {
  const clock = new SettableClock();
  const t = useBrowserApp({ seed: 'with-history', clock });
  const staff = staffDirectory(t);
  let centreId: string;
  let official: string;

  beforeAll(async () => {
    await staff.load();
    official = await staff.token('shengshan.official');
    const centres = await t
      .http()
      .get('/api/v1/service-points')
      .query({ regionCode: SHENGSHAN, kind: 'township_center' });
    centreId = centres.body[0].id;
  });

  it('a lawyer completes a resident’s appointment and logs it with one tap on the prefilled form', async () => {
    // A window shift of the demo roster after today, the app's clock at 07:00 that day for the booking.
    const shift = (await publishedWindowShifts(t, official, SHENGSHAN, centreId)).find(
      (s) => s.date > clock.today(),
    )!;
    clock.set(businessInstant(shift.date, '07:00'));
    const phone = `137${String(Date.now() % 100_000_000).padStart(8, '0')}`;
    await t.http().post('/api/v1/auth/otp').send({ phone }).expect(202);
    const sms = await t.http().get('/api/v1/dev/outbox').query({ phone });
    const code = /\d{6}/.exec(sms.body[0].text)![0];
    const session = (await t.http().post('/api/v1/auth/otp/verify').send({ phone, code })).body as {
      accessToken: string;
    };
    const resident = session.accessToken;
    const slots = await t
      .http()
      .get(`/api/v1/service-points/${centreId}/slots`)
      .query({ from: shift.date, to: shift.date });
    const slot = (slots.body as { id: string; lawyerName: string }[]).find(
      (s) => s.lawyerName === shift.lawyerName,
    )!;
    const booked = await t
      .http()
      .post('/api/v1/appointments')
      .set(bearer(resident))
      .send({ slotId: slot.id, topic: 'labour_wages', description: '工资被拖欠三个月，老板不接电话' })
      .expect(201);
    // The consultation is over at 10:00; the phone's clock says so too.
    const tenOClock = businessInstant(shift.date, '10:00');
    clock.set(tenOClock);
    const context = await t.context(PHONE);
    await context.clock.setFixedTime(tenOClock);
    const page = await context.newPage();
    const errors = watchErrors(page);

    await signIn(page, staff.username(shift.lawyerId), '**/lawyer');
    const card = page.locator(`.appt[data-appointment-id="${booked.body.id}"]`);
    await card.locator('.mark-complete').click();
    await page.getByTestId('log-from-appointment').waitFor();
    await page
      .locator('select[name=servicePointId] option:checked')
      .filter({ hasText: '胜山镇' })
      .waitFor({ state: 'attached' });
    await page.getByTestId('recent-logs').waitFor();
    await t.shot(page, 'phone-lawyer-log-prefilled', true);
    const summary = await page.locator('textarea[name=summary]').inputValue();
    await page.locator('.save-log').click();
    await card.getByText('已记日志').waitFor();
    await t.shot(page, 'phone-lawyer-appointment-logged');
    clock.release();
    // The resident rates it and finds it among their bookings, with the point, the lawyer and the rating.
    await t
      .http()
      .post(`/api/v1/appointments/${booked.body.id}/rating`)
      .set(bearer(resident))
      .send({ score: 5, comment: '律师讲得很清楚' })
      .expect(201);
    const phonePage = await (await t.context(PHONE)).newPage();
    await phonePage.addInitScript((s) => localStorage.setItem('portal.resident', s), JSON.stringify(session));
    await phonePage.goto('/my');
    const mine = phonePage.locator(`.booking[data-appointment-id="${booked.body.id}"]`);
    await mine.getByTestId('my-rating').waitFor();
    await t.shot(phonePage, 'phone-resident-my-bookings-rated');
    const bookingText = await mine.textContent();

    expect(summary).toBe('工资被拖欠三个月，老板不接电话');
    expect(bookingText).toContain('胜山镇公共法律服务站');
    expect(bookingText).toContain(shift.lawyerName);
    expect(bookingText).toContain('律师讲得很清楚');
    const logs = await t
      .http()
      .get('/api/v1/service-logs')
      .query({ lawyerId: shift.lawyerId, from: shift.date, to: shift.date })
      .set(bearer(official));
    expect(logs.body.items).toEqual([
      expect.objectContaining({
        appointmentId: booked.body.id,
        type: 'consultation',
        topic: 'labour_wages',
        servicePointId: centreId,
        lawyerId: shift.lawyerId,
        peopleCount: 1,
        summary: '工资被拖欠三个月，老板不接电话',
        occurredAt: booked.body.slot.startsAt,
      }),
    ]);
    expect(errors).toEqual([]);
  });

  it('an official sees the year of 胜山镇 as the API counts it, and its year-end paragraph', async () => {
    const year = clock.today().slice(0, 4);
    const [stats, report] = await Promise.all([
      t.http().get('/api/v1/stats/yearly').query({ regionCode: SHENGSHAN, year }).set(bearer(official)),
      t
        .http()
        .get('/api/v1/stats/yearly/report')
        .query({ regionCode: SHENGSHAN, year, format: 'text' })
        .set(bearer(official)),
    ]);
    const context = await t.context(DESKTOP);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const errors = watchErrors(page);

    await signIn(page, 'shengshan.official', '**/console');
    await page.goto('/console/stats');
    await page.getByRole('tab', { name: '年度统计' }).click();
    const totals = page.locator('#pane-yearly [data-testid=totals]');
    await totals.waitFor();
    const shown = await totals
      .locator('[data-metric]')
      .evaluateAll((cards) =>
        cards.map((c) => [c.getAttribute('data-metric'), c.querySelector('.total-value')!.textContent]),
      );
    const paragraph = page.locator(
      'textarea[data-testid=year-paragraph], [data-testid=year-paragraph] textarea',
    );
    await page.waitForFunction(
      (el) => !!el && !(el as HTMLTextAreaElement).value.startsWith('正在'),
      await paragraph.elementHandle(),
    );
    const text = await paragraph.inputValue();
    await page.getByTestId('copy-paragraph').click();
    await page.locator('.el-message--success').filter({ hasText: '已复制' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const regionRows = await page.locator('#pane-yearly [data-testid=by-region] .el-table__body tr').count();
    await t.shot(page, 'desktop-console-stats-yearly', true);

    expect(stats.status).toBe(200);
    const nonZero = Object.entries(stats.body.totals as Record<string, number | null>).filter(
      ([, v]) => v !== null && v !== 0,
    );
    expect(nonZero.length).toBeGreaterThanOrEqual(8);
    const onScreen = Object.fromEntries(shown.map(([m, v]) => [m, figure(v!)]));
    for (const [metric, value] of nonZero) {
      const expected = /Rate/.test(metric) ? Number((value! * 100).toFixed(1)) : value;
      expect([metric, onScreen[metric]]).toEqual([metric, expected]);
    }
    expect(regionRows).toBe(stats.body.byRegion.length);
    expect(report.status).toBe(200);
    expect(text).toBe(report.text);
    expect(text).toMatch(/^至\d+月底,已为群众提供法律咨询\d+人次/);
    expect(copied).toBe(report.text);
    expect(errors).toEqual([]);
  });

  it('the console flags a legal-aid case whose decision is overdue, applicant masked, and decides it', async () => {
    const first17 = '33028219750615102';
    const received = addDays(clock.today(), -20);
    const intake = await t
      .http()
      .post('/api/v1/legal-aid-cases')
      .set(bearer(official))
      .send({
        applicant: { name: '赵桂芳', phone: '13905741234', idNumber: first17 + idNumberCheckDigit(first17) },
        servicePointId: centreId,
        category: 'labour_wages',
        summary: '申请人被拖欠工资八个月，请求法律援助',
        receivedAt: businessInstant(received, '09:30').toISOString(),
      })
      .expect(201);
    const overdue = await t
      .http()
      .get('/api/v1/legal-aid-cases')
      .query({ regionCode: SHENGSHAN, overdue: 'true' })
      .set(bearer(official));
    const page = await (await t.context(DESKTOP)).newPage();
    const errors = watchErrors(page);

    await signIn(page, 'shengshan.official', '**/console');
    await page.goto('/console/legal-aid');
    const row = page.locator('.el-table__row', { hasText: intake.body.caseNo });
    const flag = await row.getByTestId('overdue-tag').textContent();
    const rowClass = await row.getAttribute('class');
    const rowText = await row.textContent();
    await page.getByTestId('overdue-only').click();
    await page.locator('.el-table__row').first().waitFor();
    const overdueRows = await page.locator('.el-table__body > tbody > tr.el-table__row').count();
    await row.locator('.el-table__expand-icon').click();
    await page.getByText('办理经过').waitFor();
    await t.shot(page, 'desktop-console-legal-aid-overdue', true);
    await row.getByRole('button', { name: '审查决定' }).click();
    await page.getByTestId('dialog-save').click();
    await page.locator('.el-message--success').waitFor();
    await page.getByTestId('overdue-only').click();
    await row.getByText('已受理').waitFor();
    const afterDecision = await t
      .http()
      .get(`/api/v1/legal-aid-cases/${intake.body.id}`)
      .set(bearer(official));

    expect(overdue.body.items.map((c: { id: string }) => c.id)).toContain(intake.body.id);
    expect(flag).toMatch(/^审查 已超期 \d+ 天$/);
    expect(rowClass).toContain('overdue-row');
    expect(rowText).toContain('139****1234');
    expect(rowText).not.toContain('13905741234');
    expect(overdueRows).toBe(overdue.body.total);
    expect(afterDecision.body).toMatchObject({ status: 'accepted', accepted: true, overdue: false });
    expect(errors).toEqual([]);
  });
});
