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
}
