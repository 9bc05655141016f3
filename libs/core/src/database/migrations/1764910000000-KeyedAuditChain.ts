import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain gets a key the database never sees. Until now every link was the SHA-256 that
 * SQL itself computes, so whoever could write the table (the owner, after disabling the trigger)
 * could re-chain a rewritten trail and it still verified. From here on the app computes each link
 * as HMAC-SHA-256 under AUDIT_KEY and hands the finished links to `audit_event_link`, which runs as
 * the owner (the app's own role may only read and append) and seals nothing out of place.
 *
 * The event this migration appends, `audit.chain_keyed`, marks the transition: links before it may
 * be the old unkeyed digests and still verify; it and every link after it must carry the key.
 * `audit_event_body` is the text each link covers besides its position, exactly as the old digest
 * read it, so the old links verify with the same message.
 */
export class KeyedAuditChain1764910000000 implements MigrationInterface {
  name = 'KeyedAuditChain1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_event_body(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT concat_ws('|',
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
          coalesce(e.actor_id::text, ''), coalesce(e.actor_name, ''), e.action, e.entity_type,
          coalesce(e.entity_id, ''), coalesce(e.region_code, ''), coalesce(e.ip, ''),
          coalesce(e.request_id, ''), coalesce(e.changes::text, ''))
      $$`);

    // Nothing in the database may link events any more: the unkeyed sealer and digest go.
    await q.query(`DROP FUNCTION audit_event_seal(integer)`);

    // Sealing stays the one update allowed, now checked by position: the next seq after the last
    // link, chained to its hash. Whether the MAC is right only the key holder can tell (verify).
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_event_seal_only() RETURNS trigger LANGUAGE plpgsql
      SET search_path = pg_catalog, public AS $$
      DECLARE
        last_seq bigint;
        last_hash text;
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
           AND (to_jsonb(NEW) - '{seq,prev_hash,hash}'::text[]) = (to_jsonb(OLD) - '{seq,prev_hash,hash}'::text[])
           AND NEW.hash ~ '^[0-9a-f]{64}$' THEN
          SELECT seq, hash INTO last_seq, last_hash FROM audit_event WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
          IF NEW.seq = coalesce(last_seq, 0) + 1 AND NEW.prev_hash = coalesce(last_hash, repeat('0', 64)) THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`DROP FUNCTION audit_event_digest(audit_event)`);

    // Links unsealed events, in the order given, after the last link; runs as the owner so that the
    // app's role needs no UPDATE on the table. Returns how many were linked.
    await q.query(`
      CREATE FUNCTION audit_event_link(ids bigint[], hashes text[], first_seq bigint, first_prev_hash text)
      RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        n integer := coalesce(array_length(ids, 1), 0);
        prev text := first_prev_hash;
      BEGIN
        IF n <> coalesce(array_length(hashes, 1), 0) THEN
          RAISE EXCEPTION 'one hash per event' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        PERFORM pg_advisory_xact_lock(7305202611);
        FOR i IN 1 .. n LOOP
          UPDATE audit_event SET seq = first_seq + i - 1, prev_hash = prev, hash = hashes[i]
           WHERE id = ids[i] AND seq IS NULL;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'audit event % is not waiting to be sealed', ids[i] USING ERRCODE = 'insufficient_privilege';
          END IF;
          prev := hashes[i];
        END LOOP;
        RETURN n;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION audit_event_link(bigint[], text[], bigint, text) FROM PUBLIC`);

    await q.query(`
      INSERT INTO audit_event (actor_name, action, entity_type, changes)
      VALUES ('system', 'audit.chain_keyed', 'audit_event', '{"note": {"algorithm": "HMAC-SHA-256"}}')`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Links sealed with the key stay as they are (a sealed event never changes): the unkeyed
    // verifier of the previous version reports the first of them as broken.
    await q.query(`DROP FUNCTION audit_event_link(bigint[], text[], bigint, text)`);
    await q.query(`
      CREATE FUNCTION audit_event_digest(e audit_event) RETURNS char(64) LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(concat_ws('|',
          e.prev_hash, e.seq::text,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
          coalesce(e.actor_id::text, ''), coalesce(e.actor_name, ''), e.action, e.entity_type,
          coalesce(e.entity_id, ''), coalesce(e.region_code, ''), coalesce(e.ip, ''),
          coalesce(e.request_id, ''), coalesce(e.changes::text, '')), 'UTF8')), 'hex')
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_event_seal_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
           AND (to_jsonb(NEW) - '{seq,prev_hash,hash}'::text[]) = (to_jsonb(OLD) - '{seq,prev_hash,hash}'::text[])
           AND NEW.hash = audit_event_digest(NEW) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE FUNCTION audit_event_seal(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        last_seq bigint;
        last_hash char(64);
        e audit_event%ROWTYPE;
        n integer := 0;
      BEGIN
        PERFORM pg_advisory_xact_lock(7305202611);
        SELECT seq, hash INTO last_seq, last_hash FROM audit_event WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
        last_seq := coalesce(last_seq, 0);
        last_hash := coalesce(last_hash, repeat('0', 64));
        FOR e IN SELECT * FROM audit_event WHERE seq IS NULL ORDER BY id LIMIT batch LOOP
          e.seq := last_seq + 1;
          e.prev_hash := last_hash;
          e.hash := audit_event_digest(e);
          UPDATE audit_event SET seq = e.seq, prev_hash = e.prev_hash, hash = e.hash WHERE id = e.id;
          last_seq := e.seq;
          last_hash := e.hash;
          n := n + 1;
        END LOOP;
        RETURN n;
      END $$`);
    await q.query(`DROP FUNCTION audit_event_body(audit_event)`);
  }
}
