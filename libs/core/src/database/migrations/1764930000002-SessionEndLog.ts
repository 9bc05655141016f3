import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a session ended, by the database's own clock: every instance of the app asks every few
 * seconds for the sessions ended lately (this index), instead of reading the session of every request.
 */
export class SessionEndLog1764930000002 implements MigrationInterface {
  name = 'SessionEndLog1764930000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE auth_session ADD COLUMN ended_logged_at timestamptz`);
    await q.query(`UPDATE auth_session SET ended_logged_at = clock_timestamp() WHERE ended_at IS NOT NULL`);
    await q.query(
      `CREATE INDEX auth_session_ended_logged_idx ON auth_session (ended_logged_at) WHERE ended_logged_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX auth_session_ended_logged_idx`);
    await q.query(`ALTER TABLE auth_session DROP COLUMN ended_logged_at`);
  }
}
