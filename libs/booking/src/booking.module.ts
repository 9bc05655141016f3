import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RosterModule } from '@app/roster';
import { AuditModule, ChangeLedger } from '@app/audit';
import { AuthModule } from '@app/auth';
import { asSystem, JobsService } from '@app/core';
import { OrgModule, StaffService } from '@app/org';
import { DUTY_SHIFT, ROSTER_PUBLICATION } from '@app/roster';
import { Appointment } from './appointments/appointment.entity';
import { AppointmentsRepository } from './appointments/appointments.repository';
import { ResidentsRepository } from './residents/residents.repository';
import { BookingSlotsRepository } from './slots/booking-slots.repository';
import { AppointmentsController } from './appointments/appointments.controller';
import { AppointmentsService } from './appointments/appointments.service';
import { OtpChallenge } from './otp/otp-challenge.entity';
import { OtpController } from './otp/otp.controller';
import { OtpService } from './otp/otp.service';
import { Resident } from './residents/resident.entity';
import { BookingSlot } from './slots/booking-slot.entity';
import { SlotsService } from './slots/slots.service';
import { RatingLink } from './ratings/rating-link.entity';
import { RatingLinksController } from './ratings/rating-links.controller';
import { RatingLinksRepository } from './ratings/rating-links.repository';
import { RatingLinksService } from './ratings/rating-links.service';
import { WaitlistEntry } from './waitlist/waitlist-entry.entity';
import { WaitlistController } from './waitlist/waitlist.controller';
import { WaitlistRepository } from './waitlist/waitlist.repository';
import { WaitlistService } from './waitlist/waitlist.service';

/** Residents and their SMS login, bookable slots and appointments. */
@Module({
  imports: [
    RosterModule,
    AuditModule,
    AuthModule,
    OrgModule,
    TypeOrmModule.forFeature([Resident, OtpChallenge, BookingSlot, Appointment, WaitlistEntry, RatingLink]),
  ],
  controllers: [OtpController, AppointmentsController, WaitlistController, RatingLinksController],
  providers: [
    OtpService,
    SlotsService,
    AppointmentsService,
    AppointmentsRepository,
    BookingSlotsRepository,
    ResidentsRepository,
    WaitlistService,
    WaitlistRepository,
    RatingLinksService,
    RatingLinksRepository,
  ],
  exports: [OtpService, AppointmentsService, WaitlistService],
})
export class BookingModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly appointments: AppointmentsService,
    private readonly slots: SlotsService,
    private readonly waitlist: WaitlistService,
    private readonly ledger: ChangeLedger,
    private readonly staff: StaffService,
  ) {}

  onModuleInit(): void {
    // 18:00 Asia/Shanghai: tomorrow's appointments of every county get their reminder, each exactly once.
    this.jobs.schedule('booking-reminders', '0 18 * * *', () =>
      asSystem(() => this.appointments.sendReminders()),
    );
    // Waitlist offers that ran out pass on to the next in line (cron's finest step: a minute).
    this.jobs.schedule('waitlist-offers', '* * * * *', () => asSystem(() => this.waitlist.passOnExpired()));
    // A published roster's shifts get their slots in the publishing transaction.
    this.ledger.subscribe(ROSTER_PUBLICATION, async ({ after }, em) => {
      if (after) await this.slots.makeFor(em, after.shifts);
    });
    this.ledger.subscribe(DUTY_SHIFT, async ({ action, before, after }, em) => {
      if (!before || !after) return;
      // A cancelled shift's bookings are marked for rescheduling, its residents told and its slots
      // closed; so are the bookings of a shift that a calendar change (a notice, a county override)
      // leaves on a day off, whose slots stay for the day it may become a working day again.
      if (before.status !== 'cancelled' && after.status === 'cancelled')
        return this.appointments.onShiftGone(em, after.id, true);
      if (action === 'stands_on_day_off') return this.appointments.onShiftGone(em, after.id, false);
      // A swapped shift's slots and bookings go with it to the new lawyer.
      if (before.lawyerId !== after.lawyerId) {
        const name = (await this.staff.namesOf([after.lawyerId])).get(after.lawyerId) ?? '';
        return this.appointments.onShiftSwapped(em, after.id, after.lawyerId, name);
      }
    });
  }
}
