import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-ins sent later than `ATTENDANCE_MAX_DELAY_HOURS` are kept for an official to accept or
 * refuse (status `pending_review`) instead of being refused. The event table stays append-only: a
 * decision is an event of its own (type `accept` or `refuse`, with a reason) naming the event it
 * decides, at most one per event (the unique key turns a second decision into a conflict).
 */
export class AttendanceReview1764810000000 implements MigrationInterface {
  name = 'AttendanceReview1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attendance_event DROP CONSTRAINT attendance_event_type_check`);
    await q.query(`
      ALTER TABLE attendance_event
        ADD COLUMN reviews_event_id uuid UNIQUE REFERENCES attendance_event (id),
        ADD CONSTRAINT attendance_event_type_check
          CHECK (type IN ('check_in', 'check_out', 'void', 'accept', 'refuse')),
        ADD CONSTRAINT attendance_event_review_target_check
          CHECK ((type IN ('accept', 'refuse')) = (reviews_event_id IS NOT NULL))`);
    // The officials' list of what awaits their decision.
    await q.query(`
      CREATE INDEX attendance_event_pending_review_idx ON attendance_event (region_code, at)
       WHERE status = 'pending_review'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX attendance_event_pending_review_idx`);
    // The old schema refused such sign-ins outright and counts every event it holds: keep the
    // accepted ones, drop the refused and undecided ones and the decisions.
    await q.query(`ALTER TABLE attendance_event DISABLE TRIGGER attendance_event_no_update`);
    await q.query(`
      WITH decisions AS (DELETE FROM attendance_event WHERE type IN ('accept', 'refuse'))
      DELETE FROM attendance_event e
       WHERE e.status = 'pending_review'
         AND NOT EXISTS (SELECT 1 FROM attendance_event a WHERE a.reviews_event_id = e.id AND a.type = 'accept')`);
    await q.query(`ALTER TABLE attendance_event ENABLE TRIGGER attendance_event_no_update`);
    await q.query(`
      ALTER TABLE attendance_event
        DROP CONSTRAINT attendance_event_review_target_check,
        DROP CONSTRAINT attendance_event_type_check,
        DROP COLUMN reviews_event_id,
        ADD CONSTRAINT attendance_event_type_check CHECK (type IN ('check_in', 'check_out', 'void'))`);
  }
}
