import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, ChangeLedger } from '@app/audit';
import {
  addDays,
  APP_CONFIG,
  type AppConfig,
  AppError,
  assertInJurisdiction,
  businessDate,
  businessDayRange,
  businessTimeOfDay,
  Clock,
  CoreErrors,
  maskPhone,
  PiiCipher,
  type Caller,
  type Principal,
  ValidationFailedException,
} from '@app/core';
import { NotifyService } from '@app/notify';
import { WorkingCalendarService } from '@app/roster';
import { BookingErrors } from '../booking.errors';
import {
  bookingConfirmation,
  cancelledByStaff,
  cancelledWithShift,
  lawyerChanged,
  reminder,
  rescheduled,
  slotTime,
} from '../booking-messages';
import { OtpService } from '../otp/otp.service';
import { RatingLinksService } from '../ratings/rating-links.service';
import { ResidentsRepository } from '../residents/residents.repository';
import { BookingSlotsRepository, type TakenSlot } from '../slots/booking-slots.repository';
import { WaitlistService } from '../waitlist/waitlist.service';
import { newAppointmentCode } from './appointment-code';
import {
  appointmentChange as change,
  appointmentView as view,
  asOverlap,
  MAX_FUTURE_BOOKINGS,
} from './appointment-change';
import type { Appointment, PhoneCheck } from './appointment.entity';
import {
  type AppointmentAction,
  APPOINTMENT_TRANSITIONS,
  type AppointmentStatus,
  nextStatus,
} from './appointment-status';
import { APPOINTMENT } from './appointment.records';
import { AppointmentsRepository } from './appointments.repository';
import { tooEarlyToMark } from './mark-window';
import type {
  AppointmentResponse,
  DayListAppointmentResponse,
  MyAppointmentResponse,
  RatedAppointmentResponse,
} from './dto/appointment.response';
import { serviceLogDraft } from './service-log-draft';

/** The status `action` leads to from the appointment's status, or the error of the use case. */
function allowed(action: AppointmentAction, current: Appointment, refuse: () => AppError): AppointmentStatus {
  const to = nextStatus(action, current.status);
  if (!to) throw refuse();
  return to;
}

/** A booking's body: a resident's own, or staff's for a resident (`resident`). */
export interface BookingRequest {
  slotId: string;
  topic: string;
  description?: string;
  name?: string;
  resident?: { phone: string; name?: string; code?: string };
}

const notFound = (id: string) =>
  new AppError(BookingErrors.APPOINTMENT_NOT_FOUND, 'Appointment not found', { id });

