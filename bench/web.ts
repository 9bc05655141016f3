// The web app's budgets on a rural phone: bytes of JS+CSS (gzip) the resident booking path loads,
// and the time until a service point's slot list shows, on a 360×740 phone under Chromium's
// "Slow 4G" network emulation (CDP Network.emulateNetworkConditions), cold cache, median of runs.
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
import { chromium, type Page } from 'playwright-core';
import { asSystem, loadAppConfig, startEmbeddedPostgres } from '@app/core';
import { DemoSeedService } from '@app/demo';
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

/** JS and CSS bodies fetched by `page` while `fn` runs, by path. */
async function assetsDuring(page: Page, fn: () => Promise<void>): Promise<Map<string, Buffer>> {
  const seen = new Map<string, Promise<Buffer>>();
  const onResponse = (r: import('playwright-core').Response) => {
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
    const rows = [...assets].map(([path, body]) => ({
      path,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
    }));
    const js = rows.filter((r) => r.path.endsWith('.js')).reduce((s, r) => s + r.gzip, 0);
    const css = rows.filter((r) => r.path.endsWith('.css')).reduce((s, r) => s + r.gzip, 0);
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
      '',
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
