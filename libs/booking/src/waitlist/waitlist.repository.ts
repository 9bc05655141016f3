import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WaitlistEntry } from './waitlist-entry.entity';

export type NewWaitlistEntry = Pick<
  WaitlistEntry,
  'residentId' | 'servicePointId' | 'regionCode' | 'slotId' | 'day' | 'topic' | 'description' | 'name'
>;

/** An entry with its resident's encrypted phone, for the SMS an offer sends. */
export type EntryWithPhone = WaitlistEntry & { phoneEnc: Buffer };

/** An entry as the resident's list shows it: with the slot waited for and the slot offered. */
export type EntryWithSlots = WaitlistEntry & {
  position: number | null;
  slotStartsAt: Date | null;
  slotEndsAt: Date | null;
  offerStartsAt: Date | null;
  offerEndsAt: Date | null;
};

/** A slot a freed place belongs to, as the line for it is chosen. */
export interface FreedSlot {
  id: string;
  servicePointId: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The `waitlist_entry` table. A line is the entries of a point and business day, in the order they
 * joined (`seq`); an entry for one slot stands in that slot's line only, a day's entry in the line of every
 * slot of the day.
 */
@Injectable()
export class WaitlistRepository {
  private readonly columnOf: Map<string, string>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.columnOf = new Map(
      dataSource.getMetadata(WaitlistEntry).columns.map((c) => [c.propertyName, c.databaseName]),
    );
  }

  private columns(w = 'w'): string {
    return [...this.columnOf]
      .map(([property, column]) =>
        property === 'day' ? `to_char(${w}.day, 'YYYY-MM-DD') AS "day"` : `${w}.${column} AS "${property}"`,
      )
      .join(', ');
  }

  async insert(em: EntityManager, row: NewWaitlistEntry, at: Date): Promise<WaitlistEntry> {
    const [created]: WaitlistEntry[] = await em.query(
      `INSERT INTO waitlist_entry AS w (resident_id, service_point_id, region_code, slot_id, day, topic, description,
                                        name, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
       RETURNING ${this.columns()}`,
      [
        row.residentId,
        row.servicePointId,
        row.regionCode,
        row.slotId,
        row.day,
        row.topic,
        row.description,
        row.name,
        at,
      ],
    );
    return created;
  }

