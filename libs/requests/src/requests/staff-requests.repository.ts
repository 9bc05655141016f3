import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { type Caller, scopeToJurisdiction, whereRegionWithin } from '@app/core';
import { StaffRequest } from './staff-request.entity';

export type NewStaffRequest = Omit<
  StaffRequest,
  'id' | 'status' | 'acceptedAt' | 'decidedBy' | 'decidedAt' | 'decisionReason' | 'updatedAt'
>;

@Injectable()
export class StaffRequestsRepository {
  constructor(@InjectRepository(StaffRequest) private readonly requests: Repository<StaffRequest>) {}

  insert(r: NewStaffRequest, em: EntityManager): Promise<StaffRequest> {
    const repo = em.getRepository(StaffRequest);
    return repo.save(repo.create({ ...r, status: 'pending', updatedAt: r.createdAt }));
  }

  save(r: StaffRequest, em: EntityManager): Promise<StaffRequest> {
    return em.getRepository(StaffRequest).save(r);
  }

  /**
   * The request, locked, if the caller may act on it: an official's jurisdiction holds it, or the
   * caller is its lawyer or the colleague it names.
   */
  findForUpdate(
    caller: Caller,
    id: string,
    personId: string | null,
    em: EntityManager,
  ): Promise<StaffRequest | null> {
    const qb = em.getRepository(StaffRequest).createQueryBuilder('r');
    const scoped = personId
      ? qb.where('(r.lawyer_id = :p OR r.to_lawyer_id = :p)', { p: personId })
      : scopeToJurisdiction(caller, qb, 'r.region_code');
    return scoped.andWhere('r.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** A lawyer's own requests and those naming them, newest first. */
  findOfLawyer(lawyerId: string, status?: string): Promise<StaffRequest[]> {
    const qb = this.requests
      .createQueryBuilder('r')
      .where(new Brackets((b) => b.where('r.lawyer_id = :id').orWhere('r.to_lawyer_id = :id')), {
        id: lawyerId,
      });
    if (status) qb.andWhere('r.status = :status', { status });
    return qb.orderBy('r.created_at', 'DESC').limit(500).getMany();
  }

  /** Requests in the caller's jurisdiction (under `regionCode` when given), newest first. */
  findInJurisdiction(caller: Caller, f: { regionCode?: string; status?: string }): Promise<StaffRequest[]> {
    const qb = scopeToJurisdiction(caller, this.requests.createQueryBuilder('r'), 'r.region_code');
    if (f.regionCode) whereRegionWithin(qb, 'r.region_code', f.regionCode);
    if (f.status) qb.andWhere('r.status = :status', { status: f.status });
    return qb.orderBy('r.created_at', 'DESC').limit(500).getMany();
  }
}
