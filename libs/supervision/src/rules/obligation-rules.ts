import type { PeriodKind } from './periods';

/** What an obligation counts. */
export const MEASURES = ['service_days', 'service_hours', 'lectures', 'visits'] as const;
export type Measure = (typeof MEASURES)[number];

export const POINT_KINDS = ['county_center', 'township_center', 'village_point'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/**
 * Each measure's period and the most it can sensibly require in one: a month has at most 31 days
 * and 744 hours, a quarter 92 days, a week 7.
 */
export const MEASURE_RULES: Record<
  Measure,
  { period: PeriodKind; max: number; label: string; unit: string }
> = {
  service_days: { period: 'month', max: 31, label: '每月服务天数', unit: '天' },
  service_hours: { period: 'month', max: 744, label: '每月服务时长', unit: '小时' },
  lectures: { period: 'quarter', max: 92, label: '每季度法治讲座', unit: '堂' },
  visits: { period: 'iso_week', max: 7, label: '每周走访试点村', unit: '次' },
};

/** An obligation as the rules see it. */
export interface ObligationScope {
  id: string;
  regionCode: string;
  pointKind: PointKind | null;
  measure: Measure;
  required: number;
  pilotOnly: boolean;
}

/** A service point an advisor answers for. */
export interface QuotaPoint {
  regionCode: string;
  kind: PointKind;
  isPilot: boolean;
}

/** Whether an obligation holds at a point: the point lies in its region, is of its kind and, for a pilot-only one, a pilot. */
export function obligationHoldsAt(o: ObligationScope, p: QuotaPoint): boolean {
  return (
    p.regionCode.startsWith(o.regionCode) &&
    (o.pointKind === null || o.pointKind === p.kind) &&
    (!o.pilotOnly || p.isPilot)
  );
}

/**
 * The obligations that bind a point, one per measure: where several hold, the most specific wins —
 * the narrowest region (a village's over its township's over the county's), then one for the point's
 * kind over one for every kind, then a pilot-only one over one for all villages.
 */
export function bindingObligations<O extends ObligationScope>(obligations: O[], point: QuotaPoint): O[] {
  const best = new Map<Measure, O>();
  const rank = (o: O) => o.regionCode.length * 4 + (o.pointKind ? 2 : 0) + (o.pilotOnly ? 1 : 0);
  for (const o of obligations) {
    if (!obligationHoldsAt(o, point)) continue;
    const current = best.get(o.measure);
    if (!current || rank(o) > rank(current)) best.set(o.measure, o);
  }
  return MEASURES.flatMap((m) => (best.has(m) ? [best.get(m)!] : []));
}
