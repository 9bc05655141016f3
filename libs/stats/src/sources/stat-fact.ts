import type { Topic } from '@app/core';
import type { RollupMetric } from '../metrics';

/**
 * What one record adds to the statistics: counters on one business day (Asia/Shanghai), at one
 * service point, for one lawyer (or none) and one topic (or none). A record gives zero or more facts;
 * an edit is "remove the facts of before, add the facts of after", so every source maps its rows
 * through the functions below and nowhere else decides what counts.
 */
export interface StatFact {
  day: string;
  servicePointId: string;
  /** The service point's region code (a village's 12 digits, a township centre's 9). */
  regionCode: string;
  lawyerId: string | null;
  topic: Topic | null;
  values: Partial<Record<RollupMetric, number>>;
}
