import { type StatFact, workshopFacts } from '@app/stats';
import type { Workshop } from './workshop.entity';

/** What a workshop adds to the statistics (nothing once voided). */
export function toWorkshopFacts(w: Workshop): StatFact[] {
  return workshopFacts({
    heldAt: w.heldAt,
    servicePointId: w.servicePointId,
    regionCode: w.regionCode,
    lecturerId: w.lecturerId,
    kind: w.kind,
    audienceCount: w.audienceCount,
    voided: w.voidedAt !== null,
  });
}