/**
 * Residents' bookings and what staff and the roster do to them. Every change goes through the change
 * ledger (audit, statistics) in its transaction; slot places are taken and given back only through
 * `BookingSlotsRepository`, and statuses move only as `APPOINTMENT_TRANSITIONS` allows.
 */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly appointments: AppointmentsRepository,
    private readonly slots: BookingSlotsRepository,
    private readonly residents: ResidentsRepository,
    private readonly notify: NotifyService,
    private readonly audit: AuditService,
    private readonly ledger: ChangeLedger,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
    private readonly calendar: WorkingCalendarService,
    private readonly otp: OtpService,
    private readonly waitlist: WaitlistService,
    private readonly ratingLinks: RatingLinksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A resident books a place of a slot, or staff book one for a resident who called or came in
   * (代约); an SMS gives the resident the code once it is committed.
   */
  async book(caller: Principal, dto: BookingRequest): Promise<AppointmentResponse> {
    if (caller.kind === 'staff') return this.bookFor(caller, dto);
    if (dto.resident)
      throw new ValidationFailedException({
        resident: ['is for staff booking for a resident; a resident books for themselves'],
      });
    const now = this.clock.now();
    const booked = await this.ledger
      .transaction(async (em) => {
        const phoneEnc = await this.residents.lockPhone(em, caller.id);
        if (!phoneEnc) throw new AppError(CoreErrors.UNAUTHENTICATED, 'Sign in again');
        return this.place(em, caller.id, phoneEnc, dto, now, {});
      })
      .catch((err: unknown) => {
        throw asOverlap(err);
      });
    return view(booked);
  }

  /**
   * Staff of the slot's jurisdiction book for a resident by phone number (made a resident if they
   * never signed in). The phone is checked by the code the resident reads out (`resident.code`, sent
   * with `sendPhoneCheck`), or taken on the staff member's word; either way the trail says which.
   */
  private async bookFor(caller: Principal, dto: BookingRequest): Promise<AppointmentResponse> {
    const now = this.clock.now();
    const booked = await this.ledger
      .transaction(async (em) => {
        // Where first: outside the caller's jurisdiction nothing else is worth saying.
        const state = await this.slots.state(em, dto.slotId);
        if (!state?.open)
          throw new AppError(BookingErrors.SLOT_NOT_FOUND, 'No such slot', { slotId: dto.slotId });
        assertInJurisdiction(caller, state.regionCode);
        if (!dto.resident)
          throw new ValidationFailedException({
            resident: ['is required when staff book for a resident (代约): { phone, name?, code? }'],
          });
        const { phone, name, code } = dto.resident;
        const phoneCheck: PhoneCheck = code ? 'sms_code' : 'staff_entered';
        if (code) await this.otp.checkPhone(phone, code);
        const phoneEnc = this.pii.encrypt(phone);
        const residentId = await this.residents.idOfPhone(
          em,
          phoneEnc,
          this.pii.blindIndex(phone),
          name ?? null,
        );
        await this.residents.lockPhone(em, residentId);
        return this.place(
          em,
          residentId,
          phoneEnc,
          dto,
          now,
          { bookedBy: caller.id, phoneCheck },
          { bookedBy: caller.id, phoneCheck },
        );
      })
      .catch((err: unknown) => {
        throw asOverlap(err);
      });
    return view(booked);
  }

  /** Staff booking for a resident send the code the resident reads out to them. */
  sendPhoneCheck(phone: string): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }> {
    return this.otp.send(phone, 'phone_check');
  }

  /**
   * Takes a place and makes the booking of a resident whose row is locked: the limit of future
   * bookings, the place, the appointment, its confirmation SMS (sent after the commit), the ledger.
   */
  private async place(
    em: EntityManager,
    residentId: string,
    phoneEnc: Buffer,
    dto: BookingRequest,
    now: Date,
    by: { bookedBy?: string; phoneCheck?: PhoneCheck },
    note: Record<string, unknown> = {},
  ): Promise<Appointment> {
    await this.assertUnderLimit(em, residentId, now);
    const slot = await this.takePlace(em, dto.slotId, now);
    const created = await this.appointments.insert(
      em,
      {
        code: newAppointmentCode(),
        residentId,
        slotId: slot.id,
        servicePointId: slot.servicePointId,
        regionCode: slot.regionCode,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        lawyerId: slot.lawyerId,
        topic: dto.topic,
        description: dto.description ?? '',
        name: dto.name ?? dto.resident?.name ?? null,
        ...by,
      },
      now,
    );
    const smsId = await this.notify.enqueue(em, {
      phone: this.pii.decrypt(phoneEnc),
      ...bookingConfirmation({ time: slotTime(created.startsAt), code: created.code }),
      regionCode: slot.regionCode,
    });
    await this.ledger.record(em, APPOINTMENT, change('create', null, created, { slotId: slot.id, ...note }));
    this.ledger.afterCommit(em, () => this.notify.dispatch([smsId]));
    return created;
  }

  /** A resident holds at most MAX_FUTURE_BOOKINGS future bookings (their row is locked by the caller). */
  private async assertUnderLimit(em: EntityManager, residentId: string, now: Date): Promise<void> {
    if ((await this.appointments.countFutureBooked(em, residentId, now)) >= MAX_FUTURE_BOOKINGS) {
      throw new AppError(
        BookingErrors.TOO_MANY_BOOKINGS,
        `At most ${MAX_FUTURE_BOOKINGS} future bookings at a time`,
      );
    }
  }

  /** Takes one place of a slot, or says why it cannot be taken. */
  private async takePlace(em: EntityManager, slotId: string, now: Date): Promise<TakenSlot> {
    const slot = await this.slots.take(em, slotId, now);
    if (!slot) {
      // Read in the booking's transaction: a second connection from the pool could deadlock under load.
      const state = await this.slots.state(em, slotId);
      if (!state?.open) throw new AppError(BookingErrors.SLOT_NOT_FOUND, 'No such slot', { slotId });
      if (state.startsAt <= now)
        throw new AppError(BookingErrors.SLOT_IN_PAST, 'That slot has already begun', { slotId });
      throw new AppError(BookingErrors.SLOT_FULL, 'That slot is fully booked', { slotId });
    }
    // A slot made before a notice or an override turned its day into a holiday is not bookable.
    if (!(await this.calendar.isWorkday(businessDate(slot.startsAt), slot.regionCode, em)))
      throw new AppError(BookingErrors.SLOT_ON_DAY_OFF, 'The service point is closed that day (holiday)', {
        slotId,
      });
    return slot;
  }

  async mine(caller: Principal): Promise<MyAppointmentResponse[]> {
    const rows = await this.appointments.ofResident(caller.id);
    return rows.map((a) => ({
      ...view(a),
      servicePointName: a.pointName,
      lawyerName: a.lawyerName,
      rating: a.rating === null ? null : { score: a.rating, comment: a.ratingComment },
    }));
  }

  /**
   * A resident cancels their own booking until it starts, or staff of its jurisdiction cancel it with
   * a reason (the resident is told by SMS). The place goes back to the slot, and to its waitlist.
   */
  async cancel(caller: Principal, id: string, reason?: string): Promise<AppointmentResponse> {
    const byStaff = caller.kind === 'staff';
    const now = this.clock.now();
    const cancelled = await this.ledger.transaction(async (em) => {
      const current = byStaff
        ? await this.appointments.lockInJurisdiction(em, caller, id)
        : await this.appointments.lockOfResident(em, id, caller.id);
      if (!current) throw notFound(id);
      if (byStaff && !reason?.trim())
        throw new ValidationFailedException({ reason: ['is required when staff cancel a booking'] });
      const notCancellable = () =>
        new AppError(
          BookingErrors.APPOINTMENT_NOT_CANCELLABLE,
          'Only a booking that has not begun can be cancelled',
        );
      const to = allowed('cancel', current, notCancellable);
      if (current.startsAt <= now) throw notCancellable();
      const updated = await this.appointments.update(em, id, {
        status: to,
        cancelledAt: now,
        updatedAt: now,
        ...(byStaff ? { cancelledBy: caller.id, cancelReason: reason!.trim() } : {}),
      });
      await this.slots.release(em, current.slotId);
      await this.ledger.record(
        em,
        APPOINTMENT,
        change('cancel', current, updated, byStaff ? { by: 'staff', reason: reason!.trim() } : undefined),
      );
      await this.waitlist.offerFreedPlace(em, current.slotId);
      if (byStaff) {
        const phoneEnc = await this.residents.phoneOf(em, current.residentId);
        const sms = await this.notify.enqueue(em, {
          phone: this.pii.decrypt(phoneEnc!),
          ...cancelledByStaff({
            time: slotTime(current.startsAt),
            code: current.code,
            reason: reason!.trim(),
          }),
          regionCode: current.regionCode,
        });
        this.ledger.afterCommit(em, () => this.notify.dispatch([sms]));
      }
      return updated;
    });
    return view(cancelled);
  }

  /**
   * The day's list of a point for lawyers and officials, phones masked (jurisdiction applies). It
   * shows residents' names and what they came about: the read is audited, one event per answer.
   */
  async dayList(caller: Caller, servicePointId: string, date: string): Promise<DayListAppointmentResponse[]> {
    const { start, end } = businessDayRange(date);
    const rows = await this.appointments.ofPointBetween(caller, servicePointId, start, end);
    await this.audit.recordListRead({
      entityType: 'appointment',
      ids: rows.map((r) => r.id),
      regionCode: rows[0]?.regionCode ?? null,
      fields: ['name', 'description', 'residentPhoneMasked'],
      query: { servicePointId, date },
    });
    return rows.map((a) => ({
      ...view(a),
      name: a.name,
      residentPhoneMasked: maskPhone(this.pii.decrypt(a.phoneEnc)),
    }));
  }

  /**
   * Lawyers and officials mark arrival, completion or no-show (jurisdiction applies): arrival and
   * completion from the slot's start, a no-show from its start plus NO_SHOW_GRACE_MINUTES. A
   * completion sends the resident the link to rate it.
   */
  async mark(
    caller: Caller,
    id: string,
    status: 'arrived' | 'completed' | 'no_show',
  ): Promise<AppointmentResponse> {
    const now = this.clock.now();
    return this.ledger.transaction(async (em) => {
      const current = await this.appointments.lockInJurisdiction(em, caller, id);
      if (!current) throw notFound(id);
      const to = allowed(
        status,
        current,
        () =>
          new AppError(
            BookingErrors.APPOINTMENT_STATE,
            `An appointment that is ${current.status} cannot become ${status}`,
            { status: current.status },
          ),
      );
      const early = tooEarlyToMark(status, current.startsAt, now, this.config.booking.noShowGraceMinutes);
      if (early)
        throw new AppError(
          BookingErrors.TOO_EARLY,
          status === 'no_show'
            ? `A no-show is marked from ${this.config.booking.noShowGraceMinutes} minutes after the slot starts`
            : 'The slot has not started yet',
          { startsAt: current.startsAt.toISOString(), allowedFrom: early.toISOString() },
        );
      const marked = await this.appointments.update(em, id, { status: to, updatedAt: now });
      await this.ledger.record(em, APPOINTMENT, change(status, current, marked));
      // 回访: one SMS with a link to rate the consultation without signing in.
      if (status === 'completed') {
        const phoneEnc = await this.residents.phoneOf(em, marked.residentId);
        if (phoneEnc) await this.ratingLinks.issue(em, marked, this.pii.decrypt(phoneEnc));
      }
      const done = view(marked);
      return status === 'completed' ? { ...done, serviceLogDraft: serviceLogDraft(done, now) } : done;
    });
  }

  /** An appointment as the work log checks it (whatever the caller's jurisdiction: the log checks the point). */
  async forServiceLog(
    id: string,
  ): Promise<{ id: string; status: string; servicePointId: string; regionCode: string } | null> {
    const a = await this.appointments.findUnscoped(id);
    return a
      ? { id: a.id, status: a.status, servicePointId: a.servicePointId, regionCode: a.regionCode }
      : null;
  }

  /** The resident rates a completed consultation, once (回访满意度). */
  async rate(
    caller: Principal,
    id: string,
    score: number,
    comment?: string,
  ): Promise<RatedAppointmentResponse> {
    const now = this.clock.now();
    return this.ledger.transaction(async (em) => {
      const current = await this.appointments.lockOfResident(em, id, caller.id);
      if (!current) throw notFound(id);
      allowed(
        'rate',
        current,
        () => new AppError(BookingErrors.NOT_COMPLETED, 'Only a completed consultation can be rated'),
      );
      if (current.rating !== null)
        throw new AppError(BookingErrors.ALREADY_RATED, 'This consultation is already rated');
      const rated = await this.appointments.update(em, id, {
        rating: score,
        ratingComment: comment ?? null,
        ratingSource: 'app',
        ratedAt: now,
        updatedAt: now,
      });
      await this.ledger.record(em, APPOINTMENT, change('rate', current, rated, { score, source: 'app' }));
      return { ...view(rated), rating: score };
    });
  }

  /**
   * The day-before reminders: every booked appointment of tomorrow whose reminder has not gone out
   * gets one. Marking and queueing happen in one transaction, so a second run (or a second
   * instance) finds nothing left to send.
   */
  async sendReminders(): Promise<{ reminded: number }> {
    const now = this.clock.now();
    const { start, end } = businessDayRange(addDays(this.clock.today(), 1));
    const ids = await this.ledger.transaction(async (em) => {
      const out: string[] = [];
      for (const a of await this.appointments.takeDueReminders(em, start, end, now)) {
        out.push(
          await this.notify.enqueue(em, {
            phone: this.pii.decrypt(a.phoneEnc),
            ...reminder({ time: businessTimeOfDay(a.startsAt), code: a.code }),
            regionCode: a.regionCode,
          }),
        );
      }
      return out;
    });
    await this.notify.dispatch(ids);
    return { reminded: ids.length };
  }

  /**
   * A shift's bookings when it is cancelled (`close`: its slots close for good) or stands on a day a
   * calendar change made a day off: each is marked for rescheduling and its resident told by SMS.
   * Runs inside the changing transaction; the SMS are handed on after it commits. The slots are
   * locked first, so a booking racing the change either commits before it (and is moved) or sees it.
   */
  async onShiftGone(em: EntityManager, shiftId: string, close: boolean): Promise<() => Promise<void>> {
    await this.slots.lockShift(em, shiftId);
    const { from, to } = APPOINTMENT_TRANSITIONS.shift_cancelled;
    const moved = await this.appointments.moveOffShift(
      em,
      shiftId,
      from,
      to as AppointmentStatus,
      this.clock.now(),
    );
    await this.slots.empty(em, shiftId, close);
    // They were booked; waiting to be moved, they count nowhere until rebooked.
    for (const { before, after } of moved)
      await this.ledger.record(em, APPOINTMENT, change('shift_cancelled', before, after, { shiftId }));
    const ids: string[] = [];
    for (const { after: a } of moved) {
      ids.push(
        await this.notify.enqueue(em, {
          phone: this.pii.decrypt(a.phoneEnc),
          ...cancelledWithShift({ time: slotTime(a.startsAt), code: a.code }),
          regionCode: a.regionCode,
        }),
      );
    }
    return () => this.notify.dispatch(ids);
  }

  /**
   * A swapped shift's slots and appointments go with it to its new lawyer (in the swapping
   * transaction), so the statistics count them for the lawyer who sees the residents.
   */
  async onShiftSwapped(
    em: EntityManager,
    shiftId: string,
    lawyerId: string,
    lawyerName: string,
  ): Promise<() => Promise<void>> {
    const now = this.clock.now();
    await this.slots.follow(em, shiftId, lawyerId);
    const moved = await this.appointments.followShift(em, shiftId, lawyerId, now);
    for (const { before, after } of moved)
      await this.ledger.record(em, APPOINTMENT, change('shift_swapped', before, after, { shiftId }));
    // Residents still to come are told who now sees them (a swap, a standby taking an absent lawyer's shift).
    const ids: string[] = [];
    for (const { after: a } of moved) {
      if (a.status !== 'booked' || a.endsAt <= now) continue;
      const phoneEnc = await this.residents.phoneOf(em, a.residentId);
      if (!phoneEnc) continue;
      ids.push(
        await this.notify.enqueue(em, {
          phone: this.pii.decrypt(phoneEnc),
          ...lawyerChanged({ time: slotTime(a.startsAt), code: a.code, lawyer: lawyerName }),
          regionCode: a.regionCode,
          subjectId: a.id,
        }),
      );
    }
    return () => this.notify.dispatch(ids);
  }

  /**
   * Moves a booking (still to come, or marked for rescheduling) to another slot; the code stays. The
   * old place goes to its waitlist, and an SMS names the new time.
   */
  async reschedule(caller: Principal, id: string, slotId: string): Promise<AppointmentResponse> {
    const now = this.clock.now();
    return this.ledger
      .transaction(async (em) => {
        const current = await this.appointments.lockOfResident(em, id, caller.id);
        if (!current) throw notFound(id);
        const notMovable = () =>
          new AppError(
            BookingErrors.APPOINTMENT_NOT_CANCELLABLE,
            'Only a booking that has not begun can be moved',
          );
        const to = allowed('reschedule', current, notMovable);
        if (current.status === 'booked' && current.startsAt <= now) throw notMovable();
        const phoneEnc = await this.residents.phoneOf(em, caller.id);
        if (current.status === 'needs_reschedule') {
          // Back among the resident's future bookings: the limit applies as to a new booking.
          await this.residents.lockPhone(em, caller.id);
          await this.assertUnderLimit(em, caller.id, now);
        } else {
          // Both slots locked in one order, so two residents swapping places cannot deadlock.
          await this.slots.lock(em, [current.slotId, slotId]);
        }
        const slot = await this.takePlace(em, slotId, now);
        if (current.status === 'booked') await this.slots.release(em, current.slotId);
        const moved = await this.appointments.update(em, id, {
          slotId: slot.id,
          servicePointId: slot.servicePointId,
          regionCode: slot.regionCode,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          lawyerId: slot.lawyerId,
          status: to,
          reminderSentAt: null,
          updatedAt: now,
        });
        await this.ledger.record(
          em,
          APPOINTMENT,
          change('reschedule', current, moved, { from: current.slotId, to: slot.id }),
        );
        if (current.status === 'booked') await this.waitlist.offerFreedPlace(em, current.slotId);
        const sms = await this.notify.enqueue(em, {
          phone: this.pii.decrypt(phoneEnc!),
          ...rescheduled({ time: slotTime(moved.startsAt), code: moved.code }),
          regionCode: moved.regionCode,
        });
        this.ledger.afterCommit(em, () => this.notify.dispatch([sms]));
        return view(moved);
      })
      .catch((err: unknown) => {
        throw asOverlap(err);
      });
  }
}
