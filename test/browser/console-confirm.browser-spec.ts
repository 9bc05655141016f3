/// <reference lib="dom" />
import { addDays } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import { bearer, createAppointment, createResident, demoIds, publishedWindowShifts } from '@app/testing';
import { DESKTOP, signIn, useBrowserApp, watchErrors } from './helpers/browser';

describe('destructive actions in the console confirm with their consequences', () => {
  const t = useBrowserApp();

  it('cancelling a booked shift says how many residents get an SMS, and does not call it "saved"', async () => {
    const official = await t.login('shengshan.official');
    const { shengshanCentre } = await demoIds(t);
    const tomorrow = addDays(t.clock.today(), 1);
    const shifts = await publishedWindowShifts(t, official, SHENGSHAN, shengshanCentre);
    const shift = shifts.find((s) => s.date > tomorrow)!;
    const slots = (
      await t
        .http()
        .get(`/api/v1/service-points/${shengshanCentre}/slots`)
        .query({ from: shift.date, to: shift.date })
    ).body as { id: string; startsAt: string }[];
    const inShift = slots.filter((s) => s.startsAt >= shift.startsAt && s.startsAt < shift.endsAt);
    for (const [i, phone] of ['13905740001', '13905740002'].entries()) {
      const resident = await createResident(t, phone);
      await createAppointment(t, resident.token, { slotId: inShift[i].id, topic: 'other' });
    }
    const page = await (await t.context(DESKTOP)).newPage();
    const errors = watchErrors(page);
    await signIn(page, 'shengshan.official', '**/console');

    await page.goto(`/console/roster?month=${shift.date.slice(0, 7)}`);
    await page.locator(`[data-cell="${shengshanCentre}|${shift.date}"]`).click();
    await page.locator('.el-dialog').getByRole('button', { name: '取消班次' }).first().click();
    const box = page.locator('.el-message-box');
    const warning = await box.locator('.el-message-box__message').textContent();
    const buttons = await box.locator('.el-message-box__btns button').allTextContents();
    await t.shot(page, 'desktop-console-cancel-shift-confirm');
    await box.getByRole('button', { name: '取消班次' }).click();
    const toast = await page.locator('.el-message--success').textContent();
    const after = (
      await t
        .http()
        .get('/api/v1/appointments')
        .query({ servicePointId: shengshanCentre, date: shift.date })
        .set(bearer(official))
    ).body as { status: string }[];

    expect(warning).toContain('已有 2 位群众预约');
    expect(warning).toContain('发短信通知');
    expect(buttons.map((b) => b.trim())).toEqual(['保留班次', '取消班次']);
    expect(toast).toContain('已短信通知 2 位群众');
    expect(toast).not.toContain('班次已保存');
    expect(after.filter((a) => a.status === 'needs_reschedule')).toHaveLength(2);
    expect(errors).toEqual([]);
  });
});
