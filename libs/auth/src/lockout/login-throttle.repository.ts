import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Wrong passwords per login name (lower case, whether or not an account bears it) and address, the
 * recent failures of a name, and the whole-account locks of names without an account.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What stands against an attempt: this address's wait, and the lock of a name without an account. */
  async findBlocks(
    usernameKey: string,
    ip: string,
  ): Promise<{ blockedUntil: Date | null; nameLockedUntil: Date | null }> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT blocked_until FROM login_throttle WHERE username_key = $1 AND ip = $2) AS blocked_until,
              (SELECT locked_until FROM login_lock WHERE username_key = $1) AS name_locked_until`,
      [usernameKey, ip],
    );
    return { blockedUntil: row.blocked_until, nameLockedUntil: row.name_locked_until };
  }

  /**
   * Counts a wrong password from an address (starting again after `forgetBefore`) and returns the
   * failures in a row from it.
   */
  async countFailure(
    usernameKey: string,
    ip: string,
    now: Date,
    forgetBefore: Date,
    em: EntityManager,
  ): Promise<number> {
    const [row] = await em.query(
      `INSERT INTO login_throttle (username_key, ip, failures, last_failure_at) VALUES ($1, $2, 1, $3)
       ON CONFLICT (username_key, ip) DO UPDATE
          SET failures = CASE WHEN login_throttle.last_failure_at < $4 THEN 1 ELSE login_throttle.failures + 1 END,
              last_failure_at = $3
       RETURNING failures`,
      [usernameKey, ip, now, forgetBefore],
    );
    return row.failures;
  }

  async setBlockedUntil(usernameKey: string, ip: string, until: Date, em: EntityManager): Promise<void> {
    await em.query(`UPDATE login_throttle SET blocked_until = $3 WHERE username_key = $1 AND ip = $2`, [
      usernameKey,
      ip,
      until,
    ]);
  }

  /**
   * Records the failure as an event and returns the name's failures and distinct addresses since
   * `windowStart` (older events of the name are dropped on the way).
   */
  async addRecentFailure(
    usernameKey: string,
    ip: string,
    now: Date,
    windowStart: Date,
    em: EntityManager,
  ): Promise<{ failures: number; addresses: number }> {
    await em.query(`DELETE FROM login_failure WHERE username_key = $1 AND at < $2`, [
      usernameKey,
      windowStart,
    ]);
    await em.query(`INSERT INTO login_failure (username_key, ip, at) VALUES ($1, $2, $3)`, [
      usernameKey,
      ip,
      now,
    ]);
    const [row] = await em.query(
      `SELECT count(*)::int AS failures, count(DISTINCT ip)::int AS addresses
         FROM login_failure WHERE username_key = $1 AND at >= $2`,
      [usernameKey, windowStart],
    );
    return row;
  }

  async lockName(usernameKey: string, until: Date, em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO login_lock (username_key, locked_until) VALUES ($1, $2)
       ON CONFLICT (username_key) DO UPDATE SET locked_until = EXCLUDED.locked_until`,
      [usernameKey, until],
    );
  }

  /** A right password from an address: its count starts again (other addresses keep theirs). */
  async forgetAddress(usernameKey: string, ip: string, em: EntityManager): Promise<void> {
    await em.query(`DELETE FROM login_throttle WHERE username_key = $1 AND ip = $2`, [usernameKey, ip]);
  }

  /** The security administrator's unlock: every wait, recent failure and name lock of the name. */
  async forgetName(usernameKey: string, em: EntityManager): Promise<void> {
    await em.query(`DELETE FROM login_throttle WHERE username_key = $1`, [usernameKey]);
    await em.query(`DELETE FROM login_failure WHERE username_key = $1`, [usernameKey]);
    await em.query(`DELETE FROM login_lock WHERE username_key = $1`, [usernameKey]);
  }
}
