import { AppError } from '@app/core';
import { LegalAidErrors } from '../legal-aid.errors';

export const CASE_STATUSES = [
  'applied',
  'accepted',
  'rejected',
  'assigned',
  'in_progress',
  'closed',
  'withdrawn',
  'terminated',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The Chinese names of the statuses (as the console shows them), for the registers. */
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  applied: '待审查',
  accepted: '已受理',
  rejected: '不予受理',
  assigned: '已指派',
  in_progress: '办理中',
  closed: '已结案',
  withdrawn: '已撤回',
  terminated: '已终止',
};

/** What staff do to a case; each is one step of the timeline (assign becomes `reassign` once assigned). */
export const CASE_ACTIONS = [
  'accept',
  'reject',
  'assign',
  'start',
  'close',
  'withdraw',
  'terminate',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Timeline steps: the intake, every action, and a change of lawyer. */
export const CASE_STEPS = ['apply', ...CASE_ACTIONS, 'reassign'] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

/** The statuses each action may start from. */
export const ALLOWED_FROM: Record<CaseAction, readonly CaseStatus[]> = {
  accept: ['applied'],
  reject: ['applied'],
  // Reassigning keeps the status: work already begun stays in progress under the new lawyer.
  assign: ['accepted', 'assigned', 'in_progress'],
  start: ['assigned'],
  close: ['assigned', 'in_progress'],
  withdraw: ['applied', 'accepted', 'assigned', 'in_progress'],
  terminate: ['accepted', 'assigned', 'in_progress'],
};

const TARGET: Record<CaseAction, CaseStatus> = {
  accept: 'accepted',
  reject: 'rejected',
  assign: 'assigned',
  start: 'in_progress',
  close: 'closed',
  withdraw: 'withdrawn',
  terminate: 'terminated',
};

const PAST: Record<CaseAction, string> = {
  accept: 'accepted',
  reject: 'rejected',
  assign: 'assigned',
  start: 'started',
  close: 'closed',
  withdraw: 'withdrawn',
  terminate: 'terminated',
};

/**
 * The status a case moves to when `action` is taken from `from`, and the timeline step it makes.
 * Throws 422 ILLEGAL_TRANSITION for a step the status machine does not allow (CASE_NOT_ASSIGNED when
 * closing a case that was never assigned).
 */
export function transition(from: CaseStatus, action: CaseAction): { to: CaseStatus; step: CaseStep } {
  if (!ALLOWED_FROM[action].includes(from)) {
    const details = { status: from, action, allowedFrom: [...ALLOWED_FROM[action]] };
    if (action === 'close' && (from === 'applied' || from === 'accepted'))
      throw new AppError(
        LegalAidErrors.CASE_NOT_ASSIGNED,
        'A case can only be closed after a lawyer was assigned to it',
        details,
      );
    throw new AppError(
      LegalAidErrors.ILLEGAL_TRANSITION,
      `A case that is ${from} cannot be ${PAST[action]}`,
      details,
    );
  }
  if (action === 'assign' && from !== 'accepted') return { to: from, step: 'reassign' };
  return { to: TARGET[action], step: action };
}
