import { type INestApplication, VersioningType } from '@nestjs/common';

/**
 * Every route under `/api`, versioned in the URI (`/api/v1/...`), but the operator's `/metrics`
 * (where Prometheus looks); the app and its OpenAPI document agree.
 */
export function useRoutes(app: INestApplication): void {
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
}
