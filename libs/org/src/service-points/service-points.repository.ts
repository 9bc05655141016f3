import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { scopeToJurisdiction, whereRegionWithin } from '@app/core';
import { Region } from '../regions/region.entity';
import { ServicePoint, ServicePointKind } from './service-point.entity';

@Injectable()
export class ServicePointsRepository {
  constructor(@InjectRepository(ServicePoint) private readonly points: Repository<ServicePoint>) {}

  private query(em?: EntityManager): SelectQueryBuilder<ServicePoint> {
    return (em?.getRepository(ServicePoint) ?? this.points)
      .createQueryBuilder('sp')
      .leftJoinAndMapOne('sp.region', Region, 'r', 'r.code = sp.region_code');
  }

  /** Active points under a region prefix, county centre first, then by region code. */
  findActive(filter: { regionCode?: string; kind?: ServicePointKind }): Promise<ServicePoint[]> {
    const qb = scopeToJurisdiction(this.query().where('sp.active'), 'sp.region_code');
    if (filter.regionCode) whereRegionWithin(qb, 'sp.region_code', filter.regionCode);
    if (filter.kind) qb.andWhere('sp.kind = :kind', { kind: filter.kind });
    return qb.orderBy('length(sp.region_code)').addOrderBy('sp.region_code').addOrderBy('sp.name').getMany();
  }

  /** One point within the caller's jurisdiction (anyone's, for public reads). */
  findById(id: string, em?: EntityManager): Promise<ServicePoint | null> {
    return scopeToJurisdiction(this.query(em).where('sp.id = :id', { id }), 'sp.region_code').getOne();
  }

  /** One point by id whatever the caller's jurisdiction (for other modules' own checks). */
  findByIdUnscoped(id: string): Promise<ServicePoint | null> {
    return this.query().where('sp.id = :id', { id }).getOne();
  }

  /** Locks the row for the rest of the transaction. */
  findByIdForUpdate(id: string, em: EntityManager): Promise<ServicePoint | null> {
    return scopeToJurisdiction(
      em.getRepository(ServicePoint).createQueryBuilder('sp').where('sp.id = :id', { id }),
      'sp.region_code',
    )
      .setLock('pessimistic_write')
      .getOne();
  }

  async insert(data: Partial<ServicePoint>, em: EntityManager): Promise<ServicePoint> {
    const repo = em.getRepository(ServicePoint);
    return repo.save(repo.create(data));
  }

  save(point: ServicePoint, em: EntityManager): Promise<ServicePoint> {
    return em.getRepository(ServicePoint).save(point);
  }
}
