import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { type Caller, regionRange, scopeToJurisdiction, whereRegionWithin } from '@app/core';
import { DutyShift, ShiftKind } from './duty-shift.entity';

export interface ShiftFilter {
  regionCode?: string;
  servicePointId?: string;
  lawyerId?: string;
  from?: string;
  to?: string;
  publishedOnly?: boolean;
  includeCancelled?: boolean;
  limit?: number;
}

export type NewShift = Pick<
  DutyShift,
  'servicePointId' | 'regionCode' | 'lawyerId' | 'date' | 'startsAt' | 'endsAt' | 'kind' | 'generated'
>;

@Injectable()
export class DutyShiftsRepository {
  constructor(@InjectRepository(DutyShift) private readonly shifts: Repository<DutyShift>) {}

  /** Shifts in the caller's jurisdiction, by date and start. */
  findMany(caller: Caller, f: ShiftFilter, em?: EntityManager): Promise<DutyShift[]> {
    const qb = scopeToJurisdiction(
      caller,
      (em?.getRepository(DutyShift) ?? this.shifts).createQueryBuilder('s'),
      's.region_code',
    );
    if (f.regionCode) whereRegionWithin(qb, 's.region_code', f.regionCode);
    if (f.servicePointId) qb.andWhere('s.service_point_id = :sp', { sp: f.servicePointId });
    if (f.lawyerId) qb.andWhere('s.lawyer_id = :lawyerId', { lawyerId: f.lawyerId });
    if (f.from) qb.andWhere('s.date >= :from', { from: f.from });
    if (f.to) qb.andWhere('s.date <= :to', { to: f.to });
    if (f.publishedOnly) qb.andWhere('s.published');
    if (!f.includeCancelled) qb.andWhere(`s.status = 'planned'`);
    qb.orderBy('s.date').addOrderBy('s.starts_at').addOrderBy('s.region_code');
    if (f.limit) qb.limit(f.limit);
    return qb.getMany();
  }

  /** Published, planned shifts at these points (public reads; not scoped). */
  findPublishedAt(pointIds: string[], from: string, to: string): Promise<DutyShift[]> {
    if (!pointIds.length) return Promise.resolve([]);
    return this.shifts
      .createQueryBuilder('s')
      .where(
        `s.service_point_id = ANY(:ids) AND s.status = 'planned' AND s.published AND s.date BETWEEN :from AND :to`,
        { ids: pointIds, from, to },
      )
      .orderBy('s.date')
      .addOrderBy('s.starts_at')
      .getMany();
  }

  /** A lawyer's published shifts, cancelled ones included, for the calendar feed (not scoped). */
  findPublishedOfLawyer(lawyerId: string, from: string, to: string): Promise<DutyShift[]> {
    return this.shifts
      .createQueryBuilder('s')
      .where('s.lawyer_id = :lawyerId AND s.published AND s.date BETWEEN :from AND :to', {
        lawyerId,
        from,
        to,
      })
      .orderBy('s.starts_at')
      .getMany();
  }

  /** The lawyer's planned shift running at `at`, or starting within `earlyMs` after it (not scoped). */
  findForSignIn(lawyerId: string, at: Date, earlyMs: number): Promise<DutyShift | null> {
    return this.shifts
      .createQueryBuilder('s')
      .where(
        `s.lawyer_id = :lawyerId AND s.status = 'planned' AND s.starts_at <= :late AND s.ends_at > :at`,
        {
          lawyerId,
          at,
          late: new Date(at.getTime() + earlyMs),
        },
      )
      .orderBy('abs(extract(epoch FROM s.starts_at - :at::timestamptz))')
      .getOne();
  }

  /** The lawyer's latest planned shift of a business day that started by `at` (not scoped). */
  findForSignOut(lawyerId: string, date: string, at: Date): Promise<DutyShift | null> {
    return this.shifts
      .createQueryBuilder('s')
      .where(`s.lawyer_id = :lawyerId AND s.status = 'planned' AND s.date = :date AND s.starts_at <= :at`, {
        lawyerId,
        date,
        at,
      })
      .orderBy('s.starts_at', 'DESC')
      .getOne();
  }

