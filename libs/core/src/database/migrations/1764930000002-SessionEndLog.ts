import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every ended session gets the next number of a sequence: each instance of the app asks every few
 * seconds for the sessions ended past the last number it saw (and those still missing below it,
 * which may be in a transaction that has not committed yet), instead of reading the session of every
 * request. A sequence, not a time, so that no clock needs to agree with another.
 */
export class SessionEndLog1764930000002 implements MigrationInterface {
  name = 'SessionEndLog1764930000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE auth_session_end_serial`);
    await q.query(`ALTER TABLE auth_session ADD COLUMN ended_serial bigint`);
    await q.query(`
      UPDATE auth_session SET ended_serial = nextval('auth_session_end_serial')
       WHERE id IN (SELECT id FROM auth_session WHERE ended_at IS NOT NULL ORDER BY ended_at, id)`);
    await q.query(
      `CREATE UNIQUE INDEX auth_session_ended_serial_idx ON auth_session (ended_serial) WHERE ended_serial IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX auth_session_ended_serial_idx`);
    await q.query(`ALTER TABLE auth_session DROP COLUMN ended_serial`);
    await q.query(`DROP SEQUENCE auth_session_end_serial`);
  }
}
