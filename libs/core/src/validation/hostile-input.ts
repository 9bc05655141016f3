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

/** Paths (`applicant.name`, `rows.3.summary`) of the strings in `value` that hold a control character. */
export function controlCharacterPaths(value: unknown, path = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (CONTROL.test(value)) out.push(path || 'value');
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => controlCharacterPaths(v, path ? `${path}.${i}` : String(i), out));
  } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (CONTROL.test(k)) out.push(path ? `${path}.${k}` : k);
      controlCharacterPaths(v, path ? `${path}.${k}` : k, out);
    }
  }
  return out;
}

/** The 400 for a value holding control characters, naming each field; undefined when it holds none. */
export function controlCharacterFailure(value: unknown, path = ''): ValidationFailedException | undefined {
  const paths = controlCharacterPaths(value, path);
  if (!paths.length) return undefined;
  return new ValidationFailedException(
    Object.fromEntries(paths.map((p) => [p, [`${p} must not contain control characters`]])),
  );
}

/**
 * Refuses a NUL or another control character anywhere in a body, query or path parameter with a
 * 400 naming the field: PostgreSQL cannot store NUL in text, and no field of ours means one.
 */
@Injectable()
export class RejectControlCharactersPipe implements PipeTransform {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    if (meta.type !== 'body' && meta.type !== 'query' && meta.type !== 'param') return value;
    const failure = controlCharacterFailure(value, meta.data ?? '');
    if (failure) throw failure;
    return value;
  }
}
