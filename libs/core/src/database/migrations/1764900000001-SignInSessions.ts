import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in sessions of staff and residents. Every access token names its session, and every request
 * checks that the session has not ended (logout, password change, account disabled, ended by its
 * owner or the security administrator). A staff member's refresh tokens belong to the session: the
 * existing token families become sessions (a family that still has a usable token is open).
 */
export class SignInSessions1764900000001 implements MigrationInterface {
  name = 'SignInSessions1764900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auth_session (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id     uuid REFERENCES staff (id),
        resident_id  uuid REFERENCES resident (id),
        created_at   timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at   timestamptz NOT NULL,
        ended_at     timestamptz,
        end_reason   varchar(30) CHECK (end_reason IN ('logout', 'password_change', 'disabled',
                       'ended_by_owner', 'ended_by_security', 'refresh_reuse', 'before_sessions')),
        ip           varchar(64),
        user_agent   varchar(200),
        CONSTRAINT auth_session_one_subject CHECK ((staff_id IS NULL) <> (resident_id IS NULL)),
        CONSTRAINT auth_session_end_reason CHECK ((ended_at IS NULL) = (end_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX auth_session_staff_idx ON auth_session (staff_id, created_at)`);
    await q.query(`CREATE INDEX auth_session_resident_idx ON auth_session (resident_id, created_at)`);

    await q.query(`
      INSERT INTO auth_session (id, staff_id, created_at, last_seen_at, expires_at, ended_at, end_reason)
      SELECT family_id, (array_agg(staff_id))[1], min(created_at), max(coalesce(rotated_at, created_at)),
             max(expires_at), ended_at, CASE WHEN ended_at IS NULL THEN NULL ELSE 'before_sessions' END
        FROM (SELECT t.*,
                     CASE WHEN bool_or(rotated_at IS NULL AND revoked_at IS NULL) OVER w THEN NULL
                          ELSE coalesce(max(revoked_at) OVER w, max(created_at) OVER w) END AS ended_at
                FROM refresh_token t
              WINDOW w AS (PARTITION BY family_id)) f
       GROUP BY family_id, ended_at`);
    await q.query(`ALTER TABLE refresh_token ADD COLUMN session_id uuid REFERENCES auth_session (id)`);
    await q.query(`UPDATE refresh_token SET session_id = family_id`);
    await q.query(`ALTER TABLE refresh_token ALTER COLUMN session_id SET NOT NULL`);
    await q.query(`CREATE INDEX refresh_token_session_idx ON refresh_token (session_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refresh_token DROP COLUMN session_id`);
    await q.query(`DROP TABLE auth_session`);
  }
}
