import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sign-in or sign-out keeps a digest of the request that made it, so a repeat of its idempotency
 * key with another body is told apart from a retry (422 IDEMPOTENCY_KEY_MISMATCH) instead of being
 * answered as if it were the same. Events from before have none, and their repeats are compared by
 * lawyer and kind as before.
 */
export class AttendanceRequestDigest1764930000001 implements MigrationInterface {
  name = 'AttendanceRequestDigest1764930000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attendance_event ADD COLUMN request_digest char(64)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attendance_event DROP COLUMN request_digest`);
  }
}
