/**
 * The statistics' metrics: one definition each, used by the rollups, the recount, the API's
 * descriptions and the year-end paragraph. Counters are summed from the rollups; `satisfactionRate`
 * is derived from two of them.
 */
export interface MetricDefinition {
  /** The unit officials write after the number (人次, 份, 件, 起, 元, 场, 堂, 天, 次). */
  unit: string;
  /** The name in the report, e.g. 法律咨询. */
  label: string;
  /** What is counted, for the OpenAPI descriptions. */
  description: string;
  /** `money` counters are kept in fen and shown in yuan. */
  kind: 'count' | 'money';
  /** How the year-end paragraph words it when not the label, e.g. 代拟各类法律文书. */
  phrase?: string;
}

export const COUNTERS = {
  consultations: {
    unit: '人次',
    label: '法律咨询',
    phrase: '为群众提供法律咨询',
    description: 'Sum of peopleCount of consultation logs (人次).',
    kind: 'count',
  },
  documentsDrafted: {
    unit: '份',
    label: '代拟法律文书',
    phrase: '代拟各类法律文书',
    description: 'document_drafting logs (份).',
    kind: 'count',
  },
  legalAidCases: {
    unit: '件',
    label: '办理法律援助',
    description:
      'Legal-aid cases accepted in the period, by decision date, counted at the service point that took them in (件).',
    kind: 'count',
  },
  legalAidRecovered: {
    unit: '元',
    label: '法律援助挽回经济损失',
    phrase: '为受援人挽回经济损失',
    description: 'Amount recovered by legal-aid cases closed in the period, by closing date (元).',
    kind: 'money',
  },
  legalAidReferrals: {
    unit: '件',
    label: '协助申请法律援助',
    phrase: '协助群众申请法律援助',
    description: 'legal_aid logs: applications a lawyer helped a resident make (件).',
    kind: 'count',
  },
  mediations: {
    unit: '起',
    label: '参与矛盾纠纷调处',
    description: 'mediation logs (起).',
    kind: 'count',
    phrase: '律师参与各类矛盾纠纷调处',
  },
  mediationsResolved: {
    unit: '起',
    label: '调处成功',
    phrase: '其中调处成功',
    description: 'mediation logs marked resolved (起).',
    kind: 'count',
  },
  mediationAmount: {
    unit: '元',
    label: '涉及金额',
    description: 'Sum of amountInvolved of mediation logs (元).',
    kind: 'money',
  },
  gridGuidance: {
    unit: '起',
    label: '指导网格员化解纠纷',
    description: 'grid_guidance logs (起).',
    kind: 'count',
  },
  villageAffairs: {
    unit: '件',
    label: '协助村级处置法律事务',
    description: 'village_affairs logs (件).',
    kind: 'count',
  },
  contractsReviewed: {
    unit: '份',
    label: '审核村级经济合同',
    description: 'contract_review logs (份).',
    kind: 'count',
  },
  contractAmount: {
    unit: '元',
    label: '合同标的额',
    description: 'Sum of contractAmount of contract_review logs (元).',
    kind: 'money',
  },
  workshops: {
    unit: '场',
    label: '开展普法活动',
    phrase: '各类普法活动共',
    description: 'Workshops of every kind (场).',
    kind: 'count',
  },
  lectures: {
    unit: '堂',
    label: '开展法治讲座',
    phrase: '开展专题法治讲座',
    description: 'Workshops of kind lecture (堂).',
    kind: 'count',
  },
  workshopAudience: {
    unit: '人次',
    label: '受众',
    description: 'Sum of audienceCount of workshops (人次).',
    kind: 'count',
  },
  dutyDays: {
    unit: '天',
    label: '坐诊',
    description:
      'Distinct service point × day with a window shift whose lawyer signed in (坐诊天数); per lawyer, the days that lawyer did so. A sign-in sent too late to be taken as is counts once an official accepts it.',
    kind: 'count',
  },
  appointments: {
    unit: '次',
    label: '预约',
    phrase: '受理群众预约',
    description: 'Appointments booked for a slot in the period and not cancelled (次).',
    kind: 'count',
  },
  appointmentsCompleted: {
    unit: '次',
    label: '预约完成',
    phrase: '完成预约服务',
    description: 'Appointments completed (次).',
    kind: 'count',
  },
  noShows: { unit: '次', label: '爽约', description: 'Appointments marked no-show (次).', kind: 'count' },
  ratings: { unit: '次', label: '回访评价', description: 'Ratings given (次).', kind: 'count' },
  ratingsSatisfied: {
    unit: '次',
    label: '满意评价',
    phrase: '其中满意',
    description: 'Ratings of 4 or 5 (次).',
    kind: 'count',
  },
  ratingsViaSms: {
    unit: '次',
    label: '短信回访评价',
    description:
      'Of the ratings, those given through the link of the SMS after completion (次); the rest were given in the app.',
    kind: 'count',
  },
  ratingsViaSmsSatisfied: {
    unit: '次',
    label: '短信回访满意',
    description: 'Of the ratings through the SMS link, those of 4 or 5 (次).',
    kind: 'count',
  },
  followUps: {
    unit: '次',
    label: '电话回访',
    description:
      'Phone follow-ups (回访) of consultations recorded, reached or not, on the day of the call at the consultation’s point, for its lawyer (次).',
    kind: 'count',
  },
  followUpsReached: {
    unit: '次',
    label: '电话回访接通',
    description: 'Phone follow-ups that reached the resident (次).',
    kind: 'count',
  },
  followUpsSatisfied: {
    unit: '次',
    label: '电话回访满意',
    description: 'Phone follow-ups that reached the resident, who was satisfied (次).',
    kind: 'count',
  },
  followUpsUnsatisfied: {
    unit: '次',
    label: '电话回访不满意',
    description: 'Phone follow-ups that reached the resident, who was not satisfied (次).',
    kind: 'count',
  },
  consultationsFollowedUp: {
    unit: '人次',
    label: '已回访咨询',
    description:
      'Sum of peopleCount of consultation logs whose phone follow-up reached the resident, on the consultation’s day (人次).',
    kind: 'count',
  },
} as const satisfies Record<string, MetricDefinition>;

