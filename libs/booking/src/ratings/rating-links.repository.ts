import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A rating link with what its page shows of the consultation. */
export interface RatingLinkRow {
  id: string;
  appointmentId: string;
  expiresAt: Date;
  usedAt: Date | null;
  startsAt: Date;
  topic: string;
  pointName: string;
  lawyerName: string | null;
}

/** The `rating_link` table. */
@Injectable()
export class RatingLinksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Makes an appointment's link; false when it has one already (one SMS per consultation). */
  async insert(
    em: EntityManager,
    appointmentId: string,
    tokenHash: string,
    expiresAt: Date,
    at: Date,
  ): Promise<boolean> {
    const made: { id: string }[] = await em.query(
      `INSERT INTO rating_link (appointment_id, token_hash, expires_at, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (appointment_id) DO NOTHING RETURNING id`,
      [appointmentId, tokenHash, expiresAt, at],
    );
    return made.length === 1;
  }

  /** The link of a token hash with its consultation; locked when `em` is given. */
  async byHash(tokenHash: string, em?: EntityManager): Promise<RatingLinkRow | null> {
    const [row]: RatingLinkRow[] = await (em ?? this.dataSource).query(
      `SELECT k.id, k.appointment_id AS "appointmentId", k.expires_at AS "expiresAt", k.used_at AS "usedAt",
              a.starts_at AS "startsAt", a.topic, p.name AS "pointName", l.name AS "lawyerName"
         FROM rating_link k
         JOIN appointment a ON a.id = k.appointment_id
         JOIN service_point p ON p.id = a.service_point_id
         LEFT JOIN staff l ON l.id = a.lawyer_id
        WHERE k.token_hash = $1 ${em ? 'FOR UPDATE OF k' : ''}`,
      [tokenHash],
    );
    return row ?? null;
  }

  async markUsed(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.query(`UPDATE rating_link SET used_at = $2 WHERE id = $1`, [id, at]);
  }
}
