export type ErrorKind =
  'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'rule' | 'locked' | 'too_many';

/**
 * A failure the client can react to: a stable SCREAMING_SNAKE `code`, a human message and optional
 * details. The global filter maps `kind` to the HTTP status.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static notFound(what: string, id?: string): AppError {
    return new AppError(
      `${what.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_NOT_FOUND`,
      'not_found',
      `${what} not found`,
      id ? { id } : undefined,
    );
  }
}

export const ERROR_STATUS: Record<ErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule: 422,
  locked: 423,
  too_many: 429,
};
