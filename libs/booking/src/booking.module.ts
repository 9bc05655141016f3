import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RosterModule } from '@app/roster';
import { AuditModule, ChangeLedger } from '@app/audit';
import { AuthModule } from '@app/auth';
import { asSystem, JobsService } from '@app/core';
import { OrgModule } from '@app/org';
import { DUTY_SHIFT } from '@app/roster';
import { AppointmentsController } from './appointments/appointments.controller';
import { AppointmentsService } from './appointments/appointments.service';
import { OtpChallenge } from './otp/otp-challenge.entity';
import { OtpController } from './otp/otp.controller';
import { OtpService } from './otp/otp.service';
import { Resident } from './residents/resident.entity';
import { BookingSlot } from './slots/booking-slot.entity';
import { SlotsService } from './slots/slots.service';

/** Residents and their SMS login, bookable slots and appointments. */
@Module({
  imports: [
    RosterModule,
    AuditModule,
    AuthModule,
    OrgModule,
    TypeOrmModule.forFeature([Resident, OtpChallenge, BookingSlot]),
  ],
  controllers: [OtpController, AppointmentsController],
  providers: [OtpService, SlotsService, AppointmentsService],
  exports: [OtpService, AppointmentsService],
})
export class BookingModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly appointments: AppointmentsService,
    private readonly ledger: ChangeLedger,
  ) {}

  onModuleInit(): void {
    // 18:00 Asia/Shanghai: tomorrow's appointments of every county get their reminder, each exactly once.
    this.jobs.schedule('booking-reminders', '0 18 * * *', () =>
      asSystem(() => this.appointments.sendReminders()),
    );
    this.ledger.subscribe(DUTY_SHIFT, async ({ action, before, after }, em) => {
      if (!before || !after) return;
      // A cancelled shift's bookings are marked for rescheduling and their residents told; so are
      // those of a shift that a calendar change (a notice, a county override) leaves on a day off.
      if ((before.status !== 'cancelled' && after.status === 'cancelled') || action === 'stands_on_day_off')
        return this.appointments.onShiftCancelled(after.id, em);
      // A swapped shift's bookings go with it to the new lawyer.
      if (before.lawyerId !== after.lawyerId) await this.appointments.onShiftSwapped(after.id, em);
    });
  }
}
