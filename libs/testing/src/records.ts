import { Client } from 'pg';
import { AuthService } from '@app/auth';
import type { CreateAppointmentDto } from '@app/booking/appointments/appointments.controller';
import type { AppointmentResponse } from '@app/booking/appointments/dto/appointment.response';
import { PiiCipher } from '@app/core';
import type { CreateShiftDto, ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import type { CreateServiceLogDto } from '@app/worklog/service-logs/dto/service-log.dto';
import type { ServiceLogResponse } from '@app/worklog/service-logs/dto/service-log.response';
import { bearer } from './http';
import type { TestApp } from './test-app';

/** A work-log entry's body as JSON carries it: the instant as an ISO string. */
export type ServiceLogBody = Omit<CreateServiceLogDto, 'occurredAt'> & { occurredAt: string };

/** A POST that must answer 201; its body, or an error that shows what came back. */
async function created<T>(what: string, res: PromiseLike<{ status: number; body: unknown }>): Promise<T> {
  const r = await res;
  if (r.status !== 201) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as T;
}

/**
 * A resident with a phone number and an access token, made directly in the database as the SMS
 * sign-in would make them (going through the SMS code each time would only test the OTP again).
 */
export async function createResident(
  t: TestApp,
  phone: string,
): Promise<{ id: string; phone: string; token: string }> {
  const pii = t.app.get(PiiCipher);
  const db = new Client({ connectionString: t.config.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO resident (phone_enc, phone_index) VALUES ($1, $2) RETURNING id`,
      [pii.encrypt(phone), pii.blindIndex(phone)],
    );
    return { id: rows[0].id, phone, token: await t.app.get(AuthService).residentAccessToken(rows[0].id) };
  } finally {
    await db.end();
  }
}

/** A duty shift an official adds (POST /shifts, 201). */
export function createShift(t: TestApp, token: string, body: CreateShiftDto): Promise<ShiftResponse> {
  return created('shift', t.http().post('/api/v1/shifts').set(bearer(token)).send(body));
}

/** A booking a resident makes on a slot (POST /appointments, 201). */
export function createAppointment(
  t: TestApp,
  residentToken: string,
  body: CreateAppointmentDto,
): Promise<AppointmentResponse> {
  return created('appointment', t.http().post('/api/v1/appointments').set(bearer(residentToken)).send(body));
}

/** A work-log entry, by its lawyer or an official's backfill (POST /service-logs, 201). */
export function createServiceLog(
  t: TestApp,
  token: string,
  body: ServiceLogBody,
): Promise<ServiceLogResponse> {
  return created('service-logs', t.http().post('/api/v1/service-logs').set(bearer(token)).send(body));
}
