import { defineErrors } from '@app/core';

/** Error codes of the demo data. */
export const DemoErrors = defineErrors({
  DEMO_REFUSED: 'forbidden',
});
