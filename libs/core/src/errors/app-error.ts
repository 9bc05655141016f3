export type ErrorKind =
  'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'rule' | 'locked' | 'too_many';

declare const declared: unique symbol;

/** An error code declared once, with its kind, by `defineErrors`; a bare string literal is not one. */
export type ErrorCode<C extends string = string> = C & { readonly [declared]: true };

/** Every code declared so far, with its kind: one code has one kind (one HTTP status) everywhere. */
const kinds = new Map<string, ErrorKind>();

/**
 * Declares a module's error codes with their kinds, e.g.
 * `defineErrors({ SHIFT_NOT_FOUND: 'not_found', SHIFT_OVERLAP: 'conflict' })`, and gives back the
 * codes for `new AppError(…)`. A code declared by two modules must have the same kind in both.
 */
export function defineErrors<const T extends Record<string, ErrorKind>>(
  declarations: T,
): { readonly [C in keyof T & string]: ErrorCode<C> } {
  const codes: Record<string, string> = {};
  for (const [code, kind] of Object.entries(declarations)) {
    const earlier = kinds.get(code);
    if (earlier && earlier !== kind)
      throw new Error(`Error code ${code} is declared as ${earlier} and again as ${kind}`);
    kinds.set(code, kind);
    codes[code] = code;
  }
  return codes as { readonly [C in keyof T & string]: ErrorCode<C> };
}

/** The kind a code was declared with. */
export function kindOf(code: ErrorCode): ErrorKind {
  const kind = kinds.get(code);
  if (!kind) throw new Error(`Error code ${code} was never declared with defineErrors`);
  return kind;
}

/**
 * A failure the client can react to: a stable SCREAMING_SNAKE `code` declared with its kind, a human
 * message and optional details. The global filter maps the kind to the HTTP status.
 */
export class AppError extends Error {
  readonly kind: ErrorKind;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
    this.kind = kindOf(code);
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
