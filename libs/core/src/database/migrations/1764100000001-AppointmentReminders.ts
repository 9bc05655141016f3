import { MigrationInterface, QueryRunner } from 'typeorm';

/** When the day-before reminder of an appointment went out: set once, so it is sent once. */
export class AppointmentReminders1764100000001 implements MigrationInterface {
  name = 'AppointmentReminders1764100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE appointment ADD COLUMN reminder_sent_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE appointment DROP COLUMN reminder_sent_at`);
  }
}
