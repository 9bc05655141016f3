import { businessDate } from '@app/core';
import { LEGAL_AID_CASE, type LegalAidCaseRecord } from '@app/legal-aid';
import type { StatFact } from './stat-fact';
import { businessDay } from './recount-sql-helpers';
import type { StatsSource } from './stats-source';

/**
 * A legal-aid case as the statistics see it: counted once accepted, on the decision's day at the
 * service point that took it in; the amount recovered on the closing day. `lawyerId` is the lawyer
 * assigned (null until assigned), so a reassignment moves the case in the per-lawyer breakdown.
 */
export interface LegalAidFacts {
  servicePointId: string;
  regionCode: string;
  lawyerId: string | null;
  acceptedAt: Date | null;
  closedAt: Date | null;
  amountRecoveredFen: number | null;
}

export function legalAidFacts(c: LegalAidFacts | null): StatFact[] {
  if (!c) return [];
  const facts: StatFact[] = [];
  const at = (instant: Date, values: StatFact['values']): StatFact => ({
    day: businessDate(instant),
    servicePointId: c.servicePointId,
    regionCode: c.regionCode,
    lawyerId: c.lawyerId,
    topic: null,
    values,
  });
  if (c.acceptedAt) facts.push(at(c.acceptedAt, { legalAidCases: 1 }));
  if (c.closedAt && c.amountRecoveredFen)
    facts.push(at(c.closedAt, { legalAidRecovered: c.amountRecoveredFen }));
  return facts;
}

/** The statistics' view of a case: counted once accepted, on the decision day, where it was taken in. */
export function toLegalAidFacts(c: LegalAidCaseRecord): StatFact[] {
  // A case voided with its withdrawn import counts nowhere.
  if (c.voided_at) return [];
  return legalAidFacts({
    servicePointId: c.service_point_id,
    regionCode: c.region_code,
    lawyerId: c.assigned_lawyer_id,
    acceptedAt: c.accepted ? c.decided_at : null,
    closedAt: c.status === 'closed' ? c.closed_at : null,
    amountRecoveredFen: c.amount_recovered_fen,
  });
}

/** Legal-aid cases (法律援助). */
export const legalAidSource: StatsSource<LegalAidCaseRecord> = {
  kind: LEGAL_AID_CASE,
  facts: toLegalAidFacts,
  recount: `
    SELECT c.region_code, ${businessDay('c.decided_at')}, c.service_point_id, c.assigned_lawyer_id, NULL, 'legalAidCases', 1
      FROM legal_aid_case c
     WHERE c.accepted AND c.voided_at IS NULL
       AND c.region_code >= $1 AND c.region_code < $2 AND c.decided_at >= $5 AND c.decided_at < $6

      UNION ALL
      SELECT c.region_code, ${businessDay('c.closed_at')}, c.service_point_id, c.assigned_lawyer_id, NULL,
           'legalAidRecovered', c.amount_recovered_fen
      FROM legal_aid_case c
     WHERE c.status = 'closed' AND c.amount_recovered_fen > 0 AND c.voided_at IS NULL
       AND c.region_code >= $1 AND c.region_code < $2 AND c.closed_at >= $5 AND c.closed_at < $6`,
};
