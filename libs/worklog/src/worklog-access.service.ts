import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  AppError,
  type ErrorCode,
  assertInJurisdiction,
  businessDate,
  hasRole,
  type Principal,
  ValidationFailedException,
} from '@app/core';
import {
  AdvisorAssignmentsService,
  OrgErrors,
  type ServicePoint,
  ServicePointsService,
  StaffService,
} from '@app/org';
import { DutyShiftsService } from '@app/roster';
import { editRight, type EditableEntry } from './rules/edit-right';
import { editableUntil, instantProblem, withinLawyerWindow } from './rules/entry-time';
import { WorklogErrors } from './worklog.errors';

/** The caller as the work log's rules see them. */
export interface WorklogActor {
  id: string;
  /** Officials record and correct for anyone in their jurisdiction; everyone else only for themselves. */
  isOfficial: boolean;
}

export function actorOf(caller: Principal): WorklogActor {
  return { id: caller.id, isOfficial: hasRole(caller, 'official') };
}

/**
 * Who may record what, where and when in the work log: the rules shared by service logs and
 * workshops. Reads only; each use case calls these before its own transaction.
 */
@Injectable()
export class WorklogAccess {
  constructor(
    private readonly points: ServicePointsService,
    private readonly staff: StaffService,
    private readonly shifts: DutyShiftsService,
    private readonly advisors: AdvisorAssignmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get editDays(): number {
    return this.config.worklog.editDays;
  }

  /**
   * The point a service was given at. An official's must lie in their jurisdiction (404 outside); a
   * lawyer's may be anywhere in the county, since their duty that day decides (`dutyAt`).
   */
  async pointForService(caller: Principal, servicePointId: string): Promise<ServicePoint> {
    if (actorOf(caller).isOfficial) return this.points.get(caller, servicePointId);
    const point = await this.points.findByIdUnscoped(servicePointId);
    if (!point)
      throw new AppError(OrgErrors.SERVICE_POINT_NOT_FOUND, 'Service point not found', {
        id: servicePointId,
      });
    return point;
  }

  /** A point in the caller's jurisdiction (404 outside). */
  pointInJurisdiction(caller: Principal, servicePointId: string): Promise<ServicePoint> {
    return this.points.get(caller, servicePointId);
  }

  /**
   * The lawyer an entry is for. A lawyer records for themselves (naming another is 403); an official
   * names a lawyer of their jurisdiction (`required`: a service log always has one, a workshop may not).
   */
  async lawyerFor(
    caller: Principal,
    requested: string | null | undefined,
    required: boolean,
  ): Promise<string | null> {
    if (!actorOf(caller).isOfficial) {
      if (requested && requested !== caller.id)
        throw new AppError(WorklogErrors.NOT_YOUR_ENTRY, 'A lawyer records only their own work');
      return caller.id;
    }
    if (!requested) {
      if (required)
        throw new ValidationFailedException({ lawyerId: ['is required when an official records a service'] });
      return null;
    }
    const lawyer = await this.staff.findByIdUnscoped(requested);
    if (!lawyer)
      throw new AppError(WorklogErrors.LAWYER_NOT_FOUND, 'Lawyer not found', {
        lawyerId: requested,
      });
    if (!lawyer.roles.includes('lawyer'))
      throw new AppError(WorklogErrors.NOT_A_LAWYER, 'Only a lawyer gives services and lectures', {
        lawyerId: requested,
      });
    assertInJurisdiction(caller, lawyer.regionCode);
    return lawyer.id;
  }

  /**
   * The lawyer's shift at the point on the business day of `at`, to link the entry to. A lawyer
   * recording for themselves needs that shift or the village's advisor assignment that day (403).
   */
  async dutyAt(
    caller: Principal,
    lawyerId: string,
    servicePointId: string,
    at: Date,
    em?: EntityManager,
  ): Promise<string | null> {
    const day = businessDate(at);
    const shift = await this.shifts.plannedShiftOfLawyerAt(lawyerId, servicePointId, day, em);
    if (shift) return shift.id;
    if (!actorOf(caller).isOfficial && !(await this.advisors.advisesOn(lawyerId, servicePointId, day, em))) {
      throw new AppError(
        WorklogErrors.NOT_ON_DUTY_AT_POINT,
        'A lawyer records services only where they had a shift that day or advise the village',
        { servicePointId, date: day },
      );
    }
    return null;
  }

  /** 400 for a time in the future or absurdly old. */
  checkInstant(field: string, at: Date, now: Date): void {
    const problem = instantProblem(at, now);
    if (problem) throw new ValidationFailedException({ [field]: [problem] });
  }

  /**
   * A lawyer records work only while its edit window is open (through the `editDays`-th day after
   * it); older work is an official's backfill (422).
   */
  checkLawyerWindow(caller: Principal, at: Date, now: Date): void {
    if (!actorOf(caller).isOfficial && !withinLawyerWindow(at, now, this.editDays)) {
      throw new AppError(
        WorklogErrors.TOO_OLD_TO_RECORD,
        `A lawyer records work up to the end of day ${this.editDays} after it; ask an official to record older work`,
        { editDays: this.editDays, editableUntil: editableUntil(at, this.editDays).toISOString() },
      );
    }
  }

  /**
   * As what the caller may change an entry (its lawyer while the edit window of the service date is
   * open, else an official), or the refusal: 422 when voided or locked, 403 for anyone else. The
   * window reads `now`, the injected clock's time, never the database's.
   */
  editAs(
    caller: Principal,
    entry: EditableEntry & { id: string },
    now: Date,
    codes: { locked: ErrorCode; voided: ErrorCode },
  ): 'author' | 'official' {
    const until = editableUntil(entry.at, this.editDays);
    const right = editRight(actorOf(caller), entry, now, until);
    if ('as' in right) return right.as;
    switch (right.refused) {
      case 'voided':
        throw new AppError(codes.voided, 'A voided entry cannot be changed', { id: entry.id });
      case 'locked':
        throw new AppError(
          codes.locked,
          `Locked since the end of day ${this.editDays} after the service date; ask an official to correct it`,
          { id: entry.id, editableUntil: until.toISOString() },
        );
      case 'not_yours':
        throw new AppError(
          WorklogErrors.NOT_YOUR_ENTRY,
          'Only its own lawyer or an official changes an entry',
        );
    }
  }

  names(ids: (string | null)[]): Promise<Map<string, string>> {
    return this.staff.namesOf(ids.filter((id): id is string => !!id));
  }
}
