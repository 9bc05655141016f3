#!/usr/bin/env node
// Builds the web app (Vite → dist/web) when the build is missing or older than its sources, so
// `npm start` on a fresh clone serves the app and a second start skips the build. The stamp is a
// hash of every source file under apps/web plus the installed versions of the web packages.
// `--force` always builds.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(webDir, '../..');
const outDir = join(repo, 'dist/web');
const stampFile = join(outDir, '.build-stamp');
const PACKAGES = [
  'vue',
  'vue-router',
  'vue-i18n',
  'vant',
  'element-plus',
  'echarts',
  'qrcode',
  'vite',
  '@vitejs/plugin-vue',
  'vite-plugin-pwa',
];

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name.startsWith('.')) return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : [p];
  });
}

function stamp() {
  const hash = createHash('sha256');
  for (const f of files(webDir).sort()) {
    hash.update(relative(webDir, f));
    hash.update(readFileSync(f));
  }
  const require = createRequire(join(repo, 'package.json'));
  for (const name of PACKAGES) {
    try {
      hash.update(
        `${name}@${JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version}`,
      );
    } catch {
      hash.update(`${name}@missing`);
    }
  }
  // Builds made before NODE_ENV was pinned (a test run's, with Vue's development code) are not reused.
  hash.update('NODE_ENV=production');
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
const want = stamp();
const have =
  existsSync(join(outDir, 'index.html')) && existsSync(stampFile)
    ? readFileSync(stampFile, 'utf8').trim()
    : '';
if (!force && want === have) process.exit(0);

let vite;
try {
  vite = await import('vite');
} catch {
  process.stderr.write(
    existsSync(join(outDir, 'index.html'))
      ? 'web app: sources changed but Vite is not installed (npm install); serving the existing build\n'
      : 'web app: not built and Vite is not installed (npm install); the API runs without the web app\n',
  );
  process.exit(0);
}
// Always the build that ships: Vite takes NODE_ENV from the environment, and a build started from a
// test run (NODE_ENV=test) would keep Vue's development code (~125 KB more on a resident's first page).
process.env.NODE_ENV = 'production';
const started = Date.now();
process.stdout.write(`web app: ${have ? 'sources changed' : 'no build yet'}, building with Vite…\n`);
await vite.build({ configFile: join(webDir, 'vite.config.mts'), logLevel: 'warn' });
writeFileSync(stampFile, `${want}\n`);
process.stdout.write(
  `web app: built into ${relative(repo, outDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
