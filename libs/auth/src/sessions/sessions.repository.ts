import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export type SessionSubject = { kind: 'staff' | 'resident'; id: string };
export type SessionEndReason =
  'logout' | 'password_change' | 'disabled' | 'ended_by_owner' | 'ended_by_security' | 'refresh_reuse';

export interface SessionRow {
  id: string;
  staffId: string | null;
  residentId: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  ip: string | null;
  userAgent: string | null;
}

const COLUMNS = `id, staff_id AS "staffId", resident_id AS "residentId", created_at AS "createdAt",
  last_seen_at AS "lastSeenAt", expires_at AS "expiresAt", ended_at AS "endedAt", ip, user_agent AS "userAgent"`;
const subjectColumn = (s: SessionSubject) => (s.kind === 'staff' ? 'staff_id' : 'resident_id');

/** Sign-in sessions of staff and residents (`auth_session`). */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    s: { subject: SessionSubject; at: Date; expiresAt: Date; ip: string | null; userAgent: string | null },
    em?: EntityManager,
  ): Promise<string> {
    const [row] = await (em ?? this.dataSource).query(
      `INSERT INTO auth_session (${subjectColumn(s.subject)}, created_at, last_seen_at, expires_at, ip, user_agent)
       VALUES ($1, $2, $2, $3, $4, $5) RETURNING id`,
      [s.subject.id, s.at, s.expiresAt, s.ip, s.userAgent],
    );
    return row.id;
  }

  /**
   * Ended sessions by their end's number: those numbered above `after`, or at the first look of a
   * process (`after` null) every ended session whose tokens may still live (`expires_at` after
   * `now`). `last` is the sequence's last number handed out, some of which may belong to ends not
   * committed yet; `highest` the highest number of a committed end.
   */
  async findEnded(
    after: number | null,
    now: Date,
  ): Promise<{ ended: { id: string; expiresAt: Date; serial: number }[]; highest: number; last: number }> {
    const rows: {
      id: string | null;
      expires_at: Date | null;
      serial: string | null;
      highest: string | null;
      last: string;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.expires_at, s.ended_serial AS serial, h.highest,
              CASE WHEN q.is_called THEN q.last_value ELSE 0 END AS last
         FROM auth_session_end_serial q
        CROSS JOIN (SELECT max(ended_serial) AS highest FROM auth_session) h
         LEFT JOIN auth_session s
           ON s.ended_serial IS NOT NULL
          AND CASE WHEN $1::bigint IS NULL THEN s.expires_at > $2 ELSE s.ended_serial > $1::bigint END`,
      [after, now],
    );
    return {
      ended: rows
        .filter((r) => r.id)
        .map((r) => ({ id: r.id!, expiresAt: r.expires_at!, serial: Number(r.serial) })),
      highest: Number(rows[0].highest ?? 0),
      last: Number(rows[0].last),
    };
  }

  async findById(id: string, em?: EntityManager): Promise<SessionRow | null> {
    const rows: SessionRow[] = await (em ?? this.dataSource).query(
      `SELECT ${COLUMNS} FROM auth_session WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The open sessions of a staff member or resident, most recently used first. */
  findOpenOf(subject: SessionSubject, now: Date): Promise<SessionRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM auth_session
        WHERE ${subjectColumn(subject)} = $1 AND ended_at IS NULL AND expires_at > $2
        ORDER BY last_seen_at DESC, created_at DESC`,
      [subject.id, now],
    );
  }

  /** Ends one session and revokes its refresh tokens; returns whether it was open. */
  async end(id: string, reason: SessionEndReason, at: Date, em: EntityManager): Promise<boolean> {
    // An UPDATE answers [rows, count] through TypeORM's query().
    const [rows]: [unknown[], number] = await em.query(
      `UPDATE auth_session SET ended_at = $2, end_reason = $3, ended_serial = nextval('auth_session_end_serial')
        WHERE id = $1 AND ended_at IS NULL RETURNING id`,
      [id, at, reason],
    );
    await em.query(`UPDATE refresh_token SET revoked_at = $2 WHERE session_id = $1 AND revoked_at IS NULL`, [
      id,
      at,
    ]);
    return rows.length > 0;
  }

  /** Ends every open session of a staff member or resident; returns their ids. */
  async endAllOf(
    subject: SessionSubject,
    reason: SessionEndReason,
    at: Date,
    em: EntityManager,
  ): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await em.query(
      `UPDATE auth_session SET ended_at = $2, end_reason = $3, ended_serial = nextval('auth_session_end_serial')
        WHERE ${subjectColumn(subject)} = $1 AND ended_at IS NULL RETURNING id`,
      [subject.id, at, reason],
    );
    if (subject.kind === 'staff')
      await em.query(`UPDATE refresh_token SET revoked_at = $2 WHERE staff_id = $1 AND revoked_at IS NULL`, [
        subject.id,
        at,
      ]);
    return rows.map((r) => r.id);
  }

  /** A refresh moves a staff session's end along with its new refresh token. */
  async extend(id: string, expiresAt: Date, seenAt: Date, em: EntityManager): Promise<void> {
    await em.query(`UPDATE auth_session SET expires_at = $2, last_seen_at = $3 WHERE id = $1`, [
      id,
      expiresAt,
      seenAt,
    ]);
  }

  /** Writes the last use of many sessions in one statement (never moving one back). */
  async touch(ids: string[], ats: Date[]): Promise<void> {
    if (!ids.length) return;
    await this.dataSource.query(
      `UPDATE auth_session s SET last_seen_at = v.at
         FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, at)
        WHERE s.id = v.id AND s.last_seen_at < v.at`,
      [ids, ats],
    );
  }
}
