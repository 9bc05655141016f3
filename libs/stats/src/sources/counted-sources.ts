import { appointmentsSource } from './appointments.source';
import { followUpsSource } from './follow-ups.source';
import { legalAidSource } from './legal-aid.source';
import { serviceLogsSource } from './service-logs.source';
import type { StatsSource } from './stats-source';
import { workshopsSource } from './workshops.source';

/**
 * Every counted kind of record with what counts of it, one file each. A new counter of an existing
 * kind is a change to its source file (its facts and its recount), its metric definition in
 * metrics.ts, and a migration that fills it for the past.
 */
export const COUNTED_SOURCES = [
  serviceLogsSource,
  workshopsSource,
  legalAidSource,
  appointmentsSource,
  followUpsSource,
] as StatsSource<unknown>[];
