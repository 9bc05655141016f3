import { download, get, getText } from './client';
import type { MonthlyStats, YearlyStats } from './types';

// The statistics (libs/stats), for officials in their jurisdiction.

export const monthlyStats = (regionCode: string, month: string) =>
  get<MonthlyStats>('/stats/monthly', { regionCode, month });

/** Year to date: through this month for the current year, December for a past one. */
export const yearlyStats = (regionCode: string, year: string) =>
  get<YearlyStats>('/stats/yearly', { regionCode, year });

/**
 * The year-end paragraph in Chinese, through the last complete month (422 NO_COMPLETE_MONTH in
 * January of the current year).
 */
export const yearEndParagraph = (regionCode: string, year: string) =>
  getText('/stats/yearly/report', { regionCode, year, format: 'text' });

export const exportMonthly = (regionCode: string, month: string, format: 'xlsx' | 'csv') =>
  download('/stats/monthly/export', { regionCode, month, format }, `stats-${regionCode}-${month}.${format}`);

export const exportYearly = (regionCode: string, year: string) =>
  download('/stats/yearly/report', { regionCode, year, format: 'xlsx' }, `stats-${regionCode}-${year}.xlsx`);
