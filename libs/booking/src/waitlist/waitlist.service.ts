import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChangeLedger } from '@app/audit';
import {
  APP_CONFIG,
  type AppConfig,
  AppError,
  businessDate,
  businessDayRange,
  businessTimeOfDay,
  Clock,
  CoreErrors,
  isPgError,
  PiiCipher,
  type Principal,
} from '@app/core';
import { NotifyService } from '@app/notify';
import { ServicePointsService } from '@app/org';
import { WorkingCalendarService } from '@app/roster';
import { BookingErrors } from '../booking.errors';
import { bookingConfirmation, slotTime, waitlistOffer } from '../booking-messages';
import { newAppointmentCode } from '../appointments/appointment-code';
import {
  appointmentChange,
  appointmentView,
  asOverlap,
  MAX_FUTURE_BOOKINGS,
} from '../appointments/appointment-change';
import { APPOINTMENT } from '../appointments/appointment.records';
import { AppointmentsRepository } from '../appointments/appointments.repository';
import type { AppointmentResponse } from '../appointments/dto/appointment.response';
import { ResidentsRepository } from '../residents/residents.repository';
import { BookingSlotsRepository, type SlotState } from '../slots/booking-slots.repository';
import type { JoinDayWaitlistDto, JoinWaitlistDto, WaitlistEntryResponse } from './dto/waitlist.dto';
import type { WaitlistEntry } from './waitlist-entry.entity';
import { WAITLIST_ENTRY } from './waitlist.records';
import { type EntryWithSlots, WaitlistRepository } from './waitlist.repository';

const notFound = (id: string) =>
  new AppError(BookingErrors.WAITLIST_ENTRY_NOT_FOUND, 'Waitlist entry not found', { id });

const slotView = (id: string, startsAt: Date, endsAt: Date) => ({
  id,
  startsAt: startsAt.toISOString(),
  endsAt: endsAt.toISOString(),
});

function entryView(w: EntryWithSlots): WaitlistEntryResponse {
  return {
    id: w.id,
    status: w.status,
    position: w.status === 'waiting' ? w.position : null,
    servicePointId: w.servicePointId,
    date: w.day,
    slot:
      w.slotId && w.slotStartsAt && w.slotEndsAt ? slotView(w.slotId, w.slotStartsAt, w.slotEndsAt) : null,
    offer:
      w.status === 'offered' && w.offeredSlotId && w.offerStartsAt && w.offerEndsAt && w.offerExpiresAt
        ? {
            slot: slotView(w.offeredSlotId, w.offerStartsAt, w.offerEndsAt),
            expiresAt: w.offerExpiresAt.toISOString(),
          }
        : null,
    appointmentId: w.appointmentId,
    topic: w.topic,
    createdAt: w.createdAt.toISOString(),
  };
}

