import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig, type Principal } from '@app/core';
import type { AccessTokenPayload } from '../auth.service';
import { jwtKey } from './jwt-key';

/** Bearer access tokens, signed with HS256 by this service. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject (jsonwebtoken takes one; passport-jwt's types say string | Buffer).
      secretOrKey: jwtKey(config.jwtSecret) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(payload: AccessTokenPayload): Principal {
    return {
      id: payload.sub,
      kind: payload.kind,
      name: payload.name,
      roles: payload.roles,
      regionCode: payload.region,
    };
  }
}
