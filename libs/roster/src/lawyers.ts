import { AppError } from '@app/core';
import type { Staff, StaffService } from '@app/org';
import type { EntityManager } from 'typeorm';
import { RosterErrors } from './roster.errors';

/** The active lawyer behind an id, or a 422 naming why it cannot be scheduled. */
export async function requireLawyer(
  staff: StaffService,
  lawyerId: string,
  em?: EntityManager,
): Promise<Staff> {
  const lawyer = await staff.findByIdUnscoped(lawyerId, em);
  if (!lawyer || !lawyer.roles.includes('lawyer') || lawyer.status !== 'active') {
    throw new AppError(RosterErrors.NOT_A_LAWYER, 'Only an active lawyer can be scheduled', {
      lawyerId,
    });
  }
  return lawyer;
}

/** Lawyers serve the points of their own county. */
export function assertServesRegion(lawyer: Staff, regionCode: string): void {
  if (lawyer.regionCode.slice(0, 6) !== regionCode.slice(0, 6)) {
    throw new AppError(RosterErrors.LAWYER_OUTSIDE_REGION, 'The lawyer does not serve that region', {
      lawyerId: lawyer.id,
      regionCode,
    });
  }
}
