import helmet from '@fastify/helmet';
import { ValidationPipe, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppConfig, validationExceptionFactory } from '@app/core';
import { AppModule } from './app.module';
import { findWebRoot, serveWebApp } from './web-static';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** A caller's own x-request-id is kept when it is sane; otherwise a fresh one is made. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  return id;
}

/**
 * Builds the HTTP application (pipes, filters, prefix, OpenAPI, security headers). `main.ts` and
 * the end-to-end tests both use it, so tests exercise the same stack that serves users.
 */
export async function createApp(
  config: AppConfig,
  opts: { webRoot?: string | false } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    genReqId: requestId,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // Township offices often serve over plain HTTP on the LAN; upgrading requests would break them.
        upgradeInsecureRequests: null,
      },
    },
  });
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: false });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    done(null, payload);
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('乡村公共法律服务平台 API')
      .setDescription(
        'Duty rosters, sign-in, bookings, work log, legal aid and statistics for rural public legal services.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
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
