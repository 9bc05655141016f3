import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService, ChangeLedger } from '@app/audit';
import {
  addDays,
  AppError,
  businessDate,
  businessDayRange,
  businessTimeOfDay,
  Clock,
  jurisdictionSql,
  maskPhone,
  PiiCipher,
  RequestContext,
  CoreErrors,
} from '@app/core';
import { NotifyService } from '@app/notify';
import { WorkingCalendarService } from '@app/roster';
import { BookingErrors } from '../booking.errors';
import { newAppointmentCode } from './appointment-code';
import { type AppointmentAction, APPOINTMENT_TRANSITIONS, nextStatus } from './appointment-status';
import { APPOINTMENT, type AppointmentRecord } from './appointment.records';
import type {
  AppointmentResponse,
  DayListAppointmentResponse,
  MyAppointmentResponse,
  RatedAppointmentResponse,
} from './dto/appointment.response';
import { serviceLogDraft } from './service-log-draft';

const MAX_FUTURE_BOOKINGS = 3;

interface TakenSlot {
  id: string;
  service_point_id: string;
  region_code: string;
  starts_at: Date;
  ends_at: Date;
  lawyer_id: string;
}

function asOverlap(err: unknown): unknown {
  return err instanceof QueryFailedError &&
    (err.driverError as { constraint?: string }).constraint === 'appointment_no_overlap'
    ? new AppError(BookingErrors.OVERLAPPING_BOOKING, 'You already have a booking at that time')
    : err;
}

interface AppointmentRow {
  id: string;
  code: string;
  status: string;
  topic: string;
  description: string;
  service_point_id: string;
  slot_id: string;
  starts_at: Date;
  ends_at: Date;
}

/** An appointment with what the change ledger carries of it. */
type CountedRow = AppointmentRow & { region_code: string; lawyer_id: string | null; rating: number | null };
const COUNTED =
  'id, code, status, topic, description, service_point_id, slot_id, starts_at, ends_at, region_code, lawyer_id, rating';

/** An appointment as the change ledger records it (for the audit trail and the statistics). */
const record = (r: Omit<CountedRow, 'description' | 'ends_at'>): AppointmentRecord => ({
  id: r.id,
  code: r.code,
  status: r.status,
  topic: r.topic,
  servicePointId: r.service_point_id,
  regionCode: r.region_code,
  slotId: r.slot_id,
  startsAt: r.starts_at,
  lawyerId: r.lawyer_id,
  rating: r.rating,
});

/** The change of one appointment from row `before` to row `after`, for the ledger. */
const change = (
  action: string,
  before: Omit<CountedRow, 'description' | 'ends_at'> | null,
  after: Omit<CountedRow, 'description' | 'ends_at'>,
  note?: Record<string, unknown>,
) => ({ action, before: before && record(before), after: record(after), note });

/** The status `action` leads to from the appointment's status, or the error of the use case. */
function allowed(action: AppointmentAction, current: { status: string }, refuse: () => AppError): string {
  const to = nextStatus(action, current.status);
  if (!to) throw refuse();
  return to;
}

const view = (r: AppointmentRow): AppointmentResponse => ({
  id: r.id,
  code: r.code,
  status: r.status,
  topic: r.topic,
  description: r.description,
  servicePointId: r.service_point_id,
  slot: { id: r.slot_id, startsAt: r.starts_at.toISOString(), endsAt: r.ends_at.toISOString() },
});

