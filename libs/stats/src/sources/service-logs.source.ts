import { businessDate, type Topic } from '@app/core';
import { SERVICE_LOG, type ServiceLog, type ServiceLogType } from '@app/worklog';
import type { CounterKey } from '../metrics';
import type { StatFact } from './stat-fact';
import { businessDay } from './recount-sql-helpers';
import type { StatsSource } from './stats-source';

/** A service log as the statistics see it. Amounts in fen. */
export interface ServiceLogFacts {
  occurredAt: Date;
  servicePointId: string;
  regionCode: string;
  lawyerId: string;
  type: ServiceLogType;
  topic: Topic;
  peopleCount: number;
  resolved: boolean | null;
  amountInvolvedFen: number | null;
  contractAmountFen: number | null;
  voided: boolean;
  /** A phone follow-up (回访) reached the resident of this consultation. */
  followedUp?: boolean;
}

export function serviceLogFacts(log: ServiceLogFacts | null): StatFact[] {
  if (!log || log.voided) return [];
  const values: Partial<Record<CounterKey, number>> = {};
  switch (log.type) {
    case 'consultation':
      values.consultations = log.peopleCount;
      values.consultationsFollowedUp = log.followedUp ? log.peopleCount : 0;
      break;
    case 'document_drafting':
      values.documentsDrafted = 1;
      break;
    case 'legal_aid':
      values.legalAidReferrals = 1;
      break;
    case 'mediation':
      values.mediations = 1;
      values.mediationsResolved = log.resolved ? 1 : 0;
      values.mediationAmount = log.amountInvolvedFen ?? 0;
      break;
    case 'village_affairs':
      values.villageAffairs = 1;
      break;
    case 'contract_review':
      values.contractsReviewed = 1;
      values.contractAmount = log.contractAmountFen ?? 0;
      break;
    case 'grid_guidance':
      values.gridGuidance = 1;
      break;
  }
  return [
    {
      day: businessDate(log.occurredAt),
      servicePointId: log.servicePointId,
      regionCode: log.regionCode,
      lawyerId: log.lawyerId,
      topic: log.topic,
      values,
    },
  ];
}

/** What a service log adds to the statistics (nothing once voided). */
export function toServiceLogFacts(l: ServiceLog): StatFact[] {
  return serviceLogFacts({
    occurredAt: l.occurredAt,
    servicePointId: l.servicePointId,
    regionCode: l.regionCode,
    lawyerId: l.lawyerId,
    type: l.type,
    topic: l.topic,
    peopleCount: l.peopleCount,
    resolved: l.resolved,
    amountInvolvedFen: l.amountInvolvedFen,
    contractAmountFen: l.contractAmountFen,
    voided: l.voidedAt !== null,
    followedUp: l.followedUpAt !== null,
  });
}

/** The work log (工作日志): each entry counts on the business day it happened. */
export const serviceLogsSource: StatsSource<ServiceLog> = {
  kind: SERVICE_LOG,
  facts: toServiceLogFacts,
  recount: `
    SELECT l.region_code, ${businessDay('l.occurred_at')}, l.service_point_id, l.lawyer_id, l.topic::varchar, m.metric, m.value
      FROM service_log l
      CROSS JOIN LATERAL (VALUES
        ('consultations',      CASE WHEN l.type = 'consultation' THEN l.people_count END),
        ('documentsDrafted',   CASE WHEN l.type = 'document_drafting' THEN 1 END),
        ('legalAidReferrals',  CASE WHEN l.type = 'legal_aid' THEN 1 END),
        ('mediations',         CASE WHEN l.type = 'mediation' THEN 1 END),
        ('mediationsResolved', CASE WHEN l.type = 'mediation' AND l.resolved THEN 1 END),
        ('mediationAmount',    CASE WHEN l.type = 'mediation' THEN l.amount_involved_fen END),
        ('gridGuidance',       CASE WHEN l.type = 'grid_guidance' THEN 1 END),
        ('villageAffairs',     CASE WHEN l.type = 'village_affairs' THEN 1 END),
        ('contractsReviewed',  CASE WHEN l.type = 'contract_review' THEN 1 END),
        ('contractAmount',     CASE WHEN l.type = 'contract_review' THEN l.contract_amount_fen END),
        ('consultationsFollowedUp',
                               CASE WHEN l.type = 'consultation' AND l.followed_up_at IS NOT NULL THEN l.people_count END)
      ) AS m (metric, value)
     WHERE l.voided_at IS NULL AND m.value <> 0
       AND l.region_code >= $1 AND l.region_code < $2 AND l.occurred_at >= $5 AND l.occurred_at < $6`,
};
