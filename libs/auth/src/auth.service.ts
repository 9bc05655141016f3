import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  APP_CONFIG,
  type AppConfig,
  AppError,
  Clock,
  PasswordHasher,
  type Principal,
  CoreErrors,
} from '@app/core';
import { Staff, StaffService } from '@app/org';
import { AuthErrors } from './auth.errors';
import { SessionResponse, TokenPairResponse } from './dto/auth.dto';
import { LockoutService } from './lockout/lockout.service';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { toSessionResponse } from './security/security.service';
import { SessionsService } from './sessions/sessions.service';

export interface AccessTokenPayload {
  sub: string;
  kind: 'staff' | 'resident';
  name: string;
  roles: Principal['roles'];
  region: string | null;
  /** The sign-in session; every request checks that it is still open. */
  sid: string;
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
    private readonly sessions: SessionsService,
    private readonly lockout: LockoutService,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Checks a login. An unknown login name goes the same way as a known one (the same checks, a
   * password hash verified, the same failure counted and the same answer), so that no answer tells
   * which names exist: 423 while the name is locked after a distributed attack, 429 while this address
   * has to wait, else 401 for a wrong password.
   */
  async validateLogin(username: string, password: string): Promise<Staff> {
    const account = await this.staff.findForLogin(username);
    const fail = async (reason: string, error: AppError) => {
      await this.audit.recordAlone({
        action: 'login.failure',
        entityType: 'staff',
        entityId: account?.id ?? null,
        regionCode: account?.regionCode ?? null,
        actor: { id: account?.id ?? null, name: username.slice(0, 50) },
        note: { username: username.slice(0, 50), reason },
      });
      return error;
    };
    try {
      await this.lockout.assertMayTry(username, account);
    } catch (err) {
      const code = (err as AppError).code;
      throw await fail(code === AuthErrors.ACCOUNT_LOCKED ? 'locked' : 'delayed', err as AppError);
    }
    // An unknown name is verified against a throw-away hash, so it takes as long as a wrong password.
    this.dummyHash ??= this.passwords.hash(randomBytes(16).toString('hex'));
    const right = await this.passwords.verify(account?.passwordHash ?? (await this.dummyHash), password);
    if (!account || !right) {
      const refusal = await this.lockout.recordFailure(username, account);
      const reason = account ? 'wrong_password' : 'unknown_user';
      const outcome = !refusal ? '' : refusal.code === AuthErrors.ACCOUNT_LOCKED ? '_locked' : '_delayed';
      throw await fail(`${reason}${outcome}`, refusal ?? this.invalidCredentials());
    }
    if (account.status !== 'active') {
      throw await fail('disabled', new AppError(AuthErrors.ACCOUNT_DISABLED, 'This account is disabled'));
    }
    return account;
  }

  /** A successful login: forgets this address's failures, audits it and opens a session with its tokens. */
  async login(account: Staff): Promise<TokenPairResponse> {
    return this.dataSource.transaction(async (em) => {
      await this.staff.recordLogin(account.id, em);
      await this.lockout.recordSuccess(account.username, em);
      const sessionId = await this.sessions.open({ kind: 'staff', id: account.id }, this.refreshExpiry(), em);
      await this.audit.record(em, {
        action: 'login.success',
        entityType: 'staff',
        entityId: account.id,
        regionCode: account.regionCode,
        actor: { id: account.id, name: account.name },
        note: { sessionId },
      });
      return this.issue(account, sessionId, em);
    });
  }

