import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChangeLedger } from '@app/audit';
import {
  APP_CONFIG,
  type AppConfig,
  AppError,
  businessDate,
  Clock,
  hasRole,
  type Caller,
  type Principal,
  principalOf,
  ValidationFailedException,
} from '@app/core';
import { type DutyShift, DutyShiftsService } from '@app/roster';
import { AttendanceErrors } from './attendance.errors';
import { AttendanceService } from './attendance.service';
import type { AttendanceEvent } from './attendance-event.entity';
import { ATTENDANCE_EVENT } from './attendance-event.records';
import { AttendanceEventsRepository, type NewAttendanceEvent } from './attendance-events.repository';
import type { AttendanceRow, CorrectionDto } from './dto/attendance.dto';

/**
 * Officials' corrections of attendance: a missing sign-in or sign-out added, a wrong one voided, an
 * upload that came too late (status pending_review) accepted or refused. Each is an event of its own,
 * audited in its transaction with the duty-day counters it moves; the shift is evaluated again.
 */
@Injectable()
export class AttendanceCorrectionsService {
  constructor(
    private readonly events: AttendanceEventsRepository,
    private readonly shifts: DutyShiftsService,
    private readonly attendance: AttendanceService,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * An official adds a missing sign-in/out, voids a wrong one, or accepts or refuses one awaiting
   * review; the shift is evaluated again.
   */
  async correct(
    caller: Principal,
    dto: CorrectionDto,
    /** With `em`, inside that transaction (an approved 补卡 request, which `requestId` names). */
    opts: { em?: EntityManager; requestId?: string } = {},
  ): Promise<{ event: AttendanceEvent; attendance: AttendanceRow | null }> {
    const now = this.clock.now();
    let shift: DutyShift | null;
    let event: NewAttendanceEvent;
    // Only sign-ins make a duty day (坐诊); adding, voiding or accepting one may make or unmake it.
    let movesDutyDay: boolean;
    if (dto.action === 'add') {
      const missing = {
        ...(dto.type ? {} : { type: ['is required to add an event'] }),
        ...(dto.shiftId ? {} : { shiftId: ['is required to add an event'] }),
        ...(dto.at ? {} : { at: ['is required to add an event'] }),
      };
      if (Object.keys(missing).length) throw new ValidationFailedException(missing);
      shift = await this.shifts.get(caller, dto.shiftId!, opts.em);
      if (shift.status !== 'planned') {
        throw new AppError(
          AttendanceErrors.SHIFT_CANCELLED,
          'The shift was cancelled: there is no attendance to correct',
          { shiftId: shift.id },
        );
      }
      if (dto.at! > now) throw new ValidationFailedException({ at: ['must not be in the future'] });
      const grace = this.config.attendance.graceMinutes * 60_000;
      const status =
        dto.type === 'check_in'
          ? dto.at!.getTime() > shift.startsAt.getTime() + grace
            ? 'late'
            : 'on_time'
          : dto.at!.getTime() < shift.endsAt.getTime() - grace
            ? 'left_early'
            : 'ok';
      event = this.correctionEvent(
        caller,
        { ...shift, shiftId: shift.id, date: businessDate(dto.at!) },
        {
          type: dto.type!,
          at: dto.at!,
          status,
          reason: dto.reason,
          requestId: opts.requestId ?? null,
        },
      );
      movesDutyDay = dto.type === 'check_in';
    } else {
      const target = await this.correctionTarget(caller, dto.action, dto.eventId);
      if (dto.action === 'void' && !target.shiftId)
        throw new AppError(
          AttendanceErrors.EVENT_HAS_NO_SHIFT,
          'An unscheduled event has no shift to correct; it stays in the record',
        );
      shift = target.shiftId ? await this.shifts.get(caller, target.shiftId) : null;
      event = this.correctionEvent(caller, target, {
        type: dto.action,
        at: now,
        status: dto.action,
        reason: dto.reason,
        ...(dto.action === 'void' ? { voidsEventId: target.id } : { reviewsEventId: target.id }),
      });
      movesDutyDay = target.type === 'check_in' && dto.action !== 'refuse';
    }
    const saved = await this.ledger
      .within(opts.em, async (em) => {
        const inserted = (await this.events.insertOnce(event, em))!;
        await this.ledger.record(em, ATTENDANCE_EVENT, {
          action: `attendance.${dto.action === 'add' ? 'correction' : dto.action}`,
          before: null,
          after: { event: inserted, signInOf: movesDutyDay ? shift : null },
          note: {
            shiftId: shift?.id ?? null,
            type: inserted.type,
            at: inserted.at.toISOString(),
            voids: inserted.voidsEventId,
            ...(inserted.reviewsEventId ? { reviews: inserted.reviewsEventId } : {}),
            reason: dto.reason,
          },
        });
        return inserted;
      })
      .catch((err: unknown) => {
        const constraint = (err as { driverError?: { constraint?: string } }).driverError?.constraint;
        if (constraint === 'attendance_event_voids_event_id_key')
          throw new AppError(AttendanceErrors.EVENT_ALREADY_VOIDED, 'That event is already void');
        if (constraint === 'attendance_event_reviews_event_id_key')
          throw new AppError(
            AttendanceErrors.EVENT_ALREADY_REVIEWED,
            'Another official decided on that event just now',
          );
        throw err;
      });
    if (!shift) return { event: saved, attendance: null };
    if (opts.em) {
      // Part of another use case's transaction: the shift is settled once that has committed.
      const settled = shift;
      if (settled.date < this.clock.today())
        this.ledger.afterCommit(opts.em, () => this.attendance.settle([settled]));
      return { event: saved, attendance: null };
    }
    const [attendance] = await this.attendance.evaluate([shift]);
    if (shift.date < this.clock.today()) await this.attendance.settle([shift]);
    return { event: saved, attendance };
  }

  /** The sign-in or sign-out a void, accept or refuse is about, if that action may apply to it. */
  private async correctionTarget(
    caller: Caller,
    action: 'void' | 'accept' | 'refuse',
    eventId: string | undefined,
  ): Promise<AttendanceEvent> {
    if (!eventId) throw new ValidationFailedException({ eventId: [`is required to ${action} an event`] });
    const target = await this.events.findById(caller, eventId);
    if (!target || (target.type !== 'check_in' && target.type !== 'check_out'))
      throw new AppError(AttendanceErrors.EVENT_NOT_FOUND, 'Attendance event not found', {
        eventId,
      });
    const review = (await this.events.reviewStates([target])).get(target.id) ?? null;
    if (action === 'void') {
      if (review === 'pending' || review === 'refused')
        throw new AppError(
          AttendanceErrors.EVENT_NOT_COUNTED,
          'That event does not count (it awaits review or was refused): accept or refuse it instead',
          { eventId, review },
        );
      if (await this.events.isVoided(target.id))
        throw new AppError(AttendanceErrors.EVENT_ALREADY_VOIDED, 'That event is already void');
    } else if (!review) {
      throw new AppError(
        AttendanceErrors.EVENT_NOT_UNDER_REVIEW,
        'Only a sign-in or sign-out sent later than ATTENDANCE_MAX_DELAY_HOURS awaits review',
        { eventId },
      );
    } else if (review !== 'pending') {
      throw new AppError(AttendanceErrors.EVENT_ALREADY_REVIEWED, `That event was already ${review}`, {
        eventId,
        review,
      });
    }
    return target;
  }

  private correctionEvent(
    caller: Principal,
    of: Pick<AttendanceEvent, 'lawyerId' | 'regionCode' | 'servicePointId' | 'shiftId' | 'date'>,
    e: Pick<NewAttendanceEvent, 'type' | 'at' | 'status' | 'reason'> &
      Partial<Pick<NewAttendanceEvent, 'voidsEventId' | 'reviewsEventId' | 'requestId'>>,
  ): NewAttendanceEvent {
    return {
      lawyerId: of.lawyerId,
      regionCode: of.regionCode,
      servicePointId: of.servicePointId,
      shiftId: of.shiftId,
      date: of.date,
      clientTime: null,
      lat: null,
      lng: null,
      accuracyM: null,
      distanceM: null,
      insideGeofence: null,
      flags: [],
      source: 'correction',
      idempotencyKey: null,
      requestDigest: null,
      voidsEventId: null,
      reviewsEventId: null,
      recordedBy: caller.id,
      proof: null,
      qrDigest: null,
      qrWindowStart: null,
      ...e,
    };
  }

  /** Sign-ins and sign-outs awaiting an official's decision (a lawyer: their own), oldest first. */
  listPendingReview(
    caller: Caller,
    q: { regionCode?: string; lawyerId?: string },
  ): Promise<AttendanceEvent[]> {
    const person = principalOf(caller);
    const lawyerId = person && !hasRole(person, 'official', 'admin', 'auditor') ? person.id : q.lawyerId;
    return this.events.findPendingReview(caller, { regionCode: q.regionCode, lawyerId, limit: 1000 });
  }
}
