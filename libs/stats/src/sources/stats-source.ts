import type { RecordKind } from '@app/audit';
import type { StatFact } from './stat-fact';

/**
 * What counts of one kind of record: the facts a record adds to the statistics (none when voided,
 * cancelled or not yet counted). An edit moves the counters from the facts of before to those of after.
 */
export interface StatsSource<T> {
  kind: RecordKind<T>;
  facts: (record: T) => StatFact[];
}
