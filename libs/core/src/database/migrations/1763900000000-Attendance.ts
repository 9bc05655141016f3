import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in and sign-out events (append-only: a correction or a void is an event of its own) and the
 * per-shift attendance the nightly close writes.
 */
export class Attendance1763900000000 implements MigrationInterface {
  name = 'Attendance1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attendance_event (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type             varchar(10) NOT NULL CHECK (type IN ('check_in', 'check_out', 'void')),
        lawyer_id        uuid NOT NULL REFERENCES staff (id),
        region_code      varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        service_point_id uuid REFERENCES service_point (id),
        shift_id         uuid REFERENCES duty_shift (id),
        at               timestamptz NOT NULL,
        date             date NOT NULL,
        received_at      timestamptz NOT NULL DEFAULT now(),
        client_time      timestamptz,
        lat              numeric(9, 6),
        lng              numeric(9, 6),
        accuracy_m       numeric(8, 1),
        distance_m       integer,
        inside_geofence  boolean,
        status           varchar(20) NOT NULL,
        flags            text[] NOT NULL DEFAULT '{}',
        source           varchar(12) NOT NULL CHECK (source IN ('phone', 'kiosk', 'correction')),
        idempotency_key  uuid UNIQUE,
        voids_event_id   uuid UNIQUE REFERENCES attendance_event (id),
        reason           varchar(200),
        recorded_by      uuid NOT NULL REFERENCES staff (id),
        CHECK ((type = 'void') = (voids_event_id IS NOT NULL)),
        CHECK (source <> 'correction' OR reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX attendance_event_shift_idx ON attendance_event (shift_id)`);
    await q.query(`CREATE INDEX attendance_event_lawyer_date_idx ON attendance_event (lawyer_id, date)`);
    await q.query(`CREATE INDEX attendance_event_region_date_idx ON attendance_event (region_code, date)`);
    await q.query(`
      CREATE TRIGGER attendance_event_no_update BEFORE UPDATE OR DELETE ON attendance_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);

    await q.query(`
      CREATE TABLE attendance_record (
        shift_id         uuid PRIMARY KEY REFERENCES duty_shift (id),
        lawyer_id        uuid NOT NULL REFERENCES staff (id),
        service_point_id uuid NOT NULL REFERENCES service_point (id),
        region_code      varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        date             date NOT NULL,
        kind             varchar(20) NOT NULL,
        status           varchar(20) NOT NULL,
        check_in_at      timestamptz,
        check_out_at     timestamptz,
        minutes          integer,
        closed_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX attendance_record_region_date_idx ON attendance_record (region_code, date)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attendance_record`);
    await q.query(`DROP TABLE attendance_event`);
  }
}
