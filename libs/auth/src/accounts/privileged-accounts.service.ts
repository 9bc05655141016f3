import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError, Clock, CoreErrors, RequestContext, type SystemCaller } from '@app/core';
import { isPrivilegedKind, OrgErrors, type PrivilegedKind, type Staff, StaffService } from '@app/org';
import { LockoutService } from '../lockout/lockout.service';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const SYMBOLS = '-_.+=@#%';

/** A one-time password of 20 characters (≈ 120 bits) from every class, never a common one. */
export function generatePassword(): string {
  const all = UPPER + LOWER + DIGITS + SYMBOLS;
  const pick = (set: string) => set[randomInt(set.length)];
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < 20) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

export interface AccountSummary {
  id: string;
  username: string;
  name: string;
  kind: string;
  regionCode: string;
  status: string;
  locked: boolean;
  lastLoginAt: string | null;
}

/**
 * The command line's account management (`npm run cli -- accounts …`): the only way to create
 * the system administrator, the security administrator and the auditor (三权分立), and to disable,
 * enable, unlock them or set a new password. Every change is audited with the operating-system user
 * as its actor; a disabled account or a new password ends the account's sessions. Each method takes
 * the system caller (`asSystem`): StaffService refuses these changes to anybody else.
 */
@Injectable()
export class PrivilegedAccountsService {
  constructor(
    private readonly staff: StaffService,
    private readonly lockout: LockoutService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Creates a privileged account; without a password, a one-time one is generated and returned. */
  async create(
    system: SystemCaller,
    input: { kind: string; username: string; name: string; regionCode: string; password?: string },
    actorName: string,
  ): Promise<{ account: AccountSummary; password: string | null }> {
    if (!isPrivilegedKind(input.kind))
      throw new AppError(CoreErrors.VALIDATION_FAILED, '--kind must be admin, security or auditor', {
        kind: ['must be admin, security or auditor'],
      });
    const password = input.password ?? generatePassword();
    const account = await this.asCommandLine(actorName, () =>
      this.staff.createPrivileged(system, { ...input, kind: input.kind as PrivilegedKind, password }),
    );
    return { account: this.summary(account), password: input.password ? null : password };
  }

  async setStatus(
    system: SystemCaller,
    username: string,
    status: 'active' | 'disabled',
    actorName: string,
  ): Promise<AccountSummary> {
    const account = await this.asCommandLine(actorName, () =>
      this.dataSource.transaction((em) => this.staff.setStatusAsSystem(system, username, status, em)),
    );
    return this.summary(account);
  }

  /** A new password (generated unless given); every session of the account ends. */
  async resetPassword(
    _system: SystemCaller,
    username: string,
    actorName: string,
    password?: string,
  ): Promise<string | null> {
    const account = await this.find(username);
    const next = password ?? generatePassword();
    await this.asCommandLine(actorName, () =>
      this.dataSource.transaction((em) =>
        this.staff.setPassword(account.id, next, em, { field: 'password', action: 'password.reset' }),
      ),
    );
    return password ? null : next;
  }

  async unlock(system: SystemCaller, username: string, actorName: string): Promise<AccountSummary> {
    const account = await this.find(username);
    return this.summary(await this.asCommandLine(actorName, () => this.lockout.unlock(system, account.id)));
  }

  async list(_system: SystemCaller): Promise<AccountSummary[]> {
    return (await this.staff.privilegedAccounts()).map((s) => this.summary(s));
  }

  private async find(username: string): Promise<Staff> {
    const account = await this.staff.findForLogin(username);
    if (!account)
      throw new AppError(OrgErrors.STAFF_NOT_FOUND, `No account named ${username}`, {
        username,
      });
    return account;
  }

  /** Runs outside any request, naming the command line's user as the actor of the audit trail. */
  private asCommandLine<T>(actorName: string, fn: () => Promise<T>): Promise<T> {
    return RequestContext.run({ actorName: actorName.slice(0, 100) }, fn);
  }

  private summary(s: Staff): AccountSummary {
    return {
      id: s.id,
      username: s.username,
      name: s.name,
      kind: s.kind,
      regionCode: s.regionCode,
      status: s.status,
      locked: !!s.lockedUntil && s.lockedUntil > this.clock.now(),
      lastLoginAt: s.lastLoginAt ? s.lastLoginAt.toISOString() : null,
    };
  }
}
