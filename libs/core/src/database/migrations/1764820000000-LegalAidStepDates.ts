import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Legal-aid steps carry the date they happened, which may lie before the day they are recorded:
 * - `legal_aid_case.first_assigned_at`: when a lawyer was first assigned. `assigned_at` moves with
 *   every reassignment; the assignment clock (assign within 3 days of the decision) stops at the
 *   first one, so "assigned late" and the month's overdue report read this column.
 * - `legal_aid_case_event.recorded_at`: when a timeline step was entered, next to `at`, when it
 *   happened. Filled in by the next migration, then required.
 */
export class LegalAidStepDates1764820000000 implements MigrationInterface {
  name = 'LegalAidStepDates1764820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE legal_aid_case ADD COLUMN first_assigned_at timestamptz`);
    await q.query(`ALTER TABLE legal_aid_case_event ADD COLUMN recorded_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE legal_aid_case_event DROP COLUMN recorded_at`);
    await q.query(`ALTER TABLE legal_aid_case DROP COLUMN first_assigned_at`);
  }
}
