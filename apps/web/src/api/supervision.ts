import { download, get } from './client';

// Supervision (libs/supervision): live quotas and the quarterly assessment.

export type QuotaStatus = 'met' | 'on_track' | 'at_risk' | 'missed';
export type Measure = 'service_days' | 'service_hours' | 'lectures' | 'visits';

export interface QuotaItem {
  regionCode: string;
  regionName: string;
  servicePointId: string;
  pointName: string;
  pointKind: string;
  lawyerId: string;
  lawyerName: string;
  obligationId: string;
  obligation: Measure;
  period: string;
  required: number;
  delivered: number;
  planned: number;
  status: QuotaStatus;
}

export interface Quotas {
  regionCode: string;
  period: string;
  periodKind: 'month' | 'quarter' | 'iso_week';
  from: string;
  to: string;
  asOf: string;
  items: QuotaItem[];
}

export interface AssessmentRow {
  lawyerId: string;
  lawyerName: string;
  regionCode: string;
  regionName: string;
  servicePointId: string;
  pointName: string;
  serviceDays: number;
  serviceHours: number;
  services: Record<string, number>;
  consultationPeople: number;
  lectures: number;
  ratings: number;
  ratingAverage: number | null;
  obligationsMet: number;
  obligationsDue: number;
  absences: number;
  score: number | null;
}

export interface Assessment {
  regionCode: string;
  regionName: string;
  quarter: string;
  weights: Record<string, number> | null;
  items: AssessmentRow[];
}

/** The quotas of a region (a lawyer: their own) in a month, quarter or ISO week. */
export const quotas = (q: { regionCode?: string; period?: string; status?: QuotaStatus }) =>
  get<Quotas>('/quotas', q);

export const assessment = (regionCode: string, quarter: string) =>
  get<Assessment>('/assessments', { regionCode, quarter });

export const exportAssessment = (regionCode: string, quarter: string) =>
  download(
    '/assessments',
    { regionCode, quarter, format: 'xlsx' },
    `assessment-${regionCode}-${quarter}.xlsx`,
  );

/** The quarter of a month: 2026-11 → 2026-Q4. */
export const quarterOf = (month: string) =>
  `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
