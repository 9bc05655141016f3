import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bookable slots (made from published shifts, each with its capacity and a booked count the
 * database keeps within it) and residents' appointments (no two active ones of a resident overlap).
 */
export class BookingSlotsAndAppointments1764100000000 implements MigrationInterface {
  name = 'BookingSlotsAndAppointments1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE service_point ADD COLUMN slot_capacity integer NOT NULL DEFAULT 2 CHECK (slot_capacity BETWEEN 1 AND 50)`,
    );
    await q.query(`
      CREATE TABLE booking_slot (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        shift_id         uuid NOT NULL REFERENCES duty_shift (id),
        service_point_id uuid NOT NULL REFERENCES service_point (id),
        region_code      varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        starts_at        timestamptz NOT NULL,
        ends_at          timestamptz NOT NULL,
        capacity         integer NOT NULL CHECK (capacity > 0),
        booked           integer NOT NULL DEFAULT 0,
        CHECK (booked BETWEEN 0 AND capacity),
        UNIQUE (shift_id, starts_at)
      )`);
    await q.query(`CREATE INDEX booking_slot_point_start_idx ON booking_slot (service_point_id, starts_at)`);
    await q.query(`
      CREATE TABLE appointment (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code             char(8) NOT NULL UNIQUE,
        resident_id      uuid NOT NULL REFERENCES resident (id),
        slot_id          uuid NOT NULL REFERENCES booking_slot (id),
        service_point_id uuid NOT NULL REFERENCES service_point (id),
        region_code      varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        starts_at        timestamptz NOT NULL,
        ends_at          timestamptz NOT NULL,
        topic            varchar(30) NOT NULL,
        description      varchar(2000) NOT NULL DEFAULT '',
        name             varchar(50),
        status           varchar(20) NOT NULL DEFAULT 'booked'
                         CHECK (status IN ('booked', 'cancelled', 'arrived', 'completed', 'no_show', 'needs_reschedule')),
        rating           smallint CHECK (rating BETWEEN 1 AND 5),
        rating_comment   varchar(500),
        rated_at         timestamptz,
        cancelled_at     timestamptz,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        -- A resident never holds two active bookings that overlap.
        CONSTRAINT appointment_no_overlap EXCLUDE USING gist (
          resident_id WITH =,
          tstzrange(starts_at, ends_at, '[)') WITH &&
        ) WHERE (status = 'booked')
      )`);
    await q.query(`CREATE INDEX appointment_resident_idx ON appointment (resident_id, starts_at)`);
    await q.query(`CREATE INDEX appointment_point_start_idx ON appointment (service_point_id, starts_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE appointment`);
    await q.query(`DROP TABLE booking_slot`);
    await q.query(`ALTER TABLE service_point DROP COLUMN slot_capacity`);
  }
}
