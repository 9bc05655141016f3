import { get, post } from './client';
import type { ClosedPeriod, MetricKey, PeriodsPage, PeriodStatus, Ranking } from './types';

// Month-end close (月结, 零上报) and the ranking (排名) of libs/stats, for officials.

/** Every township of `regionCode` (a township: itself) with its month's status. */
export const listPeriods = (q: {
  regionCode: string;
  month: string;
  status?: PeriodStatus | '';
  page?: number;
  pageSize?: number;
}) => get<PeriodsPage>('/periods', { ...q, status: q.status || undefined });

/** Closes a township's month that is over: with its figures, or as 零上报 (`zeroReport`) when it has none. */
export const closePeriod = (regionCode: string, month: string, zeroReport: boolean) =>
  post<ClosedPeriod>(
    '/periods/close',
    zeroReport ? { regionCode, month, zeroReport } : { regionCode, month },
  );

export const ranking = (q: {
  regionCode: string;
  period: string;
  metric: MetricKey;
  level: 'county' | 'township';
}) => get<Ranking>('/stats/ranking', q);
