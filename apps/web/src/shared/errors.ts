import { ApiError } from '../api/client';
import { i18n } from '../i18n';

const { t, te } = i18n.global;

/**
 * What went wrong, in words a person understands and in the chosen language: the API's stable
 * `code` first, then the HTTP status; never a stack trace or a raw English server message.
 */
export function describeError(err: unknown): string {
  if (!(err instanceof ApiError)) return t('errors.unknown');
  if (te(`errors.${err.code}`)) {
    if (err.code === 'VALIDATION_FAILED') {
      const fields = Object.keys(fieldErrors(err));
      if (fields.length) return fields.map((f) => fieldErrors(err)[f]).join('；');
    }
    return t(`errors.${err.code}`);
  }
  const s = err.status;
  if (s === 429)
    return err.retryAfter ? t('errors.status429Wait', { s: err.retryAfter }) : t('errors.status429');
  if (s >= 500)
    return err.requestId
      ? `${t('errors.status5xx')}（${t('errors.requestId', { id: err.requestId.slice(0, 8) })}）`
      : t('errors.status5xx');
  if ([400, 401, 403, 404, 409, 422, 423].includes(s)) return t(`errors.status${s}`);
  return t('errors.unknown');
}

/** `VALIDATION_FAILED` details keyed by field, as one message per field for the form to show. */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError) || err.code !== 'VALIDATION_FAILED' || !err.details) return {};
  const out: Record<string, string> = {};
  for (const key of Object.keys(err.details)) {
    const base = key.split('.')[0];
    const label = te(`fields.${base}`) ? t(`fields.${base}`) : base;
    out[base] = t('errors.field', { field: label });
  }
  return out;
}
