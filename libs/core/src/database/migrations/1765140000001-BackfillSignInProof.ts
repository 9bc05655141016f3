import { MigrationInterface, QueryRunner } from 'typeorm';

/** The proof of the sign-ins recorded before QR codes: the phone's location, or none. */
export class BackfillSignInProof1765140000001 implements MigrationInterface {
  name = 'BackfillSignInProof1765140000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE attendance_event SET proof = CASE WHEN lat IS NOT NULL THEN 'gps' ELSE 'none' END
       WHERE type IN ('check_in', 'check_out') AND source <> 'correction' AND proof IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE attendance_event SET proof = NULL WHERE qr_digest IS NULL`);
  }
}
