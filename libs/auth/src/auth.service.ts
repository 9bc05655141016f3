import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { APP_CONFIG, type AppConfig, AppError, Clock, PasswordHasher, type Principal } from '@app/core';
import { Staff, StaffService } from '@app/org';
import { AuthErrors } from './auth.errors';
import { TokenPairResponse } from './dto/auth.dto';
import { RefreshTokensRepository } from './refresh-tokens.repository';

export interface AccessTokenPayload {
  sub: string;
  kind: 'staff' | 'resident';
  name: string;
  roles: Principal['roles'];
  region: string | null;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** The id part of a refresh token; anything else would reach PostgreSQL as an invalid uuid (a 500). */
const TOKEN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function principalOf(staff: Pick<Staff, 'id' | 'name' | 'roles' | 'regionCode'>): Principal {
  return { id: staff.id, kind: 'staff', name: staff.name, roles: staff.roles, regionCode: staff.regionCode };
}

@Injectable()
export class AuthService {
  private dummyHash?: Promise<string>;

  constructor(
    private readonly staff: StaffService,
    private readonly tokens: RefreshTokensRepository,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Checks a login. Wrong passwords are counted; the failure that reaches the limit locks the
   * account for the configured time (423), and so does every attempt while it is locked.
   */
  async validateLogin(username: string, password: string): Promise<Staff> {
    const account = await this.staff.findForLogin(username);
    const now = this.clock.now();
    const fail = async (reason: string, error: AppError, staff?: Staff) => {
      await this.audit.recordAlone({
        action: 'login.failure',
        entityType: 'staff',
        entityId: staff?.id ?? null,
        regionCode: staff?.regionCode ?? null,
        actor: { id: staff?.id ?? null, name: username.slice(0, 50) },
        note: { username: username.slice(0, 50), reason },
      });
      return error;
    };
    if (!account) {
      // Verify against a throw-away hash so an unknown name takes as long as a wrong password.
      this.dummyHash ??= this.passwords.hash(randomBytes(16).toString('hex'));
      await this.passwords.verify(await this.dummyHash, password);
      throw await fail('unknown_user', this.invalidCredentials());
    }
    if (account.lockedUntil && account.lockedUntil > now) {
      throw await fail('locked', this.locked(account.lockedUntil), account);
    }
    if (!(await this.passwords.verify(account.passwordHash, password))) {
      const state = await this.dataSource.transaction((em) => this.staff.registerFailedLogin(account.id, em));
      const nowLocked = state.lockedUntil && state.lockedUntil > now;
      throw await fail(
        nowLocked ? 'wrong_password_locked' : 'wrong_password',
        nowLocked ? this.locked(state.lockedUntil!) : this.invalidCredentials(),
        account,
      );
    }
    if (account.status !== 'active') {
      throw await fail(
        'disabled',
        new AppError(AuthErrors.ACCOUNT_DISABLED, 'unauthorized', 'This account is disabled'),
        account,
      );
    }
    return account;
  }

  /** A successful login: resets the failure count, audits it and issues a new token family. */
  async login(account: Staff): Promise<TokenPairResponse> {
    return this.dataSource.transaction(async (em) => {
      await this.staff.registerSuccessfulLogin(account.id, em);
      await this.audit.record(em, {
        action: 'login.success',
        entityType: 'staff',
        entityId: account.id,
        regionCode: account.regionCode,
        actor: { id: account.id, name: account.name },
      });
      return this.issue(account, randomUUID(), em);
    });
  }

  /** Rotates a refresh token. A token used twice revokes its whole family (it may have been stolen). */
  async refresh(refreshToken: string): Promise<TokenPairResponse> {
    const [id, secret] = refreshToken.split('.');
    if (!id || !secret || !TOKEN_ID.test(id)) throw this.invalidRefresh();
    const outcome = await this.dataSource.transaction(async (em) => {
      const row = await this.tokens.findByIdForUpdate(id, em);
      if (!row || !timingSafeEqual(Buffer.from(row.tokenHash), Buffer.from(sha256(secret))))
        return { error: this.invalidRefresh() };
      const now = this.clock.now();
      if (row.rotatedAt) {
        if (!row.revokedAt) {
          await this.tokens.revokeFamily(row.familyId, now, em);
          await this.audit.record(em, {
            action: 'token.reuse',
            entityType: 'staff',
            entityId: row.staffId,
            actor: { id: row.staffId, name: null },
            note: { familyId: row.familyId },
          });
        }
        return {
          error: new AppError(
            AuthErrors.REFRESH_TOKEN_REUSED,
            'unauthorized',
            'This refresh token was already used; sign in again',
          ),
        };
      }
      // Ended by a logout, a password change or a detected reuse.
      if (row.revokedAt) return { error: this.invalidRefresh() };
      if (row.expiresAt <= now) return { error: this.invalidRefresh() };
      const account = await this.staff.findByIdUnscoped(row.staffId);
      if (!account || account.status !== 'active') return { error: this.invalidRefresh() };
      await this.tokens.markRotated(row.id, now, em);
      return { pair: await this.issue(account, row.familyId, em) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.pair;
  }

  /** Ends the session of a refresh token, or every session of the caller. */
  async logout(principal: Principal, refreshToken?: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const now = this.clock.now();
      const id = refreshToken?.split('.')[0];
      const row = id && TOKEN_ID.test(id) ? await this.tokens.findById(id) : null;
      if (row && row.staffId === principal.id) await this.tokens.revokeFamily(row.familyId, now, em);
      else await this.tokens.revokeAllOf(principal.id, now, em);
      await this.audit.record(em, {
        action: 'logout',
        entityType: 'staff',
        entityId: principal.id,
        regionCode: principal.regionCode,
      });
    });
  }

  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.staff.findByIdUnscoped(principal.id);
    const withHash = account ? await this.staff.findForLogin(account.username) : null;
    if (!withHash || !(await this.passwords.verify(withHash.passwordHash, currentPassword))) {
      throw new AppError(AuthErrors.INVALID_CREDENTIALS, 'bad_request', 'The current password is wrong', {
        currentPassword: ['is wrong'],
      });
    }
    await this.dataSource.transaction(async (em) => {
      await this.staff.setPassword(principal.id, newPassword, em);
      await this.tokens.revokeAllOf(principal.id, this.clock.now(), em);
    });
  }

  /** An access token for a resident who proved their phone by SMS code. */
  residentAccessToken(residentId: string): Promise<string> {
    const payload: AccessTokenPayload = {
      sub: residentId,
      kind: 'resident',
      name: '',
      roles: ['resident'],
      region: null,
    };
    return this.jwt.signAsync(payload, { expiresIn: this.config.residentTokenTtlHours * 3600 });
  }

  private async issue(account: Staff, familyId: string, em: EntityManager): Promise<TokenPairResponse> {
    const payload: AccessTokenPayload = {
      sub: account.id,
      kind: 'staff',
      name: account.name,
      roles: account.roles,
      region: account.regionCode,
    };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.accessTokenTtlSeconds });
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.tokens.insert(
      {
        id,
        staffId: account.id,
        familyId,
        tokenHash: sha256(secret),
        expiresAt: new Date(this.clock.now().getTime() + this.config.refreshTokenTtlDays * 86_400_000),
      },
      em,
    );
    return {
      accessToken,
      refreshToken: `${id}.${secret}`,
      expiresIn: this.config.accessTokenTtlSeconds,
      user: { id: account.id, name: account.name, roles: account.roles, regionCode: account.regionCode },
    };
  }

  private invalidCredentials(): AppError {
    return new AppError(AuthErrors.INVALID_CREDENTIALS, 'unauthorized', 'Wrong login name or password');
  }

  private locked(until: Date): AppError {
    return new AppError(
      AuthErrors.ACCOUNT_LOCKED,
      'locked',
      'Too many wrong passwords: the account is locked for a while',
      {
        lockedUntil: until.toISOString(),
      },
    );
  }

  private invalidRefresh(): AppError {
    return new AppError(
      AuthErrors.INVALID_REFRESH_TOKEN,
      'unauthorized',
      'The refresh token is invalid or expired',
    );
  }
}
