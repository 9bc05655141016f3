import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, ChangeLedger } from '@app/audit';
import {
  AppError,
  assertInJurisdiction,
  type Caller,
  Clock,
  hasRole,
  isInJurisdiction,
  principalOf,
  ValidationFailedException,
} from '@app/core';
import { RegionsService } from '@app/org';
import { RosterErrors } from '../roster.errors';
import { DutyShiftsRepository } from '../shifts/duty-shifts.repository';
import { DutyShiftsService } from '../shifts/duty-shifts.service';
import { CalendarRepository } from './calendar.repository';
import type { CalendarConflict, LoadNoticeDto } from './dto/calendar.dto';
import { NOTICE_YEARS, noticeProblems, sortedNotice } from './notice';
import type { CalendarDay } from './official-calendar';
import { countyOf, WorkingCalendarService } from './working-calendar.service';

export interface CalendarChange {
  date: string;
  workday: boolean;
}

/**
 * Changes of the working-day calendar and what they reach: the admin loads a year's State Council
 * notice for the whole deployment, a county official overrides single days of their county. Each
 * change lists the shifts now standing on a day off (their bookings go to needs_reschedule, the
 * residents get the SMS of a cancelled shift) and the windows missing on a new working day.
 */
@Injectable()
export class CalendarChangesService {
  constructor(
    private readonly calendar: WorkingCalendarService,
    private readonly repo: CalendarRepository,
    private readonly shiftsRepo: DutyShiftsRepository,
    private readonly shifts: DutyShiftsService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
  ) {}

  /** Loads (or replaces) a year's notice for the whole deployment. */
  async loadNotice(
    caller: Caller,
    yearParam: string,
    dto: LoadNoticeDto,
  ): Promise<{
    year: number;
    changedDays: string[];
    conflicts: CalendarConflict[];
    conflictsOutsideJurisdiction: number;
  }> {
    const year = Number(yearParam);
    if (!/^\d{4}$/.test(yearParam) || year < NOTICE_YEARS.min || year > NOTICE_YEARS.max)
      throw new ValidationFailedException({
        year: [`year must be a year YYYY from ${NOTICE_YEARS.min} to ${NOTICE_YEARS.max}`],
      });
    const problems = noticeProblems(year, dto);
    if (Object.keys(problems).length) throw new ValidationFailedException(problems);
    const notice = sortedNotice({
      year,
      holidays: dto.holidays.map(({ name, from, to }) => ({ name: name.trim(), from, to })),
      makeUpDays: dto.makeUpDays,
    });

    const result = await this.ledger.transaction(async (em) => {
      await this.repo.lockYear(year, em);
      const from = `${year}-01-01`;
      const to = `${year}-12-31`;
      const previous = await this.repo.findNotice(year, em);
      const before = await this.calendar.days(from, to, null, em);
      await this.repo.saveNotice(notice, principalOf(caller)?.id ?? null, this.clock.now(), em);
      const after = await this.calendar.days(from, to, null, em);
      const changes = changedDays(before, after);
      const conflicts = await this.consequences(changes, null, em);
      await this.audit.record(em, {
        action: previous ? 'replace' : 'load',
        entityType: 'calendar_notice',
        entityId: String(year),
        before: previous ? { holidays: previous.holidays, makeUpDays: previous.makeUpDays } : null,
        after: { holidays: notice.holidays, makeUpDays: notice.makeUpDays },
        note: { changedDays: changes.map((c) => c.date), conflicts: conflicts.length },
      });
      return { changes, conflicts };
    });
    const mine = result.conflicts.filter((c) => isInJurisdiction(caller, c.regionCode));
    return {
      year,
      changedDays: result.changes.map((c) => c.date),
      conflicts: mine,
      conflictsOutsideJurisdiction: result.conflicts.length - mine.length,
    };
  }

  /** A county's own answer for one date, whatever the national calendar says. */
  async override(
    caller: Caller,
    date: string,
    dto: { workday: boolean; name?: string; regionCode?: string },
  ): Promise<CalendarDay & { regionCode: string; conflicts: CalendarConflict[] }> {
    const county = await this.countyToChange(caller, dto.regionCode);
    return this.change(date, county, 'update', async (em) => {
      await this.repo.saveOverride(
        { regionCode: county, date, workday: dto.workday, name: dto.name?.trim() ?? '' },
        principalOf(caller)?.id ?? null,
        this.clock.now(),
        em,
      );
    });
  }

