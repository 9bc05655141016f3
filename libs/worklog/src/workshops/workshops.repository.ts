import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { businessDayRange, type Caller, scopeToJurisdiction, whereRegionWithin } from '@app/core';
import type { WorkshopKind } from '../vocabulary';
import { Workshop } from './workshop.entity';

export type NewWorkshop = Omit<
  Workshop,
  'id' | 'voidedAt' | 'voidReason' | 'voidedBy' | 'source' | 'importId'
>;

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
    return repo.save(
      repo.create({
        ...data,
        voidedAt: null,
        voidReason: null,
        voidedBy: null,
        source: 'entry',
        importId: null,
      }),
    );
  }

  /** Many workshops in one statement (an import), each column as one array; the ids are made by the caller. */
  async insertMany(rows: Workshop[], em: EntityManager): Promise<void> {
    if (!rows.length) return;
    const col = <K extends keyof Workshop>(k: K) => rows.map((w) => w[k]);
    await em.query(
      `INSERT INTO workshop (id, service_point_id, region_code, held_at, topic, kind, audience_count, lecturer_id,
         recorded_by, created_at, updated_at, source, import_id)
       SELECT u.*, $9::uuid, $10::timestamptz, $10::timestamptz, $11::varchar, $12::uuid
         FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::timestamptz[], $5::varchar[], $6::varchar[],
                     $7::int[], $8::uuid[]) AS u`,
      [
        col('id'),
        col('servicePointId'),
        col('regionCode'),
        col('heldAt'),
        col('topic'),
        col('kind'),
        col('audienceCount'),
        col('lecturerId'),
        rows[0].recordedBy,
        rows[0].createdAt,
        rows[0].source,
        rows[0].importId,
      ],
    );
  }

  /** The live (not voided) workshops of an import, locked for the rest of the transaction. */
  findLiveOfImportForUpdate(importId: string, em: EntityManager): Promise<Workshop[]> {
    return em.getRepository(Workshop).find({
      where: { importId, voidedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Voids every live workshop of an import. */
  async voidOfImport(
    importId: string,
    fields: Pick<Workshop, 'voidedAt' | 'voidReason' | 'voidedBy' | 'updatedAt'>,
    em: EntityManager,
  ): Promise<void> {
    await em.getRepository(Workshop).update({ importId, voidedAt: IsNull() }, fields);
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

  /**
   * The live workshops of a register (法治讲座台账) in the caller's jurisdiction, oldest first: counted
   * first, and read only when there are at most `max` of them (else `rows` is empty).
   */
  async findForRegister(
    caller: Caller,
    f: { regionCode: string; from: string; to: string },
    max: number,
  ): Promise<{ total: number; rows: Workshop[] }> {
    const qb = scopeToJurisdiction(caller, this.workshops.createQueryBuilder('w'), 'w.region_code');
    whereRegionWithin(qb, 'w.region_code', f.regionCode);
    qb.andWhere('w.held_at >= :from AND w.held_at < :to', {
      from: businessDayRange(f.from).start,
      to: businessDayRange(f.to).end,
    }).andWhere('w.voided_at IS NULL');
    const total = await qb.getCount();
    if (total > max) return { total, rows: [] };
    return { total, rows: await qb.orderBy('w.held_at', 'ASC').addOrderBy('w.id', 'ASC').getMany() };
  }
}
