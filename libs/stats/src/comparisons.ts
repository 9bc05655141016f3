/**
 * Comparisons with earlier periods (同比 with the same period of last year, 环比 with the previous
 * month): the periods compared, the change between two figures and how it is worded, in one place for
 * the API, the workbooks and the year-end paragraph.
 */

/** The month `n` months after `month` ('YYYY-MM'); negative `n` goes back. */
export function shiftMonth(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The relative change from `previous` to `current` (0.123 for +12.3%), or null when it cannot be
 * given: nothing to compare with (`previous` null) or a rise from zero (division by zero). Two zeros
 * are no change (0).
 */
export function change(current: number, previous: number | null | undefined): number | null {
  if (previous === null || previous === undefined) return null;
  if (previous === 0) return current === 0 ? 0 : null;
  return (current - previous) / previous;
}

/**
 * The 同比 wording after a figure, e.g. `同比增长12.3%`, `同比下降4.0%`, `同比持平`; one decimal, and
 * `不足0.1%` for a change that rounds to zero without being one. Null when last year has no figure for
 * it (no record, or zero): the paragraph then leaves the comparison out.
 */
export function yearOnYearWording(current: number, lastYear: number | null | undefined): string | null {
  if (!lastYear) return null;
  const ratio = change(current, lastYear);
  if (ratio === null) return null;
  if (ratio === 0) return '同比持平';
  const direction = ratio > 0 ? '增长' : '下降';
  const tenths = Math.round(Math.abs(ratio) * 1000);
  return tenths === 0 ? `同比${direction}不足0.1%` : `同比${direction}${(tenths / 10).toFixed(1)}%`;
}
