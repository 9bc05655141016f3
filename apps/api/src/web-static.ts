import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** The policy of every answer: nothing inline, nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'self'"],
  'form-action': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
};

export function policyText(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The policy of `index.html`: the base policy, plus the hash of each inline <script> and <style> the
 * page holds (the boot styles and the early fetch of a point's data), so those two run and nothing
 * else inline ever does — no 'unsafe-inline'.
 */
export function indexPolicy(html: string): string {
  const hashes = (tag: 'script' | 'style') =>
    [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(
      (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
    );
  return policyText({
    ...CONTENT_SECURITY_POLICY,
    'script-src': [...CONTENT_SECURITY_POLICY['script-src'], ...hashes('script')],
    'style-src': [...CONTENT_SECURITY_POLICY['style-src'], ...hashes('style')],
  });
}

/**
 * Where the built web app is (`npm run build:web`, Vite's output): `dist/web` of the repository,
 * found from both the compiled server (`dist/apps/api/src`) and the TypeScript sources (tests).
 */
export function findWebRoot(): string | undefined {
  const candidates = [resolve(__dirname, '../../../web'), resolve(__dirname, '../../../dist/web')];
  return candidates.find((dir) => existsSync(resolve(dir, 'index.html')));
}

const API_PREFIX = /^\/api(\/|$)/;
// A path whose last segment has an extension asks for a file; a missing file is a 404, not the app.
// Files of the build served from the web root itself (the service worker of vite-plugin-pwa).
const ROOT_FILES = new Set(['/sw.js']);
const FILE_LIKE = /\/[^/]+\.[A-Za-z0-9]{1,8}$/;

/**
 * Serves the built single-page app at `/`: hashed assets cached for a year (their names change
 * with their content), precompressed `.br`/`.gz` copies when the browser takes them, and
 * `index.html` (never cached) for every other non-API GET, so deep links such as
 * `/points/<id>` work on reload. Unknown `/api/...` paths keep the API's JSON 404.
 */
export async function serveWebApp(app: NestFastifyApplication, root: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  // Files are looked up per request (not listed at start), so a rebuild is served without a restart.
  await app.register(fastifyStatic, {
    root: resolve(root, 'assets'),
    prefix: '/assets/',
    wildcard: true,
    preCompressed: true,
    index: false,
    cacheControl: false,
    setHeaders: (reply) => void reply.header('cache-control', 'public, max-age=31536000, immutable'),
  });
  // The page's policy follows the file (hashes of its inline parts), read again when it is rebuilt.
  const index = resolve(root, 'index.html');
  let policy = { mtimeMs: -1, text: '' };
  const indexPolicyNow = () => {
    const { mtimeMs } = statSync(index);
    if (mtimeMs !== policy.mtimeMs) policy = { mtimeMs, text: indexPolicy(readFileSync(index, 'utf8')) };
    return policy.text;
  };
  const sendIndex = (reply: FastifyReply) =>
    reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', indexPolicyNow())
      .sendFile('index.html', root);
  fastify.get('/', (_request, reply) => sendIndex(reply));
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    // The service worker precaches the app shell by this name.
    if (path === '/index.html') return sendIndex(reply);
    // The service worker lives at the root so its scope covers every page; never cached, so a new
    // build's worker is found on the next visit.
    if (ROOT_FILES.has(path) && existsSync(resolve(root, path.slice(1))))
      return reply
        .header('cache-control', 'no-cache')
        .header('content-type', 'text/javascript; charset=utf-8')
        .sendFile(path.slice(1), root);
    if (API_PREFIX.test(path) || FILE_LIKE.test(path)) return reply.callNotFound();
    return sendIndex(reply);
  });
}
