import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The hashes of the passwords an account has had, newest first; a new password is checked against them. */
@Injectable()
export class PasswordHistoryRepository {
  async recentHashes(staffId: string, count: number, em: EntityManager): Promise<string[]> {
    if (count <= 0) return [];
    const rows: { password_hash: string }[] = await em.query(
      `SELECT password_hash FROM password_history WHERE staff_id = $1 ORDER BY id DESC LIMIT $2`,
      [staffId, count],
    );
    return rows.map((r) => r.password_hash);
  }

  async add(staffId: string, passwordHash: string, at: Date, em: EntityManager): Promise<void> {
    await em.query(`INSERT INTO password_history (staff_id, password_hash, created_at) VALUES ($1, $2, $3)`, [
      staffId,
      passwordHash,
      at,
    ]);
  }
}
