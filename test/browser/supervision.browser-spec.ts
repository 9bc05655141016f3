/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { SHENGSHAN } from '@app/demo';
import { DESKTOP, PHONE, signIn, useBrowserApp, watchErrors } from './helpers/browser';

describe('supervision (console and phone)', () => {
  const t = useBrowserApp();
  let village = { id: '', name: '', regionCode: '' };
  let advisor = '';

  beforeAll(async () => {
    const token = await t.login('shengshan.official');
    const bearer = { authorization: `Bearer ${token}` };
    // Two service days a month in every village of 胜山镇; an ordinary village has no shift of its advisor.
    const res = await t
      .http()
      .post('/api/v1/obligations')
      .set(bearer)
      .send({ regionCode: SHENGSHAN, pointKind: 'village_point', measure: 'service_days', required: 2 });
    expect(res.status).toBe(201);
    const points = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'village_point' })
    ).body as { id: string; name: string; regionCode: string; isPilot: boolean }[];
    village = points.filter((p) => !p.isPilot).sort((a, b) => a.regionCode.localeCompare(b.regionCode))[0];
    const assignments = (
      await t
        .http()
        .get('/api/v1/advisor-assignments')
        .query({ regionCode: SHENGSHAN, pageSize: 500 })
        .set(bearer)
    ).body.items as { lawyerId: string; servicePointId: string; to: string | null }[];
    const lawyerId = assignments.find((a) => a.servicePointId === village.id && !a.to)!.lawyerId;
    const staff = (await t.http().get('/api/v1/staff').query({ pageSize: 500 }).set(bearer)).body.items as {
      id: string;
      username: string;
    }[];
    advisor = staff.find((s) => s.id === lawyerId)!.username;
  });

  it('lists the villages at risk on the console, and downloads the quarterly assessment', async () => {
    const page = await (await t.context({ ...DESKTOP, acceptDownloads: true })).newPage();
    const errors = watchErrors(page);
    await signIn(page, 'shengshan.official', '**/console');

    await page.goto('/console/supervision');
    const row = page.getByTestId('quotas').locator('tr', { hasText: '每月服务天数' }).first();
    await row.waitFor();
    await t.shot(page, 'desktop-console-quotas-at-risk');
    const rows = await page.getByTestId('quotas').locator('tbody tr').allInnerTexts();

    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes('有风险'))).toBe(true);
    const regions = (await t.http().get('/api/v1/regions').query({ parent: SHENGSHAN })).body as {
      code: string;
      name: string;
    }[];
    const villageName = regions.find((r) => r.code === village.regionCode)!.name;
    expect(rows.some((r) => r.includes(villageName))).toBe(true);

    await page.getByRole('tab', { name: '季度考核' }).click();
    await page.getByTestId('assessment').locator('tbody tr').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-assessment').click(),
    ]);
    const file = readFileSync((await download.path())!);

    expect(download.suggestedFilename()).toBe('胜山镇村法律顾问考核表(2026年第4季度).xlsx');
    expect(file.subarray(0, 2).toString()).toBe('PK');
    expect(errors).toEqual([]);
  });

  it('shows the advisor their own quotas on the phone', async () => {
    const page = await (await t.context(PHONE)).newPage();
    const errors = watchErrors(page);
    await signIn(page, advisor, '**/lawyer');

    await page.goto('/lawyer/shifts');
    const mine = page.getByTestId('my-quotas');
    await mine.waitFor();
    await t.shot(page, 'phone-lawyer-quotas');

    expect(await mine.innerText()).toContain('有风险');
    expect(errors).toEqual([]);
  });
});
