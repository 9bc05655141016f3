import { COUNTED_SOURCES } from '../sources/counted-sources';
import { DUTY_DAYS_RECOUNT } from '../sources/duty-days.source';

/**
 * The counters recounted from the raw tables with plain SQL: each source's `recount`, written
 * independently of the facts functions that feed the rollups, so that the two can check each other.
 * One row per fine key: (region_code, day, service_point_id, lawyer_id, topic, metric, value).
 *
 * Parameters: $1/$2 the region range [from, to), $3/$4 the business days [from, to] as dates,
 * $5/$6 the same as instants [from, to).
 */
export const RECOUNT_SQL = `
  WITH facts (region_code, day, service_point_id, lawyer_id, topic, metric, value) AS (
    ${[...COUNTED_SOURCES.map((s) => s.recount), DUTY_DAYS_RECOUNT].map((sql) => `(${sql})`).join('\n    UNION ALL\n')}
  )
  SELECT region_code, day, service_point_id, lawyer_id, topic, metric, sum(value)::bigint AS value
    FROM facts
   GROUP BY region_code, day, service_point_id, lawyer_id, topic, metric
  HAVING sum(value) <> 0`;
