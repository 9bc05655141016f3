import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, ChangeLedger } from '@app/audit';
import {
  AppError,
  assertInJurisdiction,
  type Caller,
  principalOf,
  businessInstant,
  Clock,
  isInJurisdiction,
  outsideJurisdiction,
} from '@app/core';
import {
  AdvisorAssignmentsService,
  RegionsService,
  ServicePointsService,
  type Staff,
  StaffService,
} from '@app/org';
import { WorkingCalendarService } from '../calendar/working-calendar.service';
import { openingSpan } from '../generation/roster-planner';
import { assertServesRegion, requireLawyer } from '../lawyers';
import { assertPeriod } from '../period';
import { asRosterConflict } from '../roster-db-errors';
import { RosterErrors } from '../roster.errors';
import { DutyShift } from './duty-shift.entity';
import { DUTY_SHIFT, ROSTER_PUBLICATION } from './duty-shift.records';
import { DutyShiftsRepository } from './duty-shifts.repository';
import { CreateShiftDto, DayOffConflict, ListShiftsQuery, PublishDto, ShiftResponse } from './dto/shift.dto';
import { toShiftResponse } from './dto/shift.response';

@Injectable()
export class DutyShiftsService {
  constructor(
    private readonly shifts: DutyShiftsRepository,
    private readonly points: ServicePointsService,
    private readonly regions: RegionsService,
    private readonly staff: StaffService,
    private readonly advisors: AdvisorAssignmentsService,
    private readonly audit: AuditService,
    private readonly ledger: ChangeLedger,
    private readonly calendar: WorkingCalendarService,
    private readonly clock: Clock,
  ) {}

  /** Shifts with their lawyers' names, ready for the API. */
  async respond(shifts: DutyShift[]): Promise<ShiftResponse[]> {
    const names = await this.staff.namesOf(shifts.map((s) => s.lawyerId));
    return shifts.map((s) => toShiftResponse(s, names));
  }

  async list(caller: Caller, q: ListShiftsQuery): Promise<DutyShift[]> {
    assertPeriod(q.from, q.to);
    return this.shifts.findMany(caller, { ...q, includeCancelled: q.includeCancelled === 'true' });
  }

  /** The shift a sign-in at `at` belongs to, allowing `earlyMinutes` before the start. */
  findForSignIn(lawyerId: string, at: Date, earlyMinutes: number): Promise<DutyShift | null> {
    return this.shifts.findForSignIn(lawyerId, at, earlyMinutes * 60_000);
  }

  /** The shift a sign-out at `at` on `date` belongs to: the latest that had started. */
  findForSignOut(lawyerId: string, date: string, at: Date): Promise<DutyShift | null> {
    return this.shifts.findForSignOut(lawyerId, date, at);
  }

  /** Published, planned shifts at these points, for booking slots. */
  publishedAt(pointIds: string[], from: string, to: string): Promise<DutyShift[]> {
    return this.shifts.findPublishedAt(pointIds, from, to);
  }

  /** A shift by id whatever the caller's jurisdiction, for other modules' own checks. */
  findByIdUnscoped(id: string): Promise<DutyShift | null> {
    return this.shifts.findByIdUnscoped(id);
  }

  /** A lawyer's planned shift at a point on a business day, whatever the caller's jurisdiction. */
  plannedShiftOfLawyerAt(
    lawyerId: string,
    servicePointId: string,
    date: string,
    em?: EntityManager,
  ): Promise<DutyShift | null> {
    return this.shifts.findPlannedOfLawyerAt(lawyerId, servicePointId, date, em);
  }

  /**
   * Planned, published window shifts of a business day that began at or before `startedBy` (every
   * region's: for the absence watch, which acts for the system).
   */
  windowShiftsBegunBy(date: string, startedBy: Date): Promise<DutyShift[]> {
    return this.shifts.findWindowsBegunBy(date, startedBy);
  }

  /** The planned on-call shifts of a township (its code's prefix) on a business day, earliest first. */
  onCallOn(townshipCode: string, date: string): Promise<DutyShift[]> {
    return this.shifts.findOnCallOn(townshipCode, date);
  }

  /** Planned shifts in the caller's jurisdiction, for attendance lists. */
  plannedShifts(
    caller: Caller,
    filter: {
      regionCode?: string;
      lawyerId?: string;
      from: string;
      to: string;
    },
  ): Promise<DutyShift[]> {
    return this.shifts.findMany(caller, filter);
  }

