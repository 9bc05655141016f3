import { yearOnYearWording } from '../comparisons';
import { COUNTERS, type CounterKey, DERIVED_COUNTS, type DerivedCountKey, type Metrics } from '../metrics';

/**
 * The order of the year-end paragraph: its sentences (separated by ';'), each a list of metrics
 * (separated by ','), as township reports put them: services to residents first, then village
 * work and lectures, then window duty, then bookings and satisfaction.
 */
const SENTENCES: (CounterKey | DerivedCountKey)[][] = [
  [
    'consultations',
    'documentsDrafted',
    'legalAidCases',
    'legalAidRecovered',
    'legalAidReferrals',
    'mediations',
    'mediationsResolved',
    'mediationAmount',
  ],
  [
    'villageDisputesAssisted',
    'villageAffairs',
    'contractsReviewed',
    'contractAmount',
    'lectures',
    'workshops',
    'workshopAudience',
  ],
  ['dutyDays'],
  ['appointments', 'appointmentsCompleted', 'noShows', 'ratings', 'ratingsSatisfied'],
];

/** An amount in yuan as 万元 with two decimals, rounded half up: 10872500 → "1087.25万元". */
export function wanYuan(yuan: number): string {
  const hundredths = Math.round(Math.round(yuan * 100) / 10_000);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}万元`;
}

/** A share (0–1) as a percentage with one decimal: 0.9512 → "95.1%". */
function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/**
 * What the figures of a year to date through `through` ('YYYY-MM') cover, as the paragraph opens:
 * `至12月底` once that month is over (on `today`, 'YYYY-MM-DD', or later), else the day the data runs to,
 * e.g. `截至12月6日`. `complete` says which.
 */
export function periodCovered(through: string, today: string): { wording: string; complete: boolean } {
  const month = Number(through.slice(5, 7));
  if (today.slice(0, 7) > through) return { wording: `至${month}月底`, complete: true };
  return {
    wording: `截至${Number(today.slice(5, 7))}月${Number(today.slice(8, 10))}日`,
    complete: false,
  };
}

/** A figure of the paragraph with its phrase and unit (amounts in 万元), or null when it is not named. */
function figure(totals: Metrics, k: CounterKey | DerivedCountKey): string | null {
  if (k in DERIVED_COUNTS) {
    const d = DERIVED_COUNTS[k as DerivedCountKey];
    const part = totals[d.paragraph.when];
    if (!part) return null;
    return `${d.label}${totals[k]}${d.unit}(${d.paragraph.detail}${part}${COUNTERS[d.paragraph.when].unit})`;
  }
  const c = COUNTERS[k as CounterKey];
  const phrase = 'phrase' in c ? c.phrase : c.label;
  return c.kind === 'money' ? `${phrase}${wanYuan(totals[k])}` : `${phrase}${totals[k]}${c.unit}`;
}

/**
 * The year-end paragraph in Chinese, e.g. `至12月底,已为群众提供法律咨询237人次,代拟各类法律文书7份,
 * 办理法律援助6件,律师参与各类矛盾纠纷调处23起,涉及金额1087.25万元;…`, opening with what the figures
 * cover (`periodCovered`). Each non-zero metric is named with its unit (amounts in 万元 with two
 * decimals); zero metrics are left out. With `lastYear` (the same months of last year), a metric that
 * last year had is followed by its 同比 wording, e.g. `法律咨询237人次,同比增长12.3%`; one last year
 * lacked goes without.
 */
export function yearEndParagraph(totals: Metrics, covered: string, lastYear: Metrics | null = null): string {
  const sentences = SENTENCES.map((keys) =>
    keys.flatMap((k) => {
      const named = totals[k] !== 0 ? figure(totals, k) : null;
      if (!named) return [];
      const compared = yearOnYearWording(totals[k], lastYear?.[k]);
      return [compared ? `${named},${compared}` : named];
    }),
  );
  if (totals.satisfactionRate !== null) sentences[3].push(`群众满意率${percent(totals.satisfactionRate)}`);
  const body = sentences.filter((s) => s.length).map((s) => s.join(','));
  return body.length ? `${covered},已${body.join(';')}。` : `${covered},暂无公共法律服务工作记录。`;
}
