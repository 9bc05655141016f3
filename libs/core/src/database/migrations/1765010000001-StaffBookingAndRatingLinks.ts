import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff acting for residents and the rating link after a consultation: an SMS code's purpose (a
 * resident's login, or a phone check read out to staff booking for them); who booked or cancelled an
 * appointment for its resident, how the phone was checked, the reason of a staff cancellation and
 * where a rating came from; and the one-time rating links (the token only as a keyed hash).
 */
export class StaffBookingAndRatingLinks1765010000001 implements MigrationInterface {
  name = 'StaffBookingAndRatingLinks1765010000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE otp_challenge
        ADD COLUMN purpose varchar(20) NOT NULL DEFAULT 'login' CHECK (purpose IN ('login', 'phone_check'))`);
    await q.query(`
      ALTER TABLE appointment
        ADD COLUMN booked_by     uuid REFERENCES staff (id),
        ADD COLUMN phone_check   varchar(20) CHECK (phone_check IN ('sms_code', 'staff_entered')),
        ADD COLUMN cancelled_by  uuid REFERENCES staff (id),
        ADD COLUMN cancel_reason varchar(200),
        ADD COLUMN rating_source varchar(10) CHECK (rating_source IN ('app', 'sms_link')),
        ADD CONSTRAINT appointment_staff_booking_checked CHECK (booked_by IS NULL OR phone_check IS NOT NULL)`);
    await q.query(`
      CREATE TABLE rating_link (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        appointment_id uuid NOT NULL UNIQUE REFERENCES appointment (id),
        token_hash     char(64) NOT NULL UNIQUE,
        expires_at     timestamptz NOT NULL,
        used_at        timestamptz,
        created_at     timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rating_link`);
    await q.query(`
      ALTER TABLE appointment
        DROP CONSTRAINT appointment_staff_booking_checked,
        DROP COLUMN rating_source, DROP COLUMN cancel_reason, DROP COLUMN cancelled_by,
        DROP COLUMN phone_check, DROP COLUMN booked_by`);
    await q.query(`ALTER TABLE otp_challenge DROP COLUMN purpose`);
  }
}
