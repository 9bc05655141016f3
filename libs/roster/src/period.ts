import { AppError } from '@app/core';
import { RosterErrors } from './roster.errors';

/** Checks a date range: from ≤ to and at most 366 days. */
export function assertPeriod(from: string, to: string): void {
  if (from > to)
    throw new AppError(RosterErrors.INVALID_PERIOD, 'from is after to', {
      to: ['must not be before from'],
    });
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > 366)
    throw new AppError(RosterErrors.PERIOD_TOO_LONG, 'A period covers at most 366 days', {
      to: ['at most 366 days after from'],
    });
}
