import type { INestApplication } from '@nestjs/common';
import { routeAccess, type RouteAccess } from '../../apps/api/src/openapi';

export type { RouteAccess };

/**
 * The access every controller method declares (`@Public()`, `@Roles(...)`), by the OpenAPI document's
 * operationId (`<Controller>_<method>`, without its `_v1` version suffix): what the document is built
 * from, read the same way.
 */
export function routeAccessByOperation(app: INestApplication): Map<string, RouteAccess> {
  return routeAccess(app);
}

/** The key of `routeAccessByOperation` for an OpenAPI operationId. */
export const operationKey = (operationId: string) => operationId.replace(/_v\d+$/, '');