  /**
   * Rotates a refresh token within its session. A token used twice ends the session (it may have
   * been stolen); a token of an ended session is refused.
   */
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
          await this.sessions.end(row.sessionId, 'refresh_reuse', em);
          await this.audit.record(em, {
            action: 'token.reuse',
            entityType: 'staff',
            entityId: row.staffId,
            actor: { id: row.staffId, name: null },
            note: { familyId: row.familyId, sessionId: row.sessionId },
          });
        }
        return {
          error: new AppError(
            AuthErrors.REFRESH_TOKEN_REUSED,
            'This refresh token was already used; sign in again',
          ),
        };
      }
      // Ended by a logout, a password change, a disabled account or a detected reuse.
      if (row.revokedAt || row.expiresAt <= now) return { error: this.invalidRefresh() };
      const session = await this.sessions.findForRefresh(row.sessionId, em);
      if (!session || session.endedAt || session.expiresAt <= now) return { error: this.invalidRefresh() };
      const account = await this.staff.findByIdUnscoped(row.staffId);
      if (!account || account.status !== 'active') return { error: this.invalidRefresh() };
      await this.tokens.markRotated(row.id, now, em);
      await this.sessions.extend(row.sessionId, this.refreshExpiry(), em);
      return { pair: await this.issue(account, row.sessionId, em) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.pair;
  }

  /**
   * Ends the caller's session (the access token's, and the one of the refresh token given when it is
   * the caller's), or every session of the caller when no refresh token is given. Their access tokens
   * fail at once (401 SESSION_ENDED), for staff and residents alike.
   */
  async logout(principal: Principal, refreshToken?: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const subject = { kind: principal.kind, id: principal.id };
      if (refreshToken === undefined) {
        await this.sessions.endAllOf(subject, 'logout', em);
      } else {
        const id = refreshToken.split('.')[0];
        const row = id && TOKEN_ID.test(id) ? await this.tokens.findById(id) : null;
        if (row && row.staffId === principal.id) await this.sessions.end(row.sessionId, 'logout', em);
        if (principal.sessionId) await this.sessions.end(principal.sessionId, 'logout', em);
      }
      await this.audit.record(em, {
        action: 'logout',
        entityType: principal.kind,
        entityId: principal.id,
        regionCode: principal.regionCode,
        note: { sessionId: principal.sessionId ?? null, everySession: refreshToken === undefined },
      });
    });
  }

  /**
   * A new password, given the current one. A wrong current password counts as a wrong login (the
   * same waits and lock) and is audited. The new one follows the policy and may not be one of the
   * last `PASSWORD_HISTORY`; every session of the account ends, this one included.
   */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.staff.findByIdUnscoped(principal.id);
    const withHash = account ? await this.staff.findForLogin(account.username) : null;
    if (!account || !withHash) throw this.sessions.sessionEnded();
    await this.lockout.assertMayTry(account.username, withHash);
    if (!(await this.passwords.verify(withHash.passwordHash, currentPassword))) {
      const refusal = await this.lockout.recordFailure(account.username, withHash);
      await this.audit.recordAlone({
        action: 'password.change.failure',
        entityType: 'staff',
        entityId: account.id,
        regionCode: account.regionCode,
        note: { reason: 'wrong_current_password' },
      });
      throw (
        refusal ??
        new AppError(CoreErrors.VALIDATION_FAILED, 'The current password is wrong', {
          currentPassword: ['is wrong'],
        })
      );
    }
    await this.dataSource.transaction(async (em) => {
      await this.lockout.recordSuccess(account.username, em);
      await this.staff.setPassword(principal.id, newPassword, em);
    });
  }

  /** The caller's open sessions, most recently used first. */
  async listSessions(principal: Principal): Promise<SessionResponse[]> {
    const rows = await this.sessions.listOpen({ kind: principal.kind, id: principal.id });
    return rows.map((s) => {
      const { kind: _k, staffId: _s, residentId: _r, ...own } = toSessionResponse(s, principal);
      return own;
    });
  }

  /** Ends one of the caller's own sessions (404 for any other). */
  async endOwnSession(principal: Principal, sessionId: string): Promise<void> {
    const session = await this.sessions.findById(sessionId);
    const owner = session ? (session.staffId ?? session.residentId) : null;
    if (!session || owner !== principal.id || session.endedAt)
      throw new AppError(AuthErrors.SESSION_NOT_FOUND, 'Session not found', { id: sessionId });
    await this.sessions.endAudited(session, 'ended_by_owner');
  }

  /** An access token for a resident who proved their phone by SMS code, in a session of its own. */
  async residentAccessToken(residentId: string): Promise<string> {
    const ttl = this.config.residentTokenTtlHours * 3600;
    const sessionId = await this.sessions.open(
      { kind: 'resident', id: residentId },
      new Date(this.clock.now().getTime() + ttl * 1000),
    );
    const payload: AccessTokenPayload = {
      sub: residentId,
      kind: 'resident',
      name: '',
      roles: ['resident'],
      region: null,
      sid: sessionId,
    };
    return this.jwt.signAsync(payload, { expiresIn: ttl });
  }

  private refreshExpiry(): Date {
    return new Date(this.clock.now().getTime() + this.config.refreshTokenTtlDays * 86_400_000);
  }

  private async issue(account: Staff, sessionId: string, em: EntityManager): Promise<TokenPairResponse> {
    const payload: AccessTokenPayload = {
      sub: account.id,
      kind: 'staff',
      name: account.name,
      roles: account.roles,
      region: account.regionCode,
      sid: sessionId,
    };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.accessTokenTtlSeconds });
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.tokens.insert(
      {
        id,
        staffId: account.id,
        familyId: sessionId,
        sessionId,
        tokenHash: sha256(secret),
        expiresAt: this.refreshExpiry(),
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
    return new AppError(AuthErrors.INVALID_CREDENTIALS, 'Wrong login name or password');
  }

  private invalidRefresh(): AppError {
    return new AppError(AuthErrors.INVALID_REFRESH_TOKEN, 'The refresh token is invalid or expired');
  }
}
