import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { IncomingMessage } from 'node:http';
import {
  AppConfig,
  COMPRESS_THRESHOLD,
  hostileTextFailure,
  jsonDepthExceeds,
  MAX_JSON_DEPTH,
  PublicReadCache,
  registerPublicReadHooks,
  RejectHostileTextPipe,
  validationExceptionFactory,
} from '@app/core';
import { AppModule } from './app.module';
import { buildOpenApiDocument } from './openapi';
import { OperationalMetrics } from './operations/operational-metrics';
import { useRoutes } from './routes';
import { CONTENT_SECURITY_POLICY, findWebRoot, serveWebApp } from './web-static';

const BODY_LIMIT = 1024 * 1024;

/** An answer's body as text, for `onAnswer`: a string as it is, a Buffer decompressed; else none (a stream). */
function answerText(payload: unknown, encoding: unknown): string | undefined {
  if (typeof payload === 'string') return payload;
  if (!Buffer.isBuffer(payload)) return undefined;
  if (encoding === 'br') return brotliDecompressSync(payload).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(payload).toString('utf8');
  return payload.toString('utf8');
}

/**
 * Every request gets an id of the server's own, whatever `x-request-id` the caller sent: the id is
 * written into logs and the audit trail, which must not carry a value a client chose.
 */
function requestId(req: IncomingMessage): string {
  const id = randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  return id;
}

/** An answer as the server sent it: the route it matched (`/api/v1/shifts/:id`), status, type and body. */
export interface SentAnswer {
  method: string;
  route: string;
  status: number;
  contentType: string;
  /** The body as sent when it is text (JSON included); a file or stream is left out. */
  text?: string;
}

/**
 * Builds the HTTP application (pipes, filters, prefix, OpenAPI, security headers). `main.ts` and
 * the end-to-end tests both use it, so tests exercise the same stack that serves users; a test may
 * watch every answer of a matched route with `onAnswer` (to hold it to the OpenAPI document).
 */
export async function createApp(
  config: AppConfig,
  opts: { webRoot?: string | false; onAnswer?: (answer: SentAnswer) => void } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    genReqId: requestId,
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT,
    routerOptions: { maxParamLength: 200 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  useRoutes(app);
  // JSON bodies are checked for their nesting depth before they are parsed (thousands of levels
  // would overflow the stack of whatever walks the body next) and for control characters and half
  // surrogate pairs after,
  // before any guard or strategy reads them. Fastify's own parser does the rest (prototype-poisoning
  // protection included).
  const parseJson = adapter.getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit: BODY_LIMIT }, (request, body, done) => {
    const text = body.toString('utf8');
    if (jsonDepthExceeds(text)) {
      done(
        Object.assign(new Error(`The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`), {
          statusCode: 400,
        }),
        undefined,
      );
      return;
    }
    parseJson(request as never, text, (err, parsed) => {
      done(err ?? hostileTextFailure(parsed) ?? null, parsed);
    });
  });
  app.useGlobalPipes(
    new RejectHostileTextPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  // Uploads (an import's xlsx): parsed only by the routes that ask for them; the size limit is theirs.
  await app.register(multipart);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      // No 'unsafe-inline' anywhere; index.html lists the hashes of its own inline parts (web-static.ts).
      // No upgrade-insecure-requests: township offices often serve over plain HTTP on the LAN.
      directives: CONTENT_SECURITY_POLICY,
    },
  });
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: false });
  const fastify = app.getHttpAdapter().getInstance();
  // Every answer counted for the operator by its route's pattern (not the URL, which holds ids).
  const metrics = app.get(OperationalMetrics);
  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.observe(
      request.method,
      request.routeOptions?.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
  // The public reads answer from memory before the guards when they can, and bring their own
  // compressed copies; compression of the other JSON answers comes after them (see its options).
  registerPublicReadHooks(fastify, app.get(PublicReadCache));
  // JSON answers above 1 KiB, brotli or gzip, when the client takes them; the web app's files come
  // precompressed (web-static.ts). Registered before the routes, which it hooks as they are added.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: COMPRESS_THRESHOLD,
    customTypes: /^application\/(?:[\w.+-]+\+)?json(?:;|$)/,
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    // API answers carry personal data more often than not (names, masked phones, consultation
    // text): no cache on the way or on a shared computer keeps them, unless a route says otherwise.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      void reply.header('cache-control', 'no-store');
    const route = request.routeOptions?.url;
    // A 304 has no body to hold to the document; a public read kept in memory is a Buffer, compressed
    // when the client took it so.
    if (opts.onAnswer && route && reply.statusCode !== 304)
      opts.onAnswer({
        method: request.method.toLowerCase(),
        route,
        status: reply.statusCode,
        contentType: String(reply.getHeader('content-type') ?? ''),
        text: answerText(payload, reply.getHeader('content-encoding')),
      });
    done(null, payload);
  });

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    useGlobalPrefix: false,
  });

  // The built web app at `/` (when built; the API alone works without it).
  const webRoot = opts.webRoot === false ? undefined : (opts.webRoot ?? findWebRoot());
  if (webRoot) await serveWebApp(app, webRoot);

  await app.init();
  await fastify.ready();
  return app;
}
