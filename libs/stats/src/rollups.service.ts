import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type DutyDayFacts, dutyDayFacts, type PointDay } from './sources/duty-day-facts';
import type { StatFact } from './sources/stat-fact';
import type { Topic } from '@app/core';
import type { RollupMetric } from './metrics';

export interface RollupDelta {
  regionCode: string;
  day: string;
  servicePointId: string;
  lawyerId: string | null;
  topic: Topic | null;
  metric: RollupMetric;
  value: number;
}

/** The net change from `before` to `after`, one entry per key and counter, zeros dropped, in key order. */
export function rollupDeltas(before: StatFact[], after: StatFact[]): RollupDelta[] {
  const byKey = new Map<string, RollupDelta>();
  const add = (facts: StatFact[], sign: 1 | -1) => {
    for (const f of facts)
      for (const [metric, v] of Object.entries(f.values) as [RollupMetric, number][]) {
        if (!v) continue;
        const key = [f.regionCode, f.day, f.servicePointId, f.lawyerId ?? '', f.topic ?? '', metric].join(
          '|',
        );
        const d = byKey.get(key);
        if (d) d.value += sign * v;
        else
          byKey.set(key, {
            regionCode: f.regionCode,
            day: f.day,
            servicePointId: f.servicePointId,
            lawyerId: f.lawyerId,
            topic: f.topic,
            metric,
            value: sign * v,
          });
      }
  };
  add(before, -1);
  add(after, 1);
  return [...byKey.entries()]
    .filter(([, d]) => d.value !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, d]) => d);
}

// Namespace of the transaction-scoped advisory locks on a point-day's duty count.
const DUTY_DAY_LOCK_SEED = 7_231;

/**
 * Keeps the statistics' counters in step with the records. Every source calls `apply` inside the
 * transaction that changes the record, with the facts of the record before and after the change
 * (`[]` for "did not exist" or "voided"), so the counters commit or roll back with it. One call is
 * one statement (`stat_apply`), which writes the fine and the coarse levels.
 */
@Injectable()
export class StatsRollups {
  async apply(em: EntityManager, before: StatFact[], after: StatFact[]): Promise<void> {
    await this.applyDeltas(em, rollupDeltas(before, after));
  }

  /** Adds ready-made deltas (the recount's repairs use it too). */
  async applyDeltas(em: EntityManager, deltas: RollupDelta[]): Promise<void> {
    if (!deltas.length) return;
    await em.query(
      `SELECT stat_apply($1::varchar[], $2::date[], $3::uuid[], $4::uuid[], $5::varchar[], $6::varchar[], $7::bigint[])`,
      [
        deltas.map((d) => d.regionCode),
        deltas.map((d) => d.day),
        deltas.map((d) => d.servicePointId),
        deltas.map((d) => d.lawyerId),
        deltas.map((d) => d.topic),
        deltas.map((d) => d.metric),
        deltas.map((d) => d.value),
      ],
    );
  }

  /**
   * Brings the window-duty counters (`dutyDays`, `lawyerDutyDays`) of these point-days up to date.
   * A duty day is not a sum over records — two lawyers signing in at one window still make one day —
   * so instead of before/after facts of one record, the caller gives `current`, which reads who is
   * signed in now (in this transaction); what the counters hold is the "before". The point-days are
   * locked first (in a fixed order), so two sign-ins at the same window count the day once.
   *
   * `current` answers one entry per (point, day, region code) of every window shift there, with the
   * lawyers signed in for a planned one (an empty list when nobody is).
   */
  async refreshDutyDays(
    em: EntityManager,
    pointDays: PointDay[],
    current: (pointDays: PointDay[]) => Promise<DutyDayFacts[]>,
  ): Promise<void> {
    const keys = [...new Map(pointDays.map((p) => [`${p.servicePointId}|${p.day}`, p])).entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, p]) => p);
    if (!keys.length) return;
    await em.query(
      `SELECT pg_advisory_xact_lock(hashtextextended(k, ${DUTY_DAY_LOCK_SEED}))
         FROM (SELECT k FROM unnest($1::text[]) AS k ORDER BY k) AS sorted`,
      [keys.map((k) => `${k.servicePointId}|${k.day}`)],
    );
    const now = await current(keys);
    const regionCodes = [...new Set(now.map((d) => d.regionCode))];
    if (!regionCodes.length) return;
    const stored: {
      region_code: string;
      day: string;
      service_point_id: string;
      lawyer_id: string | null;
      metric: RollupMetric;
      value: string;
    }[] = await em.query(
      `SELECT t.region_code, to_char(t.day, 'YYYY-MM-DD') AS day, t.service_point_id, t.lawyer_id, t.metric, t.value
         FROM stat_daily t
         JOIN unnest($2::uuid[], $3::date[]) AS k (service_point_id, day)
           ON t.service_point_id = k.service_point_id AND t.day = k.day
        WHERE t.region_code = ANY($1::varchar[]) AND t.topic IS NULL
          AND t.metric IN ('dutyDays', 'lawyerDutyDays') AND t.value <> 0`,
      [regionCodes, keys.map((k) => k.servicePointId), keys.map((k) => k.day)],
    );
    const before: StatFact[] = stored.map((r) => ({
      day: r.day,
      servicePointId: r.service_point_id,
      regionCode: r.region_code,
      lawyerId: r.lawyer_id,
      topic: null,
      values: { [r.metric]: Number(r.value) },
    }));
    await this.apply(em, before, now.flatMap(dutyDayFacts));
  }
}
