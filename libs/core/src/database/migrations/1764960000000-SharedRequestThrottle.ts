import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The request throttle's counts (sign-in and SMS-code routes), shared by every instance of the app:
 * one row per throttled key (hashed), its hits in the current window and how long it is blocked.
 */
export class SharedRequestThrottle1764960000000 implements MigrationInterface {
  name = 'SharedRequestThrottle1764960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE request_throttle (
        key           char(64) PRIMARY KEY,
        hits          integer NOT NULL,
        window_ends   timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE request_throttle`);
  }
}
