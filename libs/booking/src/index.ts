export * from './booking.module';
export * from './booking.errors';
export * from './otp/otp.service';
export * from './appointments/appointments.service';
export * from './appointments/appointment.records';
export * from './appointments/appointment-status';
export * from './waitlist/waitlist.service';
export * from './booking-messages';