  /** Planned, published window shifts of `date` begun by `startedBy`, every region's (not scoped). */
  findWindowsBegunBy(date: string, startedBy: Date): Promise<DutyShift[]> {
    return this.shifts
      .createQueryBuilder('s')
      .where(`s.date = :date AND s.kind = 'window' AND s.status = 'planned' AND s.published`, { date })
      .andWhere('s.starts_at <= :startedBy', { startedBy })
      .orderBy('s.starts_at')
      .getMany();
  }

  /** Planned on-call shifts under a region on a business day, earliest first (not scoped). */
  findOnCallOn(prefix: string, date: string): Promise<DutyShift[]> {
    const qb = this.shifts
      .createQueryBuilder('s')
      .where(`s.date = :date AND s.kind = 'on_call' AND s.status = 'planned'`, { date });
    return whereRegionWithin(qb, 's.region_code', prefix).orderBy('s.starts_at').addOrderBy('s.id').getMany();
  }

  findByIdUnscoped(id: string): Promise<DutyShift | null> {
    return this.shifts.findOneBy({ id });
  }

  /** A lawyer's planned (not cancelled) shift at a point on a business day, the earliest (not scoped). */
  findPlannedOfLawyerAt(
    lawyerId: string,
    servicePointId: string,
    date: string,
    em?: EntityManager,
  ): Promise<DutyShift | null> {
    return (em?.getRepository(DutyShift) ?? this.shifts)
      .createQueryBuilder('s')
      .where(`s.lawyer_id = :lawyerId AND s.service_point_id = :servicePointId AND s.date = :date`, {
        lawyerId,
        servicePointId,
        date,
      })
      .andWhere(`s.status = 'planned'`)
      .orderBy('s.starts_at')
      .getOne();
  }

  findById(caller: Caller, id: string, em?: EntityManager): Promise<DutyShift | null> {
    const qb = (em?.getRepository(DutyShift) ?? this.shifts).createQueryBuilder('s');
    return scopeToJurisdiction(caller, qb, 's.region_code').andWhere('s.id = :id', { id }).getOne();
  }

