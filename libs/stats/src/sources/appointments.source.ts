import { businessDate, type Topic, TOPICS } from '@app/core';
import {
  APPOINTMENT,
  type AppointmentRecord,
  COUNTED_APPOINTMENT_STATUSES,
  isCountedAppointmentStatus,
} from '@app/booking';
import type { CounterKey } from '../metrics';
import type { StatFact } from './stat-fact';
import { businessDay, sqlList } from './recount-sql-helpers';
import type { StatsSource } from './stats-source';

/**
 * An appointment as the statistics see it: counted on its slot's business day at its service point,
 * for the lawyer of its shift, unless cancelled or waiting to be moved (its shift was cancelled).
 */
export interface AppointmentFacts {
  startsAt: Date;
  servicePointId: string;
  regionCode: string;
  lawyerId: string | null;
  topic: string;
  status: string;
  rating: number | null;
  /** Where the rating came from: the app, or the SMS link after completion. */
  ratingSource?: string | null;
}

export function appointmentFacts(a: AppointmentFacts | null): StatFact[] {
  if (!a || !isCountedAppointmentStatus(a.status)) return [];
  const values: Partial<Record<CounterKey, number>> = {
    appointments: 1,
    appointmentsCompleted: a.status === 'completed' ? 1 : 0,
    noShows: a.status === 'no_show' ? 1 : 0,
    ratings: a.rating !== null ? 1 : 0,
    ratingsSatisfied: a.rating !== null && a.rating >= 4 ? 1 : 0,
    ratingsViaSms: a.rating !== null && a.ratingSource === 'sms_link' ? 1 : 0,
    ratingsViaSmsSatisfied: a.rating !== null && a.rating >= 4 && a.ratingSource === 'sms_link' ? 1 : 0,
  };
  return [
    {
      day: businessDate(a.startsAt),
      servicePointId: a.servicePointId,
      regionCode: a.regionCode,
      lawyerId: a.lawyerId,
      topic: (TOPICS as readonly string[]).includes(a.topic) ? (a.topic as Topic) : null,
      values,
    },
  ];
}

/** Appointments (预约): counted on the slot's day for the shift's lawyer while they stand; their ratings by source. */
export const appointmentsSource: StatsSource<AppointmentRecord> = {
  kind: APPOINTMENT,
  facts: (a) => appointmentFacts(a),
  recount: `
    SELECT a.region_code, ${businessDay('a.starts_at')}, a.service_point_id, a.lawyer_id,
           CASE WHEN a.topic IN (${sqlList(TOPICS)}) THEN a.topic::varchar END, m.metric, m.value
      FROM appointment a
      CROSS JOIN LATERAL (VALUES
        ('appointments',          1),
        ('appointmentsCompleted', CASE WHEN a.status = 'completed' THEN 1 END),
        ('noShows',               CASE WHEN a.status = 'no_show' THEN 1 END),
        ('ratings',               CASE WHEN a.rating IS NOT NULL THEN 1 END),
        ('ratingsSatisfied',      CASE WHEN a.rating >= 4 THEN 1 END),
        ('ratingsViaSms',         CASE WHEN a.rating IS NOT NULL AND a.rating_source = 'sms_link' THEN 1 END),
        ('ratingsViaSmsSatisfied', CASE WHEN a.rating >= 4 AND a.rating_source = 'sms_link' THEN 1 END)
      ) AS m (metric, value)
     WHERE a.status IN (${sqlList(COUNTED_APPOINTMENT_STATUSES)}) AND m.value <> 0
       AND a.region_code >= $1 AND a.region_code < $2 AND a.starts_at >= $5 AND a.starts_at < $6`,
};
