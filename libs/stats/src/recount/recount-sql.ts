import { BUSINESS_TIME_ZONE } from '@app/core';
import { COUNTED_APPOINTMENT_STATUSES } from '@app/booking';
import { TOPICS } from '@app/core';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const day = (column: string) => `(${column} AT TIME ZONE '${BUSINESS_TIME_ZONE}')::date`;

/**
 * The counters recounted from the raw tables with plain SQL, by the definitions in API.md, written
 * independently of the facts functions that feed the rollups, so that the two can check each other.
 * One row per fine key: (region_code, day, service_point_id, lawyer_id, topic, metric, value).
 *
 * Parameters: $1/$2 the region range [from, to), $3/$4 the business days [from, to] as dates,
 * $5/$6 the same as instants [from, to).
 */
export const RECOUNT_SQL = `
  WITH duty AS (
    SELECT DISTINCT s.region_code, s.date, s.service_point_id, s.lawyer_id
      FROM duty_shift s
      JOIN attendance_event e ON e.shift_id = s.id AND e.type = 'check_in' AND e.lawyer_id = s.lawyer_id
     WHERE s.kind = 'window' AND s.status = 'planned'
       AND NOT EXISTS (SELECT 1 FROM attendance_event v WHERE v.voids_event_id = e.id)
       -- A sign-in sent too late for its time to be taken counts only once an official accepted it.
       AND (e.status <> 'pending_review'
            OR EXISTS (SELECT 1 FROM attendance_event a WHERE a.reviews_event_id = e.id AND a.type = 'accept'))
       AND s.region_code >= $1 AND s.region_code < $2 AND s.date >= $3 AND s.date <= $4
  ),
  facts (region_code, day, service_point_id, lawyer_id, topic, metric, value) AS (
    SELECT l.region_code, ${day('l.occurred_at')}, l.service_point_id, l.lawyer_id, l.topic::varchar, m.metric, m.value
      FROM service_log l
      CROSS JOIN LATERAL (VALUES
        ('consultations',      CASE WHEN l.type = 'consultation' THEN l.people_count END),
        ('documentsDrafted',   CASE WHEN l.type = 'document_drafting' THEN 1 END),
        ('legalAidReferrals',  CASE WHEN l.type = 'legal_aid' THEN 1 END),
        ('mediations',         CASE WHEN l.type = 'mediation' THEN 1 END),
        ('mediationsResolved', CASE WHEN l.type = 'mediation' AND l.resolved THEN 1 END),
        ('mediationAmount',    CASE WHEN l.type = 'mediation' THEN l.amount_involved_fen END),
        ('gridGuidance',       CASE WHEN l.type = 'grid_guidance' THEN 1 END),
        ('villageAffairs',     CASE WHEN l.type = 'village_affairs' THEN 1 END),
        ('contractsReviewed',  CASE WHEN l.type = 'contract_review' THEN 1 END),
        ('contractAmount',     CASE WHEN l.type = 'contract_review' THEN l.contract_amount_fen END)
      ) AS m (metric, value)
     WHERE l.voided_at IS NULL AND m.value <> 0
       AND l.region_code >= $1 AND l.region_code < $2 AND l.occurred_at >= $5 AND l.occurred_at < $6

    UNION ALL
    SELECT w.region_code, ${day('w.held_at')}, w.service_point_id, w.lecturer_id, NULL, m.metric, m.value
      FROM workshop w
      CROSS JOIN LATERAL (VALUES
        ('workshops',        1),
        ('lectures',         CASE WHEN w.kind = 'lecture' THEN 1 END),
        ('workshopAudience', w.audience_count)
      ) AS m (metric, value)
     WHERE w.voided_at IS NULL AND m.value <> 0
       AND w.region_code >= $1 AND w.region_code < $2 AND w.held_at >= $5 AND w.held_at < $6

    UNION ALL
    SELECT c.region_code, ${day('c.decided_at')}, c.service_point_id, c.assigned_lawyer_id, NULL, 'legalAidCases', 1
      FROM legal_aid_case c
     WHERE c.accepted
       AND c.region_code >= $1 AND c.region_code < $2 AND c.decided_at >= $5 AND c.decided_at < $6

    UNION ALL
    SELECT c.region_code, ${day('c.closed_at')}, c.service_point_id, c.assigned_lawyer_id, NULL,
           'legalAidRecovered', c.amount_recovered_fen
      FROM legal_aid_case c
     WHERE c.status = 'closed' AND c.amount_recovered_fen > 0
       AND c.region_code >= $1 AND c.region_code < $2 AND c.closed_at >= $5 AND c.closed_at < $6

    UNION ALL
    SELECT a.region_code, ${day('a.starts_at')}, a.service_point_id, a.lawyer_id,
           CASE WHEN a.topic IN (${list(TOPICS)}) THEN a.topic::varchar END, m.metric, m.value
      FROM appointment a
      CROSS JOIN LATERAL (VALUES
        ('appointments',          1),
        ('appointmentsCompleted', CASE WHEN a.status = 'completed' THEN 1 END),
        ('noShows',               CASE WHEN a.status = 'no_show' THEN 1 END),
        ('ratings',               CASE WHEN a.rating IS NOT NULL THEN 1 END),
        ('ratingsSatisfied',      CASE WHEN a.rating >= 4 THEN 1 END)
      ) AS m (metric, value)
     WHERE a.status IN (${list(COUNTED_APPOINTMENT_STATUSES)}) AND m.value <> 0
       AND a.region_code >= $1 AND a.region_code < $2 AND a.starts_at >= $5 AND a.starts_at < $6

    UNION ALL
    -- 坐诊: a window shift whose own lawyer has a sign-in for it that no void cancels; the day once
    -- per point, and once per lawyer.
    SELECT region_code, date, service_point_id, NULL, NULL, 'dutyDays', 1
      FROM duty GROUP BY region_code, date, service_point_id
    UNION ALL
    SELECT region_code, date, service_point_id, lawyer_id, NULL, 'lawyerDutyDays', 1
      FROM duty
  )
  SELECT region_code, day, service_point_id, lawyer_id, topic, metric, sum(value)::bigint AS value
    FROM facts
   GROUP BY region_code, day, service_point_id, lawyer_id, topic, metric
  HAVING sum(value) <> 0`;
