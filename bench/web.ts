// The web app's budgets on a rural phone: bytes of JS+CSS (gzip) the resident booking path loads,
// and the time until a service point's slot list shows, on a 360×740 phone under Chromium's
// "Slow 4G" network emulation (CDP Network.emulateNetworkConditions), cold cache, median of runs.
// Also the console's weight on a 1366×768 desktop: what an official's first page loads, and what
// each console page adds, pages as the router in the built app lists them.
//
//   npm run bench:web                      # 5 runs on the demo data, in a throw-away database
//   BENCH_WEB_RUNS=9 npm run bench:web
//
// Needs the web app built (the npm script does it) and Debian's Chromium at /usr/bin/chromium.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page, type Response } from 'playwright-core';
import { asSystem, loadAppConfig, startEmbeddedPostgres } from '@app/core';
import { DEMO_PASSWORD, DemoSeedService } from '@app/demo';
import { createApp } from '../apps/api/src/bootstrap';

const BUDGET_BYTES = 150 * 1024;
const BUDGET_MS = 3000;
// Chrome DevTools' "Slow 4G" preset (the one Lighthouse's mobile runs approximate).
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6e6 * 0.9) / 8,
  uploadThroughput: (750e3 * 0.9) / 8,
};
const runs = Number(process.env.BENCH_WEB_RUNS ?? 5);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const log = (m: string) => process.stderr.write(`[bench:web] ${m}\n`);

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface Row {
  path: string;
  raw: number;
  gzip: number;
}

/** Each file's size, raw and gzipped (level 9, as the server's precompressed `.gz` copies). */
function sized(assets: Map<string, Buffer>): Row[] {
  return [...assets].map(([path, body]) => ({
    path,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
  }));
}

const sum = (rows: Row[], ext: '.js' | '.css') =>
  rows.filter((r) => r.path.endsWith(ext)).reduce((s, r) => s + r.gzip, 0);

/**
 * The console's weight on a 1366×768 desktop: JS+CSS (gzip) of an official's sign-in and first page
 * (the login page, the layout with Element Plus, the home page), then what each other console page adds
 * when opened from there (its own chunks, not yet loaded), with the API JSON each page read.
 */
