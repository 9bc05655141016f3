import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig, AppError, type Principal } from '@app/core';
import { AuthErrors } from '../auth.errors';
import type { AccessTokenPayload } from '../auth.service';
import { SessionsService } from '../sessions/sessions.service';
import { jwtKey } from './jwt-key';

/**
 * Bearer access tokens, signed with HS256 by this service. A token must carry an expiry and name
 * its sign-in session, which must still be open (401 SESSION_ENDED otherwise).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject (jsonwebtoken takes one; passport-jwt's types say string | Buffer).
      secretOrKey: jwtKey(config.jwtSecret) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: AccessTokenPayload & { exp?: unknown }): Promise<Principal> {
    // jsonwebtoken accepts a token without `exp` as valid for ever; ours always carry one.
    if (typeof payload.exp !== 'number' || typeof payload.sid !== 'string' || typeof payload.sub !== 'string')
      throw new AppError(AuthErrors.UNAUTHENTICATED, 'Sign in first: a valid access token is required');
    await this.sessions.assertOpen(payload.sid);
    return {
      id: payload.sub,
      kind: payload.kind,
      name: payload.name,
      roles: payload.roles,
      regionCode: payload.region,
      sessionId: payload.sid,
    };
  }
}
