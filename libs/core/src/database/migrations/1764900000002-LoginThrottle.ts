import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lock-out that cannot be turned against users. Wrong passwords are counted per login name and
 * address (`login_throttle`: that address waits 1, 2, 4 … minutes after the fifth), and kept for an
 * hour as events (`login_failure`) to recognise a distributed attack on one name, which locks the
 * whole account (`staff.locked_until`). Names are kept in lower case whether or not an account
 * bears them, so that an unknown name is treated, and answered, like an existing one; the
 * whole-account lock of a name without an account is `login_lock`.
 */
export class LoginThrottle1764900000002 implements MigrationInterface {
  name = 'LoginThrottle1764900000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        username_key    varchar(50) NOT NULL,
        ip              varchar(64) NOT NULL,
        failures        integer NOT NULL CHECK (failures > 0),
        last_failure_at timestamptz NOT NULL,
        blocked_until   timestamptz,
        PRIMARY KEY (username_key, ip)
      )`);
    await q.query(`
      CREATE TABLE login_failure (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        username_key varchar(50) NOT NULL,
        ip           varchar(64) NOT NULL,
        at           timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX login_failure_username_idx ON login_failure (username_key, at)`);
    await q.query(`
      CREATE TABLE login_lock (
        username_key varchar(50) PRIMARY KEY,
        locked_until timestamptz NOT NULL
      )`);
    // The old count of wrong passwords per account is no longer read; its locks stay until they expire.
    await q.query(`UPDATE staff SET failed_login_count = 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_lock`);
    await q.query(`DROP TABLE login_failure`);
    await q.query(`DROP TABLE login_throttle`);
  }
}
