import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The `resident` table, as booking uses it. */
@Injectable()
export class ResidentsRepository {
  /**
   * Locks a resident's row (their bookings are counted and changed one at a time) and answers their
   * encrypted phone; null when there is no such resident.
   */
  async lockPhone(em: EntityManager, residentId: string): Promise<Buffer | null> {
    const [row]: { phone_enc: Buffer }[] = await em.query(
      `SELECT phone_enc FROM resident WHERE id = $1 FOR UPDATE`,
      [residentId],
    );
    return row?.phone_enc ?? null;
  }

  /** A resident's encrypted phone. */
  async phoneOf(em: EntityManager, residentId: string): Promise<Buffer | null> {
    const [row]: { phone_enc: Buffer }[] = await em.query(`SELECT phone_enc FROM resident WHERE id = $1`, [
      residentId,
    ]);
    return row?.phone_enc ?? null;
  }

  /**
   * The resident of a phone number (by its blind index), made when staff book for someone who has
   * never signed in; answers their id. A name given is kept when they had none.
   */
  async idOfPhone(
    em: EntityManager,
    phoneEnc: Buffer,
    phoneIndex: string,
    name: string | null,
  ): Promise<string> {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO resident (phone_enc, phone_index, name) VALUES ($1, $2, $3)
       ON CONFLICT (phone_index) DO UPDATE SET name = coalesce(resident.name, EXCLUDED.name)
       RETURNING id`,
      [phoneEnc, phoneIndex, name],
    );
    return row.id;
  }
}
