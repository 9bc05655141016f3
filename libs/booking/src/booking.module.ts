import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@app/auth';
import { asSystem, JobsService } from '@app/core';
import { OrgModule } from '@app/org';
import { DutyShiftsService } from '@app/roster';
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
  imports: [AuthModule, OrgModule, TypeOrmModule.forFeature([Resident, OtpChallenge, BookingSlot])],
  controllers: [OtpController, AppointmentsController],
  providers: [OtpService, SlotsService, AppointmentsService],
  exports: [OtpService, AppointmentsService],
})
export class BookingModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly appointments: AppointmentsService,
    private readonly shifts: DutyShiftsService,
  ) {}

  onModuleInit(): void {
    // 18:00 Asia/Shanghai: tomorrow's appointments of every county get their reminder, each exactly once.
    this.jobs.schedule('booking-reminders', '0 18 * * *', () =>
      asSystem(() => this.appointments.sendReminders()),
    );
    // A cancelled shift's bookings are marked for rescheduling and their residents told.
    this.shifts.onCancel((shift, em) => this.appointments.onShiftCancelled(shift.id, em));
    // So are those of a shift that a calendar change (a notice, a county override) leaves on a day off.
    this.shifts.onDayOff((shift, em) => this.appointments.onShiftCancelled(shift.id, em));
    // A swapped shift's bookings go with it to the new lawyer.
    this.shifts.onSwap((shift, _from, em) => this.appointments.onShiftSwapped(shift.id, em));
  }
}
