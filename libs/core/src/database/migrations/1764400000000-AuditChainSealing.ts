import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain is linked by a sealer instead of by each writer. Before, every insert took one
 * database-wide lock until its transaction committed, so every audited request in the county
 * queued behind every other (the cap of sign-in and booking throughput). Now a writer appends an
 * unsealed event (no seq, no hash) and goes on; `audit_event_seal()` links the committed events
 * in order under the lock, within about a second. Sealing is the only update the table allows:
 * it sets seq, prev_hash and the digest on an unsealed event and may not touch anything else, and a
 * sealed event can never change again.
 */
export class AuditChainSealing1764400000000 implements MigrationInterface {
  name = 'AuditChainSealing1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await q.query(`DROP FUNCTION audit_event_chain()`);
    await q.query(`
      ALTER TABLE audit_event
        ALTER COLUMN seq DROP NOT NULL,
        ALTER COLUMN prev_hash DROP NOT NULL,
        ALTER COLUMN hash DROP NOT NULL,
        ADD CONSTRAINT audit_event_sealed_whole CHECK (
          (seq IS NULL AND prev_hash IS NULL AND hash IS NULL) OR
          (seq IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL))`);
    await q.query(`CREATE INDEX audit_event_unsealed_idx ON audit_event (id) WHERE seq IS NULL`);

    // A writer cannot supply chain fields: events always arrive unsealed.
    await q.query(`
      CREATE FUNCTION audit_event_arrive_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.seq := NULL;
        NEW.prev_hash := NULL;
        NEW.hash := NULL;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER audit_event_arrive_unsealed BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_arrive_unsealed()`,
    );

    // The one update allowed: sealing an unsealed event, with its own digest, changing nothing else.
    await q.query(`
      CREATE FUNCTION audit_event_seal_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
           AND (to_jsonb(NEW) - '{seq,prev_hash,hash}'::text[]) = (to_jsonb(OLD) - '{seq,prev_hash,hash}'::text[])
           AND NEW.hash = audit_event_digest(NEW) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`DROP TRIGGER audit_event_no_update ON audit_event`);
    await q.query(
      `CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_seal_only()`,
    );

    // Links the committed unsealed events, oldest first, after the last sealed one; returns how many.
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
  }

  async down(q: QueryRunner): Promise<void> {
    // Seal what is pending, then go back to linking on insert.
    await q.query(`SELECT audit_event_seal(2147483647)`);
    await q.query(`DROP FUNCTION audit_event_seal(integer)`);
    await q.query(`DROP TRIGGER audit_event_no_update ON audit_event`);
    await q.query(
      `CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await q.query(`DROP FUNCTION audit_event_seal_only()`);
    await q.query(`DROP TRIGGER audit_event_arrive_unsealed ON audit_event`);
    await q.query(`DROP FUNCTION audit_event_arrive_unsealed()`);
    await q.query(`DROP INDEX audit_event_unsealed_idx`);
    await q.query(`
      ALTER TABLE audit_event
        DROP CONSTRAINT audit_event_sealed_whole,
        ALTER COLUMN seq SET NOT NULL,
        ALTER COLUMN prev_hash SET NOT NULL,
        ALTER COLUMN hash SET NOT NULL`);
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
  }
}
