/** Error codes of the statistics. */
export const StatsErrors = {
  /** The year-end report was asked for a year without a complete month yet (pass `through`). */
  NO_COMPLETE_MONTH: 'NO_COMPLETE_MONTH',
  /** `stats verify` found counters that differ from a recount. */
  ROLLUP_MISMATCH: 'ROLLUP_MISMATCH',
} as const;
