import { addDays, businessInstant, isoWeekday, isoWeekOf } from '@app/core';
import type { OpeningPeriod } from '@app/org';

export interface Interval {
  start: Date;
  end: Date;
}

export interface PlannedShift {
  servicePointId: string;
  regionCode: string;
  lawyerId: string;
  date: string;
  startsAt: Date;
  endsAt: Date;
  kind: 'window' | 'village_visit';
}

export interface RosterPlanInput {
  /** Working days of the period to fill with window duty, sorted. */
  windowDays: string[];
  /** ISO weeks that need a pilot visit, each with its working days (possibly outside the period), sorted. */
  visitWeeks: { key: string; workdays: string[] }[];
  centres: { id: string; regionCode: string; openingHours: OpeningPeriod[]; lawyerIds: string[] }[];
  pilots: { id: string; regionCode: string; openingHours: OpeningPeriod[] }[];
  /** The advisor of a village point on a date, or null. */
  advisorOn: (servicePointId: string, date: string) => string | null;
  /** Leave and existing planned shifts, per lawyer. */
  busy: Map<string, Interval[]>;
  /** `${servicePointId}|${date}` of window shifts that already exist. */
  existingWindows: Set<string>;
  /** `${servicePointId}|${weekKey}` of visits that already exist. */
  existingVisits: Set<string>;
  /** Window shifts each lawyer already has in the period, so the rotation stays balanced. */
  windowCounts?: Map<string, number>;
}

export interface RosterPlan {
  shifts: PlannedShift[];
  /** What could not be filled, and why (nobody free, no opening hours, no advisor). */
  unfilled: { servicePointId: string; date?: string; week?: string; reason: string }[];
}

// When a village's own hours leave no room in a week, the advisor visits in office hours.
const FALLBACK_VISIT_SLOTS = [
  { from: '09:00', to: '11:30' },
  { from: '14:00', to: '16:30' },
];

const compare = (a: number[], b: number[]) => a.reduce((r, v, i) => r || v - b[i], 0);

/**
 * The opening span of a point on a date: earliest opening to latest closing. A make-up working day
 * on a weekend (调休) keeps the hours of the weekday it stands in for: Monday's, failing that the
 * first weekday that has hours.
 */
export function openingSpan(hours: OpeningPeriod[], date: string): { from: string; to: string } | null {
  let periods = hours.filter((p) => p.weekday === isoWeekday(date));
  if (!periods.length && isoWeekday(date) >= 6) {
    const weekday = [1, 2, 3, 4, 5].find((d) => hours.some((p) => p.weekday === d));
    periods = weekday ? hours.filter((p) => p.weekday === weekday) : [];
  }
  if (!periods.length) return null;
  return {
    from: periods.reduce((m, p) => (p.from < m ? p.from : m), periods[0].from),
    to: periods.reduce((m, p) => (p.to > m ? p.to : m), periods[0].to),
  };
}

/** Where a visit can sit on a date: the village's opening periods, then office-hour fallbacks. */
function visitSlots(
  hours: OpeningPeriod[],
  date: string,
): { from: string; to: string; outsideHours: boolean }[] {
  const open = hours
    .filter((p) => p.weekday === isoWeekday(date))
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((p) => ({ from: p.from, to: p.to, outsideHours: false }));
  return [...open, ...FALLBACK_VISIT_SLOTS.map((s) => ({ ...s, outsideHours: true }))];
}

class Calendar {
  private readonly byLawyer = new Map<string, Interval[]>();

  constructor(busy: Map<string, Interval[]>) {
    for (const [id, list] of busy) this.byLawyer.set(id, [...list]);
  }

  isFree(lawyerId: string, start: Date, end: Date): boolean {
    return !(this.byLawyer.get(lawyerId) ?? []).some((i) => i.start < end && start < i.end);
  }

  book(lawyerId: string, start: Date, end: Date): void {
    const list = this.byLawyer.get(lawyerId) ?? [];
    list.push({ start, end });
    this.byLawyer.set(lawyerId, list);
  }
}

/**
 * Plans a roster: one visit per ISO week to every pilot village by its advisor, spread over the
 * week so that an advisor's visits fall on different days; then window duty at every township
 * centre on every working day, rotating among the centre's advisor group so that counts stay
 * within one of each other. Nobody on leave, no overlaps, and what already exists is kept.
 */
