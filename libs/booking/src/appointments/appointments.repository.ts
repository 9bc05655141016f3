import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type Caller, jurisdictionSql } from '@app/core';
import { Appointment } from './appointment.entity';
import type { AppointmentStatus } from './appointment-status';

export type NewAppointment = Pick<
  Appointment,
  | 'code'
  | 'residentId'
  | 'slotId'
  | 'servicePointId'
  | 'regionCode'
  | 'startsAt'
  | 'endsAt'
  | 'lawyerId'
  | 'topic'
  | 'description'
  | 'name'
> &
  Partial<Pick<Appointment, 'bookedBy' | 'phoneCheck'>>;

/** The columns a use case may change. */
export type AppointmentChanges = Partial<Omit<Appointment, 'id' | 'code' | 'residentId' | 'createdAt'>>;

/** An appointment with its resident's encrypted phone, for the SMS a change sends. */
export type WithPhone = Appointment & { phoneEnc: Buffer };

/**
 * The `appointment` table. Statements are written by hand (the booking path is the busiest write of
 * the system), and answer `Appointment` entities whose columns come from the entity's metadata, so
 * the entity is the one list of them.
 */
@Injectable()
export class AppointmentsRepository {
  private readonly columnOf: Map<string, string>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.columnOf = new Map(
      dataSource.getMetadata(Appointment).columns.map((c) => [c.propertyName, c.databaseName]),
    );
  }

  /** The entity's columns of table alias `a`, named as its properties. */
  private columns(a = 'appointment'): string {
    return [...this.columnOf].map(([property, column]) => `${a}.${column} AS "${property}"`).join(', ');
  }

  async insert(em: EntityManager, row: NewAppointment, at: Date): Promise<Appointment> {
    const [created]: Appointment[] = await em.query(
      `INSERT INTO appointment (code, resident_id, slot_id, service_point_id, region_code, starts_at, ends_at,
                                lawyer_id, topic, description, name, created_at, updated_at, booked_by, phone_check)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14)
       RETURNING ${this.columns()}`,
      [
        row.code,
        row.residentId,
        row.slotId,
        row.servicePointId,
        row.regionCode,
        row.startsAt,
        row.endsAt,
        row.lawyerId,
        row.topic,
        row.description,
        row.name,
        at,
        row.bookedBy ?? null,
        row.phoneCheck ?? null,
      ],
    );
    return created;
  }

  /** Changes an appointment's columns; answers it as it is now. */
  async update(em: EntityManager, id: string, changes: AppointmentChanges): Promise<Appointment> {
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
    const set = entries.map(([property], i) => `${this.column(property)} = $${i + 2}`).join(', ');
    const [[row]]: [Appointment[], number] = await em.query(
      `UPDATE appointment SET ${set} WHERE id = $1 RETURNING ${this.columns()}`,
      [id, ...entries.map(([, v]) => v)],
    );
    return row;
  }

  private column(property: string): string {
    const column = this.columnOf.get(property);
    if (!column) throw new Error(`Appointment has no column ${property}`);
    return column;
  }

  /** A resident's own appointment, locked for a change; null when it is not theirs or not there. */
  async lockOfResident(em: EntityManager, id: string, residentId: string): Promise<Appointment | null> {
    const [row]: Appointment[] = await em.query(
      `SELECT ${this.columns()} FROM appointment WHERE id = $1 AND resident_id = $2 FOR UPDATE`,
      [id, residentId],
    );
    return row ?? null;
  }

  /** An appointment in the caller's jurisdiction, locked for a change; null otherwise. */
  async lockInJurisdiction(em: EntityManager, caller: Caller, id: string): Promise<Appointment | null> {
    const scope = jurisdictionSql(caller, 'region_code', 2);
    const [row]: Appointment[] = await em.query(
      `SELECT ${this.columns()} FROM appointment WHERE id = $1 AND ${scope.sql} FOR UPDATE`,
      [id, ...scope.params],
    );
    return row ?? null;
  }

  /** Any appointment by id, locked for a change, with its resident's phone (the rating link names no caller). */
  async lockUnscoped(em: EntityManager, id: string): Promise<WithPhone | null> {
    const [row]: WithPhone[] = await em.query(
      `SELECT ${this.columns('a')}, r.phone_enc AS "phoneEnc"
         FROM appointment a JOIN resident r ON r.id = a.resident_id WHERE a.id = $1 FOR UPDATE OF a`,
      [id],
    );
    return row ?? null;
  }

  /** Any appointment by id, whatever the caller's jurisdiction (for other modules' own checks). */
  async findUnscoped(id: string): Promise<Appointment | null> {
    const [row]: Appointment[] = await this.dataSource.query(
      `SELECT ${this.columns()} FROM appointment WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Whether the resident holds a booking at a time overlapping [start, end). */
  async hasBookedOverlapping(
    em: EntityManager,
    residentId: string,
    start: Date,
    end: Date,
  ): Promise<boolean> {
    const [row] = await em.query(
      `SELECT 1 FROM appointment WHERE resident_id = $1 AND status = 'booked'
          AND tstzrange(starts_at, ends_at, '[)') && tstzrange($2, $3, '[)') LIMIT 1`,
      [residentId, start, end],
    );
    return !!row;
  }

  /** How many bookings the resident holds that begin after `now`. */
  async countFutureBooked(em: EntityManager, residentId: string, now: Date): Promise<number> {
    const [{ n }]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM appointment WHERE resident_id = $1 AND status = 'booked' AND starts_at > $2`,
      [residentId, now],
    );
    return n;
  }

  /** A resident's latest 100 appointments, with the point's and the lawyer's names. */
  ofResident(
    residentId: string,
  ): Promise<(Appointment & { pointName: string; lawyerName: string | null })[]> {
    return this.dataSource.query(
      `SELECT ${this.columns('a')}, p.name AS "pointName", l.name AS "lawyerName"
         FROM appointment a
         JOIN service_point p ON p.id = a.service_point_id
         LEFT JOIN staff l ON l.id = a.lawyer_id
        WHERE a.resident_id = $1 ORDER BY a.starts_at DESC LIMIT 100`,
      [residentId],
    );
  }

  /** A point's appointments beginning in [start, end), in the caller's jurisdiction, with phones. */
  ofPointBetween(caller: Caller, pointId: string, start: Date, end: Date): Promise<WithPhone[]> {
    const scope = jurisdictionSql(caller, 'a.region_code', 4);
    return this.dataSource.query(
      `SELECT ${this.columns('a')}, r.phone_enc AS "phoneEnc"
         FROM appointment a JOIN resident r ON r.id = a.resident_id
        WHERE a.service_point_id = $1 AND a.starts_at >= $2 AND a.starts_at < $3 AND ${scope.sql}
        ORDER BY a.starts_at, a.created_at`,
      [pointId, start, end, ...scope.params],
    );
  }

  /**
   * Marks the booked appointments beginning in [start, end) whose reminder has not gone out as
   * reminded at `at`, and answers them: in one statement, so a second run finds none left.
   */
  async takeDueReminders(em: EntityManager, start: Date, end: Date, at: Date): Promise<WithPhone[]> {
    const [due]: [WithPhone[], number] = await em.query(
      `UPDATE appointment a SET reminder_sent_at = $3
         FROM resident r
        WHERE r.id = a.resident_id AND a.status = 'booked' AND a.reminder_sent_at IS NULL
          AND a.starts_at >= $1 AND a.starts_at < $2
        RETURNING ${this.columns('a')}, r.phone_enc AS "phoneEnc"`,
      [start, end, at],
    );
    return due;
  }

  /**
   * Moves a shift's appointments in statuses `from` to status `to` at `at`; answers each as before
   * and after the change.
   */
  async moveOffShift(
    em: EntityManager,
    shiftId: string,
    from: readonly AppointmentStatus[],
    to: AppointmentStatus,
    at: Date,
  ): Promise<{ before: Appointment; after: WithPhone }[]> {
    // RETURNING's subquery reads the row as the statement found it: the status before this UPDATE.
    const [rows]: [(WithPhone & { oldStatus: AppointmentStatus })[], number] = await em.query(
      `UPDATE appointment a SET status = $2, updated_at = $4
         FROM booking_slot b, resident r
        WHERE b.id = a.slot_id AND b.shift_id = $1 AND r.id = a.resident_id AND a.status = ANY($3::varchar[])
        RETURNING ${this.columns('a')}, r.phone_enc AS "phoneEnc",
                  (SELECT a0.status FROM appointment a0 WHERE a0.id = a.id) AS "oldStatus"`,
      [shiftId, to, from, at],
    );
    return rows.map(({ oldStatus, ...after }) => ({ before: { ...after, status: oldStatus }, after }));
  }

  /**
   * A shift's appointments go to `lawyerId` at `at` (locked in id order first); answers those that
   * moved, as before and after.
   */
  async followShift(
    em: EntityManager,
    shiftId: string,
    lawyerId: string,
    at: Date,
  ): Promise<{ before: Appointment; after: Appointment }[]> {
    const [rows]: [(Appointment & { oldLawyerId: string | null })[], number] = await em.query(
      `UPDATE appointment a SET lawyer_id = $2, updated_at = $3
         FROM (SELECT a2.id, a2.lawyer_id FROM appointment a2 JOIN booking_slot b2 ON b2.id = a2.slot_id
                WHERE b2.shift_id = $1 ORDER BY a2.id FOR UPDATE OF a2) AS old
        WHERE a.id = old.id AND a.lawyer_id IS DISTINCT FROM $2
        RETURNING ${this.columns('a')}, old.lawyer_id AS "oldLawyerId"`,
      [shiftId, lawyerId, at],
    );
    return rows.map(({ oldLawyerId, ...after }) => ({ before: { ...after, lawyerId: oldLawyerId }, after }));
  }
}
