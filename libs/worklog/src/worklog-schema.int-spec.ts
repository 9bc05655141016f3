import { DataSource } from 'typeorm';
import { dataSourceOptions, isPgError } from '@app/core';
import { WorkLog1764200000000 } from '@app/core/database/migrations/1764200000000-WorkLog';
import { ServiceLogFollowUps1765010000002 } from '@app/core/database/migrations/1765010000002-ServiceLogFollowUps';
import { useTestDatabase } from '@app/testing';

/** The work-log tables' own guarantees, below the service: constraints and a reversible migration. */
describe('work-log schema', () => {
  const testDb = useTestDatabase();
  let db: DataSource;
  let pointId: string;
  let staffId: string;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testDb.url(), 2)).initialize();
    await db.query(`INSERT INTO region (code, name, level) VALUES ('330282', '慈溪市', 'county')`);
    await db.query(
      `INSERT INTO region (code, name, level, parent_code) VALUES ('330282113', '胜山镇', 'township', '330282')`,
    );
    [{ id: pointId }] = await db.query(
      `INSERT INTO service_point (region_code, kind, name) VALUES ('330282113', 'township_center', '胜山镇公共法律服务站') RETURNING id`,
    );
    [{ id: staffId }] = await db.query(
      `INSERT INTO staff (username, name, kind, roles, region_code, password_hash)
       VALUES ('lawyer', '王律师', 'lawyer', ARRAY['lawyer'], '330282113', 'x') RETURNING id`,
    );
  });

  afterAll(async () => {
    await db?.destroy();
  });

  const insertLog = (columns: Record<string, unknown> = {}) => {
    const row: Record<string, unknown> = {
      type: 'consultation',
      topic: 'labour_wages',
      service_point_id: pointId,
      region_code: '330282113',
      lawyer_id: staffId,
      occurred_at: new Date('2026-11-23T02:00:00Z'),
      people_count: 1,
      summary: '咨询',
      recorded_by: staffId,
      created_at: new Date('2026-11-23T03:00:00Z'),
      updated_at: new Date('2026-11-23T03:00:00Z'),
      ...columns,
    };
    const keys = Object.keys(row);
    return db.query(
      `INSERT INTO service_log (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')})`,
      keys.map((k) => row[k]),
    );
  };

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => 'accepted',
      (err: unknown) => (isPgError(err, '23514') ? 'check violated' : String(err)),
    );

  it('takes a well-formed log, with amounts only on the types that have them', async () => {
    await expect(insertLog()).resolves.toBeDefined();
    await expect(
      insertLog({ type: 'mediation', amount_involved_fen: 108_725, resolved: true }),
    ).resolves.toBeDefined();
    await expect(insertLog({ type: 'contract_review', contract_amount_fen: 0 })).resolves.toBeDefined();
  });

  it('refuses unknown types and topics, people counts outside 1..9999, negative and misplaced amounts, an empty summary', async () => {
    expect(await refusal(insertLog({ type: 'witchcraft' }))).toBe('check violated');
    expect(await refusal(insertLog({ topic: 'aliens' }))).toBe('check violated');
    expect(await refusal(insertLog({ people_count: 0 }))).toBe('check violated');
    expect(await refusal(insertLog({ people_count: 10_000 }))).toBe('check violated');
    expect(await refusal(insertLog({ type: 'mediation', amount_involved_fen: -1 }))).toBe('check violated');
    expect(await refusal(insertLog({ amount_involved_fen: 100 }))).toBe('check violated');
    expect(await refusal(insertLog({ resolved: false }))).toBe('check violated');
    expect(await refusal(insertLog({ type: 'mediation', contract_amount_fen: 100 }))).toBe('check violated');
    expect(await refusal(insertLog({ summary: '' }))).toBe('check violated');
  });

  it('refuses a half-recorded void', async () => {
    const voided = { voided_at: new Date(), void_reason: '重复', voided_by: staffId };

    await expect(insertLog(voided)).resolves.toBeDefined();
    expect(await refusal(insertLog({ ...voided, voided_by: null }))).toBe('check violated');
    expect(await refusal(insertLog({ voided_at: new Date() }))).toBe('check violated');
  });

  it('keeps workshops’ kind and audience in range', async () => {
    const insert = (kind: string, audience: number) =>
      db.query(
        `INSERT INTO workshop (service_point_id, region_code, held_at, topic, kind, audience_count, recorded_by, created_at, updated_at)
         VALUES ($1, '330282113', now(), '法治讲座', $2, $3, $4, now(), now())`,
        [pointId, kind, audience, staffId],
      );

    await expect(insert('lecture', 0)).resolves.toBeDefined();
    expect(await refusal(insert('party', 10))).toBe('check violated');
    expect(await refusal(insert('lecture', -1))).toBe('check violated');
    expect(await refusal(insert('training', 100_001))).toBe('check violated');
  });

  it('allows one log per appointment (a unique key) and is reversible: down drops both tables, up brings them back', async () => {
    const [unique] = await db.query(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'service_log_appointment_id_key'`,
    );
    const migration = new WorkLog1764200000000();
    const runner = db.createQueryRunner();
    const tables = async () =>
      (
        await db.query(
          `SELECT table_name FROM information_schema.tables WHERE table_name IN ('service_log', 'workshop') ORDER BY 1`,
        )
      ).map((r: { table_name: string }) => r.table_name);

    // The later migrations that hang tables on the log go first, as a revert would take them.
    const followUps = new ServiceLogFollowUps1765010000002();
    await followUps.down(runner);
    await migration.down(runner);
    const afterDown = await tables();
    await migration.up(runner);
    await followUps.up(runner);
    const afterUp = await tables();
    await runner.release();

    expect(unique.def).toBe('UNIQUE (appointment_id)');
    expect(afterDown).toEqual([]);
    expect(afterUp).toEqual(['service_log', 'workshop']);
  });
});
