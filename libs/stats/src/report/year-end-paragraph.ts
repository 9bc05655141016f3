import { yearOnYearWording } from '../comparisons';
import { COUNTERS, type CounterKey, type Metrics } from '../metrics';

/**
 * The order of the year-end paragraph: its sentences (separated by ';'), each a list of metrics
 * (separated by ','), as township reports put them: services to residents first, then village
 * work and lectures, then window duty, then bookings and satisfaction.
 */
const SENTENCES: CounterKey[][] = [
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
    'gridGuidance',
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
 * The year-end paragraph in Chinese, e.g. `至12月底,已为群众提供法律咨询237人次,代拟各类法律文书7份,
 * 办理法律援助6件,律师参与各类矛盾纠纷调处23起,涉及金额1087.25万元;…`. Each non-zero metric is named
 * with its unit (amounts in 万元 with two decimals); zero metrics are left out. With `lastYear` (the
 * same months of last year), a metric that last year had is followed by its 同比 wording, e.g.
 * `法律咨询237人次,同比增长12.3%`; one last year lacked goes without.
 */
export function yearEndParagraph(
  totals: Metrics,
  throughMonth: number,
  lastYear: Metrics | null = null,
): string {
  const sentences = SENTENCES.map((keys) =>
    keys
      .filter((k) => totals[k] !== 0)
      .map((k) => {
        const c = COUNTERS[k];
        const phrase = 'phrase' in c ? c.phrase : c.label;
        const figure =
          c.kind === 'money' ? `${phrase}${wanYuan(totals[k])}` : `${phrase}${totals[k]}${c.unit}`;
        const compared = yearOnYearWording(totals[k], lastYear?.[k]);
        return compared ? `${figure},${compared}` : figure;
      }),
  );
  if (totals.satisfactionRate !== null) sentences[3].push(`群众满意率${percent(totals.satisfactionRate)}`);
  const body = sentences.filter((s) => s.length).map((s) => s.join(','));
  const when = `至${throughMonth}月底`;
  return body.length ? `${when},已${body.join(';')}。` : `${when},暂无公共法律服务工作记录。`;
}
