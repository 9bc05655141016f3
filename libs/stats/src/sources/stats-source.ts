import type { RecordKind } from '@app/audit';
import type { StatFact } from './stat-fact';

/**
 * What counts of one kind of record: the facts a record adds to the statistics (none when voided,
 * cancelled or not yet counted). An edit moves the counters from the facts of before to those of after.
 */
export interface StatsSource<T> {
  kind: RecordKind<T>;
  facts: (record: T) => StatFact[];
  /**
   * The same counts recounted from the raw table with plain SQL, written independently of `facts`
   * so that the two check each other (`stats verify`): rows of (region_code, day, service_point_id,
   * lawyer_id, topic, metric, value) for the region range [$1, $2), the business days [$3, $4] and
   * the instants [$5, $6).
   */
  recount: string;
}
