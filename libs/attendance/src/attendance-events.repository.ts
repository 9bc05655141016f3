import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { type Caller, regionRange, scopeToJurisdiction, whereRegionWithin } from '@app/core';
import { AttendanceEvent, PENDING_REVIEW } from './attendance-event.entity';

/** A service point on a business day. */
export interface WindowDay {
  servicePointId: string;
  day: string;
}

/** Who sits at a window on a day (坐诊): the lawyers signed in for a planned window shift of theirs there. */
export interface WindowSitting extends WindowDay {
  regionCode: string;
  lawyerIds: string[];
}

export type NewAttendanceEvent = Omit<AttendanceEvent, 'id' | 'receivedAt' | 'requestId'> & {
  requestId?: string | null;
};

const COLUMNS = [
  'type',
  'lawyer_id',
  'region_code',
  'service_point_id',
  'shift_id',
  'at',
  'date',
  'client_time',
  'lat',
  'lng',
  'accuracy_m',
  'distance_m',
  'inside_geofence',
  'status',
  'flags',
  'source',
  'idempotency_key',
  'request_digest',
  'voids_event_id',
  'reviews_event_id',
  'reason',
  'recorded_by',
  'request_id',
  'proof',
  'qr_digest',
  'qr_window_start',
];

/**
 * SQL condition: the event `alias` counts — no void cancels it, and it does not await review nor was
 * refused (a sign-in sent later than ATTENDANCE_MAX_DELAY_HOURS counts only once accepted).
 */
export function countsSql(alias: string): string {
  return `NOT EXISTS (SELECT 1 FROM attendance_event v WHERE v.voids_event_id = ${alias}.id)
    AND (${alias}.status <> '${PENDING_REVIEW}'
         OR EXISTS (SELECT 1 FROM attendance_event a WHERE a.reviews_event_id = ${alias}.id AND a.type = 'accept'))`;
}

export type ReviewState = 'pending' | 'accepted' | 'refused';

@Injectable()
export class AttendanceEventsRepository {
  constructor(@InjectRepository(AttendanceEvent) private readonly events: Repository<AttendanceEvent>) {}

  findByIdempotencyKey(key: string, em?: EntityManager): Promise<AttendanceEvent | null> {
    return (em?.getRepository(AttendanceEvent) ?? this.events).findOneBy({ idempotencyKey: key });
  }

  /**
   * Inserts unless an event with the same idempotency key exists (also one being written by a
   * concurrent repeat, which this waits for); returns the new event or null.
   */
  async insertOnce(e: NewAttendanceEvent, em: EntityManager): Promise<AttendanceEvent | null> {
    const values = [
      e.type,
      e.lawyerId,
      e.regionCode,
      e.servicePointId,
      e.shiftId,
      e.at,
      e.date,
      e.clientTime,
      e.lat,
      e.lng,
      e.accuracyM,
      e.distanceM,
      e.insideGeofence,
      e.status,
      e.flags,
      e.source,
      e.idempotencyKey,
      e.requestDigest,
      e.voidsEventId,
      e.reviewsEventId,
      e.reason,
      e.recordedBy,
      e.requestId ?? null,
      e.proof,
      e.qrDigest,
      e.qrWindowStart,
    ];
    const rows: { id: string }[] = await em.query(
      `INSERT INTO attendance_event (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      values,
    );
    return rows.length ? em.getRepository(AttendanceEvent).findOneByOrFail({ id: rows[0].id }) : null;
  }

  /**
   * Whether a sign-in or sign-out already used this QR code (by its digest). Takes a transaction-long
   * lock on the digest first, so that two uploads of the same code at once are told apart too.
   */
  async qrCodeUsed(digest: string, em: EntityManager): Promise<boolean> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 19))`, [digest]);
    const rows: unknown[] = await em.query(`SELECT 1 FROM attendance_event WHERE qr_digest = $1 LIMIT 1`, [
      digest,
    ]);
    return rows.length > 0;
  }

  findById(caller: Caller, id: string, em?: EntityManager): Promise<AttendanceEvent | null> {
    const qb = (em?.getRepository(AttendanceEvent) ?? this.events).createQueryBuilder('e');
    return scopeToJurisdiction(caller, qb, 'e.region_code').andWhere('e.id = :id', { id }).getOne();
  }

  isVoided(id: string, em?: EntityManager): Promise<boolean> {
    return (em?.getRepository(AttendanceEvent) ?? this.events).exists({ where: { voidsEventId: id } });
  }

  /** Sign-ins and sign-outs of these shifts that count (see `countsSql`). */
  findLiveOfShifts(shiftIds: string[], em?: EntityManager): Promise<AttendanceEvent[]> {
    if (!shiftIds.length) return Promise.resolve([]);
    return (em?.getRepository(AttendanceEvent) ?? this.events)
      .createQueryBuilder('e')
      .where(`e.shift_id = ANY(:ids) AND e.type IN ('check_in', 'check_out')`, { ids: shiftIds })
      .andWhere(countsSql('e'))
      .orderBy('e.at')
      .getMany();
  }

  /** A lawyer's sign-ins of a business day that count (for matching a sign-out). */
  findLiveCheckIns(lawyerId: string, date: string): Promise<AttendanceEvent[]> {
    return this.events
      .createQueryBuilder('e')
      .where(`e.lawyer_id = :lawyerId AND e.date = :date AND e.type = 'check_in'`, { lawyerId, date })
      .andWhere(countsSql('e'))
      .orderBy('e.at', 'DESC')
      .getMany();
  }

