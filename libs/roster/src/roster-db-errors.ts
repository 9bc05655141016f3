import { QueryFailedError } from 'typeorm';
import { AppError } from '@app/core';
import { RosterErrors } from './roster.errors';

/** The database's refusals of a shift or a leave, as the domain errors clients react to. */
export function asRosterConflict(err: unknown): unknown {
  if (!(err instanceof QueryFailedError)) return err;
  const e = err.driverError as { code?: string; constraint?: string; hint?: string };
  if (e.code === '23P01' && e.constraint === 'duty_shift_no_overlap') {
    return new AppError(RosterErrors.SHIFT_OVERLAP, 'The lawyer already has a shift at that time');
  }
  if (e.code === 'P0001' && e.hint === RosterErrors.LAWYER_ON_LEAVE) {
    return new AppError(RosterErrors.LAWYER_ON_LEAVE, 'The lawyer is on leave at that time');
  }
  if (e.code === 'P0001' && e.hint === RosterErrors.SHIFTS_DURING_LEAVE) {
    return new AppError(
      RosterErrors.SHIFTS_DURING_LEAVE,
      'The lawyer has shifts in that period; cancel or swap them first',
    );
  }
  return err;
}
