import type { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { IS_PUBLIC, type Role, ROLES_KEY } from '@app/core';

/** What a route declares about its callers: public, or the roles it needs (null: any signed-in caller). */
export interface RouteAccess {
  isPublic: boolean;
  roles: Role[] | null;
}

/**
 * The access every controller method declares (`@Public()`, `@Roles(...)`), by the OpenAPI document's
 * operationId (`<Controller>_<method>`, without its `_v1` version suffix).
 */
export function routeAccessByOperation(app: INestApplication): Map<string, RouteAccess> {
  const reflector = new Reflector();
  const out = new Map<string, RouteAccess>();
  for (const module of app.get(ModulesContainer).values())
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as Type | undefined;
      if (!type?.prototype) continue;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const targets = [handler, type];
        out.set(`${type.name}_${name}`, {
          isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true,
          roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? null,
        });
      }
    }
  return out;
}

/** The key of `routeAccessByOperation` for an OpenAPI operationId. */
export const operationKey = (operationId: string) => operationId.replace(/_v\d+$/, '');
