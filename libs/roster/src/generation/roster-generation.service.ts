import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { addDays, assertInJurisdiction, type Caller, businessInstant, datesBetween } from '@app/core';
import { AdvisorAssignmentsService, RegionsService, ServicePointsService, StaffService } from '@app/org';
import { WorkingCalendarService } from '../calendar/working-calendar.service';
import { assertPeriod } from '../period';
import { DutyShiftsRepository } from '../shifts/duty-shifts.repository';
import { UnavailabilityRepository } from '../unavailability/unavailability.repository';
import { Interval, planRoster, PlannedShift, RosterPlan, weeksOfPeriod } from './roster-planner';

export interface GenerationResult {
  created: number;
  shifts: PlannedShift[];
  /** The ids of `shifts`, in the same order. */
  ids: string[];
  unfilled: RosterPlan['unfilled'];
  /** The days of the period whose calendar is provisional (a year without its State Council notice). */
  provisionalDays: string[];
}

// Generations are rare and must not plan against each other's half-written rosters.
const GENERATION_LOCK = 7305202613;

/**
 * Fills a region's roster for a period: window duty at every township centre on every working day
 * and a weekly visit to every pilot village, keeping what already exists (re-running fills gaps).
 */
@Injectable()
export class RosterGenerationService {
  constructor(
    private readonly shifts: DutyShiftsRepository,
    private readonly leave: UnavailabilityRepository,
    private readonly calendar: WorkingCalendarService,
    private readonly regions: RegionsService,
    private readonly points: ServicePointsService,
    private readonly staff: StaffService,
    private readonly advisors: AdvisorAssignmentsService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async generate(caller: Caller, regionCode: string, from: string, to: string): Promise<GenerationResult> {
    assertPeriod(from, to);
    await this.regions.getByCode(regionCode);
    assertInJurisdiction(caller, regionCode);
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [GENERATION_LOCK]);
      const weeks = weeksOfPeriod(from, to);
      const first = weeks.length && weeks[0].monday < from ? weeks[0].monday : from;
      const last = weeks.length && weeks[weeks.length - 1].sunday > to ? weeks[weeks.length - 1].sunday : to;
      const days = await this.calendar.days(first, last, regionCode, em);
      const workday = new Set(days.filter((d) => d.workday).map((d) => d.date));

      const [centres, villages, lawyers, assignments] = await Promise.all([
        this.points.listActive(caller, { regionCode, kind: 'township_center' }),
        this.points.listActive(caller, { regionCode, kind: 'village_point' }),
        this.staff.activeLawyersUnder(regionCode.slice(0, 6)),
        this.advisors.inForceBetween(regionCode, first, last),
      ]);
      const pilots = villages.filter((v) => v.isPilot);
      const lawyerIds = lawyers.map((l) => l.id);
      const windowStart = businessInstant(first);
      const windowEnd = businessInstant(addDays(last, 1));
      // One after the other: these share the transaction's connection.
      const leave = await this.leave.findOfLawyers(lawyerIds, windowStart, windowEnd, em);
      const planned = await this.shifts.findPlannedOfLawyers(lawyerIds, windowStart, windowEnd, em);
      const existingWindows = await this.shifts.findPlannedAt(
        centres.map((c) => c.id),
        'window',
        from,
        to,
        em,
      );
      const existingVisits = await this.shifts.findPlannedAt(
        pilots.map((p) => p.id),
        'village_visit',
        first,
        last,
        em,
      );

      const busy = new Map<string, Interval[]>();
      for (const i of [...leave, ...planned]) {
        const list = busy.get(i.lawyerId) ?? [];
        list.push({ start: i.startsAt, end: i.endsAt });
        busy.set(i.lawyerId, list);
      }
      const assignmentsByPoint = new Map<string, typeof assignments>();
      for (const a of assignments)
        assignmentsByPoint.set(a.servicePointId, [...(assignmentsByPoint.get(a.servicePointId) ?? []), a]);
      const windowCounts = new Map<string, number>();
      for (const s of planned)
        if (s.kind === 'window' && s.date >= from && s.date <= to)
          windowCounts.set(s.lawyerId, (windowCounts.get(s.lawyerId) ?? 0) + 1);
      const weekOf = new Map(
        weeks.flatMap((w) => datesBetween(w.monday, w.sunday).map((d) => [d, w.key] as const)),
      );
      // Each centre's group: the lawyers of its township, in the order listed (one pass, not one per centre).
      const lawyerIdsByRegion = new Map<string, string[]>();
      for (const l of lawyers) {
        const ids = lawyerIdsByRegion.get(l.regionCode);
        if (ids) ids.push(l.id);
        else lawyerIdsByRegion.set(l.regionCode, [l.id]);
      }

      const plan = planRoster({
        windowDays: datesBetween(from, to).filter((d) => workday.has(d)),
        visitWeeks: weeks.map((w) => ({
          key: w.key,
          workdays: datesBetween(w.monday, w.sunday).filter((d) => workday.has(d)),
        })),
        centres: centres.map((c) => ({
          id: c.id,
          regionCode: c.regionCode,
          openingHours: c.openingHours,
          lawyerIds: [...(lawyerIdsByRegion.get(c.regionCode) ?? [])],
        })),
        pilots: pilots.map((p) => ({ id: p.id, regionCode: p.regionCode, openingHours: p.openingHours })),
        advisorOn: (pointId, date) =>
          assignmentsByPoint
            .get(pointId)
            ?.find((a) => a.validFrom <= date && (a.validTo === null || a.validTo >= date))?.lawyerId ?? null,
        busy,
        existingWindows: new Set(existingWindows.map((w) => `${w.servicePointId}|${w.date}`)),
        existingVisits: new Set(existingVisits.map((v) => `${v.servicePointId}|${weekOf.get(v.date)}`)),
        windowCounts,
      });

      // The planned shifts are inserted as they are: no copies of half a million objects.
      const ids = await this.shifts.insertGenerated(plan.shifts, em);
      await this.audit.record(em, {
        action: 'generate',
        entityType: 'duty_shift',
        regionCode,
        note: { from, to, created: ids.length, unfilled: plan.unfilled.length },
      });
      return {
        created: ids.length,
        shifts: plan.shifts,
        ids,
        unfilled: plan.unfilled,
        provisionalDays: days
          .filter((d) => d.date >= from && d.date <= to && d.source === 'provisional')
          .map((d) => d.date),
      };
    });
  }
}
