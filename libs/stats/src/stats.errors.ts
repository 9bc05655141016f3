import { defineErrors } from '@app/core';

/** Error codes of the statistics. */
export const StatsErrors = defineErrors({
  /** The year-end report was asked for a year without a complete month yet (pass `through`). */
  NO_COMPLETE_MONTH: 'rule',
  /** `stats verify` found counters that differ from a recount. */
  ROLLUP_MISMATCH: 'rule',
});
