import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Principal, Role } from './principal';

export const IS_PUBLIC = 'access:public';
export const ROLES_KEY = 'access:roles';
export const IDENTIFIES_CALLER = 'access:identifies-caller';
export const OWN_ACCOUNT = 'access:own-account';

/** Opens a route to anyone; every other route needs a valid access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * On a public route: a valid access token, when one is sent, makes its holder the caller (so the
 * answer can default to their region); a missing or invalid one leaves the call anonymous.
 */
export const IdentifiesCaller = () => SetMetadata(IDENTIFIES_CALLER, true);

/** Restricts a route to callers holding one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The authenticated caller. */
export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal | undefined => {
    return ctx.switchToHttp().getRequest<{ user?: Principal }>().user;
  },
);

/**
 * A write that changes only the caller's own account (sign out, end a session, change the password):
 * a read-only caller (a city or province official, see `assertMayWrite`) may still make it.
 */
export const OwnAccount = () => SetMetadata(OWN_ACCOUNT, true);
