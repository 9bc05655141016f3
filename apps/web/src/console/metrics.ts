import {
  COUNTER_KEYS,
  type CounterKey,
  DERIVED_COUNT_KEYS,
  type LogType,
  type MetricKey,
  MONEY_METRICS,
  type Metrics,
  RATE_METRICS,
  type RateKey,
} from '../api/types';
import { t } from '../i18n';

/** The tables' columns, in the order of the township reports. */
export const MAIN_METRICS: MetricKey[] = [
  'consultations',
  'documentsDrafted',
  'legalAidCases',
  'mediations',
  'villageAffairs',
  'contractsReviewed',
  'lectures',
  'dutyDays',
];

/** Every metric of the API, for the totals. */
export const ALL_METRICS: MetricKey[] = [...COUNTER_KEYS, ...DERIVED_COUNT_KEYS, ...RATE_METRICS];

/** What each type of work-log entry adds up to in the statistics. */
export const TYPE_METRICS: Record<LogType, CounterKey> = {
  consultation: 'consultations',
  document_drafting: 'documentsDrafted',
  legal_aid: 'legalAidReferrals',
  mediation: 'mediations',
  village_affairs: 'villageAffairs',
  contract_review: 'contractsReviewed',
  grid_guidance: 'gridGuidance',
};

const CHART_METRICS: CounterKey[] = ['consultations', 'mediations', 'documentsDrafted', 'lectures'];

export const metricLabel = (m: MetricKey) => t(`metric.${m}`);

const isRate = (m: MetricKey): m is RateKey => (RATE_METRICS as readonly string[]).includes(m);

/** A figure as officials read it: yuan with two decimals, the shares (satisfaction, follow-up) in per cent. */
export function formatMetric(m: MetricKey, v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (isRate(m)) return `${(v * 100).toFixed(1)}%`;
  if (MONEY_METRICS.includes(m))
    return v.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return v.toLocaleString('zh-CN');
}

/** A bar chart of the main service counts, one group of bars per row (a village, a month). */
export function barsOf(categories: string[], rows: Metrics[], rotate = false) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: rotate ? 80 : 32 },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: rotate ? { rotate: 40, interval: 0 } : {},
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: CHART_METRICS.map((m) => ({ name: metricLabel(m), type: 'bar', data: rows.map((r) => r[m]) })),
  };
}

/** How many services of each type, as horizontal bars. */
export function typesOf(totals: Metrics) {
  const types = Object.keys(TYPE_METRICS) as LogType[];
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 120, right: 32, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: types.map((ty) => t(`logType.${ty}`)) },
    series: [{ type: 'bar', data: types.map((ty) => totals[TYPE_METRICS[ty]]), label: { show: true } }],
  };
}
