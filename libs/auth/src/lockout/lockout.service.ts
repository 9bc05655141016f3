import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { APP_CONFIG, type AppConfig, AppError, type Caller, Clock, RequestContext } from '@app/core';
import { LOCKED_UNTIL_UNLOCKED, type Staff, StaffService } from '@app/org';
import { AuthErrors } from '../auth.errors';
import { LoginThrottleRepository } from './login-throttle.repository';
import { delayMinutesAfter, isDistributedAttack } from './lockout-rules';

/** The key wrong passwords are counted under: the login name in lower case, account or not. */
export const usernameKey = (username: string) => username.toLowerCase().slice(0, 50);

/**
 * Lock-out that cannot be turned against users. Wrong passwords are counted per login name and
 * address: after `LOGIN_MAX_FAILURES` that address waits (429 LOGIN_DELAYED, 1, 2, 4 … minutes) while
 * the account stays open from everywhere else. Only a distributed attack (many failures from many
 * addresses within the window) locks the whole account (423 ACCOUNT_LOCKED), until the security
 * administrator unlocks it. Unknown login names are counted, delayed and locked exactly alike, so
 * the answers never tell which names exist.
 */
@Injectable()
export class LockoutService {
  constructor(
    private readonly throttle: LoginThrottleRepository,
    private readonly staff: StaffService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The address the attempt comes from (as the request context tells it). */
  address(): string {
    return (RequestContext.current()?.ip ?? 'unknown').slice(0, 64);
  }

  /** Refuses an attempt while the name is locked or this address has to wait; checked before the password. */
  async assertMayTry(username: string, account: Staff | null): Promise<void> {
    const now = this.clock.now();
    const { blockedUntil, nameLockedUntil } = await this.throttle.findBlocks(
      usernameKey(username),
      this.address(),
    );
    const lockedUntil = account ? account.lockedUntil : nameLockedUntil;
    if (lockedUntil && lockedUntil > now) throw this.locked(lockedUntil);
    if (blockedUntil && blockedUntil > now) throw this.delayed(blockedUntil, now);
  }

  /**
   * Counts a wrong password (a login, or the current password of a password change) and returns the
   * refusal to answer when it made the address wait or locked the account, else null.
   */
  async recordFailure(username: string, account: Staff | null): Promise<AppError | null> {
    const key = usernameKey(username);
    const ip = this.address();
    const now = this.clock.now();
    const policy = this.config.lockout;
    return this.dataSource.transaction(async (em) => {
      const failures = await this.throttle.countFailure(
        key,
        ip,
        now,
        new Date(now.getTime() - policy.forgetAfterHours * 3_600_000),
        em,
      );
      const recent = await this.throttle.addRecentFailure(
        key,
        ip,
        now,
        new Date(now.getTime() - policy.accountLockWindowMinutes * 60_000),
        em,
      );
      const alreadyLocked = account ? account.lockedUntil && account.lockedUntil > now : false;
      if (isDistributedAttack(recent, policy) && !alreadyLocked) {
        const until = policy.accountLockMinutes
          ? new Date(now.getTime() + policy.accountLockMinutes * 60_000)
          : LOCKED_UNTIL_UNLOCKED;
        await this.lock(key, account, until, recent, em);
        return this.locked(until);
      }
      const delay = delayMinutesAfter(failures, policy);
      if (!delay) return null;
      const until = new Date(now.getTime() + delay * 60_000);
      await this.throttle.setBlockedUntil(key, ip, until, em);
      return this.delayed(until, now);
    });
  }

  /** A right password: this address's count starts again. */
  async recordSuccess(username: string, em: EntityManager): Promise<void> {
    await this.throttle.forgetAddress(usernameKey(username), this.address(), em);
  }

  /** The security administrator lifts the whole-account lock and every address's wait. */
  async unlock(caller: Caller, staffId: string): Promise<Staff> {
    return this.dataSource.transaction(async (em) => {
      const account = await this.staff.unlock(caller, staffId, em);
      await this.throttle.forgetName(usernameKey(account.username), em);
      return account;
    });
  }

  private async lock(
    key: string,
    account: Staff | null,
    until: Date,
    recent: { failures: number; addresses: number },
    em: EntityManager,
  ): Promise<void> {
    if (account) await this.staff.lockAccount(account.id, until, em);
    else await this.throttle.lockName(key, until, em);
    await this.audit.record(em, {
      action: 'account.lock',
      entityType: 'staff',
      entityId: account?.id ?? null,
      regionCode: account?.regionCode ?? null,
      actor: { id: null, name: 'system' },
      note: {
        username: key,
        ...recent,
        lockedUntil: until < LOCKED_UNTIL_UNLOCKED ? until.toISOString() : null,
      },
    });
  }

  locked(until: Date): AppError {
    return new AppError(
      AuthErrors.ACCOUNT_LOCKED,
      'Too many wrong passwords from many addresses: the account is locked until the security administrator unlocks it or the lock expires',
      { lockedUntil: until < LOCKED_UNTIL_UNLOCKED ? until.toISOString() : null },
    );
  }

  private delayed(until: Date, now: Date): AppError {
    return new AppError(
      AuthErrors.LOGIN_DELAYED,
      'Too many wrong passwords for this login name from this address: wait before trying again',
      { retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)) },
    );
  }
}
