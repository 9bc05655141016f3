import vue from '@vitejs/plugin-vue';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Where the API process looks for the built app (see apps/api/src/web-static.ts). */
const WEB_OUT_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * Writes `.gz` and `.br` copies of every text asset next to it, so the API's static handler sends
 * the compressed bytes without compressing on each request (a rural phone on slow 4G gets ~1/3 the bytes).
 */
function precompress(): Plugin {
  return {
    name: 'portal-precompress',
    apply: 'build',
    enforce: 'post',
    // After the files are written, so the compressed copies hold exactly the final bytes.
    writeBundle(options, bundle) {
      const dir = options.dir ?? WEB_OUT_DIR;
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(fileName)) continue;
        const bytes = readFileSync(join(dir, fileName));
        if (bytes.length < 1024) continue;
        writeFileSync(join(dir, `${fileName}.gz`), gzipSync(bytes, { level: 9 }));
        writeFileSync(
          join(dir, `${fileName}.br`),
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

const ICON_FONT = 'virtual:vant-icon-font.css';

/**
 * Vant's icon font (~25 KB gzip, inlined as woff2) leaves the first download: its @font-face moves
 * into a CSS chunk of its own that the phone pages load once they show (icons appear a moment
 * later; text and slots do not wait for them). Its fallback on a foreign CDN over plain HTTP is
 * dropped: a phone behind our CSP, and often without that network, must never try it.
 */
function lazyIconFont(): Plugin {
  const isIconCss = (id: string) => /vant[\\/]es[\\/]icon[\\/]index\.css$/.test(id);
  const fontFace = /@font-face\s*{[^}]*font-family:\s*["']?vant-icon["']?[^}]*}/;
  return {
    name: 'portal-lazy-icon-font',
    enforce: 'pre',
    resolveId: (id) => (id === ICON_FONT ? `\0${ICON_FONT}` : null),
    load(id) {
      if (id !== `\0${ICON_FONT}`) return null;
      const css = readFileSync(fileURLToPath(import.meta.resolve('vant/es/icon/index.css')), 'utf8');
      const face = fontFace.exec(css)?.[0] ?? '';
      return face.replace(/,\s*url\(\/\/at\.alicdn\.com[^)]*\)\s*format\(["']woff["']\)/g, '');
    },
    transform(code, id) {
      if (!isIconCss(id)) return null;
      return { code: code.replace(fontFace, ''), map: null };
    },
  };
}

/** Every module the entry imports statically: all of it is loaded before the first page shows. */
const firstLoad = new Set<string>();

/**
 * Notes the entry's static import graph once the module graph is complete, for the chunk group below:
 * left to itself the bundler splits it into one chunk per set of pages that share a module (~20 files
 * of 0.1–7 KB on a resident's first page), and over HTTP/1.1's 6 connections at slow 4G's 562 ms each
 * extra file costs time. In one chunk it is the same bytes in a few requests.
 */
function firstLoadGraph(): Plugin {
  return {
    name: 'portal-first-load-graph',
    apply: 'build',
    buildEnd() {
      firstLoad.clear();
      const visit = (id: string) => {
        if (firstLoad.has(id)) return;
        firstLoad.add(id);
        this.getModuleInfo(id)?.importedIds.forEach(visit);
      };
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id);
    },
  };
}

/** The files of the phone pages (residents, lawyers, sign-in), found in the bundle's import graph. */
const phoneFiles = new Set<string>();
const PHONE_MODULE =
  /apps\/web\/src\/(main\.ts|resident\/|lawyer\/|phone\/|staff\/|shared\/NotFoundPage|i18n\/)|vant-icon-font|vant\/es\/locale/;

/**
 * Notes which files the phone pages need: the entry, every resident and lawyer page, the sign-in page,
 * the messages, and whatever they import statically, with their CSS. The console's chunks (Element
 * Plus, ECharts) are not among them.
 */
function phoneChunks(): Plugin {
  return {
    name: 'portal-phone-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      phoneFiles.clear();
      const visit = (name: string) => {
        const file = bundle[name];
        if (!file || phoneFiles.has(name)) return;
        phoneFiles.add(name);
        if (file.type !== 'chunk') return;
        file.imports.forEach(visit);
        file.viteMetadata?.importedCss.forEach((css) => phoneFiles.add(css));
      };
      for (const [name, file] of Object.entries(bundle))
        if (file.type === 'chunk' && (file.isEntry || PHONE_MODULE.test(file.facadeModuleId ?? '')))
          visit(name);
    },
  };
}

/**
 * The service worker (Workbox via vite-plugin-pwa): the app shell and the phone pages' code are
 * precached, so a lawyer's `/lawyer` (every tab of it) and a resident's pages open again without
 * signal after one visit. The console's chunks stay out of the precache: a phone never downloads
 * them. The app registers the worker itself (shared/service-worker.ts, production builds only);
 * API answers are not cached here (the pages keep what they last saw, see shared/offline.ts).
 */
const serviceWorker = VitePWA({
  strategies: 'generateSW',
  injectRegister: null,
  registerType: 'autoUpdate',
  manifest: false,
  filename: 'sw.js',
  workbox: {
    globDirectory: WEB_OUT_DIR,
    globPatterns: ['index.html', 'assets/*.{js,css}'],
    manifestTransforms: [
      (entries) =>
        Promise.resolve({
          manifest: entries.filter((e) => e.url === 'index.html' || phoneFiles.has(e.url)),
          warnings: [],
        }),
    ],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//],
    // One file (no importScripts of a workbox-*.js): the API serves sw.js from the web root.
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    sourcemap: false,
    mode: 'production',
  },
});

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [vue(), lazyIconFont(), firstLoadGraph(), phoneChunks(), serviceWorker, precompress()],
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'false',
  },
  build: {
    outDir: WEB_OUT_DIR,
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', test: (id: string) => firstLoad.has(id) }] } },
    },
  },
  server: {
    // `npx vite --config apps/web/vite.config.ts` during development, with `npm start` serving the API.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