export type CounterKey = keyof typeof COUNTERS;
export const COUNTER_KEYS = Object.keys(COUNTERS) as CounterKey[];

/**
 * What the rollups count: every counter, plus `lawyerDutyDays` — the point-days a lawyer sat at a
 * window, one per lawyer. `dutyDays` itself is kept without a lawyer (a day counts once at a window
 * however many lawyers signed in there), so the per-lawyer figure needs a counter of its own; the
 * API shows it as `dutyDays` in the per-lawyer breakdown.
 */
export type RollupMetric = CounterKey | 'lawyerDutyDays';
export const ROLLUP_METRICS: RollupMetric[] = [...COUNTER_KEYS, 'lawyerDutyDays'];

/**
 * Figures the township reports name that are sums of counters, each defined here once: the API, the
 * workbooks and the year-end paragraph take them from this list.
 */
export const DERIVED_COUNTS = {
  villageDisputesAssisted: {
    unit: '起',
    label: '协助各村调处各类纠纷',
    description:
      'The advisor group’s help with village disputes, grid workers’ mediations they guided included (协助各村调处各类纠纷, 包括指导网格员调解数): mediations + gridGuidance (起).',
    kind: 'count',
    sumOf: ['mediations', 'gridGuidance'],
    // The paragraph names it (in place of gridGuidance) only with guided mediations: without them it
    // would repeat the mediations already named.
    paragraph: { when: 'gridGuidance', detail: '包括指导网格员调解' },
  },
} as const satisfies Record<
  string,
  MetricDefinition & { sumOf: readonly CounterKey[]; paragraph: { when: CounterKey; detail: string } }
>;

export type DerivedCountKey = keyof typeof DERIVED_COUNTS;
export const DERIVED_COUNT_KEYS = Object.keys(DERIVED_COUNTS) as DerivedCountKey[];

/** Every counter, and the derived metrics (sums of counters; shares 0–1, null when there is nothing to divide by). */
export type Metrics = Record<CounterKey, number> &
  Record<DerivedCountKey, number> & {
    /**
     * Share of satisfied answers (回访满意率) over every source: ratings of 4–5 (app and SMS link) and
     * phone follow-ups that reached a satisfied resident, among all ratings and answered follow-ups.
     */
    satisfactionRate: number | null;
    /** The same of ratings given in the app. */
    satisfactionRateApp: number | null;
    /** The same of ratings given through the SMS link. */
    satisfactionRateSmsLink: number | null;
    /** The same of phone follow-ups that reached the resident and got an answer. */
    satisfactionRatePhone: number | null;
    /** Share of consultations (人次) followed up by phone: consultationsFollowedUp / consultations. */
    followUpRate: number | null;
  };

/** The derived metrics, in the order the API and the exports show them. */
export const DERIVED_METRICS = [
  ...DERIVED_COUNT_KEYS,
  'satisfactionRate',
  'satisfactionRateApp',
  'satisfactionRateSmsLink',
  'satisfactionRatePhone',
  'followUpRate',
] as const;

/**
 * The metrics of one row, every one of them in place from the start: rows built key by key from the
 * counter list took a slow path in V8 (a province's 13,000 lawyer rows, several times slower). The
 * compiler holds this list to `Metrics`, so a counter added to COUNTERS and missing here does not build: add it here too.
 */
export class MetricsRow implements Metrics {
  consultations = 0;
  documentsDrafted = 0;
  legalAidCases = 0;
  legalAidRecovered = 0;
  legalAidReferrals = 0;
  mediations = 0;
  mediationsResolved = 0;
  mediationAmount = 0;
  gridGuidance = 0;
  villageAffairs = 0;
  contractsReviewed = 0;
  contractAmount = 0;
  workshops = 0;
  lectures = 0;
  workshopAudience = 0;
  dutyDays = 0;
  appointments = 0;
  appointmentsCompleted = 0;
  noShows = 0;
  ratings = 0;
  ratingsSatisfied = 0;
  ratingsViaSms = 0;
  ratingsViaSmsSatisfied = 0;
  followUps = 0;
  followUpsReached = 0;
  followUpsSatisfied = 0;
  followUpsUnsatisfied = 0;
  consultationsFollowedUp = 0;
  villageDisputesAssisted = 0;
  satisfactionRate: number | null = null;
  satisfactionRateApp: number | null = null;
  satisfactionRateSmsLink: number | null = null;
  satisfactionRatePhone: number | null = null;
  followUpRate: number | null = null;
}
