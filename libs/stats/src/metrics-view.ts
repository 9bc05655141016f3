import { fenToYuan } from '@app/core';
import { COUNTER_KEYS, COUNTERS, type CounterKey, type Metrics, type RollupMetric } from './metrics';

/** Counters as the rollups hold them (money in fen), by metric. */
export type CounterValues = Partial<Record<RollupMetric, number>>;

/** Adds `b` into `a`. */
export function addCounters(a: CounterValues, b: CounterValues): CounterValues {
  for (const [k, v] of Object.entries(b) as [RollupMetric, number][]) a[k] = (a[k] ?? 0) + v;
  return a;
}

/**
 * The API's metrics from the counters: money in yuan, the satisfaction rate derived. For a lawyer's
 * row, `dutyDays` is the days that lawyer sat at a window (`lawyerDutyDays`).
 */
export function toMetrics(values: CounterValues, perLawyer = false): Metrics {
  const out = {} as Record<CounterKey, number>;
  for (const key of COUNTER_KEYS) {
    const raw = key === 'dutyDays' && perLawyer ? (values.lawyerDutyDays ?? 0) : (values[key] ?? 0);
    out[key] = COUNTERS[key].kind === 'money' ? fenToYuan(raw) : raw;
  }
  const ratings = values.ratings ?? 0;
  return {
    ...out,
    satisfactionRate: ratings
      ? Math.round(((values.ratingsSatisfied ?? 0) / ratings) * 10_000) / 10_000
      : null,
  };
}
