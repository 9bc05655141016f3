import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BUSINESS_TIME_ZONE } from '@app/core';

/** A slot as a booking takes it: where, when and with whom the appointment will be. */
export interface TakenSlot {
  id: string;
  servicePointId: string;
  regionCode: string;
  startsAt: Date;
  endsAt: Date;
  lawyerId: string;
}

/** A slot to make when its shift is published. */
export interface NewSlot extends Omit<TakenSlot, 'id'> {
  shiftId: string;
  capacity: number;
}

export interface OpenSlotRow {
  id: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  booked: number;
  /** Places held for residents of the waitlist while their offer lasts. */
  held: number;
  lawyerId: string;
}

/** A slot's state, to say why it could not be taken or waited for. */
export interface SlotState extends TakenSlot {
  booked: number;
  held: number;
  capacity: number;
  open: boolean;
}

const TAKEN = `id, service_point_id AS "servicePointId", region_code AS "regionCode",
               starts_at AS "startsAt", ends_at AS "endsAt", lawyer_id AS "lawyerId"`;

/**
 * The `booking_slot` table, and the one place its `booked` and `held` counts change: a place is taken
 * with one conditional UPDATE (`booked + held < capacity`), so however many residents race for the
 * last place the database lets exactly as many through as there are places; it is given back by
 * `release` and `empty`. A freed place offered to the waitlist is held (`hold`) until its resident
 * takes it (`takeHeld`) or the offer ends (`unhold`). The table's CHECKs (`booked BETWEEN 0 AND
 * capacity`, `booked + held <= capacity`) back this up.
 */
@Injectable()
export class BookingSlotsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Makes the slots (those that exist already stay as they are). */
  async insert(em: EntityManager, slots: NewSlot[]): Promise<void> {
    if (!slots.length) return;
    await em.query(
      `INSERT INTO booking_slot (shift_id, service_point_id, region_code, starts_at, ends_at, capacity, lawyer_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::timestamptz[], $5::timestamptz[], $6::int[], $7::uuid[])
       ON CONFLICT (shift_id, starts_at) DO NOTHING`,
      [
        slots.map((s) => s.shiftId),
        slots.map((s) => s.servicePointId),
        slots.map((s) => s.regionCode),
        slots.map((s) => s.startsAt.toISOString()),
        slots.map((s) => s.endsAt.toISOString()),
        slots.map((s) => s.capacity),
        slots.map((s) => s.lawyerId),
      ],
    );
  }

  /** Takes one place of an open slot that begins after `now`; null when there is none to take. */
  async take(em: EntityManager, slotId: string, now: Date): Promise<TakenSlot | null> {
    const [[slot]]: [TakenSlot[], number] = await em.query(
      `UPDATE booking_slot SET booked = booked + 1
        WHERE id = $1 AND open AND booked + held < capacity AND starts_at > $2
        RETURNING ${TAKEN}`,
      [slotId, now],
    );
    return slot ?? null;
  }

  /** A slot's state, to say why it could not be taken (read in the booking's own transaction). */
  async state(em: EntityManager, slotId: string): Promise<SlotState | null> {
    const [slot] = await em.query(
      `SELECT ${TAKEN}, booked, held, capacity, open FROM booking_slot WHERE id = $1`,
      [slotId],
    );
    return slot ?? null;
  }

  /** Holds a free place of an open slot that begins after `now` for a waitlist offer; false when none is free. */
  async hold(em: EntityManager, slotId: string, now: Date): Promise<boolean> {
    const [, n]: [unknown[], number] = await em.query(
      `UPDATE booking_slot SET held = held + 1
        WHERE id = $1 AND open AND booked + held < capacity AND starts_at > $2`,
      [slotId, now],
    );
    return n === 1;
  }

  /** The resident of an offer takes the place held for them; null when it is held no more (the slot closed). */
  async takeHeld(em: EntityManager, slotId: string, now: Date): Promise<TakenSlot | null> {
    const [[slot]]: [TakenSlot[], number] = await em.query(
      `UPDATE booking_slot SET booked = booked + 1, held = held - 1
        WHERE id = $1 AND open AND held > 0 AND starts_at > $2
        RETURNING ${TAKEN}`,
      [slotId, now],
    );
    return slot ?? null;
  }

  /** An offer ended unconfirmed (or its resident left the line): the place held for it is free again. */
  async unhold(em: EntityManager, slotId: string): Promise<void> {
    await em.query(`UPDATE booking_slot SET held = held - 1 WHERE id = $1 AND held > 0`, [slotId]);
  }

  /**
   * The open slots of a point on [start, end) beginning after `now`, with their places, in time
   * order (a day's waitlist: whether the day is full).
   */
  async openBetween(
    em: EntityManager,
    pointId: string,
    start: Date,
    end: Date,
    now: Date,
  ): Promise<SlotState[]> {
    return em.query(
      `SELECT ${TAKEN}, booked, held, capacity, open FROM booking_slot
        WHERE service_point_id = $1 AND starts_at >= $2 AND starts_at < $3 AND starts_at > $4 AND open
        ORDER BY starts_at`,
      [pointId, start, end, now],
    );
  }

  /** Gives a place back (a booking cancelled or moved elsewhere). */
  async release(em: EntityManager, slotId: string): Promise<void> {
    await em.query(`UPDATE booking_slot SET booked = booked - 1 WHERE id = $1`, [slotId]);
  }

  /** Locks slots in one order (id), so that two transactions locking the same ones cannot deadlock. */
  async lock(em: EntityManager, slotIds: string[]): Promise<void> {
    await em.query(`SELECT 1 FROM booking_slot WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [slotIds]);
  }

  /** Locks every slot of a shift, in id order. */
  async lockShift(em: EntityManager, shiftId: string): Promise<void> {
    await em.query(`SELECT 1 FROM booking_slot WHERE shift_id = $1 ORDER BY id FOR UPDATE`, [shiftId]);
  }

  /**
   * Every place of a shift's slots given back (its bookings were moved off it); `close` closes them
   * for good (the shift is cancelled).
   */
  async empty(em: EntityManager, shiftId: string, close: boolean): Promise<void> {
    await em.query(`UPDATE booking_slot SET booked = 0, open = open AND NOT $2 WHERE shift_id = $1`, [
      shiftId,
      close,
    ]);
  }

  /** The shift's slots go with it to its new lawyer. */
  async follow(em: EntityManager, shiftId: string, lawyerId: string): Promise<void> {
    await em.query(`UPDATE booking_slot SET lawyer_id = $2 WHERE shift_id = $1`, [shiftId, lawyerId]);
  }

  /**
   * The open slots of a point beginning in [from, to) and after `after`, except those on the
   * business days `daysOff`, in time order.
   */
  openAt(pointId: string, from: Date, to: Date, after: Date, daysOff: string[]): Promise<OpenSlotRow[]> {
    return this.dataSource.query(
      `SELECT id, starts_at AS "startsAt", ends_at AS "endsAt", capacity, booked, held, lawyer_id AS "lawyerId"
         FROM booking_slot
        WHERE service_point_id = $1 AND starts_at >= $2 AND starts_at < $3 AND starts_at > $4 AND open
          AND NOT ((starts_at AT TIME ZONE '${BUSINESS_TIME_ZONE}')::date = ANY($5::date[]))
        ORDER BY starts_at`,
      [pointId, from, to, after, daysOff],
    );
  }
}
