import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The resident's phone number on a work-log entry, where the lawyer recorded it: encrypted, with the
 * keyed blind index the residents' table uses (so a walk-in and a booking by the same number are one
 * resident) and the masked form lists show. It lets the statistics count unique residents served
 * (服务群众人数, each counted once per period) next to 人次.
 */
export class ServiceLogResidentPhone1765100000001 implements MigrationInterface {
  name = 'ServiceLogResidentPhone1765100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE service_log
        ADD COLUMN resident_phone_enc bytea,
        ADD COLUMN resident_phone_index char(64),
        ADD COLUMN resident_phone_masked varchar(20),
        ADD CONSTRAINT service_log_resident_phone_complete CHECK (
          (resident_phone_enc IS NULL) = (resident_phone_index IS NULL)
          AND (resident_phone_enc IS NULL) = (resident_phone_masked IS NULL))`);
    await q.query(`
      CREATE INDEX service_log_resident_phone_idx ON service_log (region_code, occurred_at)
        INCLUDE (resident_phone_index)
        WHERE resident_phone_index IS NOT NULL AND voided_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_log_resident_phone_idx`);
    await q.query(`
      ALTER TABLE service_log DROP CONSTRAINT service_log_resident_phone_complete,
        DROP COLUMN resident_phone_masked, DROP COLUMN resident_phone_index, DROP COLUMN resident_phone_enc`);
  }
}
