import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { businessInstant, Clock } from '@app/core';
import { DEMO_PASSWORD } from '@app/demo';
import { type TestApp, useTestApp } from '@app/testing';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve(__dirname, '../screenshots');
export const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP = { viewport: { width: 1366, height: 900 } };

export interface BrowserTest extends TestApp {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser profile (no storage), closed after the test file. */
  context: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** A screenshot into test/browser/screenshots/<name>.png (kept after the run). */
  shot: (page: Page, name: string, fullPage?: boolean) => Promise<void>;
}

/**
 * Where the browser tests' time begins, whatever the real date: Monday 23 November 2026, 09:00 in
 * Asia/Shanghai, a working day inside the demo roster (the seed publishes November and December).
 */
export const BROWSER_TEST_START = businessInstant('2026-11-23', '09:00');

/**
 * The browser tests' time: from `start` it runs on with the real seconds, or stands at the moment a
 * test sets until it lets go again. The server and every browser context tell this time.
 */
export class SettableClock extends Clock {
  private fixed?: Date;
  private readonly offsetMs: number;
  constructor(start: Date = BROWSER_TEST_START) {
    super();
    this.offsetMs = start.getTime() - Date.now();
  }
  override now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date(Date.now() + this.offsetMs);
  }
  set(instant: Date): void {
    this.fixed = instant;
  }
  release(): void {
    this.fixed = undefined;
  }
}

/**
 * The real app (demo data of 胜山镇 and 掌起镇, on this file's own database, with `'with-history'`
 * also the history of last year and this year) listening on a free port and serving the built web
 * app, and headless Debian Chromium driven by playwright-core. The app and the pages tell the time
 * of `clock` (by default a `SettableClock` from `BROWSER_TEST_START`), never the real date.
 */
export function useBrowserApp(
  opts: { seed?: true | 'with-history'; clock?: SettableClock; env?: Record<string, string> } = {},
): BrowserTest {
  const clock = opts.clock ?? new SettableClock();
  const contexts: BrowserContext[] = [];
  const browser: { current?: Browser } = {};
  // Added before the app's own teardown, as jest runs afterAll hooks in the order they were added: the
  // pages (their open connections, a service worker's fetches) are gone before the app closes, so its
  // close has no request of theirs to wait for.
  afterAll(async () => {
    for (const ctx of contexts) await ctx.close().catch(() => undefined);
    await browser.current?.close();
  });
  const t = useTestApp({ seed: opts.seed ?? true, clock, env: opts.env }) as BrowserTest;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.getHttpServer().address() as { port: number };
    t.baseUrl = `http://127.0.0.1:${address.port}`;
    t.browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'],
    });
    browser.current = t.browser;
    mkdirSync(SCREENSHOTS, { recursive: true });
    t.context = async (options = {}) => {
      const ctx = await t.browser.newContext({
        baseURL: t.baseUrl,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        ...options,
      });
      ctx.setDefaultTimeout(20_000);
      // The pages' Date starts where the app's clock stands and runs on from there.
      await ctx.clock.install({ time: clock.now() });
      contexts.push(ctx);
      return ctx;
    };
    t.shot = async (page, name, fullPage = false) => {
      // Transitions finished: a tag still fading in would show as an empty cell.
      await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage, animations: 'disabled' });
    };
  }, 90_000);
  return t;
}

/** Signs a demo staff member in on the login page and waits for their home page. */
export async function signIn(page: Page, username: string, home: '**/lawyer' | '**/console'): Promise<void> {
  await page.goto('/login');
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.locator('.login-button').click();
  await page.waitForURL(home);
}

/**
 * Fails the test on any uncaught error in the page, and on anything the content security policy
 * refused (an inline style or script the policy does not list), which would otherwise pass unseen.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) errors.push(msg.text());
  });
  return errors;
}
