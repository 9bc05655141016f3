import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/core';
import { LegalAid1764200000001 } from '@app/core/database/migrations/1764200000001-LegalAid';
import { useTestDatabase } from '@app/testing';

/** The legal-aid tables' own guarantees, below the service: constraints and a reversible migration. */
describe('legal-aid schema', () => {
  const testDb = useTestDatabase();
  let db: DataSource;
  let pointId: string;
  let staffId: string;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testDb.url(), 2)).initialize();
    await db.query(`INSERT INTO region (code, name, level) VALUES ('330282', '慈溪市', 'county')`);
    await db.query(
      `INSERT INTO region (code, name, level, parent_code) VALUES ('330282113', '胜山镇', 'township', '330282'),
       ('330281', '余姚市', 'county', NULL)`,
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

  let seq = 0;
  /** Stands for the demo lawyer's id in the tables below, which are built before it exists. */
  const LAWYER = Symbol('lawyer');
  const insertCase = (columns: Record<string, unknown> = {}) => {
    const row: Record<string, unknown> = {
      case_no: `(2026)慈法援字第${String(++seq).padStart(4, '0')}号`,
      county_code: '330282',
      year: 2026,
      seq,
      service_point_id: pointId,
      region_code: '330282113',
      applicant_name: '申请人',
      phone_enc: Buffer.from('x'),
      phone_index: 'a'.repeat(64),
      id_number_enc: Buffer.from('x'),
      id_number_index: 'b'.repeat(64),
      category: 'labour_wages',
      summary: '欠薪',
      received_at: new Date('2026-11-23T02:00:00Z'),
      decision_due: '2026-11-30',
      created_by: staffId,
      ...columns,
    };
    const keys = Object.keys(row);
    return db.query(
      `INSERT INTO legal_aid_case (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')})`,
      keys.map((k) => (row[k] === LAWYER ? staffId : row[k])),
    );
  };

  it('takes a well-formed application', async () => {
    await expect(insertCase()).resolves.toBeDefined();
  });

  it.each([
    ['a status outside the machine', { status: 'open' }],
    ['an unknown category', { category: 'tax' }],
    ['a region outside the case’s county', { county_code: '330281' }],
    [
      'an assigned case without a lawyer',
      { status: 'assigned', accepted: true, decided_at: new Date(), assignment_due: '2026-11-26' },
    ],
    [
      'a closed case without an outcome',
      {
        status: 'closed',
        accepted: true,
        decided_at: new Date(),
        assignment_due: '2026-11-26',
        assigned_lawyer_id: LAWYER,
      },
    ],
    [
      'an accepted case without an assignment due date',
      { status: 'accepted', accepted: true, decided_at: new Date() },
    ],
    [
      'a rejected case marked accepted',
      { status: 'rejected', accepted: true, decided_at: new Date(), assignment_due: '2026-11-26' },
    ],
    ['a withdrawn case without its end time', { status: 'withdrawn' }],
    ['a negative amount recovered', { amount_recovered_fen: -1 }],
  ])('refuses %s', async (_what, columns) => {
    await expect(insertCase(columns)).rejects.toMatchObject({
      driverError: expect.objectContaining({ code: '23514' }),
    });
  });

  it('refuses a second case with the same number of the same county and year', async () => {
    await insertCase({ case_no: '(2026)慈法援字第0100号', seq: 100 });

    await expect(insertCase({ case_no: '(2026)慈法援字第0101号', seq: 100 })).rejects.toMatchObject({
      driverError: expect.objectContaining({ code: '23505' }),
    });
  });

  it('drops its tables on down() and makes the same ones again on up()', async () => {
    const shape = () =>
      db.query(
        `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
          WHERE table_name LIKE 'legal_aid_case%' ORDER BY table_name, column_name`,
      );
    const before = await shape();
    const runner = db.createQueryRunner();
    const migration = new LegalAid1764200000001();

    try {
      await migration.down(runner);
      expect(await shape()).toEqual([]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    expect(before.length).toBeGreaterThan(40);
    expect(await shape()).toEqual(before);
  });
});
