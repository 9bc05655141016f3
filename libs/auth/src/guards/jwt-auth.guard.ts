import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError, IDENTIFIES_CALLER, IS_PUBLIC, Principal, RequestContext } from '@app/core';
import { AuthErrors } from '../auth.errors';

/** Denies by default: every route needs a valid access token unless it is marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const targets = [context.getHandler(), context.getClass()];
    if (!this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return super.canActivate(context);
    const { headers } = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>();
    if (this.reflector.getAllAndOverride<boolean>(IDENTIFIES_CALLER, targets) && headers.authorization)
      return this.identify(context);
    return true;
  }

  /** A public route that can tell who calls: the token's holder when it is valid, else anonymous. */
  private async identify(context: ExecutionContext): Promise<boolean> {
    try {
      await super.canActivate(context);
    } catch {
      // anonymous, as without a token
    }
    return true;
  }

  override handleRequest<TUser = Principal>(err: unknown, user: TUser | false): TUser {
    // An error of the token's check itself: an ended session (401 SESSION_ENDED, so that a client
    // knows to sign in again), a token without expiry, or the database being down (503).
    if (err) throw err;
    if (!user)
      throw new AppError(AuthErrors.UNAUTHENTICATED, 'Sign in first: a valid access token is required');
    RequestContext.setPrincipal(user as unknown as Principal);
    return user;
  }
}
