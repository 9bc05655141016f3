import { defineErrors } from './app-error';

/** Error codes every module may give: a field-level refusal, no or a wrong caller, another jurisdiction. */
export const CoreErrors = defineErrors({
  VALIDATION_FAILED: 'bad_request',
  UNAUTHENTICATED: 'unauthorized',
  FORBIDDEN: 'forbidden',
  OUTSIDE_JURISDICTION: 'forbidden',
  /** A city or province official (or any account whose jurisdiction lies above a county) reads only. */
  READ_ONLY_JURISDICTION: 'forbidden',
});
