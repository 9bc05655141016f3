import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError, IS_PUBLIC, Principal, RequestContext } from '@app/core';
import { AuthErrors } from '../auth.errors';

/** Denies by default: every route needs a valid access token unless it is marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<TUser = Principal>(err: unknown, user: TUser | false): TUser {
    if (err || !user)
      throw new AppError(
        AuthErrors.UNAUTHENTICATED,
        'unauthorized',
        'Sign in first: a valid access token is required',
      );
    RequestContext.setPrincipal(user as unknown as Principal);
    return user;
  }
}
