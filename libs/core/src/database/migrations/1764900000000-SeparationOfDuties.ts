import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 三权分立: a fourth privileged kind of account, the security administrator (`security`), beside
 * the system administrator (`admin`) and the auditor (`auditor`). A privileged account holds exactly
 * the one role of its kind, and an ordinary account none of them, so no account can hold two
 * privileged roles whatever writes the row. And the password history that a new password is
 * checked against (seeded with every account's current password).
 */
export class SeparationOfDuties1764900000000 implements MigrationInterface {
  name = 'SeparationOfDuties1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE staff
        DROP CONSTRAINT staff_kind_check,
        DROP CONSTRAINT staff_roles_check,
        ADD CONSTRAINT staff_kind_check CHECK (kind IN
          ('lawyer', 'legal_worker', 'public_lawyer', 'official', 'admin', 'security', 'auditor')),
        ADD CONSTRAINT staff_roles_check CHECK (cardinality(roles) > 0
          AND roles <@ ARRAY['lawyer', 'official', 'admin', 'security', 'auditor']),
        ADD CONSTRAINT staff_privileged_role_alone CHECK (CASE
          WHEN kind IN ('admin', 'security', 'auditor') THEN roles = ARRAY[kind::text]
          ELSE NOT roles && ARRAY['admin', 'security', 'auditor'] END)`);

    await q.query(`
      CREATE TABLE password_history (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        staff_id      uuid NOT NULL REFERENCES staff (id),
        password_hash text NOT NULL,
        created_at    timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX password_history_staff_idx ON password_history (staff_id, id DESC)`);
    await q.query(`
      INSERT INTO password_history (staff_id, password_hash, created_at)
      SELECT id, password_hash, updated_at FROM staff`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_history`);
    // Security administrators did not exist before: their accounts go (with their refresh tokens).
    await q.query(
      `DELETE FROM refresh_token WHERE staff_id IN (SELECT id FROM staff WHERE kind = 'security')`,
    );
    await q.query(`DELETE FROM staff WHERE kind = 'security'`);
    await q.query(`
      ALTER TABLE staff
        DROP CONSTRAINT staff_privileged_role_alone,
        DROP CONSTRAINT staff_kind_check,
        DROP CONSTRAINT staff_roles_check,
        ADD CONSTRAINT staff_kind_check CHECK (kind IN
          ('lawyer', 'legal_worker', 'public_lawyer', 'official', 'admin', 'auditor')),
        ADD CONSTRAINT staff_roles_check CHECK (cardinality(roles) > 0
          AND roles <@ ARRAY['lawyer', 'official', 'admin', 'auditor'])`);
  }
}
