import vue from '@vitejs/plugin-vue';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [vue(), lazyIconFont(), precompress()],
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
  },
  server: {
    // `npx vite --config apps/web/vite.config.ts` during development, with `npm start` serving the API.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
