import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The leave checks serialised shifts and leave of a lawyer with an advisory lock each; a province
 * roster (13,000 lawyers in one transaction) ran out of lock-table memory. They now lock the
 * lawyer's staff row instead, which takes no lock-table entry: a shift takes KEY SHARE (shifts do
 * not wait for each other, nor for sign-ins updating the row), leave takes UPDATE, so a shift and
 * a leave of the same lawyer still wait for each other and then see each other.
 */
export class LeaveChecksLockStaffRow1763800000001 implements MigrationInterface {
  name = 'LeaveChecksLockStaffRow1763800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION duty_shift_respects_leave() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'planned' THEN
          PERFORM 1 FROM staff WHERE id = NEW.lawyer_id FOR KEY SHARE;
          IF EXISTS (SELECT 1 FROM unavailability u
                      WHERE u.lawyer_id = NEW.lawyer_id AND u.cancelled_at IS NULL
                        AND tstzrange(u.starts_at, u.ends_at, '[)') && tstzrange(NEW.starts_at, NEW.ends_at, '[)')) THEN
            RAISE EXCEPTION 'lawyer % is on leave', NEW.lawyer_id USING ERRCODE = 'P0001', HINT = 'LAWYER_ON_LEAVE';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION unavailability_respects_shifts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.cancelled_at IS NULL THEN
          PERFORM 1 FROM staff WHERE id = NEW.lawyer_id FOR UPDATE;
          IF EXISTS (SELECT 1 FROM duty_shift s
                      WHERE s.lawyer_id = NEW.lawyer_id AND s.status = 'planned'
                        AND tstzrange(s.starts_at, s.ends_at, '[)') && tstzrange(NEW.starts_at, NEW.ends_at, '[)')) THEN
            RAISE EXCEPTION 'lawyer % has shifts in that period', NEW.lawyer_id USING ERRCODE = 'P0001', HINT = 'SHIFTS_DURING_LEAVE';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION duty_shift_respects_leave() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'planned' THEN
          PERFORM pg_advisory_xact_lock(hashtextextended(NEW.lawyer_id::text, 7));
          IF EXISTS (SELECT 1 FROM unavailability u
                      WHERE u.lawyer_id = NEW.lawyer_id AND u.cancelled_at IS NULL
                        AND tstzrange(u.starts_at, u.ends_at, '[)') && tstzrange(NEW.starts_at, NEW.ends_at, '[)')) THEN
            RAISE EXCEPTION 'lawyer % is on leave', NEW.lawyer_id USING ERRCODE = 'P0001', HINT = 'LAWYER_ON_LEAVE';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION unavailability_respects_shifts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.cancelled_at IS NULL THEN
          PERFORM pg_advisory_xact_lock(hashtextextended(NEW.lawyer_id::text, 7));
          IF EXISTS (SELECT 1 FROM duty_shift s
                      WHERE s.lawyer_id = NEW.lawyer_id AND s.status = 'planned'
                        AND tstzrange(s.starts_at, s.ends_at, '[)') && tstzrange(NEW.starts_at, NEW.ends_at, '[)')) THEN
            RAISE EXCEPTION 'lawyer % has shifts in that period', NEW.lawyer_id USING ERRCODE = 'P0001', HINT = 'SHIFTS_DURING_LEAVE';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
  }
}