/**
 * Residents' bookings. The slot's capacity is kept by one conditional UPDATE in the booking's
 * transaction (`booked < capacity`), so however many residents race for the last place, the
 * database lets exactly as many through as there are places.
 */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly notify: NotifyService,
    private readonly audit: AuditService,
    private readonly ledger: ChangeLedger,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
    private readonly calendar: WorkingCalendarService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async book(dto: {
    slotId: string;
    topic: string;
    description?: string;
    name?: string;
  }): Promise<AppointmentResponse> {
    const residentId = RequestContext.principal()!.id;
    const now = this.clock.now();
    const row = await this.ledger
      .transaction(async (em) => {
        const [resident]: { phone_enc: Buffer }[] = await em.query(
          `SELECT phone_enc FROM resident WHERE id = $1 FOR UPDATE`,
          [residentId],
        );
        if (!resident) throw new AppError(CoreErrors.UNAUTHENTICATED, 'Sign in again');
        await this.assertUnderLimit(em, residentId, now);
        const slot = await this.takePlace(em, dto.slotId, now);
        const [row]: CountedRow[] = await em.query(
          `INSERT INTO appointment (code, resident_id, slot_id, service_point_id, region_code, starts_at, ends_at, topic, description, name, lawyer_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
           RETURNING ${COUNTED}`,
          [
            newAppointmentCode(),
            residentId,
            slot.id,
            slot.service_point_id,
            slot.region_code,
            slot.starts_at,
            slot.ends_at,
            dto.topic,
            dto.description ?? '',
            dto.name ?? null,
            slot.lawyer_id,
          ],
        );
        const when = `${businessDate(row.starts_at)} ${businessTimeOfDay(row.starts_at)}`;
        const smsId = await this.notify.enqueue(em, {
          phone: this.pii.decrypt(resident.phone_enc),
          kind: 'booking_confirmation',
          text: `【乡村公共法律服务】预约成功：${when}，预约码${row.code}。如需取消请在预约开始前操作。`,
          regionCode: slot.region_code,
        });
        await this.ledger.record(em, APPOINTMENT, change('create', null, row, { slotId: slot.id }));
        this.ledger.afterCommit(em, () => this.notify.dispatch([smsId]));
        return row;
      })
      .catch((err: unknown) => {
        throw asOverlap(err);
      });
    return view(row);
  }

  /**
   * Takes one place of a slot with a single conditional UPDATE (booked < capacity): the database
   * decides, so racing residents can never overbook it.
   */
  /** A resident holds at most MAX_FUTURE_BOOKINGS future bookings (their row is locked by the caller). */
  private async assertUnderLimit(em: EntityManager, residentId: string, now: Date): Promise<void> {
    const [{ n }]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM appointment WHERE resident_id = $1 AND status = 'booked' AND starts_at > $2`,
      [residentId, now],
    );
    if (n >= MAX_FUTURE_BOOKINGS) {
      throw new AppError(
        BookingErrors.TOO_MANY_BOOKINGS,
        `At most ${MAX_FUTURE_BOOKINGS} future bookings at a time`,
      );
    }
  }

  private async takePlace(em: EntityManager, slotId: string, now: Date): Promise<TakenSlot> {
    const [[slot]]: [TakenSlot[], number] = await em.query(
      `UPDATE booking_slot b SET booked = booked + 1
        WHERE b.id = $1 AND b.booked < b.capacity AND b.starts_at > $2
          AND EXISTS (SELECT 1 FROM duty_shift s WHERE s.id = b.shift_id AND s.status = 'planned' AND s.published)
        RETURNING b.id, b.service_point_id, b.region_code, b.starts_at, b.ends_at,
                  (SELECT s.lawyer_id FROM duty_shift s WHERE s.id = b.shift_id) AS lawyer_id`,
      [slotId, now],
    );
    if (!slot) throw await this.whyNotBookable(em, slotId, now);
    // A slot made before a notice or an override turned its day into a holiday is not bookable.
    if (!(await this.calendar.isWorkday(businessDate(slot.starts_at), slot.region_code, em)))
      throw new AppError(BookingErrors.SLOT_ON_DAY_OFF, 'The service point is closed that day (holiday)', {
        slotId,
      });
    return slot;
  }

  /** Inside the booking's transaction: a second connection from the pool could deadlock under load. */
  private async whyNotBookable(em: EntityManager, slotId: string, now: Date): Promise<AppError> {
    const [slot]: {
      starts_at: Date;
      booked: number;
      capacity: number;
      status: string;
      published: boolean;
    }[] = await em.query(
      `SELECT b.starts_at, b.booked, b.capacity, s.status, s.published FROM booking_slot b JOIN duty_shift s ON s.id = b.shift_id WHERE b.id = $1`,
      [slotId],
    );
    if (!slot || slot.status !== 'planned' || !slot.published)
      return new AppError(BookingErrors.SLOT_NOT_FOUND, 'No such slot', { slotId });
    if (slot.starts_at <= now)
      return new AppError(BookingErrors.SLOT_IN_PAST, 'That slot has already begun', { slotId });
    return new AppError(BookingErrors.SLOT_FULL, 'That slot is fully booked', { slotId });
  }

  async mine(): Promise<MyAppointmentResponse[]> {
    const rows: (AppointmentRow & {
      rating: number | null;
      rating_comment: string | null;
      point_name: string;
      lawyer_name: string | null;
    })[] = await this.dataSource.query(
      `SELECT a.id, a.code, a.status, a.topic, a.description, a.service_point_id, a.slot_id, a.starts_at, a.ends_at,
              a.rating, a.rating_comment, p.name AS point_name, l.name AS lawyer_name
         FROM appointment a
         JOIN service_point p ON p.id = a.service_point_id
         LEFT JOIN staff l ON l.id = a.lawyer_id
        WHERE a.resident_id = $1 ORDER BY a.starts_at DESC LIMIT 100`,
      [RequestContext.principal()!.id],
    );
    return rows.map((r) => ({
      ...view(r),
      servicePointName: r.point_name,
      lawyerName: r.lawyer_name,
      rating: r.rating === null ? null : { score: r.rating, comment: r.rating_comment },
    }));
  }

  /** A resident cancels their own booking until it starts; the place goes back to the slot. */
  async cancel(id: string): Promise<AppointmentResponse> {
    const residentId = RequestContext.principal()!.id;
    const now = this.clock.now();
    const row = await this.ledger.transaction(async (em) => {
      const [current]: CountedRow[] = await em.query(
        `SELECT ${COUNTED} FROM appointment
          WHERE id = $1 AND resident_id = $2 FOR UPDATE`,
        [id, residentId],
      );
      if (!current) throw new AppError(BookingErrors.APPOINTMENT_NOT_FOUND, 'Appointment not found', { id });
      const notCancellable = () =>
        new AppError(
          BookingErrors.APPOINTMENT_NOT_CANCELLABLE,
          'Only a booking that has not begun can be cancelled',
        );
      const to = allowed('cancel', current, notCancellable);
      if (current.starts_at <= now) throw notCancellable();
      const [updated]: CountedRow[] = (
        await em.query(
          `UPDATE appointment SET status = $3, cancelled_at = $2, updated_at = $2 WHERE id = $1
           RETURNING ${COUNTED}`,
          [id, now, to],
        )
      )[0];
      await em.query(`UPDATE booking_slot SET booked = booked - 1 WHERE id = $1`, [current.slot_id]);
      await this.ledger.record(em, APPOINTMENT, change('cancel', current, updated));
      return updated;
    });
    return view(row);
  }

  /**
   * The day's list of a point for lawyers and officials, phones masked (jurisdiction applies). It
   * shows residents' names and what they came about: the read is audited, one event per answer.
   */
  async dayList(servicePointId: string, date: string): Promise<DayListAppointmentResponse[]> {
    const { start, end } = businessDayRange(date);
    const scope = jurisdictionSql('a.region_code', 4);
    const rows: (AppointmentRow & { phone_enc: Buffer; name: string | null; region_code: string })[] =
      await this.dataSource.query(
        `SELECT a.id, a.code, a.status, a.topic, a.description, a.service_point_id, a.slot_id, a.starts_at, a.ends_at, a.name,
                a.region_code, r.phone_enc
           FROM appointment a JOIN resident r ON r.id = a.resident_id
          WHERE a.service_point_id = $1 AND a.starts_at >= $2 AND a.starts_at < $3 AND ${scope.sql}
          ORDER BY a.starts_at, a.created_at`,
        [servicePointId, start, end, ...scope.params],
      );
    await this.audit.recordListRead({
      entityType: 'appointment',
      ids: rows.map((r) => r.id),
      regionCode: rows[0]?.region_code ?? null,
      fields: ['name', 'description', 'residentPhoneMasked'],
      query: { servicePointId, date },
    });
    return rows.map((r) => ({
      ...view(r),
      name: r.name,
      residentPhoneMasked: maskPhone(this.pii.decrypt(r.phone_enc)),
    }));
  }

  /** Lawyers and officials mark arrival, completion or no-show (jurisdiction applies). */
  async mark(id: string, status: 'arrived' | 'completed' | 'no_show'): Promise<AppointmentResponse> {
    const scope = jurisdictionSql('region_code', 2);
    return this.ledger.transaction(async (em) => {
      const [current]: CountedRow[] = await em.query(
        `SELECT ${COUNTED} FROM appointment WHERE id = $1 AND ${scope.sql} FOR UPDATE`,
        [id, ...scope.params],
      );
      if (!current) throw new AppError(BookingErrors.APPOINTMENT_NOT_FOUND, 'Appointment not found', { id });
      const to = allowed(
        status,
        current,
        () =>
          new AppError(
            BookingErrors.APPOINTMENT_STATE,
            `An appointment that is ${current.status} cannot become ${status}`,
            { status: current.status },
          ),
      );
      const [row]: CountedRow[] = (
        await em.query(
          `UPDATE appointment SET status = $2, updated_at = now() WHERE id = $1
           RETURNING ${COUNTED}`,
          [id, to],
        )
      )[0];
      await this.ledger.record(em, APPOINTMENT, change(status, current, row));
      const done = view(row);
      return status === 'completed'
        ? { ...done, serviceLogDraft: serviceLogDraft(done, this.clock.now()) }
        : done;
    });
  }

  /** An appointment as the work log checks it (whatever the caller's jurisdiction: the log checks the point). */
  async forServiceLog(
    id: string,
  ): Promise<{ id: string; status: string; servicePointId: string; regionCode: string } | null> {
    const [row]: { id: string; status: string; service_point_id: string; region_code: string }[] =
      await this.dataSource.query(
        `SELECT id, status, service_point_id, region_code FROM appointment WHERE id = $1`,
        [id],
      );
    return row
      ? { id: row.id, status: row.status, servicePointId: row.service_point_id, regionCode: row.region_code }
      : null;
  }

  /** The resident rates a completed consultation, once (回访满意度). */
  async rate(id: string, score: number, comment?: string): Promise<RatedAppointmentResponse> {
    const residentId = RequestContext.principal()!.id;
    return this.ledger.transaction(async (em) => {
      const [current]: CountedRow[] = await em.query(
        `SELECT ${COUNTED} FROM appointment WHERE id = $1 AND resident_id = $2 FOR UPDATE`,
        [id, residentId],
      );
      if (!current) throw new AppError(BookingErrors.APPOINTMENT_NOT_FOUND, 'Appointment not found', { id });
      allowed(
        'rate',
        current,
        () => new AppError(BookingErrors.NOT_COMPLETED, 'Only a completed consultation can be rated'),
      );
      if (current.rating !== null)
        throw new AppError(BookingErrors.ALREADY_RATED, 'This consultation is already rated');
      const [row]: CountedRow[] = (
        await em.query(
          `UPDATE appointment SET rating = $2, rating_comment = $3, rated_at = now(), updated_at = now() WHERE id = $1
           RETURNING ${COUNTED}`,
          [id, score, comment ?? null],
        )
      )[0];
      await this.ledger.record(em, APPOINTMENT, change('rate', current, row, { score }));
      return { ...view(row), rating: score };
    });
  }

  /**
   * The day-before reminders: every booked appointment of tomorrow whose reminder has not gone out
   * gets one. Marking and queueing happen in one statement's transaction, so a second run (or a
   * second instance) finds nothing left to send.
   */
  async sendReminders(): Promise<{ reminded: number }> {
    const tomorrow = addDays(this.clock.today(), 1);
    const { start, end } = businessDayRange(tomorrow);
    const ids = await this.dataSource.transaction(async (em) => {
      // An UPDATE answers [rows, count].
      const [due]: [
        { id: string; code: string; starts_at: Date; phone_enc: Buffer; region_code: string }[],
        number,
      ] = await em.query(
        `UPDATE appointment a SET reminder_sent_at = now()
           FROM resident r
          WHERE r.id = a.resident_id AND a.status = 'booked' AND a.reminder_sent_at IS NULL
            AND a.starts_at >= $1 AND a.starts_at < $2
          RETURNING a.id, a.code, a.starts_at, a.region_code, r.phone_enc`,
        [start, end],
      );
      const out: string[] = [];
      for (const a of due) {
        out.push(
          await this.notify.enqueue(em, {
            phone: this.pii.decrypt(a.phone_enc),
            kind: 'booking_reminder',
            text: `【乡村公共法律服务】提醒：您预约的法律咨询在明天${businessTimeOfDay(a.starts_at)}，预约码${a.code}。`,
            regionCode: a.region_code,
          }),
        );
      }
      return out;
    });
    await this.notify.dispatch(ids);
    return { reminded: ids.length };
  }

  /**
   * A cancelled shift's bookings (or those of a shift a calendar change left on a day off): each is
   * marked for rescheduling and its resident told by SMS. Runs inside the cancelling transaction;
   * the SMS are handed on after it commits. The slots are locked first, so a booking racing the
   * change either commits before it (and is moved) or sees it.
   */
  async onShiftCancelled(shiftId: string, em: EntityManager): Promise<() => Promise<void>> {
    await em.query(`SELECT 1 FROM booking_slot WHERE shift_id = $1 ORDER BY id FOR UPDATE`, [shiftId]);
    const { from, to } = APPOINTMENT_TRANSITIONS.shift_cancelled;
    // RETURNING's subquery reads the row as the statement found it: the status before this UPDATE.
    const [affected]: [(CountedRow & { phone_enc: Buffer; old_status: string })[], number] = await em.query(
      `UPDATE appointment a SET status = $2, updated_at = now()
         FROM booking_slot b, resident r
        WHERE b.id = a.slot_id AND b.shift_id = $1 AND r.id = a.resident_id AND a.status = ANY($3::varchar[])
        RETURNING a.id, a.code, a.status, a.topic, a.service_point_id, a.slot_id, a.starts_at, a.region_code, a.lawyer_id,
                  a.rating, r.phone_enc, (SELECT a0.status FROM appointment a0 WHERE a0.id = a.id) AS old_status`,
      [shiftId, to, from],
    );
    await em.query(`UPDATE booking_slot SET booked = 0 WHERE shift_id = $1`, [shiftId]);
    // They were booked; waiting to be moved, they count nowhere until rebooked.
    for (const a of affected)
      await this.ledger.record(
        em,
        APPOINTMENT,
        change('shift_cancelled', { ...a, status: a.old_status }, a, { shiftId }),
      );
    const ids: string[] = [];
    for (const a of affected) {
      ids.push(
        await this.notify.enqueue(em, {
          phone: this.pii.decrypt(a.phone_enc),
          kind: 'booking_cancelled',
          text: `【乡村公共法律服务】抱歉，您${businessDate(a.starts_at)} ${businessTimeOfDay(a.starts_at)}的预约（预约码${a.code}）因值班调整取消，请重新选择时间。`,
          regionCode: a.region_code,
        }),
      );
    }
    return () => this.notify.dispatch(ids);
  }

  /**
   * A swapped shift's appointments go with it to its new lawyer (in the swapping transaction), so
   * the statistics count them for the lawyer who sees the residents.
   */
  async onShiftSwapped(shiftId: string, em: EntityManager): Promise<void> {
    const [moved]: [(CountedRow & { old_lawyer_id: string | null })[], number] = await em.query(
      `UPDATE appointment a SET lawyer_id = s.lawyer_id, updated_at = now()
         FROM (SELECT a2.id, a2.lawyer_id FROM appointment a2 JOIN booking_slot b2 ON b2.id = a2.slot_id
                WHERE b2.shift_id = $1 ORDER BY a2.id FOR UPDATE OF a2) AS old,
              booking_slot b, duty_shift s
        WHERE a.id = old.id AND b.id = a.slot_id AND s.id = b.shift_id
          AND a.lawyer_id IS DISTINCT FROM s.lawyer_id
        RETURNING a.id, a.code, a.status, a.topic, a.service_point_id, a.slot_id, a.starts_at, a.region_code,
                  a.lawyer_id, a.rating, old.lawyer_id AS old_lawyer_id`,
      [shiftId],
    );
    for (const a of moved)
      await this.ledger.record(
        em,
        APPOINTMENT,
        change('shift_swapped', { ...a, lawyer_id: a.old_lawyer_id }, a, { shiftId }),
      );
  }

  /** Moves a booking (still to come, or marked for rescheduling) to another slot; the code stays. */
  async reschedule(id: string, slotId: string): Promise<AppointmentResponse> {
    const residentId = RequestContext.principal()!.id;
    const now = this.clock.now();
    return this.ledger
      .transaction(async (em) => {
        const [current]: CountedRow[] = await em.query(
          `SELECT ${COUNTED} FROM appointment WHERE id = $1 AND resident_id = $2 FOR UPDATE`,
          [id, residentId],
        );
        if (!current)
          throw new AppError(BookingErrors.APPOINTMENT_NOT_FOUND, 'Appointment not found', {
            id,
          });
        const notMovable = () =>
          new AppError(
            BookingErrors.APPOINTMENT_NOT_CANCELLABLE,
            'Only a booking that has not begun can be moved',
          );
        const to = allowed('reschedule', current, notMovable);
        if (current.status === 'booked' && current.starts_at <= now) throw notMovable();
        if (current.status === 'needs_reschedule') {
          // Back among the resident's future bookings: the limit applies as to a new booking.
          await em.query(`SELECT 1 FROM resident WHERE id = $1 FOR UPDATE`, [residentId]);
          await this.assertUnderLimit(em, residentId, now);
        } else {
          // Both slots locked in one order, so two residents swapping places cannot deadlock.
          await em.query(`SELECT 1 FROM booking_slot WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
            [current.slot_id, slotId],
          ]);
        }
        const slot = await this.takePlace(em, slotId, now);
        if (current.status === 'booked')
          await em.query(`UPDATE booking_slot SET booked = booked - 1 WHERE id = $1`, [current.slot_id]);
        const [[row]]: [CountedRow[], number] = await em.query(
          `UPDATE appointment SET slot_id = $2, service_point_id = $3, region_code = $4, starts_at = $5, ends_at = $6,
                  lawyer_id = $7, status = $8, reminder_sent_at = NULL, updated_at = now()
            WHERE id = $1
            RETURNING ${COUNTED}`,
          [
            id,
            slot.id,
            slot.service_point_id,
            slot.region_code,
            slot.starts_at,
            slot.ends_at,
            slot.lawyer_id,
            to,
          ],
        );
        await this.ledger.record(
          em,
          APPOINTMENT,
          change('reschedule', current, row, { from: current.slot_id, to: slot.id }),
        );
        return view(row);
      })
      .catch((err: unknown) => {
        throw asOverlap(err);
      });
  }
}
