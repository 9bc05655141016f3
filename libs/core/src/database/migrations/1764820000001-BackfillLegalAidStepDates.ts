import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fills the columns of LegalAidStepDates for the cases and steps recorded before it. Until then every
 * step was dated when it was entered, so a step was recorded when it happened (`recorded_at = at`),
 * and a case's first assignment is the `assign` step of its timeline (`assigned_at` where a timeline
 * lacks it). Then every new step must say when it was recorded.
 */
export class BackfillLegalAidStepDates1764820000001 implements MigrationInterface {
  name = 'BackfillLegalAidStepDates1764820000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE legal_aid_case_event SET recorded_at = at WHERE recorded_at IS NULL`);
    await q.query(`ALTER TABLE legal_aid_case_event ALTER COLUMN recorded_at SET NOT NULL`);
    await q.query(
      `UPDATE legal_aid_case c
          SET first_assigned_at = coalesce(
                (SELECT min(e.at) FROM legal_aid_case_event e WHERE e.case_id = c.id AND e.step = 'assign'),
                c.assigned_at)
        WHERE c.assigned_at IS NOT NULL AND c.first_assigned_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE legal_aid_case_event ALTER COLUMN recorded_at DROP NOT NULL`);
    await q.query(`UPDATE legal_aid_case SET first_assigned_at = NULL`);
    await q.query(`UPDATE legal_aid_case_event SET recorded_at = NULL`);
  }
}