  findByIdForUpdate(caller: Caller, id: string, em: EntityManager): Promise<DutyShift | null> {
    const qb = em.getRepository(DutyShift).createQueryBuilder('s');
    return scopeToJurisdiction(caller, qb, 's.region_code')
      .andWhere('s.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async insert(shift: NewShift, em: EntityManager): Promise<DutyShift> {
    const repo = em.getRepository(DutyShift);
    return repo.save(repo.create(shift));
  }

  /** Inserts many generated shifts in one statement per chunk; returns their ids in order. */
  async insertGenerated(rows: Omit<NewShift, 'generated'>[], em: EntityManager): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < rows.length; i += 5000) {
      const c = rows.slice(i, i + 5000);
      const inserted: { id: string }[] = await em.query(
        `INSERT INTO duty_shift (service_point_id, region_code, lawyer_id, date, starts_at, ends_at, kind, generated)
         SELECT *, true FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::date[], $5::timestamptz[], $6::timestamptz[], $7::varchar[])
         RETURNING id`,
        [
          c.map((r) => r.servicePointId),
          c.map((r) => r.regionCode),
          c.map((r) => r.lawyerId),
          c.map((r) => r.date),
          c.map((r) => r.startsAt.toISOString()),
          c.map((r) => r.endsAt.toISOString()),
          c.map((r) => r.kind),
        ],
      );
      ids.push(...inserted.map((r) => r.id));
    }
    return ids;
  }

  save(shift: DutyShift, em: EntityManager): Promise<DutyShift> {
    return em.getRepository(DutyShift).save(shift);
  }

  /**
   * Publishes the planned, unpublished shifts of a region and period at `at`; returns them. A pilot
   * visit goes with the period its ISO week belongs to (the week's Thursday), as generation and
   * coverage count it, even when it falls on a day just outside.
   */
  async publish(prefix: string, from: string, to: string, at: Date, em: EntityManager): Promise<DutyShift[]> {
    const { from: lo, to: hi } = regionRange(prefix);
    const [rows]: [{ id: string }[], number] = await em.query(
      `UPDATE duty_shift SET published = true, published_at = $5, updated_at = $5
        WHERE status = 'planned' AND NOT published
          AND region_code >= $3 AND region_code < $4
          AND (date BETWEEN $1 AND $2
               OR (kind = 'village_visit' AND date - (extract(isodow FROM date)::int - 1) + 3 BETWEEN $1 AND $2))
        RETURNING id`,
      [from, to, lo, hi, at],
    );
    return rows.length ? em.getRepository(DutyShift).findBy({ id: In(rows.map((r) => r.id)) }) : [];
  }

  /** Planned shifts of these lawyers that touch the period (for the generator to avoid overlaps). */
  findPlannedOfLawyers(
    lawyerIds: string[],
    from: Date,
    to: Date,
    em?: EntityManager,
  ): Promise<Pick<DutyShift, 'lawyerId' | 'startsAt' | 'endsAt' | 'servicePointId' | 'date' | 'kind'>[]> {
    if (!lawyerIds.length) return Promise.resolve([]);
    return (em?.getRepository(DutyShift) ?? this.shifts)
      .createQueryBuilder('s')
      .select(['s.lawyerId', 's.startsAt', 's.endsAt', 's.servicePointId', 's.date', 's.kind'])
      .where(`s.status = 'planned' AND s.lawyer_id = ANY(:ids) AND s.starts_at < :to AND s.ends_at > :from`, {
        ids: lawyerIds,
        from,
        to,
      })
      .getMany();
  }

  /** Planned shifts of a kind at these points in a date range: (point, date) pairs. */
  async findPlannedAt(
    pointIds: string[],
    kind: ShiftKind,
    from: string,
    to: string,
    em?: EntityManager,
  ): Promise<{ servicePointId: string; date: string }[]> {
    if (!pointIds.length) return [];
    return (em ?? this.shifts.manager).query(
      `SELECT service_point_id AS "servicePointId", date::text AS date FROM duty_shift
        WHERE status = 'planned' AND kind = $1 AND service_point_id = ANY($2) AND date BETWEEN $3 AND $4`,
      [kind, pointIds, from, to],
    );
  }

  /**
   * Planned window duty and village visits on these dates (under a region prefix when given),
   * whatever the caller's jurisdiction: a calendar change reaches every county it touches.
   */
  findStandingOn(dates: string[], prefix?: string, em?: EntityManager): Promise<DutyShift[]> {
    if (!dates.length) return Promise.resolve([]);
    const qb = (em?.getRepository(DutyShift) ?? this.shifts)
      .createQueryBuilder('s')
      .where(
        `s.status = 'planned' AND s.kind IN ('window', 'village_visit') AND s.date = ANY(:dates::date[])`,
        {
          dates,
        },
      );
    if (prefix) whereRegionWithin(qb, 's.region_code', prefix);
    return qb.orderBy('s.date').addOrderBy('s.region_code').addOrderBy('s.starts_at').getMany();
  }

  /**
   * Points with planned window duty in the month of each date but none on that date (the roster
   * of a month that was made before the date became a working day), whatever the caller's
   * jurisdiction, under a region prefix when given.
   */
  findWindowsMissingOn(
    dates: string[],
    em: EntityManager,
    prefix?: string,
  ): Promise<{ servicePointId: string; regionCode: string; date: string }[]> {
    if (!dates.length) return Promise.resolve([]);
    const { from, to } = prefix ? regionRange(prefix) : { from: '', to: '~' };
    return em.query(
      `SELECT DISTINCT s.service_point_id AS "servicePointId", s.region_code AS "regionCode", d.date::text AS date
         FROM unnest($1::date[]) AS d(date)
         JOIN duty_shift s ON s.kind = 'window' AND s.status = 'planned'
              AND s.date >= date_trunc('month', d.date)::date
              AND s.date < (date_trunc('month', d.date) + interval '1 month')::date
        WHERE s.region_code >= $2 AND s.region_code < $3
          AND NOT EXISTS (SELECT 1 FROM duty_shift w
                           WHERE w.service_point_id = s.service_point_id AND w.kind = 'window'
                             AND w.status = 'planned' AND w.date = d.date)
        ORDER BY date, "regionCode"`,
      [dates, from, to],
    );
  }

  /** Marks shifts as standing on a day off on purpose (an official confirmed it). */
  async confirmDayOff(ids: string[], by: string | null, at: Date, em: EntityManager): Promise<void> {
    if (!ids.length) return;
    await em.query(
      `UPDATE duty_shift SET day_off_confirmed_at = $2, day_off_confirmed_by = $3, updated_at = $2 WHERE id = ANY($1::uuid[])`,
      [ids, at, by],
    );
  }
}
