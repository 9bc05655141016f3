import { Injectable } from '@nestjs/common';
import { assertInJurisdiction, type Caller, datesBetween, monthRange } from '@app/core';
import { RegionsService, ServicePointsService } from '@app/org';
import { WorkingCalendarService } from '../calendar/working-calendar.service';
import { DutyShiftsRepository } from '../shifts/duty-shifts.repository';
import { DutyShiftsService } from '../shifts/duty-shifts.service';
import type { RosterCoverage } from './dto/roster-coverage.response';
import { weeksOfPeriod } from './roster-planner';

/** Where a month's roster falls short of the promises: window duty every working day, a weekly pilot visit. */
@Injectable()
export class RosterCoverageService {
  constructor(
    private readonly shifts: DutyShiftsRepository,
    private readonly shiftsService: DutyShiftsService,
    private readonly calendar: WorkingCalendarService,
    private readonly regions: RegionsService,
    private readonly points: ServicePointsService,
  ) {}

  async coverage(caller: Caller, regionCode: string, month: string): Promise<RosterCoverage> {
    await this.regions.getByCode(regionCode);
    assertInJurisdiction(caller, regionCode);
    const { from, to } = monthRange(month);
    const weeks = weeksOfPeriod(from, to);
    const first = weeks[0]?.monday < from ? weeks[0].monday : from;
    const last = weeks.at(-1)?.sunday ?? to;
    const days = await this.calendar.days(first < from ? first : from, last > to ? last : to, regionCode);
    const workday = new Set(days.filter((d) => d.workday).map((d) => d.date));
    const workdays = datesBetween(from, to).filter((d) => workday.has(d));
    const provisionalDays = days
      .filter((d) => d.date >= from && d.date <= to && d.source === 'provisional')
      .map((d) => d.date);

    const [centres, villages] = await Promise.all([
      this.points.listActive(caller, { regionCode, kind: 'township_center' }),
      this.points.listActive(caller, { regionCode, kind: 'village_point' }),
    ]);
    const pilots = villages.filter((v) => v.isPilot);
    const [windows, visits, conflicts] = await Promise.all([
      this.shifts.findPlannedAt(
        centres.map((c) => c.id),
        'window',
        from,
        to,
      ),
      this.shifts.findPlannedAt(
        pilots.map((p) => p.id),
        'village_visit',
        first,
        last,
      ),
      this.shiftsService.standingOnDaysOff(regionCode, from, to),
    ]);
    const covered = new Set(windows.map((w) => `${w.servicePointId}|${w.date}`));
    const visited = new Set(
      visits.map(
        (v) => `${v.servicePointId}|${weeks.find((w) => v.date >= w.monday && v.date <= w.sunday)?.key}`,
      ),
    );

    return {
      regionCode,
      month,
      workdays: workdays.length,
      provisional: provisionalDays.length > 0,
      provisionalDays,
      gaps: centres.flatMap((c) =>
        workdays
          .filter((d) => !covered.has(`${c.id}|${d}`))
          .map((date) => ({
            date,
            servicePointId: c.id,
            servicePointName: c.name,
            reason: 'no_window_shift' as const,
          })),
      ),
      pilotVisitGaps: weeks
        // A week without a working day (a holiday week) owes no visit.
        .filter((w) => datesBetween(w.monday, w.sunday).some((d) => workday.has(d)))
        .flatMap((w) =>
          pilots
            .filter((p) => !visited.has(`${p.id}|${w.key}`))
            .map((p) => ({
              week: w.key,
              from: w.monday,
              to: w.sunday,
              servicePointId: p.id,
              servicePointName: p.name,
            })),
        ),
      conflicts,
    };
  }
}
