import { serviceLogFacts, type StatFact } from '@app/stats';
import type { ServiceLog } from './service-log.entity';

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
  });
}
