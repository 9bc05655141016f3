import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { type Caller, jurisdictionScope, regionRange, scopeQuery, scopeToJurisdiction } from '@app/core';
import { Obligation } from './obligation.entity';

export type NewObligation = Omit<Obligation, 'id'>;

/** Obligations, read in the caller's jurisdiction. */
@Injectable()
export class ObligationsRepository {
  constructor(@InjectRepository(Obligation) private readonly obligations: Repository<Obligation>) {}

  insert(data: NewObligation, em: EntityManager): Promise<Obligation> {
    const repo = em.getRepository(Obligation);
    return repo.save(repo.create(data));
  }

  /** The one with the same scope and measure, if any. */
  findSameScope(
    o: Pick<Obligation, 'regionCode' | 'pointKind' | 'measure' | 'pilotOnly'>,
    em: EntityManager,
  ) {
    return em
      .getRepository(Obligation)
      .createQueryBuilder('o')
      .where("o.region_code = :regionCode AND coalesce(o.point_kind, '') = :pointKind", {
        regionCode: o.regionCode,
        pointKind: o.pointKind ?? '',
      })
      .andWhere('o.measure = :measure AND o.pilot_only = :pilotOnly', {
        measure: o.measure,
        pilotOnly: o.pilotOnly,
      })
      .getOne();
  }

  findVisibleForUpdate(caller: Caller, id: string, em: EntityManager): Promise<Obligation | null> {
    const qb = em.getRepository(Obligation).createQueryBuilder('o').where('o.id = :id', { id });
    return scopeToJurisdiction(caller, qb, 'o.region_code').setLock('pessimistic_write').getOne();
  }

  async delete(id: string, em: EntityManager): Promise<void> {
    await em.getRepository(Obligation).delete({ id });
  }

  /**
   * The obligations that may hold somewhere under `regionCode`: set on one of its ancestors (a
   * county's hold in its townships), on it, or below it — those the caller may see.
   */
  findInForceUnder(caller: Caller, regionCode: string): Promise<Obligation[]> {
    const ancestors = [6, 9, 12].filter((n) => n < regionCode.length).map((n) => regionCode.slice(0, n));
    const { from, to } = regionRange(regionCode);
    const qb = this.obligations
      .createQueryBuilder('o')
      .where('(o.region_code IN (:...ancestors) OR (o.region_code >= :from AND o.region_code < :to))', {
        ancestors: ancestors.length ? ancestors : ['-'],
        from,
        to,
      })
      .orderBy('o.region_code')
      .addOrderBy('o.measure');
    // An obligation set above the caller's own region binds their points too, so it is shown to them.
    return scopeQuery(qb, jurisdictionOrAbove(caller, qb)).getMany();
  }
}

/** The caller's region, or an ancestor of it (an obligation a county set binds its townships' officials). */
function jurisdictionOrAbove(
  caller: Caller,
  qb: { setParameter: (k: string, v: unknown) => unknown },
): string | null {
  const scope = jurisdictionScope(caller);
  if (scope.kind === 'everything') return null;
  if (scope.kind === 'nothing') return '1 = 0';
  const { from, to } = regionRange(scope.prefix);
  qb.setParameter('ownFrom', from);
  qb.setParameter('ownTo', to);
  qb.setParameter('ownRegion', scope.prefix);
  return `(o.region_code >= :ownFrom AND o.region_code < :ownTo) OR starts_with(:ownRegion, o.region_code)`;
}
