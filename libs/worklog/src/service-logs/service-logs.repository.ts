import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { businessDayRange, type Caller, whereRegionWithin } from '@app/core';
import type { Topic } from '@app/core';
import type { ServiceLogType } from '../vocabulary';
import { scopeToViewer } from '../scope';
import { ServiceLog } from './service-log.entity';
import { ServiceLogFollowUp } from './service-log-follow-up.entity';

export type NewServiceLog = Omit<ServiceLog, 'id' | 'voidedAt' | 'voidReason' | 'voidedBy' | 'followedUpAt'>;

export interface ServiceLogFilter {
  regionCode?: string;
  lawyerId?: string;
  servicePointId?: string;
  type?: ServiceLogType;
  topic?: Topic;
  from?: string;
  to?: string;
  includeVoided: boolean;
  offset: number;
  limit: number;
}

@Injectable()
export class ServiceLogsRepository {
  constructor(@InjectRepository(ServiceLog) private readonly logs: Repository<ServiceLog>) {}

  async insert(data: NewServiceLog, em: EntityManager): Promise<ServiceLog> {
    const repo = em.getRepository(ServiceLog);
    return repo.save(
      repo.create({ ...data, voidedAt: null, voidReason: null, voidedBy: null, followedUpAt: null }),
    );
  }

  /** Writes the changed fields and returns the entry as stored. */
  async update(id: string, fields: Partial<ServiceLog>, em: EntityManager): Promise<ServiceLog> {
    const repo = em.getRepository(ServiceLog);
    await repo.update({ id }, fields);
    return repo.findOneByOrFail({ id });
  }

  /** One entry the caller may see (a lawyer: their own; others: their jurisdiction). */
  findVisible(caller: Caller, id: string, em?: EntityManager): Promise<ServiceLog | null> {
    const qb = (em?.getRepository(ServiceLog) ?? this.logs).createQueryBuilder('l');
    return scopeToViewer(caller, qb, 'l.region_code', 'l.lawyer_id').andWhere('l.id = :id', { id }).getOne();
  }

  /** The same, locked for the rest of the transaction. */
  findVisibleForUpdate(caller: Caller, id: string, em: EntityManager): Promise<ServiceLog | null> {
    const qb = em.getRepository(ServiceLog).createQueryBuilder('l');
    return scopeToViewer(caller, qb, 'l.region_code', 'l.lawyer_id')
      .andWhere('l.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Records a phone follow-up of an entry. */
  async insertFollowUp(data: Omit<ServiceLogFollowUp, 'id'>, em: EntityManager): Promise<ServiceLogFollowUp> {
    const repo = em.getRepository(ServiceLogFollowUp);
    return repo.save(repo.create(data));
  }

  existsForAppointment(appointmentId: string): Promise<boolean> {
    return this.logs.existsBy({ appointmentId });
  }

  /** The caller's view of the log, filtered, newest first. */
  findPage(caller: Caller, f: ServiceLogFilter): Promise<[ServiceLog[], number]> {
    const qb = scopeToViewer(caller, this.logs.createQueryBuilder('l'), 'l.region_code', 'l.lawyer_id');
    if (f.regionCode) whereRegionWithin(qb, 'l.region_code', f.regionCode);
    if (f.lawyerId) qb.andWhere('l.lawyer_id = :lawyerId', { lawyerId: f.lawyerId });
    if (f.servicePointId) qb.andWhere('l.service_point_id = :sp', { sp: f.servicePointId });
    if (f.type) qb.andWhere('l.type = :type', { type: f.type });
    if (f.topic) qb.andWhere('l.topic = :topic', { topic: f.topic });
    if (f.from) qb.andWhere('l.occurred_at >= :from', { from: businessDayRange(f.from).start });
    if (f.to) qb.andWhere('l.occurred_at < :to', { to: businessDayRange(f.to).end });
    if (!f.includeVoided) qb.andWhere('l.voided_at IS NULL');
    return qb
      .orderBy('l.occurred_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .offset(f.offset)
      .limit(f.limit)
      .getManyAndCount();
  }
}
