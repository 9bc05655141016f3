import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Waitlists of full slots (or of a day at a point): residents in line, in the order they joined. A
 * freed place is held on its slot (`held`) for the first in line while their SMS offer lasts, so no
 * other booking takes it meanwhile; the CHECK keeps booked and held places within the capacity.
 */
export class Waitlist1765010000000 implements MigrationInterface {
  name = 'Waitlist1765010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE booking_slot
        ADD COLUMN held integer NOT NULL DEFAULT 0,
        ADD CONSTRAINT booking_slot_held_within CHECK (held >= 0 AND booked + held <= capacity)`);
    await q.query(`
      CREATE TABLE waitlist_entry (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The order of the line: who joined first (instants can tie).
        seq              bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        resident_id      uuid NOT NULL REFERENCES resident (id),
        service_point_id uuid NOT NULL REFERENCES service_point (id),
        region_code      varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        -- The slot waited for; null: any slot of the day at the point.
        slot_id          uuid REFERENCES booking_slot (id),
        day              date NOT NULL,
        topic            varchar(30) NOT NULL,
        description      varchar(2000) NOT NULL DEFAULT '',
        name             varchar(50),
        status           varchar(20) NOT NULL DEFAULT 'waiting'
                         CHECK (status IN ('waiting', 'offered', 'booked', 'expired', 'left', 'lapsed')),
        offered_slot_id  uuid REFERENCES booking_slot (id),
        offer_expires_at timestamptz,
        appointment_id   uuid REFERENCES appointment (id),
        created_at       timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL,
        CHECK (status <> 'offered' OR (offered_slot_id IS NOT NULL AND offer_expires_at IS NOT NULL))
      )`);
    // A resident is in one line once.
    await q.query(`
      CREATE UNIQUE INDEX waitlist_entry_once_per_slot ON waitlist_entry (resident_id, slot_id)
       WHERE slot_id IS NOT NULL AND status IN ('waiting', 'offered')`);
    await q.query(`
      CREATE UNIQUE INDEX waitlist_entry_once_per_day ON waitlist_entry (resident_id, service_point_id, day)
       WHERE slot_id IS NULL AND status IN ('waiting', 'offered')`);
    await q.query(`
      CREATE INDEX waitlist_entry_line_idx ON waitlist_entry (service_point_id, day, seq)
       WHERE status = 'waiting'`);
    await q.query(`
      CREATE INDEX waitlist_entry_offer_idx ON waitlist_entry (offer_expires_at) WHERE status = 'offered'`);
    await q.query(`CREATE INDEX waitlist_entry_resident_idx ON waitlist_entry (resident_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE waitlist_entry`);
    await q.query(`ALTER TABLE booking_slot DROP CONSTRAINT booking_slot_held_within, DROP COLUMN held`);
  }
}