async function consoleWeights(browser: Browser, base: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const first = await assetsDuring(page, async () => {
    await page.goto(`${base}/login`);
    await page.locator('input[name=username]').fill('shengshan.official');
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.locator('.login-button').click();
    await page.waitForURL('**/console');
    await page.waitForLoadState('networkidle');
  });
  const loaded = new Set(first.keys());
  const firstRows = sized(first);
  // The console's pages as the built app's router lists them (a page added later is measured too).
  const paths = await page.evaluate(() => {
    type Router = { getRoutes(): { path: string; redirect?: unknown; children: unknown[] }[] };
    const app = (
      document.querySelector('#app') as unknown as {
        __vue_app__: { config: { globalProperties: { $router: Router } } };
      }
    ).__vue_app__;
    return app.config.globalProperties.$router
      .getRoutes()
      .filter(
        (r) => r.path.startsWith('/console/') && !r.path.includes(':') && !r.redirect && !r.children.length,
      )
      .map((r) => r.path);
  });
  const lines = [
    '',
    'Console, 1366×768 (an official signs in and lands on the home page), JS+CSS loaded:',
    `  first page: JS ${kb(sum(firstRows, '.js'))} + CSS ${kb(sum(firstRows, '.css'))} = ${kb(sum(firstRows, '.js') + sum(firstRows, '.css'))} gzip`,
    ...firstRows
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 8)
      .map((r) => `    ${r.path.padEnd(48)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(9)} gzip`),
    '  each page opened after it adds (its chunks not loaded yet; API JSON as sent on the wire):',
  ];
  for (const path of paths) {
    const json: { bytes: number; coding: string }[] = [];
    const onApi = (r: Response) => {
      if (!new URL(r.url()).pathname.startsWith('/api/')) return;
      json.push({ bytes: 0, coding: '' });
      const entry = json[json.length - 1];
      void Promise.all([
        r.request().sizes(),
        r.headerValue('content-encoding'),
        r.headerValue('content-length'),
      ])
        .then(async ([sizes, coding, length]) => {
          // Chromium reports no size (-1) for some answers; then the header's, else the body's.
          entry.bytes =
            sizes.responseBodySize >= 0
              ? sizes.responseBodySize
              : length !== null
                ? Number(length)
                : (await r.body()).length;
          entry.coding = coding ?? 'identity';
        })
        .catch(() => undefined);
    };
    page.on('response', onApi);
    const added = await assetsDuring(page, async () => {
      // As the menu opens it: the router moves, the page is not reloaded.
      await page.evaluate(async (to) => {
        type Router = { push(to: string): Promise<unknown> };
        const app = (
          document.querySelector('#app') as unknown as {
            __vue_app__: { config: { globalProperties: { $router: Router } } };
          }
        ).__vue_app__;
        await app.config.globalProperties.$router.push(to);
      }, path);
      await page.waitForURL(`**${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    });
    page.off('response', onApi);
    const rows = sized(new Map([...added].filter(([p]) => !loaded.has(p))));
    for (const p of added.keys()) loaded.add(p);
    const codings = [...new Set(json.map((j) => j.coding))].join('/') || '—';
    lines.push(
      `    ${path.padEnd(24)} JS ${kb(sum(rows, '.js')).padStart(9)} + CSS ${kb(sum(rows, '.css')).padStart(8)} gzip; ` +
        `API ${json.length} answers, ${kb(json.reduce((s, j) => s + j.bytes, 0))} (${codings})`,
    );
  }
  await context.close();
  lines.push('');
  return lines;
}

/** JS and CSS bodies fetched by `page` while `fn` runs, by path. */
async function assetsDuring(page: Page, fn: () => Promise<void>): Promise<Map<string, Buffer>> {
  const seen = new Map<string, Promise<Buffer>>();
  const onResponse = (r: Response) => {
    const path = new URL(r.url()).pathname;
    if (/\.(js|css)$/.test(path) && !seen.has(path)) seen.set(path, r.body());
  };
  page.on('response', onResponse);
  await fn();
  page.off('response', onResponse);
  return new Map(await Promise.all([...seen].map(async ([p, b]) => [p, await b] as const)));
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-web-pg-'));
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
  const config = loadAppConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_KEY: randomBytes(32).toString('hex'),
    PII_INDEX_KEY: randomBytes(32).toString('hex'),
    AUDIT_KEY: randomBytes(32).toString('hex'),
    AUDIT_CHECKPOINT_FILE: join(dataDir, 'audit-checkpoints.jsonl'),
    LOG_LEVEL: 'warn',
  });
  const app = await createApp(config);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    await asSystem((system) => app.get(DemoSeedService).seed(system));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const points = (await (
      await fetch(`${base}/api/v1/service-points?regionCode=330282113&kind=township_center`)
    ).json()) as { id: string }[];
    const pointUrl = `${base}/points/${points[0].id}`;

    // 1. Bytes: the whole booking path, from the list of points to the booking form.
    const page = await (
      await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })
    ).newPage();
    const assets = await assetsDuring(page, async () => {
      await page.goto(`${base}/`);
      await page.locator('.point-cell').first().waitFor();
      await page.locator('.point-cell', { hasText: '胜山镇公共法律服务站' }).click();
      await page.locator('.slot:not([disabled])').first().click();
      await page.locator('input[name=phone]').waitFor();
    });
    await page.context().close();
    const rows = sized(assets);
    const js = sum(rows, '.js');
    const css = sum(rows, '.css');
    const consoleChunks = rows
      .filter((r) => /Console|View|EChart|element|echarts/i.test(r.path))
      .map((r) => r.path);

    // 2. Time to the slot list: a cold phone opening a point's page (the QR code on the sign) on slow 4G.
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const ctx = await browser.newContext({
        viewport: { width: 360, height: 740 },
        isMobile: true,
        deviceScaleFactor: 2,
      });
      const p = await ctx.newPage();
      const cdp = await ctx.newCDPSession(p);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      const started = Date.now();
      await p.goto(pointUrl, { waitUntil: 'commit' });
      await p.locator('.slot').first().waitFor({ timeout: 60_000 });
      times.push(Date.now() - started);
      await ctx.close();
    }

    const total = js + css;
    const t = median(times);
    const lines = [
      '',
      'Resident booking path (/ → point → slot → booking form), JS+CSS loaded:',
      ...rows
        .sort((a, b) => b.gzip - a.gzip)
        .map((r) => `  ${r.path.padEnd(48)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(9)} gzip`),
      `  total: JS ${kb(js)} + CSS ${kb(css)} = ${kb(total)} gzip (budget ${kb(BUDGET_BYTES)}) ${total < BUDGET_BYTES ? 'OK' : 'OVER'}`,
      `  console chunks (Element Plus, ECharts) loaded: ${consoleChunks.length ? consoleChunks.join(', ') : 'none'}`,
      '',
      `Time to the slot list, 360×740 phone, Slow 4G (${SLOW_4G.latency} ms, ${(SLOW_4G.downloadThroughput / 1024).toFixed(0)} KiB/s down), cold cache:`,
      `  runs: ${times.map((x) => `${x} ms`).join(', ')}`,
      `  median: ${t} ms (budget ${BUDGET_MS} ms) ${t < BUDGET_MS ? 'OK' : 'OVER'}`,
      ...(await consoleWeights(browser, base)),
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    await browser.close();
    await app.close();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  log(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
