import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { type Caller, scopeToJurisdiction } from '@app/core';
import { Unavailability } from './unavailability.entity';

@Injectable()
export class UnavailabilityRepository {
  constructor(@InjectRepository(Unavailability) private readonly leave: Repository<Unavailability>) {}

  /** Leave in the caller's jurisdiction (the lawyer's advisor-group region), by start. */
  findMany(caller: Caller, f: { lawyerId?: string; from?: Date; to?: Date }): Promise<Unavailability[]> {
    const qb = scopeToJurisdiction(caller, this.leave.createQueryBuilder('u'), 'u.region_code').andWhere(
      'u.cancelled_at IS NULL',
    );
    if (f.lawyerId) qb.andWhere('u.lawyer_id = :lawyerId', { lawyerId: f.lawyerId });
    if (f.from) qb.andWhere('u.ends_at > :from', { from: f.from });
    if (f.to) qb.andWhere('u.starts_at < :to', { to: f.to });
    return qb.orderBy('u.starts_at').getMany();
  }

  /** Leave of these lawyers touching the period (not scoped: for the roster generator). */
  findOfLawyers(lawyerIds: string[], from: Date, to: Date, em?: EntityManager): Promise<Unavailability[]> {
    if (!lawyerIds.length) return Promise.resolve([]);
    return (em?.getRepository(Unavailability) ?? this.leave)
      .createQueryBuilder('u')
      .where(
        'u.cancelled_at IS NULL AND u.lawyer_id = ANY(:ids) AND u.starts_at < :to AND u.ends_at > :from',
        { ids: lawyerIds, from, to },
      )
      .getMany();
  }

  findById(caller: Caller, id: string, em?: EntityManager): Promise<Unavailability | null> {
    const qb = (em?.getRepository(Unavailability) ?? this.leave).createQueryBuilder('u');
    return scopeToJurisdiction(caller, qb, 'u.region_code').andWhere('u.id = :id', { id }).getOne();
  }

  async insert(data: Partial<Unavailability>, em: EntityManager): Promise<Unavailability> {
    const repo = em.getRepository(Unavailability);
    return repo.save(repo.create(data));
  }

  save(u: Unavailability, em: EntityManager): Promise<Unavailability> {
    return em.getRepository(Unavailability).save(u);
  }
}
