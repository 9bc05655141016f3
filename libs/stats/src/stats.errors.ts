import { defineErrors } from '@app/core';

/** Error codes of the statistics. */
export const StatsErrors = defineErrors({
  /** The year-end report was asked for a year without a complete month yet (pass `through`). */
  NO_COMPLETE_MONTH: 'rule',
  /** `stats verify` found counters that differ from a recount. */
  ROLLUP_MISMATCH: 'rule',
  /** A month is closed only once it is over (Asia/Shanghai). */
  PERIOD_NOT_OVER: 'rule',
  /** The township's month is closed already; a change of it is an official's correction (a new version). */
  PERIOD_ALREADY_CLOSED: 'conflict',
  /** `zeroReport: true` for a month that has records: close it as a report with figures. */
  PERIOD_HAS_RECORDS: 'rule',
  /** A month without any record is closed only as a zero report (零上报), explicitly: `zeroReport: true`. */
  PERIOD_ZERO_REPORT_REQUIRED: 'rule',
  /** The record's month is closed for its township: lawyers change it no more; an official corrects it. */
  PERIOD_CLOSED: 'rule',
  /** No such version of the township's month (not closed, or a version not made yet). */
  PERIOD_VERSION_NOT_FOUND: 'not_found',
});
