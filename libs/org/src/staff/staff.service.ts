import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  AccessRevocations,
  APP_CONFIG,
  type AppConfig,
  AppError,
  assertInJurisdiction,
  type Caller,
  Clock,
  hasRole,
  isPgError,
  isSystemCaller,
  isWithinRegion,
  maskPhone,
  Page,
  pageWindow,
  passwordProblems,
  PasswordHasher,
  PiiCipher,
  type Principal,
  principalOf,
  RequestContext,
  CoreErrors,
} from '@app/core';
import { OrgErrors } from '../org.errors';
import { RegionsService } from '../regions/regions.service';
import { CreateStaffDto, ListStaffQuery, StaffResponse, UpdateStaffDto } from './dto/staff.dto';
import { PasswordHistoryRepository } from './password-history.repository';
import { isPrivilegedKind, type PrivilegedKind, ROLE_OF_KIND, Staff, type StaffKind } from './staff.entity';
import { StaffRepository } from './staff.repository';

/** A privileged account as the command line creates it (`npm run cli -- accounts create`). */
export interface PrivilegedAccountInput {
  kind: PrivilegedKind;
  username: string;
  name: string;
  regionCode: string;
  password: string;
}

/** A whole-account lock that holds until the security administrator lifts it. */
export const LOCKED_UNTIL_UNLOCKED = new Date('9999-12-31T00:00:00Z');

/** Whether `code` lies strictly below `prefix` (a township under its county, not the county itself). */
const isBelow = (code: string, prefix: string | null) =>
  prefix !== null && code.length > prefix.length && isWithinRegion(code, prefix);

const privilegedRefusal = (kind: string) =>
  new AppError(
    OrgErrors.PRIVILEGED_ACCOUNT,
    'Admin, security and auditor accounts are created and changed only with `npm run cli -- accounts`',
    { kind },
  );

function auditView(s: Staff): Record<string, unknown> {
  const { passwordHash: _p, phoneIndex: _i, ...fields } = s;
  return fields;
}

