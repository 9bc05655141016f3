import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  AppError,
  assertMayWrite,
  hasRole,
  IS_PUBLIC,
  OWN_ACCOUNT,
  Principal,
  Role,
  ROLES_KEY,
} from '@app/core';
import { AuthErrors } from '../auth.errors';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Checks the roles a route declares with @Roles(), and refuses every write of a read-only caller (a
 * city or province official: `assertMayWrite`) unless the route changes only the caller's own account
 * (@OwnAccount()). Row-level rules stay in the services.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<{ user?: Principal; method?: string }>();
    const user = request.user;
    if (
      !READS.has((request.method ?? '').toUpperCase()) &&
      !this.reflector.getAllAndOverride<boolean>(OWN_ACCOUNT, targets)
    )
      assertMayWrite(user);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles?.length) return true;
    if (!hasRole(user, ...roles)) {
      throw new AppError(AuthErrors.FORBIDDEN_ROLE, `This needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
