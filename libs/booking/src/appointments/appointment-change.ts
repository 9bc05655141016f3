import { QueryFailedError } from 'typeorm';
import { AppError } from '@app/core';
import { BookingErrors } from '../booking.errors';
import type { Appointment } from './appointment.entity';
import type { AppointmentRecord } from './appointment.records';
import type { AppointmentResponse } from './dto/appointment.response';

/** The most future bookings a resident holds at a time. */
export const MAX_FUTURE_BOOKINGS = 3;

/** The database's refusal of a second booking at the same time, as the client's error. */
export function asOverlap(err: unknown): unknown {
  return err instanceof QueryFailedError &&
    (err.driverError as { constraint?: string }).constraint === 'appointment_no_overlap'
    ? new AppError(BookingErrors.OVERLAPPING_BOOKING, 'You already have a booking at that time')
    : err;
}

/** An appointment as the change ledger records it (for the audit trail and the statistics). */
export const appointmentRecord = (a: Appointment): AppointmentRecord => ({
  id: a.id,
  code: a.code,
  status: a.status,
  topic: a.topic,
  servicePointId: a.servicePointId,
  regionCode: a.regionCode,
  slotId: a.slotId,
  startsAt: a.startsAt,
  lawyerId: a.lawyerId,
  rating: a.rating,
  ratingSource: a.ratingSource,
});

/** The change of one appointment from `before` to `after`, for the ledger. */
export const appointmentChange = (
  action: string,
  before: Appointment | null,
  after: Appointment,
  note?: Record<string, unknown>,
) => ({ action, before: before && appointmentRecord(before), after: appointmentRecord(after), note });

export const appointmentView = (a: Appointment): AppointmentResponse => ({
  id: a.id,
  code: a.code,
  status: a.status,
  topic: a.topic,
  description: a.description,
  servicePointId: a.servicePointId,
  slot: { id: a.slotId, startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString() },
});
