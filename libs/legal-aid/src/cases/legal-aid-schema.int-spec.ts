import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/core';
import { LegalAid1764200000001 } from '@app/core/database/migrations/1764200000001-LegalAid';
import { LegalAidStepDates1764820000000 } from '@app/core/database/migrations/1764820000000-LegalAidStepDates';
import { BackfillLegalAidStepDates1764820000001 } from '@app/core/database/migrations/1764820000001-BackfillLegalAidStepDates';
import { ImportsOfPastRecords1765020000000 } from '@app/core/database/migrations/1765020000000-ImportsOfPastRecords';
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
  const insertCase = (columns: Record<string, unknown> = {}): Promise<{ id: string }[]> => {
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
      `INSERT INTO legal_aid_case (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
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
    // The later migrations of these tables, newest first.
    const later = [
      new ImportsOfPastRecords1765020000000(),
      new BackfillLegalAidStepDates1764820000001(),
      new LegalAidStepDates1764820000000(),
    ];

    try {
      for (const m of later) await m.down(runner);
      await migration.down(runner);
      expect(await shape()).toEqual([]);
      await migration.up(runner);
      for (const m of [...later].reverse()) await m.up(runner);
    } finally {
      await runner.release();
    }

    expect(before.length).toBeGreaterThan(40);
    expect(await shape()).toEqual(before);
  });

  it('dates the steps recorded before the step dates came in: recorded when they happened, first assigned at the timeline’s assign step', async () => {
    const day = (d: number) => new Date(`2026-11-${d}T02:00:00Z`);
    const assigned = {
      accepted: true,
      decided_at: day(24),
      assignment_due: '2026-11-27',
      assigned_lawyer_id: LAWYER,
    };
    const [reassigned] = await insertCase({
      ...assigned,
      status: 'in_progress',
      assigned_at: day(27),
      started_at: day(26),
    });
    const [withoutTimeline] = await insertCase({ ...assigned, status: 'assigned', assigned_at: day(25) });
    const [waiting] = await insertCase();
    const steps: [string, number][] = [
      ['apply', 23],
      ['accept', 24],
      ['assign', 25],
      ['start', 26],
      ['reassign', 27],
    ];
    for (const [step, d] of steps)
      await db.query(
        `INSERT INTO legal_aid_case_event (case_id, step, to_status, actor_name, at, recorded_at)
         VALUES ($1, $2, 'applied', '胡所长', $3, $3)`,
        [reassigned.id, step, day(d)],
      );
    const runner = db.createQueryRunner();
    const backfill = new BackfillLegalAidStepDates1764820000001();

    try {
      // As the rows stood before the migration: the new columns empty.
      await backfill.down(runner);
      await backfill.up(runner);
    } finally {
      await runner.release();
    }

    const cases: { id: string; first_assigned_at: Date | null }[] = await db.query(
      `SELECT id, first_assigned_at FROM legal_aid_case WHERE id = ANY($1::uuid[])`,
      [[reassigned.id, withoutTimeline.id, waiting.id]],
    );
    const firstAssigned = Object.fromEntries(cases.map((c) => [c.id, c.first_assigned_at]));
    expect(firstAssigned).toEqual({
      [reassigned.id]: day(25),
      [withoutTimeline.id]: day(25),
      [waiting.id]: null,
    });
    const events: { at: Date; recorded_at: Date }[] = await db.query(
      `SELECT at, recorded_at FROM legal_aid_case_event WHERE case_id = $1`,
      [reassigned.id],
    );
    expect(events.map((e) => e.recorded_at)).toEqual(events.map((e) => e.at));
    await expect(
      db.query(
        `INSERT INTO legal_aid_case_event (case_id, step, to_status, actor_name, at) VALUES ($1, 'close', 'closed', '王律师', $2)`,
        [reassigned.id, day(28)],
      ),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23502' }) });
  });
});
