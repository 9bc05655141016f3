import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

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
  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  fastify.get('/', (_request, reply) => sendIndex(reply));
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (API_PREFIX.test(path) || FILE_LIKE.test(path)) return reply.callNotFound();
    return sendIndex(reply);
  });
}
