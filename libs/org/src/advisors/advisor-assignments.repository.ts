import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { type Caller, scopeToJurisdiction, whereRegionWithin } from '@app/core';
import { AdvisorAssignment } from './advisor-assignment.entity';

export interface AssignmentFilter {
  regionCode?: string;
  lawyerId?: string;
  servicePointId?: string;
  activeOn?: string;
  offset: number;
  limit: number;
}

@Injectable()
export class AdvisorAssignmentsRepository {
  constructor(
    @InjectRepository(AdvisorAssignment) private readonly assignments: Repository<AdvisorAssignment>,
  ) {}

  findPage(caller: Caller, f: AssignmentFilter): Promise<[AdvisorAssignment[], number]> {
    const qb = scopeToJurisdiction(caller, this.assignments.createQueryBuilder('a'), 'a.region_code');
    if (f.regionCode) whereRegionWithin(qb, 'a.region_code', f.regionCode);
    if (f.lawyerId) qb.andWhere('a.lawyer_id = :lawyerId', { lawyerId: f.lawyerId });
    if (f.servicePointId) qb.andWhere('a.service_point_id = :sp', { sp: f.servicePointId });
    if (f.activeOn)
      qb.andWhere('a.valid_from <= :d AND (a.valid_to IS NULL OR a.valid_to >= :d)', { d: f.activeOn });
    return qb
      .orderBy('a.region_code')
      .addOrderBy('a.valid_from', 'DESC')
      .offset(f.offset)
      .limit(f.limit)
      .getManyAndCount();
  }

  /** Assignments under a region in force at some time between `from` and `to` (not scoped). */
  findInForceBetween(prefix: string, from: string, to: string): Promise<AdvisorAssignment[]> {
    const qb = this.assignments
      .createQueryBuilder('a')
      .where('a.valid_from <= :to AND (a.valid_to IS NULL OR a.valid_to >= :from)', { from, to });
    return whereRegionWithin(qb, 'a.region_code', prefix).getMany();
  }

  /** Whether the lawyer advises the point on `date` (not scoped). */
  existsInForce(
    lawyerId: string,
    servicePointId: string,
    date: string,
    em?: EntityManager,
  ): Promise<boolean> {
    return (em?.getRepository(AdvisorAssignment) ?? this.assignments)
      .createQueryBuilder('a')
      .where('a.lawyer_id = :lawyerId AND a.service_point_id = :servicePointId', { lawyerId, servicePointId })
      .andWhere('a.valid_from <= :date AND (a.valid_to IS NULL OR a.valid_to >= :date)', { date })
      .getExists();
  }

  findById(caller: Caller, id: string, em?: EntityManager): Promise<AdvisorAssignment | null> {
    const qb = (em?.getRepository(AdvisorAssignment) ?? this.assignments).createQueryBuilder('a');
    return scopeToJurisdiction(caller, qb, 'a.region_code').andWhere('a.id = :id', { id }).getOne();
  }

  async insert(data: Partial<AdvisorAssignment>, em: EntityManager): Promise<AdvisorAssignment> {
    const repo = em.getRepository(AdvisorAssignment);
    return repo.save(repo.create(data));
  }

  save(a: AdvisorAssignment, em: EntityManager): Promise<AdvisorAssignment> {
    return em.getRepository(AdvisorAssignment).save(a);
  }

  /**
   * Villages (12-digit regions) under `prefix` that have no village point with an advisor on `date`.
   * Returns the total number of villages and the uncovered ones.
   */
  async coverage(
    caller: Caller,
    prefix: string,
    date: string,
  ): Promise<{ villages: number; uncovered: { code: string; name: string }[] }> {
    const qb = this.assignments.manager
      .createQueryBuilder()
      .select('r.code', 'code')
      .addSelect('r.name', 'name')
      .addSelect(
        `EXISTS (SELECT 1 FROM advisor_assignment a JOIN service_point sp ON sp.id = a.service_point_id
                  WHERE sp.region_code = r.code AND sp.active
                    AND a.valid_from <= :date AND (a.valid_to IS NULL OR a.valid_to >= :date))`,
        'covered',
      )
      .from('region', 'r')
      .setParameter('date', date);
    scopeToJurisdiction(caller, qb, 'r.code').andWhere(`r.level = 'village'`);
    whereRegionWithin(qb, 'r.code', prefix);
    const rows: { code: string; name: string; covered: boolean }[] = await qb.orderBy('r.code').getRawMany();
    return {
      villages: rows.length,
      uncovered: rows.filter((r) => !r.covered).map(({ code, name }) => ({ code, name })),
    };
  }
}