  /**
   * Where each of these events stands in review: `pending`, `accepted` or `refused` for a sign-in
   * sent too late (status pending_review); events that never needed review are not in the map.
   */
  async reviewStates(events: AttendanceEvent[], em?: EntityManager): Promise<Map<string, ReviewState>> {
    const ids = events.filter((e) => e.status === PENDING_REVIEW).map((e) => e.id);
    const states = new Map<string, ReviewState>(ids.map((id) => [id, 'pending']));
    if (!ids.length) return states;
    const rows: { reviews_event_id: string; type: 'accept' | 'refuse' }[] = await (
      em ?? this.events.manager
    ).query(`SELECT reviews_event_id, type FROM attendance_event WHERE reviews_event_id = ANY($1::uuid[])`, [
      ids,
    ]);
    for (const r of rows) states.set(r.reviews_event_id, r.type === 'accept' ? 'accepted' : 'refused');
    return states;
  }

  /**
   * Sign-ins and sign-outs awaiting an official's decision, in the caller's jurisdiction, oldest first.
   */
  findPendingReview(
    caller: Caller,
    f: {
      regionCode?: string;
      lawyerId?: string;
      limit: number;
    },
  ): Promise<AttendanceEvent[]> {
    const qb = scopeToJurisdiction(caller, this.events.createQueryBuilder('e'), 'e.region_code')
      .andWhere('e.status = :pending', { pending: PENDING_REVIEW })
      .andWhere('NOT EXISTS (SELECT 1 FROM attendance_event d WHERE d.reviews_event_id = e.id)');
    if (f.regionCode) whereRegionWithin(qb, 'e.region_code', f.regionCode);
    if (f.lawyerId) qb.andWhere('e.lawyer_id = :lawyerId', { lawyerId: f.lawyerId });
    return qb.orderBy('e.at').limit(f.limit).getMany();
  }

  /** Events in the caller's jurisdiction, optionally only flagged ones (the officials' exception list). */
  findMany(
    caller: Caller,
    f: {
      regionCode?: string;
      lawyerId?: string;
      from: string;
      to: string;
      flaggedOnly?: boolean;
      limit: number;
    },
  ): Promise<AttendanceEvent[]> {
    const qb = scopeToJurisdiction(caller, this.events.createQueryBuilder('e'), 'e.region_code').andWhere(
      'e.date BETWEEN :from AND :to',
      f,
    );
    if (f.regionCode) whereRegionWithin(qb, 'e.region_code', f.regionCode);
    if (f.lawyerId) qb.andWhere('e.lawyer_id = :lawyerId', { lawyerId: f.lawyerId });
    if (f.flaggedOnly) qb.andWhere(`cardinality(e.flags) > 0`);
    return qb.orderBy('e.at', 'DESC').limit(f.limit).getMany();
  }

  /**
   * Who sits at these windows on these days (坐诊), as the statistics count it: per point, day and
   * region code of a window shift there, the lawyers with a sign-in that counts for a planned window
   * shift of their own (an empty list when nobody has one).
   */
  async windowSittings(pointDays: WindowDay[], em: EntityManager): Promise<WindowSitting[]> {
    const rows: { service_point_id: string; day: string; region_code: string; lawyer_ids: string[] }[] =
      await em.query(
        `SELECT s.service_point_id, to_char(s.date, 'YYYY-MM-DD') AS day, s.region_code,
                coalesce(array_agg(DISTINCT s.lawyer_id::text) FILTER (WHERE s.status = 'planned' AND EXISTS (
                  SELECT 1 FROM attendance_event e
                   WHERE e.shift_id = s.id AND e.type = 'check_in' AND e.lawyer_id = s.lawyer_id
                     AND ${countsSql('e')})), '{}'::text[]) AS lawyer_ids
           FROM duty_shift s
           JOIN unnest($1::uuid[], $2::date[]) AS k (service_point_id, day)
             ON s.service_point_id = k.service_point_id AND s.date = k.day
          WHERE s.kind = 'window'
          GROUP BY s.service_point_id, s.date, s.region_code`,
        [pointDays.map((p) => p.servicePointId), pointDays.map((p) => p.day)],
      );
    return rows.map((r) => ({
      servicePointId: r.service_point_id,
      day: r.day,
      regionCode: r.region_code,
      lawyerIds: r.lawyer_ids,
    }));
  }

  /**
   * 坐诊天数: distinct (service point, day) with a window shift whose lawyer has a sign-in for it that counts.
   */
  async countDutyDays(prefix: string, from: string, to: string): Promise<number> {
    const { from: lo, to: hi } = regionRange(prefix);
    const [row] = await this.events.query(
      `SELECT count(DISTINCT (s.service_point_id, s.date)) AS n
         FROM duty_shift s
         JOIN attendance_event e ON e.shift_id = s.id AND e.type = 'check_in' AND e.lawyer_id = s.lawyer_id
        WHERE s.kind = 'window' AND s.status = 'planned' AND s.date BETWEEN $1 AND $2
          AND s.region_code >= $3 AND s.region_code < $4
          AND ${countsSql('e')}`,
      [from, to, lo, hi],
    );
    return Number(row.n);
  }
}
