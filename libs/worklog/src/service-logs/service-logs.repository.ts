import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { businessDayRange, type Caller, whereRegionWithin } from '@app/core';
import type { Topic } from '@app/core';
import type { ServiceLogType } from '../vocabulary';
import { scopeToViewer } from '../scope';
import { ServiceLog } from './service-log.entity';
import { ServiceLogFollowUp } from './service-log-follow-up.entity';

export type NewServiceLog = Omit<
  ServiceLog,
  'id' | 'voidedAt' | 'voidReason' | 'voidedBy' | 'followedUpAt' | 'source' | 'importId'
>;

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
      repo.create({
        ...data,
        voidedAt: null,
        voidReason: null,
        voidedBy: null,
        followedUpAt: null,
        source: 'entry',
        importId: null,
      }),
    );
  }

  /**
   * Many entries in one statement (an import): each column as one array, unnested; the ids are made
   * by the caller. A multi-row VALUES list would need a parameter per field (PostgreSQL allows 65,535).
   */
  async insertMany(logs: ServiceLog[], em: EntityManager): Promise<void> {
    if (!logs.length) return;
    const col = <K extends keyof ServiceLog>(k: K) => logs.map((l) => l[k]);
    await em.query(
      `INSERT INTO service_log (id, type, topic, service_point_id, region_code, lawyer_id, occurred_at, people_count,
         summary, outcome, follow_up, amount_involved_fen, resolved, contract_amount_fen, recorded_by, created_at,
         updated_at, source, import_id)
       SELECT u.*, $15::uuid, $16::timestamptz, $16::timestamptz, $17::varchar, $18::uuid
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[], $5::varchar[], $6::uuid[],
                     $7::timestamptz[], $8::int[], $9::varchar[], $10::varchar[], $11::boolean[], $12::bigint[],
                     $13::boolean[], $14::bigint[]) AS u`,
      [
        col('id'),
        col('type'),
        col('topic'),
        col('servicePointId'),
        col('regionCode'),
        col('lawyerId'),
        col('occurredAt'),
        col('peopleCount'),
        col('summary'),
        col('outcome'),
        col('followUp'),
        col('amountInvolvedFen'),
        col('resolved'),
        col('contractAmountFen'),
        logs[0].recordedBy,
        logs[0].createdAt,
        logs[0].source,
        logs[0].importId,
      ],
    );
  }

  /** The live (not voided) entries of an import, locked for the rest of the transaction. */
  findLiveOfImportForUpdate(importId: string, em: EntityManager): Promise<ServiceLog[]> {
    return em.getRepository(ServiceLog).find({
      where: { importId, voidedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Voids every live entry of an import. */
  async voidOfImport(
    importId: string,
    fields: Pick<ServiceLog, 'voidedAt' | 'voidReason' | 'voidedBy' | 'updatedAt'>,
    em: EntityManager,
  ): Promise<void> {
    await em.getRepository(ServiceLog).update({ importId, voidedAt: IsNull() }, fields);
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

  /**
   * The live entries of a register (工作日志, 合同审核台账) in the caller's view, oldest first: counted
   * first, and read only when there are at most `max` of them (else `rows` is empty).
   */
  async findForRegister(
    caller: Caller,
    f: { regionCode: string; from: string; to: string; type?: ServiceLogType },
    max: number,
  ): Promise<{ total: number; rows: ServiceLog[] }> {
    const qb = scopeToViewer(caller, this.logs.createQueryBuilder('l'), 'l.region_code', 'l.lawyer_id');
    whereRegionWithin(qb, 'l.region_code', f.regionCode);
    qb.andWhere('l.occurred_at >= :from AND l.occurred_at < :to', {
      from: businessDayRange(f.from).start,
      to: businessDayRange(f.to).end,
    }).andWhere('l.voided_at IS NULL');
    if (f.type) qb.andWhere('l.type = :type', { type: f.type });
    const total = await qb.getCount();
    if (total > max) return { total, rows: [] };
    return { total, rows: await qb.orderBy('l.occurred_at', 'ASC').addOrderBy('l.id', 'ASC').getMany() };
  }
}
