import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  APP_CONFIG,
  type AppConfig,
  AppError,
  assertInJurisdiction,
  Clock,
  hasRole,
  isPgError,
  maskPhone,
  Page,
  pageWindow,
  passwordProblems,
  PasswordHasher,
  PiiCipher,
  RequestContext,
} from '@app/core';
import { OrgErrors } from '../org.errors';
import { RegionsService } from '../regions/regions.service';
import { CreateStaffDto, ListStaffQuery, StaffResponse, UpdateStaffDto } from './dto/staff.dto';
import { ROLE_OF_KIND, Staff } from './staff.entity';
import { StaffRepository } from './staff.repository';

function auditView(s: Staff): Record<string, unknown> {
  const { passwordHash: _p, phoneIndex: _i, ...fields } = s;
  return fields;
}

@Injectable()
export class StaffService {
  constructor(
    private readonly staff: StaffRepository,
    private readonly regions: RegionsService,
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

  async list(q: ListStaffQuery): Promise<Page<StaffResponse>> {
    const { page, pageSize, offset } = pageWindow(q);
    const [rows, total] = await this.staff.findPage({ ...q, offset, limit: pageSize });
    return { items: rows.map((s) => this.toResponse(s)), total, page, pageSize };
  }

  async get(id: string): Promise<Staff> {
    const s = await this.staff.findById(id);
    if (!s) throw new AppError(OrgErrors.STAFF_NOT_FOUND, 'not_found', 'Staff member not found', { id });
    return s;
  }

  /** A staff member by id regardless of jurisdiction, for other modules' own checks. */
  findByIdUnscoped(id: string, em?: EntityManager): Promise<Staff | null> {
    return this.staff.findByIdUnscoped(id, em);
  }

  async create(dto: CreateStaffDto, em?: EntityManager): Promise<Staff> {
    const caller = RequestContext.principal();
    assertInJurisdiction(dto.regionCode);
    const role = ROLE_OF_KIND[dto.kind];
    // Officials add lawyers to their advisor groups; only an admin creates officials, admins and auditors.
    if (caller && !hasRole(caller, 'admin') && role !== 'lawyer') {
      throw new AppError(
        OrgErrors.ROLE_NOT_GRANTABLE,
        'forbidden',
        `Only an admin can create ${dto.kind} accounts`,
        { kind: dto.kind },
      );
    }
    const problems = passwordProblems(dto.password, dto.username);
    if (problems.length)
      throw new AppError('VALIDATION_FAILED', 'bad_request', 'The password is too weak', {
        password: problems,
      });
    await this.regions.getByCode(dto.regionCode).catch(() => {
      throw new AppError(
        OrgErrors.REGION_NOT_FOUND,
        'rule',
        `Region ${dto.regionCode} is not in the registry`,
        { regionCode: dto.regionCode },
      );
    });
    if (await this.staff.findForLogin(dto.username, em)) {
      throw new AppError(OrgErrors.USERNAME_TAKEN, 'conflict', 'That login name is taken', {
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
            throw new AppError(OrgErrors.USERNAME_TAKEN, 'conflict', 'That login name is taken', {
              username: dto.username,
            });
          }
          throw err;
        });
      await this.audit.record(tx, {
        action: 'create',
        entityType: 'staff',
        entityId: saved.id,
        regionCode: saved.regionCode,
        after: auditView(saved),
      });
      return saved;
    };
    return em ? write(em) : this.dataSource.transaction(write);
  }

  async update(id: string, dto: UpdateStaffDto): Promise<Staff> {
    if (dto.regionCode) assertInJurisdiction(dto.regionCode);
    return this.dataSource.transaction(async (em) => {
      const s = await this.staff.findByIdForUpdate(id, em);
      if (!s) throw new AppError(OrgErrors.STAFF_NOT_FOUND, 'not_found', 'Staff member not found', { id });
      const before = auditView({ ...s });
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
      return saved;
    });
  }

  /** Lifts a lock-out before it expires (admin). */
  async unlock(id: string): Promise<Staff> {
    return this.dataSource.transaction(async (em) => {
      const s = await this.staff.findByIdForUpdate(id, em);
      if (!s) throw new AppError(OrgErrors.STAFF_NOT_FOUND, 'not_found', 'Staff member not found', { id });
      await this.staff.registerSuccessfulLogin(id, this.clock.now(), em);
      await this.audit.record(em, {
        action: 'unlock',
        entityType: 'staff',
        entityId: id,
        regionCode: s.regionCode,
      });
      return { ...s, failedLoginCount: 0, lockedUntil: null };
    });
  }

  /** Decrypts a staff member's phone for an authorised reader; every read is audited. */
  async revealPhone(id: string): Promise<string | null> {
    const s = await this.get(id);
    await this.audit.recordAlone({
      action: 'pii.read',
      entityType: 'staff',
      entityId: id,
      regionCode: s.regionCode,
      note: { field: 'phone' },
    });
    return s.phoneEnc ? this.pii.decrypt(s.phoneEnc) : null;
  }

  /** Active lawyers of the advisor groups under a region. */
  activeLawyersUnder(prefix: string): Promise<Staff[]> {
    return this.staff.findActiveLawyersUnder(prefix);
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

  registerFailedLogin(id: string, em: EntityManager) {
    return this.staff.registerFailedLogin(
      id,
      this.config.loginMaxFailures,
      this.config.loginLockMinutes,
      this.clock.now(),
      em,
    );
  }

  registerSuccessfulLogin(id: string, em: EntityManager): Promise<void> {
    return this.staff.registerSuccessfulLogin(id, this.clock.now(), em);
  }

  async setPassword(id: string, password: string, em: EntityManager): Promise<void> {
    const s = await this.staff.findByIdUnscoped(id, em);
    if (!s) throw new AppError(OrgErrors.STAFF_NOT_FOUND, 'not_found', 'Staff member not found', { id });
    const problems = passwordProblems(password, s.username);
    if (problems.length)
      throw new AppError('VALIDATION_FAILED', 'bad_request', 'The password is too weak', {
        newPassword: problems,
      });
    s.passwordHash = await this.passwords.hash(password);
    await this.staff.save(s, em);
    await this.audit.record(em, {
      action: 'password.change',
      entityType: 'staff',
      entityId: id,
      regionCode: s.regionCode,
    });
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
