import { contentDisposition, XLSX_TYPE } from '@app/core';

// Shared with every file the API hands out (core); named here too for the statistics' own code.
export { contentDisposition, XLSX_TYPE };

/** A file the API hands out: its bytes (or text), content type and name. */
export interface Download {
  body: Buffer | string;
  contentType: string;
  /** The file name in Chinese, e.g. 胜山镇公共法律服务工作统计表(2026年1-12月).xlsx. */
  filename: string;
  /** An ASCII name for clients that do not read RFC 5987, e.g. stats-330282113-2026.xlsx. */
  asciiFilename: string;
  /** Where the figures were read (sent as `X-Stats-Source`, `X-Stats-As-Of`, `X-Stats-Lag-Seconds`). */
  freshness?: { source: 'primary' | 'replica'; asOf: string; lagSeconds: number };
}

/** What the file answers say about their figures' freshness, in headers (a file has no JSON to carry it). */
export const FRESHNESS_HEADERS_NOTE =
  ' Headers `X-Stats-Source` (primary | replica), `X-Stats-As-Of` (the figures include every change up to this instant) and `X-Stats-Lag-Seconds` tell where the figures were read.';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const TEXT_TYPE = 'text/plain; charset=utf-8';

/** The title of a statistics table: 胜山镇公共法律服务工作统计表(2026年1-12月), or (2026年11月) for one month. */
export function statsTitle(regionName: string, year: number, fromMonth: number, toMonth: number): string {
  const months = fromMonth === toMonth ? `${toMonth}月` : `${fromMonth}-${toMonth}月`;
  return `${regionName}公共法律服务工作统计表(${year}年${months})`;
}
