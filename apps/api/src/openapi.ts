import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@app/core';
import { AppModule } from './app.module';
import { useRoutes } from './routes';

/** The OpenAPI document of the app's routes, as served at `/api/docs-json`. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('乡村公共法律服务平台 API')
      .setDescription(
        'Duty rosters, sign-in, bookings, work log, legal aid and statistics for rural public legal services. ' +
          'Every route that needs an access token answers 401 UNAUTHENTICATED without a valid one (a token ' +
          'must carry `exp`) and 401 SESSION_ENDED once its sign-in session has ended (logout, a new ' +
          'password, the account disabled, or ended by its owner or the security administrator): sign in again.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}

/**
 * The same document without a database or a server: Nest's preview mode registers the modules and
 * their routes but creates no provider, so nothing connects anywhere.
 */
export async function openApiDocumentOffline(config: AppConfig): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot(config), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  useRoutes(app);
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
