import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from '../errors/validation';

/** JSON bodies nest at most this deep; the deepest real body (a notice's holiday list) needs 4. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep a JSON text nests, counted without parsing it, stopping as soon as `limit` is passed.
 * A body nested thousands deep would otherwise overflow the stack of whatever walks it next
 * (the parser, class-transformer, the validator) and end as a 500.
 */
export function jsonDepthExceeds(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}

// C0 controls and DEL, but tab, line feed and carriage return, which free text may hold.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

// Half of a surrogate pair without the other half: JSON may carry one ("\ud800"), but it is no
// character, and PostgreSQL refuses it in jsonb (the audit trail) as it would any invalid text.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What makes a string unfit to store as text, or null when nothing does. */
function textProblem(text: string): string | null {
  if (CONTROL.test(text)) return 'must not contain control characters';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode text';
  return null;
}

/**
 * The strings (and keys) in `value` unfit to store as text — holding a control character or half a
 * surrogate pair — by their paths (`applicant.name`, `rows.3.summary`), with what is wrong.
 */
export function hostileTextProblems(
  value: unknown,
  path = '',
  out: Record<string, string> = {},
): Record<string, string> {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) out[path || 'value'] = problem;
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => hostileTextProblems(v, path ? `${path}.${i}` : String(i), out));
  } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) {
      const at = path ? `${path}.${k}` : k;
      const problem = textProblem(k);
      if (problem) out[at] = problem;
      hostileTextProblems(v, at, out);
    }
  }
  return out;
}

/** The 400 for a value holding text unfit to store, naming each field; undefined when it holds none. */
export function hostileTextFailure(value: unknown, path = ''): ValidationFailedException | undefined {
  const problems = Object.entries(hostileTextProblems(value, path));
  if (!problems.length) return undefined;
  return new ValidationFailedException(
    Object.fromEntries(problems.map(([p, problem]) => [p, [`${p} ${problem}`]])),
  );
}

/**
 * Refuses a NUL or another control character, or half a surrogate pair, anywhere in a body, query or
 * path parameter with a 400 naming the field: PostgreSQL cannot store them in text, and no field of
 * ours means one.
 */
@Injectable()
export class RejectHostileTextPipe implements PipeTransform {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    if (meta.type !== 'body' && meta.type !== 'query' && meta.type !== 'param') return value;
    const failure = hostileTextFailure(value, meta.data ?? '');
    if (failure) throw failure;
    return value;
  }
}