  async get(caller: Caller, id: string, em?: EntityManager): Promise<DutyShift> {
    const shift = await this.shifts.findById(caller, id, em);
    if (!shift) throw new AppError(RosterErrors.SHIFT_NOT_FOUND, 'Shift not found', { id });
    return shift;
  }

  async create(caller: Caller, dto: CreateShiftDto): Promise<DutyShift> {
    const point = await this.points.get(caller, dto.servicePointId);
    assertInJurisdiction(caller, point.regionCode);
    if (dto.from >= dto.to)
      throw new AppError(RosterErrors.INVALID_PERIOD, 'The shift ends before it starts', {
        to: ['must be after from'],
      });
    if ((dto.kind === 'village_visit') !== (point.kind === 'village_point')) {
      throw new AppError(
        RosterErrors.KIND_POINT_MISMATCH,
        'Village visits are at village points; window and on-call duty at centres',
        { kind: dto.kind, pointKind: point.kind },
      );
    }
    if (dto.kind !== 'on_call') {
      const workday = await this.calendar.isWorkday(dto.date, point.regionCode);
      const span = openingSpan(point.openingHours, dto.date, workday);
      if (!span || dto.from < span.from || dto.to > span.to) {
        throw new AppError(
          RosterErrors.OUTSIDE_OPENING_HOURS,
          'The shift lies outside the point’s opening hours',
          { openingHours: span },
        );
      }
    }
    const lawyer = await requireLawyer(this.staff, dto.lawyerId);
    assertServesRegion(lawyer, point.regionCode);
    await this.assertMaySchedule(caller, lawyer, { ...dto, regionCode: point.regionCode });
    const id = await this.ledger
      .transaction(async (em) => {
        const saved = await this.shifts.insert(
          {
            servicePointId: point.id,
            regionCode: point.regionCode,
            lawyerId: lawyer.id,
            date: dto.date,
            startsAt: businessInstant(dto.date, dto.from),
            endsAt: businessInstant(dto.date, dto.to),
            kind: dto.kind,
            generated: false,
          },
          em,
        );
        await this.ledger.record(em, DUTY_SHIFT, { action: 'create', before: null, after: saved });
        return saved.id;
      })
      .catch((err: unknown) => {
        throw asRosterConflict(err);
      });
    return this.get(caller, id);
  }

  /**
   * The caller schedules the lawyers of their own jurisdiction (a county official any township's of
   * the county, a township official their own advisor group's), and a lawyer of another township only
   * for a village visit to a village the lawyer advises that day: the advisor assignment, which the
   * village's official made, already put them there (as roster generation does). 403 OUTSIDE_JURISDICTION.
   */
  private async assertMaySchedule(
    caller: Caller,
    lawyer: Staff,
    shift: Pick<DutyShift, 'servicePointId' | 'regionCode' | 'kind' | 'date'>,
    em?: EntityManager,
  ): Promise<void> {
    if (isInJurisdiction(caller, lawyer.regionCode)) return;
    if (
      shift.kind === 'village_visit' &&
      (await this.advisors.advisesOn(lawyer.id, shift.servicePointId, shift.date, em))
    )
      return;
    throw outsideJurisdiction(
      { lawyerId: lawyer.id, regionCode: lawyer.regionCode },
      'That lawyer belongs to another jurisdiction: ask an official who governs both',
    );
  }

  /** Cancels a shift; its bookings are moved and its duty day recounted by the ledger's subscribers. */
  async cancel(caller: Caller, id: string, reason?: string, em?: EntityManager): Promise<DutyShift> {
    return this.ledger.within(em, async (em) => {
      const shift = await this.shifts.findByIdForUpdate(caller, id, em);
      if (!shift) throw new AppError(RosterErrors.SHIFT_NOT_FOUND, 'Shift not found', { id });
      if (shift.status === 'cancelled')
        throw new AppError(RosterErrors.SHIFT_ALREADY_CANCELLED, 'The shift is already cancelled', { id });
      const before = { ...shift };
      Object.assign(shift, {
        status: 'cancelled',
        cancelledAt: this.clock.now(),
        cancelReason: reason ?? null,
      });
      const saved = await this.shifts.save(shift, em);
      await this.ledger.record(em, DUTY_SHIFT, {
        action: 'cancel',
        before,
        after: saved,
        note: reason ? { reason } : undefined,
      });
      return saved;
    });
  }

