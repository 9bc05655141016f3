import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Regions, service points, staff and their refresh tokens, advisor assignments and the audit trail.
 * Region codes use the C collation so that prefix ranges compare as plain byte strings via btree.
 */
export class Foundation1763700000000 implements MigrationInterface {
  name = 'Foundation1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE region (
        code        varchar(12) COLLATE "C" PRIMARY KEY CHECK (code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12})$'),
        name        varchar(100) NOT NULL,
        level       varchar(10) NOT NULL CHECK (level IN ('province', 'city', 'county', 'township', 'village')),
        parent_code varchar(12) COLLATE "C" REFERENCES region (code)
      )`);
    await q.query(`CREATE INDEX region_parent_idx ON region (parent_code)`);

    await q.query(`
      CREATE TABLE service_point (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code       varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        kind              varchar(20) NOT NULL CHECK (kind IN ('county_center', 'township_center', 'village_point')),
        name              varchar(100) NOT NULL,
        address           varchar(200) NOT NULL DEFAULT '',
        lat               numeric(9, 6) CHECK (lat BETWEEN -90 AND 90),
        lng               numeric(9, 6) CHECK (lng BETWEEN -180 AND 180),
        geofence_radius_m integer NOT NULL DEFAULT 200 CHECK (geofence_radius_m BETWEEN 10 AND 5000),
        opening_hours     jsonb NOT NULL DEFAULT '[]',
        phone             varchar(20),
        is_pilot          boolean NOT NULL DEFAULT false,
        sign_installed    boolean NOT NULL DEFAULT false,
        active            boolean NOT NULL DEFAULT true,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX service_point_region_idx ON service_point (region_code)`);

    await q.query(`
      CREATE TABLE staff (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username           varchar(50) NOT NULL,
        name               varchar(50) NOT NULL,
        kind               varchar(20) NOT NULL CHECK (kind IN ('lawyer', 'legal_worker', 'public_lawyer', 'official', 'admin', 'auditor')),
        roles              text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['lawyer', 'official', 'admin', 'auditor']),
        region_code        varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        license_no         varchar(30),
        firm               varchar(100),
        phone_enc          bytea,
        phone_index        char(64),
        password_hash      text NOT NULL,
        status             varchar(10) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        failed_login_count integer NOT NULL DEFAULT 0,
        locked_until       timestamptz,
        last_login_at      timestamptz,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX staff_username_key ON staff (lower(username))`);
    await q.query(`CREATE INDEX staff_region_idx ON staff (region_code)`);
    await q.query(`CREATE INDEX staff_phone_index_idx ON staff (phone_index)`);

    await q.query(`
      CREATE TABLE refresh_token (
        id          uuid PRIMARY KEY,
        staff_id    uuid NOT NULL REFERENCES staff (id),
        family_id   uuid NOT NULL,
        token_hash  char(64) NOT NULL,
        expires_at  timestamptz NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        rotated_at  timestamptz,
        revoked_at  timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await q.query(`CREATE INDEX refresh_token_staff_idx ON refresh_token (staff_id)`);

    await q.query(`
      CREATE TABLE advisor_assignment (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lawyer_id        uuid NOT NULL REFERENCES staff (id),
        service_point_id uuid NOT NULL REFERENCES service_point (id),
        region_code      varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        valid_from       date NOT NULL,
        valid_to         date,
        created_at       timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to IS NULL OR valid_to >= valid_from),
        -- One village, one advisor: no two assignments of a point may overlap in time.
        CONSTRAINT advisor_assignment_no_overlap EXCLUDE USING gist (
          service_point_id WITH =,
          daterange(valid_from, valid_to, '[]') WITH &&
        )
      )`);
    await q.query(`CREATE INDEX advisor_assignment_region_idx ON advisor_assignment (region_code)`);
    await q.query(`CREATE INDEX advisor_assignment_lawyer_idx ON advisor_assignment (lawyer_id)`);

    await q.query(`
      CREATE TABLE audit_event (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        seq          bigint NOT NULL UNIQUE,
        occurred_at  timestamptz NOT NULL DEFAULT now(),
        actor_id     uuid,
        actor_name   varchar(100),
        action       varchar(40) NOT NULL,
        entity_type  varchar(40) NOT NULL,
        entity_id    varchar(64),
        region_code  varchar(12) COLLATE "C",
        ip           varchar(64),
        request_id   varchar(64),
        changes      jsonb,
        prev_hash    char(64) NOT NULL,
        hash         char(64) NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id)`);
    await q.query(`CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at)`);
    await q.query(`CREATE INDEX audit_event_region_idx ON audit_event (region_code)`);

    // The digest every link of the chain is made of; the verifier recomputes it with the same function.
    await q.query(`
      CREATE FUNCTION audit_event_digest(e audit_event) RETURNS char(64) LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(concat_ws('|',
          e.prev_hash, e.seq::text,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
          coalesce(e.actor_id::text, ''), coalesce(e.actor_name, ''), e.action, e.entity_type,
          coalesce(e.entity_id, ''), coalesce(e.region_code, ''), coalesce(e.ip, ''),
          coalesce(e.request_id, ''), coalesce(e.changes::text, '')), 'UTF8')), 'hex')
      $$`);
    // Appending takes a transaction-scoped lock so links are made one at a time, in commit order.
    await q.query(`
      CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE last audit_event%ROWTYPE;
      BEGIN
        PERFORM pg_advisory_xact_lock(7305202611);
        SELECT * INTO last FROM audit_event ORDER BY seq DESC LIMIT 1;
        NEW.seq := coalesce(last.seq, 0) + 1;
        NEW.prev_hash := coalesce(last.hash, repeat('0', 64));
        NEW.hash := audit_event_digest(NEW);
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`,
    );
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
    await q.query(`DROP FUNCTION audit_event_chain()`);
    await q.query(`DROP FUNCTION audit_event_digest(audit_event)`);
    await q.query(`DROP TABLE advisor_assignment`);
    await q.query(`DROP TABLE refresh_token`);
    await q.query(`DROP TABLE staff`);
    await q.query(`DROP TABLE service_point`);
    await q.query(`DROP TABLE region`);
  }
}