  /** Removes a county's override: the date follows the national calendar again. */
  async removeOverride(
    caller: Caller,
    date: string,
    regionCode?: string,
  ): Promise<CalendarDay & { regionCode: string; conflicts: CalendarConflict[] }> {
    const county = await this.countyToChange(caller, regionCode);
    return this.change(date, county, 'delete', async (em) => {
      if (!(await this.repo.deleteOverride(county, date, em)))
        throw new AppError(
          RosterErrors.CALENDAR_OVERRIDE_NOT_FOUND,
          'The county has no override of that date',
          { date, regionCode: county },
        );
    });
  }

  private async change(
    date: string,
    county: string,
    action: 'update' | 'delete',
    write: (em: EntityManager) => Promise<void>,
  ): Promise<CalendarDay & { regionCode: string; conflicts: CalendarConflict[] }> {
    const result = await this.ledger.transaction(async (em) => {
      await this.repo.lockYear(Number(date.slice(0, 4)), em);
      const [before] = await this.calendar.days(date, date, county, em);
      await write(em);
      const [after] = await this.calendar.days(date, date, county, em);
      const conflicts = await this.consequences(changedDays([before], [after]), county, em);
      await this.audit.record(em, {
        action,
        entityType: 'calendar_day',
        entityId: `${county}:${date}`,
        regionCode: county,
        before: { ...before },
        after: { ...after },
        note: conflicts.length ? { conflicts: conflicts.length } : undefined,
      });
      return { ...after, regionCode: county, conflicts };
    });
    return result;
  }

  /**
   * The county a caller changes: a county official their own (403 CALENDAR_NEEDS_COUNTY for a
   * township's or a city's), an admin the one they name within their jurisdiction.
   */
  private async countyToChange(caller: Caller, regionCode?: string): Promise<string> {
    const own = principalOf(caller)?.regionCode ?? '';
    let county: string;
    if (hasRole(caller, 'admin')) {
      const named = countyOf(regionCode);
      if (!named)
        throw new ValidationFailedException({
          regionCode: ['an admin names the county whose calendar changes'],
        });
      county = named;
    } else {
      // The calendar is the county's: a township official cannot move a holiday for the county.
      if (own.length !== 6)
        throw new AppError(
          RosterErrors.CALENDAR_NEEDS_COUNTY,
          'Only county officials and admins change the working-day calendar',
        );
      county = own;
      if (regionCode) assertInJurisdiction(caller, regionCode);
    }
    assertInJurisdiction(caller, county);
    await this.regions.getByCode(county);
    return county;
  }

  /**
   * What changed days reach (within `county`, else everywhere but the counties that override the
   * day): planned shifts on a new day off, whose bookings from today on are moved (the SMS goes after
   * commit); points with window duty that month but none on a new working day.
   */
  private async consequences(
    changes: CalendarChange[],
    county: string | null,
    em: EntityManager,
  ): Promise<CalendarConflict[]> {
    const off = changes.filter((c) => !c.workday).map((c) => c.date);
    const on = changes.filter((c) => c.workday).map((c) => c.date);
    const overridden = county ? new Set<string>() : await this.repo.overriddenOn([...off, ...on], em);
    const follows = (r: { regionCode: string; date: string }) =>
      !overridden.has(`${r.regionCode.slice(0, 6)}|${r.date}`);

    const standing = (await this.shiftsRepo.findStandingOn(off, county ?? undefined, em)).filter(follows);
    const today = this.clock.today();
    for (const shift of standing) if (shift.date >= today) await this.shifts.standOnDayOff(shift, em);
    const missing = (await this.shiftsRepo.findWindowsMissingOn(on, em, county ?? undefined)).filter(follows);

    const conflicts: CalendarConflict[] = [
      ...standing.map((s) => ({
        shiftId: s.id,
        date: s.date,
        regionCode: s.regionCode,
        servicePointId: s.servicePointId,
        reason: 'not_a_working_day',
      })),
      ...missing.map((m) => ({ shiftId: null, ...m, reason: 'missing_on_working_day' })),
    ];
    return conflicts.sort((a, b) => a.date.localeCompare(b.date));
  }
}

/** The dates whose working-day status differs between two answers for the same dates. */
function changedDays(before: CalendarDay[], after: CalendarDay[]): CalendarChange[] {
  return after
    .filter((d, i) => d.workday !== before[i].workday)
    .map((d) => ({ date: d.date, workday: d.workday }));
}