@Injectable()
export class StaffService {
  constructor(
    private readonly staff: StaffRepository,
    private readonly history: PasswordHistoryRepository,
    private readonly regions: RegionsService,
    private readonly revocations: AccessRevocations,
    private readonly audit: AuditService,
    private readonly passwords: PasswordHasher,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  toResponse(s: Staff): StaffResponse {
    return {
      id: s.id,
      username: s.username,
      name: s.name,
      roles: s.roles,
      kind: s.kind,
      regionCode: s.regionCode,
      licenseNo: s.licenseNo,
      firm: s.firm,
      phoneMasked: s.phoneEnc ? maskPhone(this.pii.decrypt(s.phoneEnc)) : null,
      status: s.status,
      locked: !!s.lockedUntil && s.lockedUntil > this.clock.now(),
    };
  }

  async list(caller: Caller, q: ListStaffQuery): Promise<Page<StaffResponse>> {
    const { page, pageSize, offset } = pageWindow(q);
    const [rows, total] = await this.staff.findPage(caller, { ...q, offset, limit: pageSize });
    return { items: rows.map((s) => this.toResponse(s)), total, page, pageSize };
  }

  async get(caller: Caller, id: string): Promise<Staff> {
    const s = await this.staff.findById(caller, id);
    if (!s) throw new AppError(OrgErrors.STAFF_NOT_FOUND, 'Staff member not found', { id });
    return s;
  }

  /** A staff member by id regardless of jurisdiction, for other modules' own checks. */
  findByIdUnscoped(id: string, em?: EntityManager): Promise<Staff | null> {
    return this.staff.findByIdUnscoped(id, em);
  }

  /**
   * An ordinary account (lawyer, legal worker, public lawyer, official). Officials add lawyers to
   * their jurisdiction and officials strictly below them (a county official a township's); the admin
   * any ordinary account of its jurisdiction. Privileged accounts are refused for every caller.
   */
  async create(caller: Caller, dto: CreateStaffDto, em?: EntityManager): Promise<Staff> {
    if (isPrivilegedKind(dto.kind)) throw privilegedRefusal(dto.kind);
    assertInJurisdiction(caller, dto.regionCode);
    const role = ROLE_OF_KIND[dto.kind];
    // The system (the demo seed) places officials anywhere; a person only below their own region.
    const person = principalOf(caller);
    if (
      person &&
      role === 'official' &&
      !hasRole(person, 'admin') &&
      !isBelow(dto.regionCode, person.regionCode)
    ) {
      throw new AppError(
        OrgErrors.ROLE_NOT_GRANTABLE,
        'Officials create official accounts only for the regions below their own',
        { kind: dto.kind },
      );
    }
    return this.insertAccount({ ...dto, kind: dto.kind }, 'password', em);
  }

  /**
   * A privileged account (admin, security administrator, auditor), for the command line and the
   * demo seed: refused for every caller but the system, whoever it is.
   */
  async createPrivileged(caller: Caller, input: PrivilegedAccountInput, em?: EntityManager): Promise<Staff> {
    if (!isSystemCaller(caller) || !isPrivilegedKind(input.kind)) throw privilegedRefusal(input.kind);
    return this.insertAccount(input, 'password', em);
  }

  private async insertAccount(
    dto: Omit<CreateStaffDto, 'kind'> & { kind: StaffKind },
    passwordField: string,
    em?: EntityManager,
  ): Promise<Staff> {
    const role = ROLE_OF_KIND[dto.kind];
    const problems = passwordProblems(dto.password, dto.username);
    if (problems.length)
      throw new AppError(CoreErrors.VALIDATION_FAILED, 'The password is too weak', {
        [passwordField]: problems,
      });
    await this.regions.getByCode(dto.regionCode).catch(() => {
      throw new AppError(OrgErrors.REGION_NOT_REGISTERED, `Region ${dto.regionCode} is not in the registry`, {
        regionCode: dto.regionCode,
      });
    });
    if (await this.staff.findForLogin(dto.username, em)) {
      throw new AppError(OrgErrors.USERNAME_TAKEN, 'That login name is taken', {
        username: dto.username,
      });
    }
    const passwordHash = await this.passwords.hash(dto.password);
    const write = async (tx: EntityManager) => {
      const saved = await this.staff
        .insert(
          {
            username: dto.username,
            name: dto.name,
            kind: dto.kind,
            roles: [role],
            regionCode: dto.regionCode,
            licenseNo: dto.licenseNo ?? null,
            firm: dto.firm ?? null,
            passwordHash,
            ...this.phoneColumns(dto.phone),
          },
          tx,
        )
        .catch((err: unknown) => {
          // The check above misses a simultaneous sign-up with the same name; the unique index does not.
          if (isPgError(err, '23505', 'staff_username_key')) {
            throw new AppError(OrgErrors.USERNAME_TAKEN, 'That login name is taken', {
              username: dto.username,
            });
          }
          throw err;
        });
      await this.history.add(saved.id, passwordHash, this.clock.now(), tx);
      await this.audit.record(tx, {
        action: 'create',
        entityType: 'staff',
        entityId: saved.id,
        regionCode: saved.regionCode,
        after: auditView(saved),
        ...this.systemActor(),
      });
      return saved;
    };
    return em ? write(em) : this.dataSource.transaction(write);
  }

  /**
   * Changes an ordinary account: never a privileged one (403 for every caller), never one's own, and
   * for an official only lawyers of the jurisdiction and officials strictly below it. Disabling the
   * account ends its sign-in sessions in the same transaction.
   */
  async update(caller: Caller, id: string, dto: UpdateStaffDto): Promise<Staff> {
    const target = await this.staff.findByIdUnscoped(id);
    if (target && isPrivilegedKind(target.kind)) throw privilegedRefusal(target.kind);
    if (dto.regionCode) assertInJurisdiction(caller, dto.regionCode);
    return this.dataSource.transaction(async (em) => {
      const s = await this.staff.findByIdForUpdate(caller, id, em);
      if (!s) throw new AppError(OrgErrors.STAFF_NOT_FOUND, 'Staff member not found', { id });
      if (isPrivilegedKind(s.kind)) throw privilegedRefusal(s.kind);
      if (s.namedOnly && dto.status === 'active')
        throw new AppError(
          OrgErrors.NAMED_ONLY_NO_LOGIN,
          'A lawyer only named in imported records has no account to enable; create one instead',
          { id },
        );
      const person = principalOf(caller);
      if (person) this.assertManages(person, s, dto.regionCode);
      const before = auditView({ ...s });
      const wasActive = s.status === 'active';
      const { phone, ...rest } = dto;
      Object.assign(s, rest, phone !== undefined ? this.phoneColumns(phone) : {});
      const saved = await this.staff.save(s, em);
      await this.audit.record(em, {
        action: 'update',
        entityType: 'staff',
        entityId: id,
        regionCode: saved.regionCode,
        before,
        after: auditView(saved),
      });
      if (wasActive && saved.status === 'disabled')
        await this.revocations.publish(em, { staffId: id, reason: 'disabled' });
      return saved;
    });
  }

  /** Nobody manages their own account; an official manages lawyers and the officials below them. */
  private assertManages(caller: Principal, target: Staff, newRegion?: string): void {
    if (target.id === caller.id)
      throw new AppError(OrgErrors.NOT_BELOW_CALLER, 'Nobody manages their own account', {
        id: target.id,
      });
    if (hasRole(caller, 'admin') || target.kind !== 'official') return;
    for (const region of [target.regionCode, newRegion]) {
      if (region && !isBelow(region, caller.regionCode))
        throw new AppError(
          OrgErrors.NOT_BELOW_CALLER,
          'Officials manage only the officials of the regions below their own',
          { id: target.id, regionCode: region },
        );
    }
  }

  /**
   * The command line's changes of an account (privileged or not): enable or disable it. Disabling
   * ends its sign-in sessions. Refused for every caller but the system.
   */
  async setStatusAsSystem(
    caller: Caller,
    username: string,
    status: 'active' | 'disabled',
    em: EntityManager,
  ): Promise<Staff> {
    if (!isSystemCaller(caller)) throw privilegedRefusal('any');
    const found = await this.staff.findForLogin(username, em);
    if (!found) throw new AppError(OrgErrors.STAFF_NOT_FOUND, 'Staff member not found', { username });
    const s = (await this.staff.findByIdUnscoped(found.id, em))!;
    if (s.status === status) return s;
    const before = auditView({ ...s });
    s.status = status;
    const saved = await this.staff.save(s, em);
    await this.audit.record(em, {
      action: status === 'disabled' ? 'disable' : 'enable',
      entityType: 'staff',
      entityId: s.id,
      regionCode: s.regionCode,
      before,
      after: auditView(saved),
      ...this.systemActor(),
    });
    if (status === 'disabled') await this.revocations.publish(em, { staffId: s.id, reason: 'disabled' });
    return saved;
  }

  /** The privileged accounts, for the command line's list. */
  privilegedAccounts(): Promise<Staff[]> {
    return this.staff.findPrivileged();
  }

  /**
   * Lifts a whole-account lock (for the security administrator's unlock); the caller checks the role
   * and clears the per-address waits. Within the caller's jurisdiction.
   */
  async unlock(caller: Caller, id: string, em: EntityManager): Promise<Staff> {
    const s = await this.staff.findByIdForUpdate(caller, id, em);
    if (!s) throw new AppError(OrgErrors.STAFF_NOT_FOUND, 'Staff member not found', { id });
    await this.staff.setLockedUntil(id, null, em);
    await this.audit.record(em, {
      action: 'unlock',
      entityType: 'staff',
      entityId: id,
      regionCode: s.regionCode,
      before: { lockedUntil: s.lockedUntil },
      after: { lockedUntil: null },
    });
    return { ...s, failedLoginCount: 0, lockedUntil: null };
  }

  /** Decrypts a staff member's phone for an authorised reader; every read is audited. */
  async revealPhone(caller: Caller, id: string): Promise<string | null> {
    const s = await this.get(caller, id);
    await this.audit.recordAlone({
      action: 'pii.read',
      entityType: 'staff',
      entityId: id,
      regionCode: s.regionCode,
      note: { field: 'phone' },
    });
    return s.phoneEnc ? this.pii.decrypt(s.phoneEnc) : null;
  }

  /** The active officials who govern exactly this region (a township's 司法所), by name. */
  async activeOfficialsOf(regionCode: string): Promise<Staff[]> {
    return this.staff.findActiveOfficialsOf(regionCode);
  }

  /**
   * A staff member's mobile number for a message the system sends them (a notice, an absence call),
   * or null without one. Not a person reading it: the number goes only into the SMS outbox, encrypted.
   */
  async phoneForMessage(id: string): Promise<string | null> {
    const s = await this.staff.findByIdUnscoped(id);
    return s?.phoneEnc ? this.pii.decrypt(s.phoneEnc) : null;
  }

  /** The active system administrators (三权分立's `admin`), for the notices they get. */
  async activeAdmins(): Promise<Staff[]> {
    return (await this.privilegedAccounts()).filter((s) => s.kind === 'admin' && s.status === 'active');
  }

  /** Active lawyers of the advisor groups under a region. */
  activeLawyersUnder(prefix: string): Promise<Staff[]> {
    return this.staff.findActiveLawyersUnder(prefix);
  }

  /**
   * The lawyers under a region (a county) by name, whatever their status, with those only named in
   * imported records: what an import matches the names of its ledger against.
   */
  lawyersUnder(
    prefix: string,
  ): Promise<Pick<Staff, 'id' | 'name' | 'status' | 'namedOnly' | 'regionCode'>[]> {
    return this.staff.findLawyersUnder(prefix);
  }

  /**
   * Lawyers named in imported records who are not on the staff: one staff row each that is only a name
   * (`namedOnly`, disabled, no usable password: never a login), in the region given, in `em`'s
   * transaction, audited. Answers their ids by name.
   */
  async addNamedLawyers(
    caller: Caller,
    regionCode: string,
    names: string[],
    em: EntityManager,
  ): Promise<Map<string, string>> {
    assertInJurisdiction(caller, regionCode);
    const out = new Map<string, string>();
    for (const name of [...new Set(names)]) {
      const saved = await this.staff.insert(
        {
          username: `named-${randomUUID()}`,
          name,
          kind: 'lawyer',
          roles: ['lawyer'],
          regionCode,
          // Not an argon2 hash: no password ever verifies against it.
          passwordHash: '!',
          status: 'disabled',
          namedOnly: true,
        },
        em,
      );
      await this.audit.record(em, {
        action: 'create',
        entityType: 'staff',
        entityId: saved.id,
        regionCode,
        after: auditView(saved),
        note: { namedOnly: true },
      });
      out.set(name, saved.id);
    }
    return out;
  }

  /** Which of these ids are lawyers only named in imported records (not on the staff). */
  async namedOnlyOf(ids: string[]): Promise<Set<string>> {
    return new Set(await this.staff.findNamedOnly([...new Set(ids)]));
  }

  /** Display names by staff id, in name order (pinyin), for lists that show who is on duty. */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.staff.findNames([...new Set(ids)]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * Display names of all staff whose region lies under `prefix`, by id, in name order (pinyin): asked
   * for at the same time as the figures they label, when the ids are not known yet (a province's
   * statistics name 13,000 lawyers).
   */
  async namesWithin(prefix: string): Promise<Map<string, string>> {
    const rows = await this.staff.findNamesWithin(prefix);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  // --- used by the auth module ---

  findForLogin(username: string): Promise<Staff | null> {
    return this.staff.findForLogin(username);
  }

  /** Locks a whole account after a distributed attack on it (`until` far ahead: until unlocked). */
  async lockAccount(id: string, until: Date, em: EntityManager): Promise<void> {
    await this.staff.setLockedUntil(id, until, em);
  }

  async recordLogin(id: string, em: EntityManager): Promise<void> {
    await this.staff.setLastLogin(id, this.clock.now(), em);
  }

  /**
   * Sets a new password: the policy (length, classes, not the login name, not a common password),
   * not one of the account's last `PASSWORD_HISTORY` passwords; audited, and every sign-in session of
   * the account ends in the same transaction. `field` names the input in a 400's details.
   */
  async setPassword(
    id: string,
    password: string,
    em: EntityManager,
    opts: { field?: string; action?: string } = {},
  ): Promise<void> {
    const field = opts.field ?? 'newPassword';
    const s = await this.staff.findByIdUnscoped(id, em);
    if (!s) throw new AppError(OrgErrors.STAFF_NOT_FOUND, 'Staff member not found', { id });
    const problems = passwordProblems(password, s.username);
    if (!problems.length && (await this.usedBefore(id, password, em)))
      problems.push(`must not be one of your last ${this.config.passwordHistory} passwords`);
    if (problems.length)
      throw new AppError(CoreErrors.VALIDATION_FAILED, 'The password is too weak', {
        [field]: problems,
      });
    s.passwordHash = await this.passwords.hash(password);
    await this.staff.save(s, em);
    await this.history.add(id, s.passwordHash, this.clock.now(), em);
    await this.audit.record(em, {
      action: opts.action ?? 'password.change',
      entityType: 'staff',
      entityId: id,
      regionCode: s.regionCode,
      ...this.systemActor(),
    });
    await this.revocations.publish(em, { staffId: id, reason: 'password_change' });
  }

  private async usedBefore(id: string, password: string, em: EntityManager): Promise<boolean> {
    const hashes = await this.history.recentHashes(id, this.config.passwordHistory, em);
    for (const hash of hashes) if (await this.passwords.verify(hash, password)) return true;
    return false;
  }

  /** The actor of a change made outside any request: the command line's user, else the system (demo seed). */
  private systemActor(): { actor?: { id: null; name: string } } {
    const ctx = RequestContext.current();
    return ctx?.principal ? {} : { actor: { id: null, name: ctx?.actorName ?? 'system' } };
  }

  count(): Promise<number> {
    return this.staff.count();
  }

  private phoneColumns(phone: string | null | undefined): Pick<Staff, 'phoneEnc' | 'phoneIndex'> {
    return phone
      ? { phoneEnc: this.pii.encrypt(phone), phoneIndex: this.pii.blindIndex(phone) }
      : { phoneEnc: null, phoneIndex: null };
  }
}
