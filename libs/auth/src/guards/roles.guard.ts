import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, hasRole, IS_PUBLIC, Principal, Role, ROLES_KEY } from '@app/core';
import { AuthErrors } from '../auth.errors';

/** Checks the roles a route declares with @Roles(); row-level rules stay in the services. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles?.length) return true;
    const user = context.switchToHttp().getRequest<{ user?: Principal }>().user;
    if (!hasRole(user, ...roles)) {
      throw new AppError(AuthErrors.FORBIDDEN_ROLE, `This needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
