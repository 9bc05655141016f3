import { QueryFailedError } from 'typeorm';

/** True when `err` is PostgreSQL's `code` (e.g. 23505 unique, 23P01 exclusion), optionally on `constraint`. */
export function isPgError(err: unknown, code: string, constraint?: string): boolean {
  const driver =
    err instanceof QueryFailedError
      ? (err.driverError as { code?: string; constraint?: string })
      : (err as { code?: string; constraint?: string });
  return driver?.code === code && (constraint === undefined || driver.constraint === constraint);
}

// Socket errors of a server that is down or unreachable.
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// SQLSTATEs of a server that cannot take the work now: too many connections, shutting down or
// starting, and every connection exception (class 08).
const UNAVAILABLE_STATES = new Set(['53300', '57P01', '57P02', '57P03']);
// What node-postgres says when the connection dies under a query or cannot be made in time.
const LOST =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable/i;

/**
 * True when `err` means the database cannot be reached or cannot serve now (down, restarting,
 * out of connections), rather than that the request was wrong: such a request deserves a 503.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (const e of [err, err instanceof QueryFailedError ? err.driverError : undefined]) {
    if (!e || typeof e !== 'object') continue;
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (
      typeof code === 'string' &&
      (UNREACHABLE.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08'))
    )
      return true;
    if (typeof message === 'string' && LOST.test(message)) return true;
    const nested = (e as { errors?: unknown[] }).errors; // AggregateError of every address tried
    if (Array.isArray(nested) && nested.some((n) => isDatabaseUnavailable(n))) return true;
  }
  return false;
}
