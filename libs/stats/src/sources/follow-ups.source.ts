import { businessDate } from '@app/core';
import { SERVICE_LOG_FOLLOW_UP, type ServiceLogFollowUp } from '@app/worklog';
import type { CounterKey } from '../metrics';
import type { StatFact } from './stat-fact';
import { businessDay } from './recount-sql-helpers';
import type { StatsSource } from './stats-source';

/** A phone follow-up as the statistics see it. */
export interface FollowUpFacts {
  calledAt: Date;
  servicePointId: string;
  regionCode: string;
  lawyerId: string;
  topic: ServiceLogFollowUp['topic'];
  reached: boolean;
  satisfied: boolean | null;
}

export function followUpFacts(f: FollowUpFacts | null): StatFact[] {
  if (!f) return [];
  const values: Partial<Record<CounterKey, number>> = {
    followUps: 1,
    followUpsReached: f.reached ? 1 : 0,
    followUpsSatisfied: f.reached && f.satisfied === true ? 1 : 0,
    followUpsUnsatisfied: f.reached && f.satisfied === false ? 1 : 0,
  };
  return [
    {
      day: businessDate(f.calledAt),
      servicePointId: f.servicePointId,
      regionCode: f.regionCode,
      lawyerId: f.lawyerId,
      topic: f.topic,
      values,
    },
  ];
}

/**
 * Phone follow-ups (电话回访) of consultations: each call on its own business day, at the
 * consultation's point, for its lawyer and topic (as they were when called). Calls are never changed.
 */
export const followUpsSource: StatsSource<ServiceLogFollowUp> = {
  kind: SERVICE_LOG_FOLLOW_UP,
  facts: (f) => followUpFacts(f),
  recount: `
    SELECT f.region_code, ${businessDay('f.called_at')}, f.service_point_id, f.lawyer_id, f.topic::varchar, m.metric, m.value
      FROM service_log_follow_up f
      CROSS JOIN LATERAL (VALUES
        ('followUps',            1),
        ('followUpsReached',     CASE WHEN f.reached THEN 1 END),
        ('followUpsSatisfied',   CASE WHEN f.reached AND f.satisfied THEN 1 END),
        ('followUpsUnsatisfied', CASE WHEN f.reached AND NOT f.satisfied THEN 1 END)
      ) AS m (metric, value)
     WHERE m.value <> 0
       AND f.region_code >= $1 AND f.region_code < $2 AND f.called_at >= $5 AND f.called_at < $6`,
};
