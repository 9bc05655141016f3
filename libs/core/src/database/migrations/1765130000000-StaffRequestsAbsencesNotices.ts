import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lawyers who ask instead of calling (issue 19): a lawyer's request (a swap naming a colleague, leave,
 * a 补卡 of a missing sign-in or sign-out) awaiting a township official's decision; a window shift
 * whose lawyer did not sign in (the absence, the standby told and when they answered); notices to
 * staff with each person's channel. A correction made by an approved request names the request.
 */
export class StaffRequestsAbsencesNotices1765130000000 implements MigrationInterface {
  name = 'StaffRequestsAbsencesNotices1765130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_request (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind            varchar(16) NOT NULL CHECK (kind IN ('swap', 'leave', 'attendance_fix')),
        status          varchar(10) NOT NULL DEFAULT 'pending'
                          CHECK (status IN ('pending', 'accepted', 'approved', 'refused')),
        lawyer_id       uuid NOT NULL REFERENCES staff (id),
        -- The lawyer's township (the official who decides governs it).
        region_code     varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        reason          varchar(500) NOT NULL,
        shift_id        uuid REFERENCES duty_shift (id),
        to_lawyer_id    uuid REFERENCES staff (id),
        leave_from      date,
        leave_to        date,
        fix_type        varchar(10) CHECK (fix_type IN ('check_in', 'check_out')),
        fix_at          timestamptz,
        accepted_at     timestamptz,
        decided_by      uuid REFERENCES staff (id),
        decided_at      timestamptz,
        decision_reason varchar(500),
        created_at      timestamptz NOT NULL,
        updated_at      timestamptz NOT NULL,
        CHECK (kind <> 'swap' OR (shift_id IS NOT NULL AND to_lawyer_id IS NOT NULL)),
        CHECK (kind <> 'leave' OR (leave_from IS NOT NULL AND leave_to IS NOT NULL AND leave_from <= leave_to)),
        CHECK (kind <> 'attendance_fix' OR (shift_id IS NOT NULL AND fix_type IS NOT NULL AND fix_at IS NOT NULL)),
        CHECK ((status IN ('approved', 'refused')) = (decided_at IS NOT NULL)),
        CHECK ((decided_at IS NULL) = (decided_by IS NULL))
      )`);
    await q.query(
      `CREATE INDEX staff_request_region_idx ON staff_request (region_code, status, created_at DESC)`,
    );
    await q.query(`CREATE INDEX staff_request_lawyer_idx ON staff_request (lawyer_id, created_at DESC)`);
    await q.query(
      `CREATE INDEX staff_request_to_lawyer_idx ON staff_request (to_lawyer_id) WHERE to_lawyer_id IS NOT NULL`,
    );

    await q.query(`ALTER TABLE attendance_event ADD COLUMN request_id uuid REFERENCES staff_request (id)`);

    await q.query(`
      CREATE TABLE shift_absence (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- One absence per shift: the watch running twice finds it there and sends nothing again.
        shift_id          uuid NOT NULL UNIQUE REFERENCES duty_shift (id),
        lawyer_id         uuid NOT NULL REFERENCES staff (id),
        region_code       varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        date              date NOT NULL,
        detected_at       timestamptz NOT NULL,
        standby_lawyer_id uuid REFERENCES staff (id),
        standby_source    varchar(10) CHECK (standby_source IN ('on_call', 'rotation')),
        official_id       uuid REFERENCES staff (id),
        accepted_by       uuid REFERENCES staff (id),
        accepted_at       timestamptz,
        CHECK ((accepted_at IS NULL) = (accepted_by IS NULL))
      )`);
    await q.query(`CREATE INDEX shift_absence_region_idx ON shift_absence (region_code, date)`);

    await q.query(`
      CREATE TABLE staff_notice (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id    uuid NOT NULL REFERENCES staff (id),
        region_code varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        kind        varchar(32) NOT NULL,
        text        varchar(500) NOT NULL,
        -- What it tells of (a request, a booking, a case's clock): a notice is given once per subject.
        subject_id  varchar(80) NOT NULL,
        channel     varchar(6) NOT NULL CHECK (channel IN ('sms', 'in_app')),
        created_at  timestamptz NOT NULL,
        read_at     timestamptz,
        UNIQUE (staff_id, kind, subject_id)
      )`);
    await q.query(`CREATE INDEX staff_notice_staff_idx ON staff_notice (staff_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE staff_notice_preference (
        staff_id   uuid PRIMARY KEY REFERENCES staff (id),
        channel    varchar(6) NOT NULL CHECK (channel IN ('sms', 'in_app')),
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE staff_notice_preference`);
    await q.query(`DROP TABLE staff_notice`);
    await q.query(`DROP TABLE shift_absence`);
    await q.query(`ALTER TABLE attendance_event DROP COLUMN request_id`);
    await q.query(`DROP TABLE staff_request`);
  }
}
