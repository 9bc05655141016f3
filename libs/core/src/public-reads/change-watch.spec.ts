import type { QueryRunner } from 'typeorm';
import { ChangeWatch, changedTopics, type PublicReadTopic } from './change-watch';

describe('changedTopics', () => {
  it.each([
    [
      'UPDATE "service_point" SET "phone" = $1, "updated_at" = CURRENT_TIMESTAMP WHERE "id" IN ($2)',
      ['directory'],
    ],
    ['INSERT INTO "duty_shift"("id", "service_point_id") VALUES (DEFAULT, $1) RETURNING "id"', ['directory']],
    [
      'INSERT INTO duty_shift (service_point_id, region_code) SELECT * FROM unnest($1::uuid[], $2::text[])',
      ['directory'],
    ],
    ['UPDATE duty_shift SET published = true, published_at = now() WHERE id = ANY($1)', ['directory']],
    ['DELETE FROM "advisor_assignment" WHERE "id" = $1', ['directory']],
    [
      'INSERT INTO calendar_day (region_code, date, workday) VALUES ($1, $2, $3) ON CONFLICT (region_code, date) DO UPDATE SET workday = EXCLUDED.workday',
      ['directory'],
    ],
    ['UPDATE "staff" SET "name" = $1 WHERE "id" IN ($2)', ['directory']],
    [
      'UPDATE booking_slot b SET booked = booked + 1\n WHERE b.id = $1 AND b.booked < b.capacity RETURNING b.id',
      ['slots'],
    ],
    ['UPDATE booking_slot SET booked = 0 WHERE shift_id = $1', ['slots']],
    // a published roster's slots
    [
      'INSERT INTO booking_slot (shift_id, service_point_id) SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT (shift_id, starts_at) DO NOTHING',
      ['slots'],
    ],
    [
      'WITH moved AS (UPDATE booking_slot SET booked = booked - 1 WHERE id = $1 RETURNING id) SELECT 1',
      ['slots'],
    ],
  ])('%s → %j', (sql, topics) => {
    expect(changedTopics(sql)).toEqual(topics);
  });

  it.each([
    // a sign-in, a lock-out: nothing public
    'UPDATE staff SET last_login_at = $2 WHERE id = $1',
    'UPDATE "staff" SET "locked_until" = $1, "username" = $2 WHERE "id" IN ($3)',
    'SELECT 1 FROM booking_slot WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
    'SELECT * FROM service_point sp WHERE sp.id = $1 FOR UPDATE OF sp',
    'INSERT INTO appointment (slot_id) VALUES ($1) RETURNING id',
    'INSERT INTO audit_event (entity_type) VALUES ($1)',
    'SELECT sp.name, s.name FROM service_point sp JOIN staff s ON true',
    'COMMIT',
  ])('nothing public: %s', (sql) => {
    expect(changedTopics(sql)).toEqual([]);
  });

  it('reports both when a statement writes both', () => {
    expect(
      changedTopics('UPDATE duty_shift SET status = $1; UPDATE booking_slot SET booked = 0').sort(),
    ).toEqual(['directory', 'slots']);
  });
});

describe(ChangeWatch.name, () => {
  const runner = (active: boolean) =>
    ({ isTransactionActive: active }) as { isTransactionActive: boolean } & QueryRunner;
  const query = (queryRunner: QueryRunner, sql: string) =>
    ({ queryRunner, query: sql, success: true }) as Parameters<ChangeWatch['afterQuery']>[0];
  const end = (queryRunner: QueryRunner) =>
    ({ queryRunner }) as Parameters<ChangeWatch['afterTransactionCommit']>[0];

  function watch() {
    const seen: PublicReadTopic[][] = [];
    return { seen, sut: new ChangeWatch((topics) => seen.push(topics)) };
  }

  it('reports a write outside a transaction at once', () => {
    const { seen, sut } = watch();

    sut.afterQuery(query(runner(false), 'UPDATE service_point SET phone = $1'));

    expect(seen).toEqual([['directory']]);
  });

  it('reports a transaction’s writes at its outer commit, once', () => {
    const { seen, sut } = watch();
    const tx = runner(true);

    sut.afterQuery(query(tx, 'UPDATE booking_slot SET booked = booked + 1'));
    sut.afterQuery(query(tx, 'UPDATE booking_slot SET booked = booked - 1'));
    sut.afterTransactionCommit(end(tx)); // a savepoint released: still inside
    const beforeCommit = seen.length;
    tx.isTransactionActive = false;
    sut.afterTransactionCommit(end(tx));
    sut.afterTransactionCommit(end(tx));

    expect(beforeCommit).toBe(0);
    expect(seen).toEqual([['slots']]);
  });

  it('reports nothing for a rolled-back transaction', () => {
    const { seen, sut } = watch();
    const tx = runner(true);

    sut.afterQuery(query(tx, 'UPDATE duty_shift SET published = true'));
    tx.isTransactionActive = false;
    sut.afterTransactionRollback(end(tx));
    sut.afterTransactionCommit(end(tx));

    expect(seen).toEqual([]);
  });
});