/**
 * Waitlists of full slots (or of a day at a point). When a place frees (a cancellation by the
 * resident or staff, a booking moved away, an offer passed on), `offerFreedPlace` holds it on the
 * slot for the first in line who can take it — no booking or offer of theirs at an overlapping time —
 * and offers it by SMS for WAITLIST_OFFER_MINUTES; they confirm with one tap, or the job passes the
 * offer on. Every change goes through the change ledger in its transaction.
 */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly entries: WaitlistRepository,
    private readonly slots: BookingSlotsRepository,
    private readonly appointments: AppointmentsRepository,
    private readonly residents: ResidentsRepository,
    private readonly points: ServicePointsService,
    private readonly calendar: WorkingCalendarService,
    private readonly notify: NotifyService,
    private readonly ledger: ChangeLedger,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Joins the line of a full slot still to come. */
  async joinSlot(caller: Principal, slotId: string, dto: JoinWaitlistDto): Promise<WaitlistEntryResponse> {
    const now = this.clock.now();
    return this.join(caller, dto, async (em) => {
      // Locked: a place freed meanwhile is either seen here (book it instead) or offered to this line.
      await this.slots.lock(em, [slotId]);
      const slot = await this.slots.state(em, slotId);
      if (!slot?.open) throw new AppError(BookingErrors.SLOT_NOT_FOUND, 'No such slot', { slotId });
      if (slot.startsAt <= now)
        throw new AppError(BookingErrors.SLOT_IN_PAST, 'That slot has already begun', {
          slotId: ['has already begun'],
        });
      await this.assertWorkday(em, slot);
      const free = slot.capacity - slot.booked - slot.held;
      if (free > 0)
        throw new AppError(BookingErrors.SLOT_HAS_ROOM, 'That slot has places left: book it instead', {
          slotId: [`has ${free} place(s) left: book it instead`],
          available: free,
        });
      if (await this.appointments.hasBookedOverlapping(em, caller.id, slot.startsAt, slot.endsAt))
        throw new AppError(BookingErrors.OVERLAPPING_BOOKING, 'You already have a booking at that time');
      return {
        servicePointId: slot.servicePointId,
        regionCode: slot.regionCode,
        slotId: slot.id,
        day: businessDate(slot.startsAt),
      };
    });
  }

  /** Joins the line of a day at a point whose slots still to come are all taken. */
  async joinDay(caller: Principal, pointId: string, dto: JoinDayWaitlistDto): Promise<WaitlistEntryResponse> {
    const now = this.clock.now();
    const point = await this.points.getPublic(pointId);
    return this.join(caller, dto, async (em) => {
      if (dto.date < businessDate(now))
        throw new AppError(BookingErrors.SLOT_IN_PAST, 'That day is over', { date: ['is over'] });
      const { start, end } = businessDayRange(dto.date);
      const day = await this.slots.openBetween(em, point.id, start, end, now);
      if (!day.length)
        throw new AppError(BookingErrors.SLOT_NOT_FOUND, 'No slots to come at this point that day', {
          date: ['has no slots to come at this point'],
        });
      await this.slots.lock(
        em,
        day.map((s) => s.id),
      );
      await this.assertWorkday(em, day[0]);
      const free = (await this.slots.openBetween(em, point.id, start, end, now)).filter(
        (s) => s.booked + s.held < s.capacity,
      );
      if (free.length)
        throw new AppError(BookingErrors.SLOT_HAS_ROOM, 'That day has places left: book one instead', {
          date: [`has ${free.length} slot(s) with places left: book one instead`],
          slotIds: free.map((s) => s.id),
        });
      return { servicePointId: point.id, regionCode: point.regionCode, slotId: null, day: dto.date };
    });
  }

  private async join(
    caller: Principal,
    dto: JoinWaitlistDto,
    line: (
      em: EntityManager,
    ) => Promise<Pick<WaitlistEntry, 'servicePointId' | 'regionCode' | 'slotId' | 'day'>>,
  ): Promise<WaitlistEntryResponse> {
    const now = this.clock.now();
    const entry = await this.ledger
      .transaction(async (em) => {
        if (!(await this.residents.lockPhone(em, caller.id)))
          throw new AppError(CoreErrors.UNAUTHENTICATED, 'Sign in again');
        const where = await line(em);
        const created = await this.entries.insert(
          em,
          {
            ...where,
            residentId: caller.id,
            topic: dto.topic ?? 'other',
            description: dto.description ?? '',
            name: dto.name ?? null,
          },
          now,
        );
        await this.ledger.record(em, WAITLIST_ENTRY, { action: 'create', before: null, after: created });
        return created;
      })
      .catch((err: unknown) => {
        if (isPgError(err, '23505'))
          throw new AppError(BookingErrors.ALREADY_WAITLISTED, 'You are already in this line');
        throw err;
      });
    return this.viewOf(caller, entry.id);
  }

  async mine(caller: Principal): Promise<WaitlistEntryResponse[]> {
    return (await this.entries.ofResident(caller.id)).map(entryView);
  }

  private async viewOf(caller: Principal, id: string): Promise<WaitlistEntryResponse> {
    const entry = (await this.entries.ofResident(caller.id)).find((e) => e.id === id);
    if (!entry) throw notFound(id);
    return entryView(entry);
  }

  /** The resident takes the place offered to them while the offer holds. */
  async confirm(caller: Principal, id: string): Promise<AppointmentResponse> {
    const now = this.clock.now();
    const created = await this.ledger
      .transaction(async (em) => {
        const entry = await this.entries.lockOfResident(em, id, caller.id);
        if (!entry) throw notFound(id);
        if (entry.status !== 'offered' || !entry.offeredSlotId || !entry.offerExpiresAt)
          throw new AppError(BookingErrors.NO_OFFER, 'No place is offered to you on this entry', {
            status: entry.status,
          });
        if (entry.offerExpiresAt <= now)
          throw new AppError(BookingErrors.OFFER_EXPIRED, 'The offer has expired and passes on', {
            expiredAt: entry.offerExpiresAt.toISOString(),
          });
        const phoneEnc = await this.residents.lockPhone(em, caller.id);
        if (!phoneEnc) throw new AppError(CoreErrors.UNAUTHENTICATED, 'Sign in again');
        if ((await this.appointments.countFutureBooked(em, caller.id, now)) >= MAX_FUTURE_BOOKINGS)
          throw new AppError(
            BookingErrors.TOO_MANY_BOOKINGS,
            `At most ${MAX_FUTURE_BOOKINGS} future bookings at a time`,
          );
        const slot = await this.slots.takeHeld(em, entry.offeredSlotId, now);
        if (!slot)
          throw new AppError(BookingErrors.NO_OFFER, 'The place offered is no longer available', {
            slotId: entry.offeredSlotId,
          });
        const appointment = await this.appointments.insert(
          em,
          {
            code: newAppointmentCode(),
            residentId: caller.id,
            slotId: slot.id,
            servicePointId: slot.servicePointId,
            regionCode: slot.regionCode,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
            lawyerId: slot.lawyerId,
            topic: entry.topic,
            description: entry.description,
            name: entry.name,
          },
          now,
        );
        const booked = await this.entries.update(
          em,
          entry.id,
          { status: 'booked', appointmentId: appointment.id },
          now,
        );
        await this.ledger.record(
          em,
          APPOINTMENT,
          appointmentChange('create', null, appointment, { slotId: slot.id, waitlistEntryId: entry.id }),
        );
        await this.ledger.record(em, WAITLIST_ENTRY, { action: 'confirm', before: entry, after: booked });
        const sms = await this.notify.enqueue(em, {
          phone: this.pii.decrypt(phoneEnc),
          ...bookingConfirmation({ time: slotTime(appointment.startsAt), code: appointment.code }),
          regionCode: appointment.regionCode,
        });
        this.ledger.afterCommit(em, () => this.notify.dispatch([sms]));
        return appointment;
      })
      .catch((err: unknown) => {
        throw asOverlap(err);
      });
    return appointmentView(created);
  }

  /** The resident leaves the line; a place held for them passes on to the next. */
  async leave(caller: Principal, id: string): Promise<WaitlistEntryResponse> {
    const now = this.clock.now();
    await this.ledger.transaction(async (em) => {
      const entry = await this.entries.lockOfResident(em, id, caller.id);
      if (!entry) throw notFound(id);
      if (entry.status !== 'waiting' && entry.status !== 'offered')
        throw new AppError(BookingErrors.WAITLIST_CLOSED, 'This entry is no longer in a line', {
          status: entry.status,
        });
      const left = await this.entries.update(em, entry.id, { status: 'left' }, now);
      await this.ledger.record(em, WAITLIST_ENTRY, { action: 'leave', before: entry, after: left });
      if (entry.status === 'offered' && entry.offeredSlotId) {
        await this.slots.unhold(em, entry.offeredSlotId);
        await this.offerFreedPlace(em, entry.offeredSlotId);
      }
    });
    return this.viewOf(caller, id);
  }

  /**
   * A place of the slot has freed (in the freeing transaction, which the ledger opened): each free
   * place goes, held on the slot, to the first in line who can take it, with an SMS sent after the
   * commit. Nothing happens when nobody waits, or the slot has begun or closed.
   */
  async offerFreedPlace(em: EntityManager, slotId: string): Promise<void> {
    const now = this.clock.now();
    const slot = await this.slots.state(em, slotId);
    if (!slot?.open || slot.startsAt <= now) return;
    const day = businessDate(slot.startsAt);
    const expiresAt = new Date(now.getTime() + this.config.booking.waitlistOfferMinutes * 60_000);
    const sms: string[] = [];
    for (let free = slot.capacity - slot.booked - slot.held; free > 0; free--) {
      const next = await this.entries.lockFirstInLine(em, slot, day, now, MAX_FUTURE_BOOKINGS);
      if (!next || !(await this.slots.hold(em, slot.id, now))) break;
      const { phoneEnc, ...entry } = next;
      const offered = await this.entries.update(
        em,
        entry.id,
        { status: 'offered', offeredSlotId: slot.id, offerExpiresAt: expiresAt },
        now,
      );
      await this.ledger.record(em, WAITLIST_ENTRY, { action: 'offer', before: entry, after: offered });
      sms.push(
        await this.notify.enqueue(em, {
          phone: this.pii.decrypt(phoneEnc),
          ...waitlistOffer({ time: slotTime(slot.startsAt), until: businessTimeOfDay(expiresAt) }),
          regionCode: slot.regionCode,
        }),
      );
    }
    if (sms.length) this.ledger.afterCommit(em, () => this.notify.dispatch(sms));
  }

  /**
   * The job: offers that ran out pass on to the next in line, and entries whose slot or day has
   * passed leave their lines. Run every minute; a second instance finds nothing left to do.
   */
  async passOnExpired(): Promise<{ expired: number; lapsed: number }> {
    const now = this.clock.now();
    return this.ledger.transaction(async (em) => {
      const expired = await this.entries.expireOffers(em, now);
      for (const entry of expired) {
        await this.slots.unhold(em, entry.offeredSlotId!);
        await this.ledger.record(em, WAITLIST_ENTRY, {
          action: 'offer_expired',
          before: { ...entry, status: 'offered' },
          after: entry,
        });
      }
      for (const slotId of new Set(expired.map((e) => e.offeredSlotId!)))
        await this.offerFreedPlace(em, slotId);
      const lapsed = await this.entries.lapse(em, now, businessDate(now));
      return { expired: expired.length, lapsed };
    });
  }

  /** A slot on a day a notice or an override made a holiday is not waited for either. */
  private async assertWorkday(em: EntityManager, slot: Pick<SlotState, 'startsAt' | 'regionCode' | 'id'>) {
    if (!(await this.calendar.isWorkday(businessDate(slot.startsAt), slot.regionCode, em)))
      throw new AppError(BookingErrors.SLOT_ON_DAY_OFF, 'The service point is closed that day (holiday)', {
        slotId: slot.id,
      });
  }
}
