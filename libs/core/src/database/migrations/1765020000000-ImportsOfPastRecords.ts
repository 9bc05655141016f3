import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports of past records (an official's ledgers brought in): the batch, one fingerprint per imported
 * row (so the same rows again are refused while the import stands), and on every imported record its
 * `source` and the import it came from. Legal-aid cases gain a void like the work log's, so that a
 * withdrawn import's cases count nowhere. A lawyer named in a ledger who is not (or no longer) on the
 * staff becomes a staff row that is only a name (`named_only`): disabled, without a usable password,
 * never a login.
 */
export class ImportsOfPastRecords1765020000000 implements MigrationInterface {
  name = 'ImportsOfPastRecords1765020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_batch (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind          varchar(20) NOT NULL CHECK (kind IN ('service_logs', 'workshops', 'legal_aid_cases')),
        -- The jurisdiction it was made in (the official's region).
        region_code   varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        file_name     varchar(255),
        -- sha256 of the uploaded file (or of the canonical JSON of the rows).
        content_hash  char(64) NOT NULL,
        row_count     integer NOT NULL CHECK (row_count > 0),
        first_date    date NOT NULL,
        last_date     date NOT NULL,
        created_by    uuid NOT NULL REFERENCES staff (id),
        created_at    timestamptz NOT NULL,
        withdrawn_at  timestamptz,
        withdrawn_by  uuid REFERENCES staff (id),
        withdraw_reason varchar(500),
        CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)),
        CHECK ((withdrawn_at IS NULL) = (withdraw_reason IS NULL))
      )`);
    // The same file twice is one import, unless the first was withdrawn.
    await q.query(
      `CREATE UNIQUE INDEX import_batch_content_key ON import_batch (kind, content_hash) WHERE withdrawn_at IS NULL`,
    );
    await q.query(`CREATE INDEX import_batch_region_idx ON import_batch (region_code, created_at DESC)`);
    await q.query(`
      CREATE TABLE import_row (
        import_id   uuid NOT NULL REFERENCES import_batch (id),
        kind        varchar(20) NOT NULL,
        -- sha256 of the row's normalised content and its occurrence among equal rows of its file.
        fingerprint char(64) NOT NULL,
        PRIMARY KEY (kind, fingerprint)
      )`);
    await q.query(`CREATE INDEX import_row_import_idx ON import_row (import_id)`);

    for (const table of ['service_log', 'workshop', 'legal_aid_case']) {
      await q.query(`
        ALTER TABLE ${table}
          ADD COLUMN source varchar(10) NOT NULL DEFAULT 'entry' CHECK (source IN ('entry', 'import')),
          ADD COLUMN import_id uuid REFERENCES import_batch (id),
          ADD CONSTRAINT ${table}_import_source CHECK ((source = 'import') = (import_id IS NOT NULL))`);
      await q.query(`CREATE INDEX ${table}_import_idx ON ${table} (import_id) WHERE import_id IS NOT NULL`);
    }
    await q.query(`
      ALTER TABLE legal_aid_case
        ADD COLUMN voided_at timestamptz,
        ADD COLUMN void_reason varchar(500),
        ADD COLUMN voided_by uuid REFERENCES staff (id),
        ADD CONSTRAINT legal_aid_case_void_complete CHECK (
          (voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))`);
    await q.query(`
      ALTER TABLE staff
        ADD COLUMN named_only boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT staff_named_only_no_login CHECK (NOT named_only OR (status = 'disabled' AND kind = 'lawyer'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff DROP CONSTRAINT staff_named_only_no_login, DROP COLUMN named_only`);
    await q.query(`
      ALTER TABLE legal_aid_case DROP CONSTRAINT legal_aid_case_void_complete,
        DROP COLUMN voided_by, DROP COLUMN void_reason, DROP COLUMN voided_at`);
    for (const table of ['legal_aid_case', 'workshop', 'service_log'])
      await q.query(
        `ALTER TABLE ${table} DROP CONSTRAINT ${table}_import_source, DROP COLUMN import_id, DROP COLUMN source`,
      );
    await q.query(`DROP TABLE import_row`);
    await q.query(`DROP TABLE import_batch`);
  }
}
