import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, businessInstant, type Caller, jurisdictionSql, regionRange } from '@app/core';
import type { PointKind } from './rules/obligation-rules';
import type { PublishedShift } from './rules/delivery';

/** An advisor answering for a point: a village's advisor (一村一顾问), or a lawyer on window duty at a centre. */
export interface QuotaSubject {
  lawyerId: string;
  lawyerName: string;
  servicePointId: string;
  pointName: string;
  regionCode: string;
  regionName: string;
  pointKind: PointKind;
  isPilot: boolean;
}

/** A key for a lawyer at a point. */
export const subjectKey = (lawyerId: string, servicePointId: string) => `${lawyerId}|${servicePointId}`;

export interface PeriodRange {
  from: string;
  to: string;
}

/**
 * The reads supervision makes of the roster, the work log and the bookings: one SQL statement each,
 * for the subjects' points in the period, every one under the caller's jurisdiction. Sign-ins are
 * not read here: attendance evaluates them (AttendanceService), so that a sign-in counts here exactly
 * when it counts there.
 */
@Injectable()
export class SupervisionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Who answers for which point under `regionCode` in the period: each village's advisor (an
   * assignment in force at some time in it), and each lawyer with a planned window shift at a
   * township or county centre; only `lawyerId`'s when given.
   */
  async subjects(
    caller: Caller,
    regionCode: string,
    period: PeriodRange,
    lawyerId?: string,
  ): Promise<QuotaSubject[]> {
    const { from, to } = regionRange(regionCode);
    const scope = jurisdictionSql(caller, 'p.region_code', 6);
    const rows = await this.dataSource.query<QuotaSubject[]>(
      `WITH answering AS (
         SELECT a.lawyer_id, a.service_point_id
           FROM advisor_assignment a
          WHERE a.valid_from <= $4::date AND (a.valid_to IS NULL OR a.valid_to >= $3::date)
         UNION
         SELECT d.lawyer_id, d.service_point_id
           FROM duty_shift d JOIN service_point c ON c.id = d.service_point_id
          WHERE c.kind <> 'village_point' AND d.kind = 'window' AND d.status = 'planned'
            AND d.date BETWEEN $3::date AND $4::date
            AND d.region_code >= $1 AND d.region_code < $2)
       SELECT w.lawyer_id AS "lawyerId", s.name AS "lawyerName", p.id AS "servicePointId", p.name AS "pointName",
              p.region_code AS "regionCode", r.name AS "regionName", p.kind AS "pointKind", p.is_pilot AS "isPilot"
         FROM answering w
         JOIN service_point p ON p.id = w.service_point_id
         JOIN staff s ON s.id = w.lawyer_id
         JOIN region r ON r.code = p.region_code
        WHERE p.region_code >= $1 AND p.region_code < $2 AND p.active
          AND ($5::uuid IS NULL OR w.lawyer_id = $5::uuid)
          AND ${scope.sql}
        ORDER BY p.region_code, p.name, s.name, w.lawyer_id`,
      [from, to, period.from, period.to, lawyerId ?? null, ...scope.params],
    );
    return rows;
  }

  /** The business days with a live work-log entry of each lawyer at each point, by subject key. */
  async logDays(subjects: QuotaSubject[], period: PeriodRange): Promise<Map<string, string[]>> {
    const rows = await this.dataSource.query<
      { lawyer_id: string; service_point_id: string; days: string[] }[]
    >(
      `SELECT l.lawyer_id, l.service_point_id, array_agg(DISTINCT to_char(l.occurred_at::date, 'YYYY-MM-DD')) AS days
         FROM service_log l
         JOIN unnest($1::uuid[], $2::uuid[]) AS s(lawyer_id, point_id)
           ON s.lawyer_id = l.lawyer_id AND s.point_id = l.service_point_id
        WHERE l.voided_at IS NULL AND l.occurred_at >= $3 AND l.occurred_at < $4
        GROUP BY l.lawyer_id, l.service_point_id`,
      [...pairs(subjects), ...instants(period)],
    );
    return new Map(rows.map((r) => [subjectKey(r.lawyer_id, r.service_point_id), r.days]));
  }

  /** Live work-log entries of each lawyer at each point by type (entries; consultations also as 人次). */
  async servicesByType(
    subjects: QuotaSubject[],
    period: PeriodRange,
  ): Promise<Map<string, { type: string; entries: number; people: number }[]>> {
    const rows = await this.dataSource.query<
      { lawyer_id: string; service_point_id: string; type: string; entries: number; people: number }[]
    >(
      `SELECT l.lawyer_id, l.service_point_id, l.type, count(*)::int AS entries, sum(l.people_count)::int AS people
         FROM service_log l
         JOIN unnest($1::uuid[], $2::uuid[]) AS s(lawyer_id, point_id)
           ON s.lawyer_id = l.lawyer_id AND s.point_id = l.service_point_id
        WHERE l.voided_at IS NULL AND l.occurred_at >= $3 AND l.occurred_at < $4
        GROUP BY l.lawyer_id, l.service_point_id, l.type`,
      [...pairs(subjects), ...instants(period)],
    );
    const out = new Map<string, { type: string; entries: number; people: number }[]>();
    for (const r of rows) {
      const key = subjectKey(r.lawyer_id, r.service_point_id);
      out.set(key, [...(out.get(key) ?? []), { type: r.type, entries: r.entries, people: r.people }]);
    }
    return out;
  }

  /** Live lectures (workshops of kind lecture) each lawyer gave at each point, by subject key. */
  async lectures(subjects: QuotaSubject[], period: PeriodRange): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<{ lecturer_id: string; service_point_id: string; n: number }[]>(
      `SELECT w.lecturer_id, w.service_point_id, count(*)::int AS n
         FROM workshop w
         JOIN unnest($1::uuid[], $2::uuid[]) AS s(lawyer_id, point_id)
           ON s.lawyer_id = w.lecturer_id AND s.point_id = w.service_point_id
        WHERE w.voided_at IS NULL AND w.kind = 'lecture' AND w.held_at >= $3 AND w.held_at < $4
        GROUP BY w.lecturer_id, w.service_point_id`,
      [...pairs(subjects), ...instants(period)],
    );
    return new Map(rows.map((r) => [subjectKey(r.lecturer_id, r.service_point_id), r.n]));
  }

  /** The published, planned shifts of each lawyer at each point in the period, by subject key. */
  async publishedShifts(
    subjects: QuotaSubject[],
    period: PeriodRange,
  ): Promise<Map<string, PublishedShift[]>> {
    const rows = await this.dataSource.query<
      {
        id: string;
        lawyer_id: string;
        service_point_id: string;
        date: string;
        starts_at: Date;
        ends_at: Date;
      }[]
    >(
      `SELECT d.id, d.lawyer_id, d.service_point_id, to_char(d.date, 'YYYY-MM-DD') AS date, d.starts_at, d.ends_at
         FROM duty_shift d
         JOIN unnest($1::uuid[], $2::uuid[]) AS s(lawyer_id, point_id)
           ON s.lawyer_id = d.lawyer_id AND s.point_id = d.service_point_id
        WHERE d.published AND d.status = 'planned' AND d.date BETWEEN $3::date AND $4::date
        ORDER BY d.starts_at`,
      [...pairs(subjects), period.from, period.to],
    );
    const out = new Map<string, PublishedShift[]>();
    for (const r of rows) {
      const key = subjectKey(r.lawyer_id, r.service_point_id);
      out.set(key, [
        ...(out.get(key) ?? []),
        { shiftId: r.id, date: r.date, startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at) },
      ]);
    }
    return out;
  }

  /** Residents' ratings (1–5) of completed appointments with each lawyer at each point: how many and their mean. */
  async ratings(
    subjects: QuotaSubject[],
    period: PeriodRange,
  ): Promise<Map<string, { count: number; sum: number }>> {
    const rows = await this.dataSource.query<
      { lawyer_id: string; service_point_id: string; n: number; total: number }[]
    >(
      `SELECT a.lawyer_id, a.service_point_id, count(*)::int AS n, sum(a.rating)::int AS total
         FROM appointment a
         JOIN unnest($1::uuid[], $2::uuid[]) AS s(lawyer_id, point_id)
           ON s.lawyer_id = a.lawyer_id AND s.point_id = a.service_point_id
        WHERE a.rating IS NOT NULL AND a.starts_at >= $3 AND a.starts_at < $4
        GROUP BY a.lawyer_id, a.service_point_id`,
      [...pairs(subjects), ...instants(period)],
    );
    return new Map(
      rows.map((r) => [subjectKey(r.lawyer_id, r.service_point_id), { count: r.n, sum: r.total }]),
    );
  }
}

function pairs(subjects: QuotaSubject[]): [string[], string[]] {
  return [subjects.map((s) => s.lawyerId), subjects.map((s) => s.servicePointId)];
}

/** A period's [start, end) as instants of Asia/Shanghai business days. */
function instants(period: PeriodRange): [Date, Date] {
  return [businessInstant(period.from), businessInstant(addDays(period.to, 1))];
}
