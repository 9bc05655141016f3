import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/core';
import { AttendanceReview1764810000000 } from '@app/core/database/migrations/1764810000000-AttendanceReview';
import { useTestDatabase } from '@app/testing';

/** The sign-in table's own guarantees for late uploads under review, below the service, and their migration. */
describe('attendance review schema', () => {
  const testDb = useTestDatabase();
  let db: DataSource;
  let lawyerId: string;

  /** Inserts an event of `type` with `status`, deciding `reviews` when given; returns its id. */
  async function event(type: string, status: string, reviews: string | null = null): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO attendance_event (type, lawyer_id, region_code, at, date, status, source, reviews_event_id, reason, recorded_by)
       VALUES ($1, $2, '330282113', '2027-02-02T10:30:00Z', '2027-02-02', $3, $4, $5, $6, $2) RETURNING id`,
      [type, lawyerId, status, reviews ? 'correction' : 'phone', reviews, reviews ? '经核实' : null],
    );
    return id as string;
  }

  const ids = async (): Promise<string[]> =>
    (await db.query(`SELECT id FROM attendance_event ORDER BY id`)).map((r: { id: string }) => r.id);

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testDb.url(), 2)).initialize();
    await db.query(`INSERT INTO region (code, name, level) VALUES ('330282', '慈溪市', 'county')`);
    await db.query(
      `INSERT INTO region (code, name, level, parent_code) VALUES ('330282113', '胜山镇', 'township', '330282')`,
    );
    [{ id: lawyerId }] = await db.query(
      `INSERT INTO staff (username, name, kind, roles, region_code, password_hash)
       VALUES ('lawyer01', '王律师', 'lawyer', '{lawyer}', '330282113', 'x') RETURNING id`,
    );
  });

  afterEach(async () => {
    await db.query(`ALTER TABLE attendance_event DISABLE TRIGGER attendance_event_no_update`);
    await db.query(`DELETE FROM attendance_event`);
    await db.query(`ALTER TABLE attendance_event ENABLE TRIGGER attendance_event_no_update`);
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('takes one decision per event, which must name it; the events stay unchangeable', async () => {
    const pending = await event('check_in', 'pending_review');
    await event('accept', 'accept', pending);

    await expect(event('refuse', 'refuse', pending)).rejects.toMatchObject({
      driverError: { constraint: 'attendance_event_reviews_event_id_key' },
    });
    await expect(event('accept', 'accept')).rejects.toMatchObject({
      driverError: { constraint: 'attendance_event_review_target_check' },
    });
    await expect(
      db.query(`UPDATE attendance_event SET status = 'on_time' WHERE id = $1`, [pending]),
    ).rejects.toThrow();
  });

  it('is reversible: down keeps the accepted upload and drops the undecided, the refused and the decisions', async () => {
    const ordinary = await event('check_in', 'on_time');
    const accepted = await event('check_in', 'pending_review');
    await event('accept', 'accept', accepted);
    const refused = await event('check_out', 'pending_review');
    await event('refuse', 'refuse', refused);
    await event('check_out', 'pending_review');
    const migration = new AttendanceReview1764810000000();
    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      const left = await ids();
      const oldTypeCheck = event('accept', 'accept');
      await expect(oldTypeCheck).rejects.toThrow();
      await migration.up(runner);

      expect(left).toEqual([ordinary, accepted].sort());
      const pending = await event('check_in', 'pending_review');
      await event('refuse', 'refuse', pending);
      expect(await ids()).toHaveLength(4);
    } finally {
      await runner.release();
    }
  });
});
