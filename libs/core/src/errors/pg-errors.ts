import { QueryFailedError } from 'typeorm';

/** True when `err` is PostgreSQL's `code` (e.g. 23505 unique, 23P01 exclusion), optionally on `constraint`. */
export function isPgError(err: unknown, code: string, constraint?: string): boolean {
  const driver =
    err instanceof QueryFailedError
      ? (err.driverError as { code?: string; constraint?: string })
      : (err as { code?: string; constraint?: string });
  return driver?.code === code && (constraint === undefined || driver.constraint === constraint);
}