  /**
   * Hands a planned shift to another lawyer (the roster's 换班); overlaps and leave still apply. With
   * `em`, inside that transaction (an approved swap request, a standby taking an absent lawyer's shift).
   */
  async swap(
    caller: Caller,
    shiftId: string,
    toLawyerId: string,
    opts: { em?: EntityManager; note?: Record<string, unknown> } = {},
  ): Promise<DutyShift> {
    const lawyer = await requireLawyer(this.staff, toLawyerId);
    return this.ledger
      .within(opts.em, async (em) => {
        const shift = await this.shifts.findByIdForUpdate(caller, shiftId, em);
        if (!shift) throw new AppError(RosterErrors.SHIFT_NOT_FOUND, 'Shift not found', { id: shiftId });
        if (shift.status === 'cancelled')
          throw new AppError(RosterErrors.SHIFT_ALREADY_CANCELLED, 'A cancelled shift cannot be swapped', {
            id: shiftId,
          });
        assertServesRegion(lawyer, shift.regionCode);
        await this.assertMaySchedule(caller, lawyer, shift, em);
        const before = { ...shift };
        Object.assign(shift, { swappedFrom: shift.lawyerId, lawyerId: lawyer.id });
        const saved = await this.shifts.save(shift, em);
        await this.ledger.record(em, DUTY_SHIFT, { action: 'swap', before, after: saved, note: opts.note });
        return saved;
      })
      .catch((err: unknown) => {
        throw asRosterConflict(err);
      });
  }

  /**
   * Inside a calendar change's transaction (which the ledger opened): the shift now stands on a day
   * off. The shift itself is unchanged; the ledger's subscribers move its bookings as for a cancelled one.
   */
  async standOnDayOff(shift: DutyShift, em: EntityManager): Promise<void> {
    await this.ledger.record(em, DUTY_SHIFT, {
      action: 'stands_on_day_off',
      before: shift,
      after: shift,
      note: { date: shift.date },
    });
  }

  /**
   * Planned window duty and village visits of a region and period that stand on days off of its
   * county's calendar (on-call duty is meant for days off and is never one), confirmed or not.
   */
  async standingOnDaysOff(
    regionCode: string,
    from: string,
    to: string,
    em?: EntityManager,
  ): Promise<DayOffConflict[]> {
    const off = (await this.calendar.days(from, to, regionCode, em))
      .filter((d) => !d.workday)
      .map((d) => d.date);
    const shifts = await this.shifts.findStandingOn(off, regionCode, em);
    return shifts.map((s) => ({
      shiftId: s.id,
      date: s.date,
      regionCode: s.regionCode,
      servicePointId: s.servicePointId,
      kind: s.kind,
      published: s.published,
      confirmed: s.dayOffConfirmedAt !== null,
      reason: 'not_a_working_day' as const,
    }));
  }

  /**
   * Publishes the planned shifts of a region and period. Shifts standing on days off (after a
   * notice or an override moved a holiday) stop it with 422 SHIFTS_ON_DAYS_OFF until they are
   * cancelled, or until the official confirms them with `confirmDaysOff` (recorded on the shifts).
   */
  async publish(caller: Caller, dto: PublishDto): Promise<number> {
    assertPeriod(dto.from, dto.to);
    await this.regions.getByCode(dto.regionCode);
    assertInJurisdiction(caller, dto.regionCode);
    return this.ledger.transaction(async (em) => {
      const unconfirmed = (await this.standingOnDaysOff(dto.regionCode, dto.from, dto.to, em)).filter(
        (c) => !c.confirmed,
      );
      if (unconfirmed.length && !dto.confirmDaysOff) {
        throw new AppError(
          RosterErrors.SHIFTS_ON_DAYS_OFF,
          'Some shifts stand on days off: cancel them, or publish with confirmDaysOff: true to keep them',
          { conflicts: unconfirmed },
        );
      }
      if (unconfirmed.length) {
        await this.shifts.confirmDayOff(
          unconfirmed.map((c) => c.shiftId),
          principalOf(caller)?.id ?? null,
          this.clock.now(),
          em,
        );
        await this.audit.record(em, {
          action: 'confirm_day_off',
          entityType: 'duty_shift',
          regionCode: dto.regionCode,
          note: { shifts: unconfirmed.map((c) => ({ id: c.shiftId, date: c.date })) },
        });
      }
      const shifts = await this.shifts.publish(dto.regionCode, dto.from, dto.to, this.clock.now(), em);
      // Booking subscribes: the published shifts' slots are made here, in the same transaction.
      await this.ledger.record(em, ROSTER_PUBLICATION, {
        action: 'publish',
        before: null,
        after: { regionCode: dto.regionCode, from: dto.from, to: dto.to, shifts },
        note: { from: dto.from, to: dto.to, published: shifts.length },
      });
      return shifts.length;
    });
  }
}
