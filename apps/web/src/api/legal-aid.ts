import { get, post } from './client';
import type { CaseCategory, CaseStatus, LegalAidCase, Page } from './types';

// Legal-aid cases (libs/legal-aid): applicant masked, with the timeline and the statutory clocks.

export interface CaseQuery {
  regionCode?: string;
  status?: CaseStatus;
  /** Only cases past a statutory clock (decision 7 days, assignment 3 days). */
  overdue?: boolean;
  /** Cases assigned to this lawyer. */
  lawyerId?: string;
  page?: number;
  pageSize?: number;
}

/** Lawyers get the cases assigned to them or that they took in, officials their jurisdiction's. */
export const listCases = (q: CaseQuery = {}) =>
  get<Page<LegalAidCase>>('/legal-aid-cases', { ...q, overdue: q.overdue ? 'true' : undefined });

export interface NewCase {
  applicant: { name: string; phone: string; idNumber: string };
  servicePointId: string;
  category: CaseCategory;
  summary: string;
  /** ISO instant; default now. */
  receivedAt?: string;
}

/** 受理: an application taken in (official, or a lawyer at a point); the decision clock starts. */
export const createCase = (body: NewCase) => post<LegalAidCase>('/legal-aid-cases', body);

/** Grant (accepted) or refuse legal aid; refusing needs the reason the applicant is told. */
export const decideCase = (id: string, accepted: boolean, reason?: string) =>
  post<LegalAidCase>(`/legal-aid-cases/${id}/decision`, { accepted, reason: reason || undefined });

/** Assign, or reassign while assigned or in progress, a lawyer of the same county. */
export const assignCase = (id: string, lawyerId: string) =>
  post<LegalAidCase>(`/legal-aid-cases/${id}/assign`, { lawyerId });

export const startCase = (id: string) => post<LegalAidCase>(`/legal-aid-cases/${id}/start`);

export const closeCase = (id: string, outcome: string, amountRecovered?: number) =>
  post<LegalAidCase>(`/legal-aid-cases/${id}/close`, { outcome, amountRecovered });

export const withdrawCase = (id: string, reason?: string) =>
  post<LegalAidCase>(`/legal-aid-cases/${id}/withdraw`, { reason: reason || undefined });

/** Which step each status allows (the API's status machine; any other step is 422 ILLEGAL_TRANSITION). */
export const CASE_ACTIONS_FROM = {
  decide: ['applied'],
  assign: ['accepted', 'assigned', 'in_progress'],
  start: ['assigned'],
  close: ['assigned', 'in_progress'],
  withdraw: ['applied', 'accepted', 'assigned', 'in_progress'],
} as const satisfies Record<string, readonly CaseStatus[]>;
export type CaseAction = keyof typeof CASE_ACTIONS_FROM;

export const canTake = (action: CaseAction, c: LegalAidCase) =>
  (CASE_ACTIONS_FROM[action] as readonly CaseStatus[]).includes(c.status);