  /** Where an entry stands in its line: 1 for the first of those waiting. */
  async position(em: EntityManager, entry: WaitlistEntry): Promise<number> {
    const [{ n }]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM waitlist_entry w
        WHERE w.status = 'waiting' AND w.service_point_id = $1 AND w.day = $2
          AND ($3::uuid IS NULL OR w.slot_id IS NULL OR w.slot_id = $3)
          AND w.seq <= $4`,
      [entry.servicePointId, entry.day, entry.slotId, entry.seq],
    );
    return n;
  }

  /** A resident's own entry, locked for a change; null when it is not theirs or not there. */
  async lockOfResident(em: EntityManager, id: string, residentId: string): Promise<WaitlistEntry | null> {
    const [row]: WaitlistEntry[] = await em.query(
      `SELECT ${this.columns()} FROM waitlist_entry w WHERE w.id = $1 AND w.resident_id = $2 FOR UPDATE`,
      [id, residentId],
    );
    return row ?? null;
  }

  /** Changes an entry's status (and its offer or appointment); answers it as it is now. */
  async update(
    em: EntityManager,
    id: string,
    changes: Partial<Pick<WaitlistEntry, 'status' | 'offeredSlotId' | 'offerExpiresAt' | 'appointmentId'>>,
    at: Date,
  ): Promise<WaitlistEntry> {
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
    const set = entries.map(([property], i) => `${this.columnOf.get(property)} = $${i + 3}`);
    const [[row]]: [WaitlistEntry[], number] = await em.query(
      `UPDATE waitlist_entry w SET ${[...set, 'updated_at = $2'].join(', ')} WHERE w.id = $1 RETURNING ${this.columns()}`,
      [id, at, ...entries.map(([, v]) => v)],
    );
    return row;
  }

  /**
   * The first in the line of a freed slot who can take it, locked: waiting for this slot or its day,
   * without a booking or an open offer at an overlapping time, and under the limit of future
   * bookings. Entries another transaction holds are passed over rather than waited for.
   */
  async lockFirstInLine(
    em: EntityManager,
    slot: FreedSlot,
    day: string,
    now: Date,
    maxFutureBookings: number,
  ): Promise<EntryWithPhone | null> {
    const [row]: EntryWithPhone[] = await em.query(
      `SELECT ${this.columns()}, r.phone_enc AS "phoneEnc"
         FROM waitlist_entry w JOIN resident r ON r.id = w.resident_id
        WHERE w.status = 'waiting' AND w.service_point_id = $2 AND w.day = $3
          AND (w.slot_id IS NULL OR w.slot_id = $1)
          AND NOT EXISTS (
                SELECT 1 FROM appointment a
                 WHERE a.resident_id = w.resident_id AND a.status = 'booked'
                   AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange($4, $5, '[)'))
          AND NOT EXISTS (
                SELECT 1 FROM waitlist_entry o JOIN booking_slot s ON s.id = o.offered_slot_id
                 WHERE o.resident_id = w.resident_id AND o.status = 'offered'
                   AND tstzrange(s.starts_at, s.ends_at, '[)') && tstzrange($4, $5, '[)'))
          AND (SELECT count(*) FROM appointment a
                WHERE a.resident_id = w.resident_id AND a.status = 'booked' AND a.starts_at > $6) < $7
        ORDER BY w.seq
        LIMIT 1
        FOR UPDATE OF w SKIP LOCKED`,
      [slot.id, slot.servicePointId, day, slot.startsAt, slot.endsAt, now, maxFutureBookings],
    );
    return row ?? null;
  }

  /** Marks the offers that ran out by `now` as expired (locked in expiry order); answers them. */
  async expireOffers(em: EntityManager, now: Date, limit = 200): Promise<WaitlistEntry[]> {
    const [rows]: [WaitlistEntry[], number] = await em.query(
      `UPDATE waitlist_entry w SET status = 'expired', updated_at = $1
         FROM (SELECT id FROM waitlist_entry WHERE status = 'offered' AND offer_expires_at <= $1
                ORDER BY offer_expires_at, id LIMIT $2 FOR UPDATE SKIP LOCKED) AS due
        WHERE w.id = due.id
        RETURNING ${this.columns()}`,
      [now, limit],
    );
    return rows;
  }

  /** Entries still waiting for a slot that has begun, or a day that is over, leave their line. */
  async lapse(em: EntityManager, now: Date, today: string): Promise<number> {
    const [, n]: [unknown[], number] = await em.query(
      `UPDATE waitlist_entry w SET status = 'lapsed', updated_at = $1
        WHERE w.status = 'waiting'
          AND (w.day < $2::date
               OR EXISTS (SELECT 1 FROM booking_slot s WHERE s.id = w.slot_id AND s.starts_at <= $1))`,
      [now, today],
    );
    return n;
  }

  /** A resident's latest 100 entries, with the slots waited for and offered and their place in line. */
  ofResident(residentId: string): Promise<EntryWithSlots[]> {
    return this.dataSource.query(
      `SELECT ${this.columns()},
              s.starts_at AS "slotStartsAt", s.ends_at AS "slotEndsAt",
              o.starts_at AS "offerStartsAt", o.ends_at AS "offerEndsAt",
              CASE WHEN w.status = 'waiting' THEN (
                SELECT count(*)::int FROM waitlist_entry x
                 WHERE x.status = 'waiting' AND x.service_point_id = w.service_point_id AND x.day = w.day
                   AND (w.slot_id IS NULL OR x.slot_id IS NULL OR x.slot_id = w.slot_id)
                   AND x.seq <= w.seq) END AS position
         FROM waitlist_entry w
         LEFT JOIN booking_slot s ON s.id = w.slot_id
         LEFT JOIN booking_slot o ON o.id = w.offered_slot_id
        WHERE w.resident_id = $1
        ORDER BY w.seq DESC LIMIT 100`,
      [residentId],
    );
  }
}
