/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
import axe from 'axe-core';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { businessInstant } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import { bearer, publishedWindowShifts } from '@app/testing';
import { PHONE, SettableClock, signIn, useBrowserApp } from './helpers/browser';

/** The console's size in the offices that use it (a 1366×768 laptop). */
const CONSOLE = { viewport: { width: 1366, height: 768 } };

/** A route of the web app as its router holds it: the pattern, and the roles its records require. */
interface AppRoute {
  path: string;
  roles: string[];
}

/** Who opens a page that requires one of these roles, in this order of preference. */
const STAFF_FOR_ROLE: [role: string, username: string][] = [
  ['lawyer', 'lawyer01'],
  ['official', 'shengshan.official'],
  ['auditor', 'auditor'],
  ['admin', 'admin'],
  ['security', 'security'],
];

/** A finding of axe, as printed when the test fails. */
type Finding = string;

/**
 * Every page of the web app, as its own router lists them in the built bundle (so a route added later
 * is walked without a change here, or fails below for want of a sample parameter), opened by the user
 * it is for at the size they use it (phones for residents and lawyers, a 1366×768 laptop for the
 * console), checked by axe-core: no critical and no serious violation anywhere.
 */
describe('accessibility (axe-core on every route)', () => {
  // Each test opens a handful of pages, waits for each to settle and runs axe on it.
  jest.setTimeout(400_000);
  const clock = new SettableClock();
  const t = useBrowserApp({ clock });
  let centreId = '';
  let villageId = '';
  let residentSession = '';

  /** The concrete address to open for each route pattern that has parameters. */
  const samples = (): Record<string, string> => ({
    '/points/:id': `/points/${centreId}`,
    '/points/:id/book': `/points/${centreId}/book`,
    '/print/sign/:id': `/print/sign/${villageId}`,
    '/print/duty-roster/:regionCode/:month': `/print/duty-roster/${SHENGSHAN}/${clock.today().slice(0, 7)}`,
    '/print/monthly/:regionCode/:month': `/print/monthly/${SHENGSHAN}/${clock.today().slice(0, 7)}`,
    '/kiosk/:pointId': `/kiosk/${centreId}`,
    '/:pathMatch(.*)*': '/no-such-page',
  });

  beforeAll(async () => {
    const official = await t.login('shengshan.official');
    const points = (await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN })).body as {
      id: string;
      kind: string;
    }[];
    centreId = points.find((p) => p.kind === 'township_center')!.id;
    villageId = points.find((p) => p.kind === 'village_point')!.id;
    // A resident with a consultation done and rated (its stars show on 我的预约) and one still to come.
    const [done, upcoming] = (await publishedWindowShifts(t, official, SHENGSHAN, centreId)).filter(
      (s) => s.date > clock.today(),
    );
    clock.set(businessInstant(done.date, '07:00'));
    const phone = `136${String(Date.now() % 100_000_000).padStart(8, '0')}`;
    await t.http().post('/api/v1/auth/otp').send({ phone }).expect(202);
    const sms = await t.http().get('/api/v1/dev/outbox').query({ phone });
    const code = /\d{6}/.exec(sms.body[0].text)![0];
    const session = (await t.http().post('/api/v1/auth/otp/verify').send({ phone, code })).body as {
      accessToken: string;
    };
    residentSession = JSON.stringify(session);
    const book = async (date: string) => {
      const slots = await t
        .http()
        .get(`/api/v1/service-points/${centreId}/slots`)
        .query({ from: date, to: date });
      const slot = (slots.body as { id: string; available: number }[]).find((s) => s.available > 0)!;
      return (
        await t
          .http()
          .post('/api/v1/appointments')
          .set(bearer(session.accessToken))
          .send({ slotId: slot.id, topic: 'labour_wages', description: '工资被拖欠三个月' })
          .expect(201)
      ).body as { id: string };
    };
    const consulted = await book(done.date);
    await book(upcoming.date);
    clock.set(businessInstant(done.date, '10:00'));
    await t.http().post(`/api/v1/appointments/${consulted.id}/complete`).set(bearer(official)).expect(200);
    await t
      .http()
      .post(`/api/v1/appointments/${consulted.id}/rating`)
      .set(bearer(session.accessToken))
      .send({ score: 4, comment: '讲得清楚' })
      .expect(201);
    clock.release();
  });

  /** The routes of the router in the running app, with the roles of every record each one matches. */
  async function appRoutes(page: Page): Promise<AppRoute[]> {
    await page.goto('/');
    await page.locator('#app .point-cell, #app .van-empty').first().waitFor();
    return page.evaluate(() => {
      type Record = {
        path: string;
        redirect?: unknown;
        children: unknown[];
        components?: object | null;
        meta: { roles?: string[] };
      };
      type Router = { getRoutes(): Record[] };
      const app = (
        document.querySelector('#app') as unknown as {
          __vue_app__: { config: { globalProperties: { $router: Router } } };
        }
      ).__vue_app__;
      const records = app.config.globalProperties.$router.getRoutes();
      // A layout is checked through its pages; a redirect has no page of its own.
      return records
        .filter((r) => !r.redirect && r.components && r.children.length === 0)
        .map((r) => ({
          path: r.path,
          // A page's record is under its layout's: the roles of every record whose path begins it.
          roles: records
            .filter((p) => p.children.length > 0 && (r.path === p.path || r.path.startsWith(`${p.path}/`)))
            .flatMap((p) => p.meta.roles ?? [])
            .concat(r.meta.roles ?? []),
        }));
    });
  }

  /** The page settled: its code and data loaded, no progress bar or spinner, transitions done. */
  async function settle(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.locator('.route-progress').waitFor({ state: 'detached' });
    await page
      .locator('.load-state, .el-loading-mask, .van-loading')
      .first()
      .waitFor({ state: 'hidden', timeout: 15_000 })
      .catch(() => undefined);
    await page.waitForTimeout(400);
  }

  /** axe-core on the page as it stands: the critical and serious violations, one line per element. */
  async function audit(page: Page, label: string): Promise<Finding[]> {
    // Through the DevTools protocol, which the page's content security policy does not govern.
    await page.evaluate(axe.source);
    const results = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
    );
    return results.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .flatMap((v) =>
        v.nodes.map(
          (n) =>
            `${label}: [${v.impact}] ${v.id} (${v.help}) at ${n.target.join(' ')} ${n.html.slice(0, 120)}: ${n.failureSummary?.replace(/\s+/g, ' ')}`,
        ),
      );
  }

  /** Opens each address in one signed-in (or anonymous) browser profile at the given size and audits it. */
  async function walk(
    urls: string[],
    size: BrowserContextOptions,
    who: { staff?: string; resident?: boolean; label: string; shows?: Record<string, string> },
  ): Promise<{ findings: Finding[]; visited: string[] }> {
    const context = await t.context(size);
    if (who.resident)
      await context.addInitScript((s) => localStorage.setItem('portal.resident', s), residentSession);
    const page = await context.newPage();
    if (who.staff) await signIn(page, who.staff, who.staff.startsWith('lawyer') ? '**/lawyer' : '**/console');
    const findings: Finding[] = [];
    const visited: string[] = [];
    for (const url of urls) {
      await page.goto(url);
      await settle(page);
      // The state the audit is meant to see (a rating's stars, the roster's grid) is on the page.
      if (who.shows?.[url]) await page.locator(who.shows[url]).first().waitFor();
      visited.push(new URL(page.url()).pathname);
      findings.push(...(await audit(page, `${url} (${who.label})`)));
      // Reflow (WCAG 1.4.10): a wide table scrolls in its own box, the page never sideways.
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      if (widths[0] > widths[1])
        findings.push(
          `${url} (${who.label}): the page scrolls sideways, ${widths[0]} px wide at ${widths[1]}`,
        );
    }
    await context.close();
    return { findings, visited };
  }

  let routes: AppRoute[] = [];
  const url = (r: AppRoute) => samples()[r.path] ?? r.path;
  const desktop = (r: AppRoute) => /^\/(console|print)(\/|$)/.test(r.path);
  const staffFor = (r: AppRoute) => STAFF_FOR_ROLE.find(([role]) => r.roles.includes(role))?.[1];

  beforeAll(async () => {
    const probe = await (await t.context(PHONE)).newPage();
    routes = await appRoutes(probe);
    await probe.context().close();
  });

  /** Audits the routes `pick` selects, grouped by the staff member who opens them. */
  async function check(
    pick: (r: AppRoute) => boolean,
    size: BrowserContextOptions,
    opts: { resident?: boolean; label: string; shows?: Record<string, string> },
  ): Promise<{ findings: Finding[]; visited: string[] }> {
    const byUser = new Map<string | undefined, string[]>();
    for (const r of routes.filter(pick)) {
      byUser.set(staffFor(r), [...(byUser.get(staffFor(r)) ?? []), url(r)]);
    }
    const findings: Finding[] = [];
    const visited: string[] = [];
    for (const [staff, urls] of byUser) {
      const run = await walk(urls, size, { ...opts, staff, label: staff ?? opts.label });
      findings.push(...run.findings);
      visited.push(...run.visited);
    }
    return { findings, visited };
  }

  // Which pages each test walks; the last test holds every route to one of them.
  const phonePage = (r: AppRoute) => r.roles.length === 0 && !desktop(r);
  const residentPage = (r: AppRoute) => phonePage(r) && r.path !== '/login';
  const lawyerPage = (r: AppRoute) => r.roles.includes('lawyer');
  const consolePage = (r: AppRoute) => !lawyerPage(r) && (r.roles.length > 0 || desktop(r));

  it('on the resident’s pages at phone size, before signing in', async () => {
    const { findings, visited } = await check(phonePage, PHONE, {
      label: 'anonymous',
    });

    expect(visited).toEqual(expect.arrayContaining(['/', '/my', '/login', `/points/${centreId}/book`]));
    expect(findings).toEqual([]);
  });

  it('on the resident’s pages at phone size, signed in with a rated consultation and a booking', async () => {
    const { findings, visited } = await check(residentPage, PHONE, {
      resident: true,
      label: 'resident',
      shows: { '/my': '[data-testid=my-rating] [role=radio]' },
    });

    expect(visited).toEqual(expect.arrayContaining(['/my']));
    expect(findings).toEqual([]);
  });

  it('on the lawyer’s pages at phone size', async () => {
    const { findings, visited } = await check(lawyerPage, PHONE, { label: 'lawyer' });

    expect(visited).toEqual(expect.arrayContaining(['/lawyer', '/lawyer/log']));
    expect(findings).toEqual([]);
  });

  it('on the console’s pages at 1366×768, as the official, auditor or admin each is for', async () => {
    const { findings, visited } = await check(consolePage, CONSOLE, {
      label: 'anonymous',
      shows: { '/console/roster': '.grid .cell-button' },
    });

    expect(visited).toEqual(expect.arrayContaining(['/console/roster', `/print/sign/${villageId}`]));
    expect(findings).toEqual([]);
  });

  it('walks every route of the router, each with a sample address where it has parameters', () => {
    const unknown = routes.filter((r) => r.path.includes(':') && !samples()[r.path]).map((r) => r.path);
    const unwalked = routes.filter((r) => ![phonePage, lawyerPage, consolePage].some((walks) => walks(r)));

    expect(routes.length).toBeGreaterThanOrEqual(20);
    expect(unknown).toEqual([]);
    expect(unwalked).toEqual([]);
  });

  it('on the console’s dialogs that open over a list: a point’s kiosks', async () => {
    const official = await t.login('shengshan.official');
    await t
      .http()
      .post('/api/v1/kiosks')
      .set(bearer(official))
      .send({ servicePointId: villageId, label: '窗口平板' })
      .expect(201);
    const village = (await t.http().get(`/api/v1/service-points/${villageId}`)).body as { name: string };
    const page = await (await t.context(CONSOLE)).newPage();
    await signIn(page, 'shengshan.official', '**/console');
    await page.goto('/console/points');
    await settle(page);
    await page
      .locator('.el-table__row')
      .filter({ hasText: village.name })
      .getByTestId('kiosk-manage')
      .click();
    await page.getByTestId('kiosk-dialog').locator('.el-table__row').first().waitFor();
    await page.waitForTimeout(400);

    expect(await audit(page, '/console/points (kiosk dialog)')).toEqual([]);
  });

  it('opens a day of the roster grid from the keyboard: Tab reaches it, Enter and Space open it', async () => {
    const page = await (await t.context(CONSOLE)).newPage();
    await signIn(page, 'shengshan.official', '**/console');
    await page.goto('/console/roster');
    await page.locator('.grid .cell-button').first().waitFor();
    const dialog = page.locator('.el-dialog');

    await page.getByLabel('月份', { exact: true }).focus();
    let presses = 0;
    while (presses < 30 && !(await page.evaluate(() => !!document.activeElement?.closest('.grid')))) {
      await page.keyboard.press('Tab');
      presses++;
    }
    const first = await page.evaluate(() => document.activeElement?.closest('td')?.dataset.cell);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    const title = await dialog.locator('.el-dialog__title').textContent();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.grid .cell-button').nth(3).focus();
    await page.keyboard.press('Space');
    await dialog.waitFor();

    expect(first).toMatch(/^[0-9a-f-]{36}\|\d{4}-\d{2}-\d{2}$/);
    expect(title).toContain(first!.split('|')[1]);
  });
});
