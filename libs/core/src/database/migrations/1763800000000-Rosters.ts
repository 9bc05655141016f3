import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duty rosters: calendar overrides, duty shifts (no two planned shifts of a lawyer overlap),
 * lawyers' leave (which blocks shifts) and the secret tokens of their calendar feeds.
 */
export class Rosters1763800000000 implements MigrationInterface {
  name = 'Rosters1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_day (
        date        date PRIMARY KEY,
        workday     boolean NOT NULL,
        name        varchar(50) NOT NULL DEFAULT '',
        updated_by  uuid REFERENCES staff (id),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE duty_shift (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_point_id uuid NOT NULL REFERENCES service_point (id),
        region_code      varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        lawyer_id        uuid NOT NULL REFERENCES staff (id),
        date             date NOT NULL,
        starts_at        timestamptz NOT NULL,
        ends_at          timestamptz NOT NULL,
        kind             varchar(20) NOT NULL CHECK (kind IN ('window', 'village_visit', 'on_call')),
        status           varchar(10) NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
        published        boolean NOT NULL DEFAULT false,
        published_at     timestamptz,
        cancelled_at     timestamptz,
        cancel_reason    varchar(200),
        swapped_from     uuid REFERENCES staff (id),
        generated        boolean NOT NULL DEFAULT false,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        -- A lawyer can never hold two planned shifts that overlap in time.
        CONSTRAINT duty_shift_no_overlap EXCLUDE USING gist (
          lawyer_id WITH =,
          tstzrange(starts_at, ends_at, '[)') WITH &&
        ) WHERE (status = 'planned')
      )`);
    await q.query(`CREATE INDEX duty_shift_region_date_idx ON duty_shift (region_code, date)`);
    await q.query(`CREATE INDEX duty_shift_point_date_idx ON duty_shift (service_point_id, date)`);
    await q.query(`CREATE INDEX duty_shift_lawyer_date_idx ON duty_shift (lawyer_id, date)`);

    await q.query(`
      CREATE TABLE unavailability (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lawyer_id   uuid NOT NULL REFERENCES staff (id),
        region_code varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        starts_at   timestamptz NOT NULL,
        ends_at     timestamptz NOT NULL,
        reason      varchar(200) NOT NULL DEFAULT '',
        cancelled_at timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX unavailability_lawyer_idx ON unavailability (lawyer_id, starts_at)`);
    await q.query(`CREATE INDEX unavailability_region_idx ON unavailability (region_code)`);

    // Leave blocks shifts and shifts block leave. Both checks take the same per-lawyer lock, so a
    // shift and a leave written at the same time cannot both slip past each other.
    await q.query(`
      CREATE FUNCTION duty_shift_respects_leave() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'planned' THEN
          PERFORM pg_advisory_xact_lock(hashtextextended(NEW.lawyer_id::text, 7));
          IF EXISTS (SELECT 1 FROM unavailability u
                      WHERE u.lawyer_id = NEW.lawyer_id AND u.cancelled_at IS NULL
                        AND tstzrange(u.starts_at, u.ends_at, '[)') && tstzrange(NEW.starts_at, NEW.ends_at, '[)')) THEN
            RAISE EXCEPTION 'lawyer % is on leave', NEW.lawyer_id USING ERRCODE = 'P0001', HINT = 'LAWYER_ON_LEAVE';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER duty_shift_respects_leave BEFORE INSERT OR UPDATE OF lawyer_id, starts_at, ends_at, status ON duty_shift
      FOR EACH ROW EXECUTE FUNCTION duty_shift_respects_leave()`);
    await q.query(`
      CREATE FUNCTION unavailability_respects_shifts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.cancelled_at IS NULL THEN
          PERFORM pg_advisory_xact_lock(hashtextextended(NEW.lawyer_id::text, 7));
          IF EXISTS (SELECT 1 FROM duty_shift s
                      WHERE s.lawyer_id = NEW.lawyer_id AND s.status = 'planned'
                        AND tstzrange(s.starts_at, s.ends_at, '[)') && tstzrange(NEW.starts_at, NEW.ends_at, '[)')) THEN
            RAISE EXCEPTION 'lawyer % has shifts in that period', NEW.lawyer_id USING ERRCODE = 'P0001', HINT = 'SHIFTS_DURING_LEAVE';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER unavailability_respects_shifts BEFORE INSERT OR UPDATE OF starts_at, ends_at, cancelled_at ON unavailability
      FOR EACH ROW EXECUTE FUNCTION unavailability_respects_shifts()`);

    await q.query(`
      CREATE TABLE calendar_feed_token (
        lawyer_id   uuid PRIMARY KEY REFERENCES staff (id),
        token_hash  char(64) NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed_token`);
    await q.query(`DROP TABLE unavailability`);
    await q.query(`DROP FUNCTION unavailability_respects_shifts()`);
    await q.query(`DROP TABLE duty_shift`);
    await q.query(`DROP FUNCTION duty_shift_respects_leave()`);
    await q.query(`DROP TABLE calendar_day`);
  }
}
