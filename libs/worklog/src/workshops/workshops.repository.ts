import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { businessDayRange, type Caller, scopeToJurisdiction, whereRegionWithin } from '@app/core';
import type { WorkshopKind } from '../vocabulary';
import { Workshop } from './workshop.entity';

export type NewWorkshop = Omit<Workshop, 'id' | 'voidedAt' | 'voidReason' | 'voidedBy'>;

export interface WorkshopFilter {
  regionCode?: string;
  from?: string;
  to?: string;
  kind?: WorkshopKind;
  lecturerId?: string;
  servicePointId?: string;
  includeVoided: boolean;
  offset: number;
  limit: number;
}

/** Workshops are public events: everyone sees those of their jurisdiction. */
@Injectable()
export class WorkshopsRepository {
  constructor(@InjectRepository(Workshop) private readonly workshops: Repository<Workshop>) {}

  async insert(data: NewWorkshop, em: EntityManager): Promise<Workshop> {
    const repo = em.getRepository(Workshop);
    return repo.save(repo.create({ ...data, voidedAt: null, voidReason: null, voidedBy: null }));
  }

  /** Writes the changed fields and returns the workshop as stored. */
  async update(id: string, fields: Partial<Workshop>, em: EntityManager): Promise<Workshop> {
    const repo = em.getRepository(Workshop);
    await repo.update({ id }, fields);
    return repo.findOneByOrFail({ id });
  }

  findVisible(caller: Caller, id: string): Promise<Workshop | null> {
    const qb = this.workshops.createQueryBuilder('w');
    return scopeToJurisdiction(caller, qb, 'w.region_code').andWhere('w.id = :id', { id }).getOne();
  }

  findVisibleForUpdate(caller: Caller, id: string, em: EntityManager): Promise<Workshop | null> {
    const qb = em.getRepository(Workshop).createQueryBuilder('w');
    return scopeToJurisdiction(caller, qb, 'w.region_code')
      .andWhere('w.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  findPage(caller: Caller, f: WorkshopFilter): Promise<[Workshop[], number]> {
    const qb = scopeToJurisdiction(caller, this.workshops.createQueryBuilder('w'), 'w.region_code');
    if (f.regionCode) whereRegionWithin(qb, 'w.region_code', f.regionCode);
    if (f.kind) qb.andWhere('w.kind = :kind', { kind: f.kind });
    if (f.lecturerId) qb.andWhere('w.lecturer_id = :lecturerId', { lecturerId: f.lecturerId });
    if (f.servicePointId) qb.andWhere('w.service_point_id = :sp', { sp: f.servicePointId });
    if (f.from) qb.andWhere('w.held_at >= :from', { from: businessDayRange(f.from).start });
    if (f.to) qb.andWhere('w.held_at < :to', { to: businessDayRange(f.to).end });
    if (!f.includeVoided) qb.andWhere('w.voided_at IS NULL');
    return qb
      .orderBy('w.held_at', 'DESC')
      .addOrderBy('w.id', 'DESC')
      .offset(f.offset)
      .limit(f.limit)
      .getManyAndCount();
  }
}
