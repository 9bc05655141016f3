import type { StatFact } from './stat-fact';

/** A service point on a business day, whose window duty (坐诊) is counted as one. */
export interface PointDay {
  servicePointId: string;
  day: string;
}

/**
 * One service point's window duty on one business day (坐诊): the lawyers who signed in (live, not
 * voided) for a planned window shift of theirs there. The day counts once for the point however many
 * lawyers signed in, and once for each of those lawyers.
 */
export interface DutyDayFacts {
  day: string;
  servicePointId: string;
  regionCode: string;
  lawyerIds: string[];
}

export function dutyDayFacts(d: DutyDayFacts | null): StatFact[] {
  if (!d || !d.lawyerIds.length) return [];
  const at = (lawyerId: string | null, values: StatFact['values']): StatFact => ({
    day: d.day,
    servicePointId: d.servicePointId,
    regionCode: d.regionCode,
    lawyerId,
    topic: null,
    values,
  });
  return [
    at(null, { dutyDays: 1 }),
    ...[...new Set(d.lawyerIds)].sort().map((id) => at(id, { lawyerDutyDays: 1 })),
  ];
}
