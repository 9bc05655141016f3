import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rotating-QR sign-in: each service point's signing key (encrypted at rest, in versions so that a
 * rotation leaves codes scanned before it verifiable), the kiosk devices an official authorised to
 * show a point's code (a secret token stored as its SHA-256 hash, revocable), and on each sign-in
 * the proof it carries and, for a QR code, the code's digest (to find replays) and window.
 */
export class QrSignIn1765140000000 implements MigrationInterface {
  name = 'QrSignIn1765140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_point_key (
        service_point_id uuid NOT NULL REFERENCES service_point (id),
        version          integer NOT NULL CHECK (version > 0),
        region_code      varchar(12) NOT NULL,
        key_enc          bytea NOT NULL,
        created_at       timestamptz NOT NULL,
        retired_at       timestamptz,
        PRIMARY KEY (service_point_id, version)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX service_point_key_current ON service_point_key (service_point_id) WHERE retired_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE kiosk_device (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_point_id uuid NOT NULL REFERENCES service_point (id),
        region_code      varchar(12) NOT NULL,
        label            varchar(60) NOT NULL,
        token_hash       char(64) NOT NULL UNIQUE,
        created_by       uuid NOT NULL REFERENCES staff (id),
        created_at       timestamptz NOT NULL,
        last_seen_at     timestamptz,
        revoked_at       timestamptz,
        revoked_by       uuid REFERENCES staff (id),
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
      )`);
    await q.query(`CREATE INDEX kiosk_device_point ON kiosk_device (service_point_id)`);
    await q.query(`
      ALTER TABLE attendance_event
        ADD COLUMN proof varchar(8) CHECK (proof IN ('qr', 'gps', 'none')),
        ADD COLUMN qr_digest char(64),
        ADD COLUMN qr_window_start timestamptz,
        ADD CHECK ((qr_digest IS NULL) = (qr_window_start IS NULL)),
        ADD CHECK (proof IS DISTINCT FROM 'qr' OR qr_digest IS NOT NULL)`);
    await q.query(
      `CREATE INDEX attendance_event_qr_digest ON attendance_event (qr_digest) WHERE qr_digest IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX attendance_event_qr_digest`);
    await q.query(
      `ALTER TABLE attendance_event DROP COLUMN qr_window_start, DROP COLUMN qr_digest, DROP COLUMN proof`,
    );
    await q.query(`DROP TABLE kiosk_device`);
    await q.query(`DROP TABLE service_point_key`);
  }
}