export function planRoster(input: RosterPlanInput): RosterPlan {
  const calendar = new Calendar(input.busy);
  const shifts: PlannedShift[] = [];
  const unfilled: RosterPlan['unfilled'] = [];

  // Visits first: each needs one particular lawyer, while window duty can go to any of a group.
  const visitsOfLawyerOnDay = new Map<string, number>();
  const visitsOnDay = new Map<string, number>();
  for (const week of input.visitWeeks) {
    for (const pilot of input.pilots) {
      if (input.existingVisits.has(`${pilot.id}|${week.key}`)) continue;
      let best: { date: string; lawyerId: string; start: Date; end: Date; score: number[] } | null = null;
      let reason = week.workdays.length ? 'no_advisor' : 'no_working_day';
      for (const [order, date] of week.workdays.entries()) {
        const lawyerId = input.advisorOn(pilot.id, date);
        if (!lawyerId) continue;
        reason = 'advisor_busy';
        for (const slot of visitSlots(pilot.openingHours, date)) {
          const start = businessInstant(date, slot.from);
          const end = businessInstant(date, slot.to);
          if (!calendar.isFree(lawyerId, start, end)) continue;
          // Inside the village's opening hours first, then the advisor's least busy day, then the quietest day.
          const score = [
            slot.outsideHours ? 1 : 0,
            visitsOfLawyerOnDay.get(`${lawyerId}|${date}`) ?? 0,
            visitsOnDay.get(date) ?? 0,
            order,
          ];
          if (!best || compare(score, best.score) < 0) best = { date, lawyerId, start, end, score };
        }
      }
      if (!best) {
        unfilled.push({ servicePointId: pilot.id, week: week.key, reason });
        continue;
      }
      calendar.book(best.lawyerId, best.start, best.end);
      visitsOfLawyerOnDay.set(`${best.lawyerId}|${best.date}`, best.score[1] + 1);
      visitsOnDay.set(best.date, best.score[2] + 1);
      shifts.push({
        servicePointId: pilot.id,
        regionCode: pilot.regionCode,
        lawyerId: best.lawyerId,
        date: best.date,
        startsAt: best.start,
        endsAt: best.end,
        kind: 'village_visit',
      });
    }
  }

  for (const centre of input.centres) {
    const counts = new Map(centre.lawyerIds.map((id) => [id, input.windowCounts?.get(id) ?? 0]));
    const lastDay = new Map<string, number>();
    input.windowDays.forEach((date, dayIndex) => {
      if (input.existingWindows.has(`${centre.id}|${date}`)) return;
      const span = openingSpan(centre.openingHours, date);
      if (!span) {
        unfilled.push({ servicePointId: centre.id, date, reason: 'closed' });
        return;
      }
      const start = businessInstant(date, span.from);
      const end = businessInstant(date, span.to);
      let chosen: string | null = null;
      for (const id of centre.lawyerIds) {
        if (!calendar.isFree(id, start, end)) continue;
        if (
          chosen === null ||
          counts.get(id)! < counts.get(chosen)! ||
          (counts.get(id) === counts.get(chosen) && (lastDay.get(id) ?? -1) < (lastDay.get(chosen) ?? -1))
        ) {
          chosen = id;
        }
      }
      if (!chosen) {
        unfilled.push({
          servicePointId: centre.id,
          date,
          reason: centre.lawyerIds.length ? 'nobody_free' : 'no_advisor_group',
        });
        return;
      }
      calendar.book(chosen, start, end);
      counts.set(chosen, counts.get(chosen)! + 1);
      lastDay.set(chosen, dayIndex);
      shifts.push({
        servicePointId: centre.id,
        regionCode: centre.regionCode,
        lawyerId: chosen,
        date,
        startsAt: start,
        endsAt: end,
        kind: 'window',
      });
    });
  }
  return { shifts, unfilled };
}

/** ISO weeks whose Thursday lies in the period (the ISO rule for which month a week belongs to). */
export function weeksOfPeriod(from: string, to: string): { key: string; monday: string; sunday: string }[] {
  const weeks: { key: string; monday: string; sunday: string }[] = [];
  let w = isoWeekOf(from);
  if (w.thursday < from) w = isoWeekOf(addDays(w.sunday, 1));
  while (w.thursday <= to) {
    weeks.push({ key: w.key, monday: w.monday, sunday: w.sunday });
    w = isoWeekOf(addDays(w.sunday, 1));
  }
  return weeks;
}
