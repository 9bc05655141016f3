import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { addDays, businessInstant, Clock } from '@app/core';
import { type ServicePoint, ServicePointsService, StaffService } from '@app/org';
import { type DutyShift, WorkingCalendarService } from '@app/roster';
import type { SlotResponse } from '../appointments/dto/appointment.response';
import { BookingSlotsRepository, type NewSlot } from './booking-slots.repository';
import { slotsOfShift } from './slot-plan';

/**
 * Bookable slots of a point: 30 minutes of its published shifts inside its opening hours, made when
 * the roster is published, future ones only, and only on working days of the point's county calendar
 * (a day a notice or an override made a holiday offers none, even where a shift stands).
 */
@Injectable()
export class SlotsService {
  constructor(
    private readonly slots: BookingSlotsRepository,
    private readonly points: ServicePointsService,
    private readonly staff: StaffService,
    private readonly calendar: WorkingCalendarService,
    private readonly clock: Clock,
  ) {}

  /**
   * Makes the slots of newly published shifts, in the publishing transaction, with each point's
   * opening hours and places per slot as they are now.
   */
  async makeFor(em: EntityManager, shifts: DutyShift[]): Promise<void> {
    const bookable = shifts.filter((s) => s.status === 'planned');
    const points = new Map<string, ServicePoint>();
    for (const id of new Set(bookable.map((s) => s.servicePointId))) {
      const point = await this.points.findByIdUnscoped(id);
      if (point) points.set(id, point);
    }
    const made: NewSlot[] = bookable.flatMap((s) => {
      const point = points.get(s.servicePointId);
      if (!point) return [];
      return slotsOfShift(s, point.openingHours).map((slot) => ({
        ...slot,
        shiftId: s.id,
        servicePointId: point.id,
        regionCode: point.regionCode,
        capacity: point.slotCapacity,
        lawyerId: s.lawyerId,
      }));
    });
    await this.slots.insert(em, made);
  }

  async slotsOf(servicePointId: string, from?: string, to?: string): Promise<SlotResponse[]> {
    // Slots are public: anyone books at any point.
    const point = await this.points.getPublic(servicePointId);
    const first = from ?? this.clock.today();
    const last = to ?? addDays(first, 6);
    const daysOff =
      last < first
        ? []
        : (await this.calendar.days(first, last, point.regionCode))
            .filter((d) => !d.workday)
            .map((d) => d.date);
    const rows = await this.slots.openAt(
      point.id,
      businessInstant(first),
      businessInstant(addDays(last, 1)),
      this.clock.now(),
      daysOff,
    );
    const names = await this.staff.namesOf(rows.map((r) => r.lawyerId));
    return rows.map((r) => ({
      id: r.id,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      capacity: r.capacity,
      available: r.capacity - r.booked - r.held,
      lawyerName: names.get(r.lawyerId) ?? '',
    }));
  }
}
