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
 * on a weekend (调休, `workday` true) keeps the hours of the weekday it stands in for: Monday's,
 * failing that the first weekday that has hours. On a rest day only the point's own hours count.
 */
export function openingSpan(
  hours: OpeningPeriod[],
  date: string,
  workday: boolean,
): { from: string; to: string } | null {
  let periods = hours.filter((p) => p.weekday === isoWeekday(date));
  if (!periods.length && workday && isoWeekday(date) >= 6) {
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
  const weekday = isoWeekday(date);
  const open = hours
    .filter((p) => p.weekday === weekday)
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((p) => ({ from: p.from, to: p.to, outsideHours: false }));
  return [...open, ...FALLBACK_VISIT_SLOTS.map((s) => ({ ...s, outsideHours: true }))];
}

const DAY_MS = 86_400_000;
// Intervals touching more days than this (long leave) are few; they are checked one by one.
const MAX_FILED_DAYS = 31;

/**
 * Who is busy when. A lawyer's short intervals are filed under every UTC day they touch, so a check
 * reads only the intervals of the same day or two rather than the lawyer's whole year (which made a
 * province-year quadratic). Two overlapping intervals share their first common millisecond, hence a
 * day. Long, empty or inverted intervals, and checks of an empty or inverted span, compare against
 * everything as before.
 */
class Calendar {
  private readonly byLawyer = new Map<string, { byDay: Map<number, Interval[]>; wide: Interval[] }>();

  constructor(busy: Map<string, Interval[]>) {
    for (const [id, list] of busy) for (const i of list) this.book(id, i.start, i.end);
  }

  isFree(lawyerId: string, start: Date, end: Date): boolean {
    const busy = this.byLawyer.get(lawyerId);
    if (!busy) return true;
    const overlaps = (i: Interval) => i.start < end && start < i.end;
    if (busy.wide.some(overlaps)) return false;
    const s = start.getTime();
    const e = end.getTime();
    if (!(s < e)) return ![...busy.byDay.values()].some((list) => list.some(overlaps));
    for (let day = Math.floor(s / DAY_MS); day <= Math.floor((e - 1) / DAY_MS); day++) {
      if (busy.byDay.get(day)?.some(overlaps)) return false;
    }
    return true;
  }

  book(lawyerId: string, start: Date, end: Date): void {
    let busy = this.byLawyer.get(lawyerId);
    if (!busy) this.byLawyer.set(lawyerId, (busy = { byDay: new Map(), wide: [] }));
    const interval = { start, end };
    const first = Math.floor(start.getTime() / DAY_MS);
    const last = Math.floor((end.getTime() - 1) / DAY_MS);
    if (!(start < end) || last - first >= MAX_FILED_DAYS) {
      busy.wide.push(interval);
      return;
    }
    for (let day = first; day <= last; day++) {
      const list = busy.byDay.get(day);
      if (list) list.push(interval);
      else busy.byDay.set(day, [interval]);
    }
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

  // The same few dates, times and opening hours recur for every point and week: work each out once.
  const instants = new Map<string, number>();
  const instant = (date: string, time: string): Date => {
    const key = `${date} ${time}`;
    let ms = instants.get(key);
    if (ms === undefined) instants.set(key, (ms = businessInstant(date, time).getTime()));
    return new Date(ms);
  };
  const weekdays = new Map<string, number>();
  const slotsByHours = new Map<OpeningPeriod[], Map<number, ReturnType<typeof visitSlots>>>();
  const slotsOf = (hours: OpeningPeriod[], date: string) => {
    let weekday = weekdays.get(date);
    if (weekday === undefined) weekdays.set(date, (weekday = isoWeekday(date)));
    let byWeekday = slotsByHours.get(hours);
    if (!byWeekday) slotsByHours.set(hours, (byWeekday = new Map()));
    let slots = byWeekday.get(weekday);
    if (!slots) byWeekday.set(weekday, (slots = visitSlots(hours, date)));
    return slots;
  };

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
        for (const slot of slotsOf(pilot.openingHours, date)) {
          const start = instant(date, slot.from);
          const end = instant(date, slot.to);
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
      const span = openingSpan(centre.openingHours, date, true);
      if (!span) {
        unfilled.push({ servicePointId: centre.id, date, reason: 'closed' });
        return;
      }
      const start = instant(date, span.from);
      const end = instant(date, span.to);
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
