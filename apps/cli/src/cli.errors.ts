import { defineErrors } from '@app/core';

/** Error codes of the command line's own commands. */
export const CliErrors = defineErrors({
  BENCH_DATA_REFUSED: 'rule',
});
