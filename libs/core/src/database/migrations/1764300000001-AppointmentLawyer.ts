import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lawyer an appointment is with: its shift's lawyer, written at booking and moved with a shift
 * swap. The statistics count appointments per lawyer from this column, so a recount from the table
 * always agrees with the counters whatever happened to the shift meanwhile.
 */
export class AppointmentLawyer1764300000001 implements MigrationInterface {
  name = 'AppointmentLawyer1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE appointment ADD COLUMN lawyer_id uuid REFERENCES staff (id)`);
    await q.query(`
      UPDATE appointment a SET lawyer_id = s.lawyer_id
        FROM booking_slot b JOIN duty_shift s ON s.id = b.shift_id
       WHERE b.id = a.slot_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE appointment DROP COLUMN lawyer_id`);
  }
}
