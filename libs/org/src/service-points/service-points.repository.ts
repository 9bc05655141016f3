import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { type Caller, scopeToJurisdiction, whereRegionWithin } from '@app/core';
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

  /** Active points in the caller's jurisdiction under a region prefix, county centre first, then by region code. */
  findActive(
    caller: Caller,
    filter: { regionCode?: string; kind?: ServicePointKind },
  ): Promise<ServicePoint[]> {
    return this.active(scopeToJurisdiction(caller, this.query(), 'sp.region_code'), filter).getMany();
  }

  /**
   * Active points of every county, for the public directory (not scoped: the points' names, places
   * and hours are published on purpose).
   */
  findActivePublic(filter: { regionCode?: string; kind?: ServicePointKind }): Promise<ServicePoint[]> {
    return this.active(this.query(), filter).getMany();
  }

  private active(
    qb: SelectQueryBuilder<ServicePoint>,
    filter: { regionCode?: string; kind?: ServicePointKind },
  ): SelectQueryBuilder<ServicePoint> {
    qb.andWhere('sp.active');
    if (filter.regionCode) whereRegionWithin(qb, 'sp.region_code', filter.regionCode);
    if (filter.kind) qb.andWhere('sp.kind = :kind', { kind: filter.kind });
    return qb.orderBy('length(sp.region_code)').addOrderBy('sp.region_code').addOrderBy('sp.name');
  }

  /** One point within the caller's jurisdiction. */
  findById(caller: Caller, id: string, em?: EntityManager): Promise<ServicePoint | null> {
    return scopeToJurisdiction(caller, this.query(em), 'sp.region_code')
      .andWhere('sp.id = :id', { id })
      .getOne();
  }

  /** One point by id whatever the caller's jurisdiction (public pages, other modules' own checks). */
  findByIdUnscoped(id: string): Promise<ServicePoint | null> {
    return this.query().where('sp.id = :id', { id }).getOne();
  }

  /** Points by id whatever their state or the caller (their names are public), for registers. */
  findByIdsUnscoped(ids: string[]): Promise<ServicePoint[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.query().where('sp.id IN (:...ids)', { ids }).getMany();
  }

  /** Locks the row for the rest of the transaction. */
  findByIdForUpdate(caller: Caller, id: string, em: EntityManager): Promise<ServicePoint | null> {
    return scopeToJurisdiction(
      caller,
      em.getRepository(ServicePoint).createQueryBuilder('sp'),
      'sp.region_code',
    )
      .andWhere('sp.id = :id', { id })
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
