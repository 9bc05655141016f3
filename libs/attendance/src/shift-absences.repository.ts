import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { type Caller, scopeToJurisdiction } from '@app/core';
import { ShiftAbsence } from './shift-absence.entity';

export type NewShiftAbsence = Omit<ShiftAbsence, 'id' | 'acceptedBy' | 'acceptedAt'>;

@Injectable()
export class ShiftAbsencesRepository {
  constructor(@InjectRepository(ShiftAbsence) private readonly absences: Repository<ShiftAbsence>) {}

  /** Inserts the shift's absence unless it has one already; returns the new row or null. */
  async insertOnce(a: NewShiftAbsence, em: EntityManager): Promise<ShiftAbsence | null> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO shift_absence (shift_id, lawyer_id, region_code, date, detected_at, standby_lawyer_id, standby_source, official_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (shift_id) DO NOTHING RETURNING id`,
      [
        a.shiftId,
        a.lawyerId,
        a.regionCode,
        a.date,
        a.detectedAt,
        a.standbyLawyerId,
        a.standbySource,
        a.officialId,
      ],
    );
    return rows.length ? em.getRepository(ShiftAbsence).findOneByOrFail({ id: rows[0].id }) : null;
  }

  /** The shifts among these that have an absence recorded already. */
  async shiftsWithAbsence(shiftIds: string[]): Promise<Set<string>> {
    if (!shiftIds.length) return new Set();
    const rows = await this.absences.find({ where: { shiftId: In(shiftIds) }, select: { shiftId: true } });
    return new Set(rows.map((r) => r.shiftId));
  }

  ofShifts(shiftIds: string[]): Promise<ShiftAbsence[]> {
    if (!shiftIds.length) return Promise.resolve([]);
    return this.absences.findBy({ shiftId: In(shiftIds) });
  }

  findByIdForUpdate(caller: Caller, id: string, em: EntityManager): Promise<ShiftAbsence | null> {
    const qb = em.getRepository(ShiftAbsence).createQueryBuilder('a');
    return scopeToJurisdiction(caller, qb, 'a.region_code')
      .andWhere('a.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  list(caller: Caller, f: { from: string; to: string; standbyLawyerId?: string }): Promise<ShiftAbsence[]> {
    const qb = this.absences.createQueryBuilder('a');
    scopeToJurisdiction(caller, qb, 'a.region_code').andWhere('a.date >= :from AND a.date <= :to', f);
    if (f.standbyLawyerId) qb.andWhere('a.standby_lawyer_id = :s', { s: f.standbyLawyerId });
    return qb.orderBy('a.detected_at', 'DESC').limit(500).getMany();
  }

  save(a: ShiftAbsence, em: EntityManager): Promise<ShiftAbsence> {
    return em.getRepository(ShiftAbsence).save(a);
  }
}
