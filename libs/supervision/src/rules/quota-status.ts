/** Where a quota stands. */
export const QUOTA_STATUSES = ['met', 'on_track', 'at_risk', 'missed'] as const;
export type QuotaStatus = (typeof QUOTA_STATUSES)[number];

/**
 * A quota's status: `met` once delivered reaches required; else `missed` when the period is over;
 * else `on_track` when what is still planned (published shifts ahead) can make up the rest, and
 * `at_risk` when even all of it cannot.
 */
export function quotaStatus(q: {
  required: number;
  delivered: number;
  planned: number;
  periodOver: boolean;
}): QuotaStatus {
  if (q.delivered >= q.required) return 'met';
  if (q.periodOver) return 'missed';
  return q.delivered + q.planned >= q.required ? 'on_track' : 'at_risk';
}
