import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { type Caller, regionRange, Role, scopeToJurisdiction, whereRegionWithin } from '@app/core';
import { Staff, StaffKind } from './staff.entity';

export interface StaffFilter {
  regionCode?: string;
  role?: Role;
  kind?: StaffKind;
  q?: string;
  offset: number;
  limit: number;
}

/**
 * Chinese names in pinyin order (ICU's Chinese collation, as in a printed roll), ties by id. Sorted by
 * PostgreSQL, which does it for a province's 13,000 lawyers while the figures they label are being read.
 */
const BY_NAME = `ORDER BY name COLLATE "zh-x-icu", id`;

@Injectable()
export class StaffRepository {
  constructor(@InjectRepository(Staff) private readonly staff: Repository<Staff>) {}

  /** Staff within the caller's jurisdiction, by name. */
  findPage(caller: Caller, f: StaffFilter): Promise<[Staff[], number]> {
    const qb = scopeToJurisdiction(caller, this.staff.createQueryBuilder('s'), 's.region_code');
    if (f.regionCode) whereRegionWithin(qb, 's.region_code', f.regionCode);
    if (f.role) qb.andWhere(':role = ANY(s.roles)', { role: f.role });
    if (f.kind) qb.andWhere('s.kind = :kind', { kind: f.kind });
    if (f.q)
      qb.andWhere('(s.name ILIKE :q OR s.username ILIKE :q)', { q: `%${f.q.replace(/[%_\\]/g, '\\$&')}%` });
    return qb
      .orderBy('s.region_code')
      .addOrderBy('s.username')
      .offset(f.offset)
      .limit(f.limit)
      .getManyAndCount();
  }

  /** Active lawyers whose advisor group lies under `prefix` (not scoped: callers check jurisdiction). */
  findActiveOfficialsOf(regionCode: string): Promise<Staff[]> {
    return this.staff
      .createQueryBuilder('s')
      .where(`s.status = 'active' AND 'official' = ANY(s.roles) AND s.region_code = :regionCode`, {
        regionCode,
      })
      .orderBy('s.username')
      .getMany();
  }

  findActiveLawyersUnder(prefix: string): Promise<Staff[]> {
    const qb = this.staff.createQueryBuilder('s').where(`s.status = 'active' AND 'lawyer' = ANY(s.roles)`);
    return whereRegionWithin(qb, 's.region_code', prefix).orderBy('s.username').getMany();
  }

  /** Every lawyer under `prefix` (any status, named-only included), plain rows (not scoped: callers check jurisdiction). */
  findLawyersUnder(
    prefix: string,
  ): Promise<Pick<Staff, 'id' | 'name' | 'status' | 'namedOnly' | 'regionCode'>[]> {
    const { from, to } = regionRange(prefix);
    return this.staff.query(
      `SELECT id, name, status, named_only AS "namedOnly", region_code AS "regionCode" FROM staff
        WHERE region_code >= $1 AND region_code < $2 AND 'lawyer' = ANY(roles) ${BY_NAME}`,
      [from, to],
    );
  }

  /** The ids among these of lawyers only named in imported records. */
  async findNamedOnly(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows: { id: string }[] = await this.staff.query(
      `SELECT id FROM staff WHERE id = ANY($1::uuid[]) AND named_only`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  /** The names of staff by id, plain rows in name order (a province's statistics ask for 13,000 at once). */
  findNames(ids: string[]): Promise<Pick<Staff, 'id' | 'name'>[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.staff.query(`SELECT id, name FROM staff WHERE id = ANY($1::uuid[]) ${BY_NAME}`, [ids]);
  }

  /**
   * The names of the staff whose region lies under `prefix`, plain rows in name order (not scoped:
   * callers check jurisdiction).
   */
  findNamesWithin(prefix: string): Promise<Pick<Staff, 'id' | 'name'>[]> {
    const { from, to } = regionRange(prefix);
    return this.staff.query(
      `SELECT id, name FROM staff WHERE region_code >= $1 AND region_code < $2 ${BY_NAME}`,
      [from, to],
    );
  }

  findById(caller: Caller, id: string, em?: EntityManager): Promise<Staff | null> {
    const qb = (em?.getRepository(Staff) ?? this.staff).createQueryBuilder('s').where('s.id = :id', { id });
    return scopeToJurisdiction(caller, qb, 's.region_code').getOne();
  }

  findByIdForUpdate(caller: Caller, id: string, em: EntityManager): Promise<Staff | null> {
    const qb = em.getRepository(Staff).createQueryBuilder('s').where('s.id = :id', { id });
    return scopeToJurisdiction(caller, qb, 's.region_code').setLock('pessimistic_write').getOne();
  }

  /** The account behind a login name, with its password hash (never scoped: nobody is signed in yet). */
  findForLogin(username: string, em?: EntityManager): Promise<Staff | null> {
    return (em?.getRepository(Staff) ?? this.staff)
      .createQueryBuilder('s')
      .addSelect('s.password_hash', 's_password_hash')
      .where('lower(s.username) = lower(:username)', { username })
      .getOne();
  }

  findByIdUnscoped(id: string, em?: EntityManager): Promise<Staff | null> {
    return (em?.getRepository(Staff) ?? this.staff).findOneBy({ id });
  }

  async insert(data: Partial<Staff>, em: EntityManager): Promise<Staff> {
    const repo = em.getRepository(Staff);
    return repo.save(repo.create(data));
  }

  save(staff: Staff, em: EntityManager): Promise<Staff> {
    return em.getRepository(Staff).save(staff);
  }

  /** Sets or lifts (null) the whole-account lock. */
  async setLockedUntil(id: string, until: Date | null, em: EntityManager): Promise<void> {
    await em.query(`UPDATE staff SET locked_until = $2 WHERE id = $1`, [id, until]);
  }

  async setLastLogin(id: string, at: Date, em: EntityManager): Promise<void> {
    await em.query(`UPDATE staff SET last_login_at = $2 WHERE id = $1`, [id, at]);
  }

  /** The admin, security administrator and auditor accounts (not scoped: for the command line). */
  findPrivileged(): Promise<Staff[]> {
    return this.staff
      .createQueryBuilder('s')
      .where(`s.kind IN ('admin', 'security', 'auditor')`)
      .orderBy('s.kind')
      .addOrderBy('s.username')
      .getMany();
  }

  async count(em?: EntityManager): Promise<number> {
    return (em?.getRepository(Staff) ?? this.staff).count();
  }
}
