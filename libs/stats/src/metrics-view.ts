import { fenToYuan } from '@app/core';
import {
  COUNTER_KEYS,
  COUNTERS,
  type CounterKey,
  DERIVED_COUNT_KEYS,
  DERIVED_COUNTS,
  type Metrics,
  MetricsRow,
  type RollupMetric,
} from './metrics';

/** Counters as the rollups hold them (money in fen), by metric. */
export type CounterValues = Partial<Record<RollupMetric, number>>;

/** Adds `b` into `a`. */
export function addCounters(a: CounterValues, b: CounterValues): CounterValues {
  for (const [k, v] of Object.entries(b) as [RollupMetric, number][]) a[k] = (a[k] ?? 0) + v;
  return a;
}

type Field = { key: CounterKey; money: boolean };

// The API counter each rollup counter fills, and whether it is money (fen in, yuan out), worked out once:
// one table for regions, months and topics, one for a lawyer's row, where `dutyDays` is the days that
// lawyer sat at a window (`lawyerDutyDays`) and the point-day count has no place.
const fieldsBy = (perLawyer: boolean): Map<string, Field> =>
  new Map(
    COUNTER_KEYS.map((key) => [
      perLawyer && key === 'dutyDays' ? 'lawyerDutyDays' : key,
      { key, money: COUNTERS[key].kind === 'money' },
    ]),
  );
const FIELDS = fieldsBy(false);
const LAWYER_FIELDS = fieldsBy(true);

/**
 * The API's metrics from the counters, with `lead`'s keys (`{ lawyerId, name }`, `{ month }`…): money in
 * yuan, the satisfaction rate derived. For a lawyer's row, `dutyDays` is the days that lawyer sat at a
 * window (`lawyerDutyDays`).
 */
export function toMetrics<R extends object = object>(
  values: CounterValues,
  perLawyer = false,
  lead?: R,
): R & Metrics {
  const row = new MetricsRow();
  const fields = perLawyer ? LAWYER_FIELDS : FIELDS;
  // Only the counters present, whatever their order.
  for (const metric in values) {
    const field = fields.get(metric);
    if (field) {
      const value = values[metric as RollupMetric] ?? 0;
      row[field.key] = field.money ? fenToYuan(value) : value;
    }
  }
  deriveRates(row);
  return lead ? Object.assign(row, lead) : (row as R & MetricsRow);
}

/** A share with four decimals, null without a denominator. */
const share = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;

/**
 * The derived metrics of a row from its counters: the sums of DERIVED_COUNTS, the satisfaction rate by
 * source, the follow-up rate.
 */
export function deriveRates(row: Metrics): void {
  for (const key of DERIVED_COUNT_KEYS)
    row[key] = DERIVED_COUNTS[key].sumOf.reduce((sum, part) => sum + row[part], 0);
  const app = {
    answers: row.ratings - row.ratingsViaSms,
    satisfied: row.ratingsSatisfied - row.ratingsViaSmsSatisfied,
  };
  const phone = {
    answers: row.followUpsSatisfied + row.followUpsUnsatisfied,
    satisfied: row.followUpsSatisfied,
  };
  row.satisfactionRate = share(row.ratingsSatisfied + phone.satisfied, row.ratings + phone.answers);
  row.satisfactionRateApp = share(app.satisfied, app.answers);
  row.satisfactionRateSmsLink = share(row.ratingsViaSmsSatisfied, row.ratingsViaSms);
  row.satisfactionRatePhone = share(phone.satisfied, phone.answers);
  row.followUpRate = share(row.consultationsFollowedUp, row.consultations);
}
