import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, businessInstant, Clock } from '@app/core';
import { ServicePointsService, StaffService } from '@app/org';
import { DutyShiftsService, WorkingCalendarService } from '@app/roster';
import type { SlotResponse } from '../appointments/dto/appointment.response';
import { slotsOfShift } from './slot-plan';

/**
 * Bookable slots of a point: 30 minutes of its published shifts inside its opening hours, made into
 * rows the first time anyone looks (so booking can lock and count them), future ones only, and only
 * on working days of the point's county calendar (a day a notice or an override made a holiday
 * offers none, even where a shift stands).
 */
@Injectable()
export class SlotsService {
  constructor(
    private readonly points: ServicePointsService,
    private readonly shifts: DutyShiftsService,
    private readonly staff: StaffService,
    private readonly calendar: WorkingCalendarService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

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
    const shifts = (await this.shifts.publishedAt([point.id], first, last)).filter(
      (s) => !daysOff.includes(s.date),
    );
    const planned = shifts.flatMap((s) =>
      slotsOfShift(s, point.openingHours).map((slot) => ({ ...slot, shiftId: s.id })),
    );
    if (planned.length) {
      await this.dataSource.query(
        `INSERT INTO booking_slot (shift_id, service_point_id, region_code, starts_at, ends_at, capacity)
         SELECT s, $2, $3, a, b, $4 FROM unnest($1::uuid[], $5::timestamptz[], $6::timestamptz[]) AS t(s, a, b)
         ON CONFLICT (shift_id, starts_at) DO NOTHING`,
        [
          planned.map((p) => p.shiftId),
          point.id,
          point.regionCode,
          point.slotCapacity,
          planned.map((p) => p.startsAt.toISOString()),
          planned.map((p) => p.endsAt.toISOString()),
        ],
      );
    }
    const rows: {
      id: string;
      starts_at: Date;
      ends_at: Date;
      capacity: number;
      booked: number;
      lawyer_id: string;
    }[] = await this.dataSource.query(
      `SELECT b.id, b.starts_at, b.ends_at, b.capacity, b.booked, s.lawyer_id
         FROM booking_slot b JOIN duty_shift s ON s.id = b.shift_id
        WHERE b.service_point_id = $1 AND b.starts_at >= $2 AND b.starts_at < $3 AND b.starts_at > $4
          AND s.status = 'planned' AND s.published AND NOT (s.date = ANY($5::date[]))
        ORDER BY b.starts_at`,
      [point.id, businessInstant(first), businessInstant(addDays(last, 1)), this.clock.now(), daysOff],
    );
    const names = await this.staff.namesOf(rows.map((r) => r.lawyer_id));
    return rows.map((r) => ({
      id: r.id,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      capacity: r.capacity,
      available: r.capacity - r.booked,
      lawyerName: names.get(r.lawyer_id) ?? '',
    }));
  }
}
