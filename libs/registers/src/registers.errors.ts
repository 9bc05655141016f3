import { defineErrors } from '@app/core';

/** Error codes of the registers (台账) and the printed duty roster (值班表). */
export const RegistersErrors = defineErrors({
  /** No such register: `kind` is not one of REGISTER_KINDS (404). */
  REGISTER_NOT_FOUND: 'not_found',
  /** More records in the period than one file holds (422, `details.rows`, `details.max`): ask for a shorter period. */
  REGISTER_TOO_LARGE: 'rule',
  /** The duty roster is a township's (9-digit region code) (422). */
  DUTY_ROSTER_NOT_A_TOWNSHIP: 'rule',
});
