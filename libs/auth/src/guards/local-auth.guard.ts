import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ValidationFailedException, validationDetails } from '@app/core';
import { LoginDto } from '../dto/auth.dto';

/**
 * Runs passport-local for the login route, after checking the body's shape so that a malformed
 * request is a 400 with field details rather than a failed login.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const body = context.switchToHttp().getRequest<{ body?: unknown }>().body;
    const dto = plainToInstance(LoginDto, body ?? {});
    const errors = validateSync(dto as object, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length || typeof body !== 'object' || body === null) {
      throw new ValidationFailedException(
        errors.length ? validationDetails(errors) : { body: ['must be a JSON object'] },
      );
    }
    return super.canActivate(context);
  }

  override handleRequest<TUser>(err: unknown, user: TUser): TUser {
    if (err) throw err;
    return user;
  }
}
