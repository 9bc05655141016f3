import { defineErrors } from '@app/core';

/** Error codes of imports of past records. 413 `IMPORT_FILE_TOO_LARGE` is an HTTP exception of its own. */
export const ImportsErrors = defineErrors({
  /** The upload is not an xlsx workbook (400). */
  IMPORT_NOT_XLSX: 'bad_request',
  /** The workbook is another kind's template, or none of ours (400). */
  IMPORT_WRONG_TEMPLATE: 'bad_request',
  /** Columns no template of the kind has (400, `details.columns`). */
  IMPORT_UNKNOWN_COLUMNS: 'bad_request',
  /** Required columns missing (400, `details.columns`). */
  IMPORT_MISSING_COLUMNS: 'bad_request',
  IMPORT_TOO_MANY_ROWS: 'bad_request',
  IMPORT_NO_ROWS: 'bad_request',
  /** Neither an xlsx `file` nor JSON `rows`, or an unknown `kind` (400). */
  IMPORT_BAD_REQUEST: 'bad_request',
  /** A commit with rows that fail their checks: nothing is written (400, `details.rejected`: row, field, column, message). */
  IMPORT_ROWS_INVALID: 'bad_request',
  /** The same file, or rows already imported by an import that stands (409, `details.importIds`, `details.rows`). */
  IMPORT_DUPLICATE: 'conflict',
  IMPORT_NOT_FOUND: 'not_found',
  IMPORT_ALREADY_WITHDRAWN: 'conflict',
  /** City and province officials read only (403). */
  IMPORT_READ_ONLY: 'forbidden',
  IMPORT_TEMPLATE_NOT_FOUND: 'not_found',
});
