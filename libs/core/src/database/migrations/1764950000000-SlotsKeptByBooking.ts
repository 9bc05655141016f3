import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Booking keeps its slots itself: each carries the lawyer of its shift (moved with a swap) and
 * whether it is open (closed when its shift is cancelled), so booking and the public slot list no
 * longer read the roster's table. Slots are made when the roster is published instead of the first
 * time someone looks; this migration makes those of published shifts still to come, as publication
 * would have (the point's opening periods of that weekday, else Monday's, in 30-minute steps).
 *
 * `PUBLISHED_SLOTS`: the slots of the published, planned shifts that end after $1 (shift, point, region, start, end,
 * places, lawyer), as publication makes them; exported for the test that holds the two together.
 */
export const PUBLISHED_SLOTS = `
      SELECT s.id, s.service_point_id, s.region_code, t, t + interval '30 minutes', p.slot_capacity, s.lawyer_id
        FROM duty_shift s
        JOIN service_point p ON p.id = s.service_point_id
        CROSS JOIN LATERAL (
          SELECT e->>'from' AS opens, e->>'to' AS closes
            FROM jsonb_array_elements(p.opening_hours) e
           WHERE (e->>'weekday')::int = CASE
                   WHEN EXISTS (SELECT 1 FROM jsonb_array_elements(p.opening_hours) x
                                 WHERE (x->>'weekday')::int = extract(isodow FROM s.date)::int)
                   THEN extract(isodow FROM s.date)::int ELSE 1 END
        ) o
        CROSS JOIN LATERAL generate_series(
          greatest((s.date + o.opens::time) AT TIME ZONE 'Asia/Shanghai', s.starts_at),
          least((s.date + o.closes::time) AT TIME ZONE 'Asia/Shanghai', s.ends_at) - interval '30 minutes',
          interval '30 minutes') t
       WHERE s.status = 'planned' AND s.published AND s.ends_at > $1`;

export class SlotsKeptByBooking1764950000000 implements MigrationInterface {
  name = 'SlotsKeptByBooking1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE booking_slot
        ADD COLUMN lawyer_id uuid REFERENCES staff (id),
        ADD COLUMN open boolean NOT NULL DEFAULT true`);
    await q.query(`
      UPDATE booking_slot b SET lawyer_id = s.lawyer_id, open = (s.status = 'planned' AND s.published)
        FROM duty_shift s WHERE s.id = b.shift_id`);
    await q.query(`ALTER TABLE booking_slot ALTER COLUMN lawyer_id SET NOT NULL`);
    await q.query(
      `
      INSERT INTO booking_slot (shift_id, service_point_id, region_code, starts_at, ends_at, capacity, lawyer_id)
      ${PUBLISHED_SLOTS}
      ON CONFLICT (shift_id, starts_at) DO NOTHING`,
      [new Date()],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE booking_slot DROP COLUMN open, DROP COLUMN lawyer_id`);
  }
}
