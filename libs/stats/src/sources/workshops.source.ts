import { businessDate } from '@app/core';
import { WORKSHOP, type Workshop, type WorkshopKind } from '@app/worklog';
import type { StatFact } from './stat-fact';
import { businessDay } from './recount-sql-helpers';
import type { StatsSource } from './stats-source';

/** A workshop (lecture, publicity event, training) as the statistics see it. */
export interface WorkshopFacts {
  heldAt: Date;
  servicePointId: string;
  regionCode: string;
  lecturerId: string | null;
  kind: WorkshopKind;
  audienceCount: number;
  voided: boolean;
}

export function workshopFacts(w: WorkshopFacts | null): StatFact[] {
  if (!w || w.voided) return [];
  return [
    {
      day: businessDate(w.heldAt),
      servicePointId: w.servicePointId,
      regionCode: w.regionCode,
      lawyerId: w.lecturerId,
      topic: null,
      values: { workshops: 1, lectures: w.kind === 'lecture' ? 1 : 0, workshopAudience: w.audienceCount },
    },
  ];
}

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

/** Workshops (讲座, 宣传, 培训): each counts on the business day it was held. */
export const workshopsSource: StatsSource<Workshop> = {
  kind: WORKSHOP,
  facts: toWorkshopFacts,
  recount: `
    SELECT w.region_code, ${businessDay('w.held_at')}, w.service_point_id, w.lecturer_id, NULL, m.metric, m.value
      FROM workshop w
      CROSS JOIN LATERAL (VALUES
        ('workshops',        1),
        ('lectures',         CASE WHEN w.kind = 'lecture' THEN 1 END),
        ('workshopAudience', w.audience_count)
      ) AS m (metric, value)
     WHERE w.voided_at IS NULL AND m.value <> 0
       AND w.region_code >= $1 AND w.region_code < $2 AND w.held_at >= $5 AND w.held_at < $6`,
};
