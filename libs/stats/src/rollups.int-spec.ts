import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, asSystem, businessInstant } from '@app/core';
import type { Topic } from '@app/core';
import { useTestApp } from '@app/testing';
import { SERVICE_LOG_TYPES, type ServiceLogType, WORKSHOP_KINDS, type WorkshopKind } from '@app/worklog';
import { legalAidFacts } from './sources/legal-aid.source';
import { serviceLogFacts } from './sources/service-logs.source';
import type { StatFact } from './sources/stat-fact';
import { workshopFacts } from './sources/workshops.source';
import { StatsRecountRepository } from './recount/stats-recount.repository';
import { recountScope, StatsVerifyService } from './recount/stats-verify.service';
import { StatsRollups } from './rollups.service';
import { COUNTER_SHARDS } from './sql/stat-functions';
import { StatsRepository } from './stats.repository';

interface Place {
  id: string;
  regionCode: string;
}

/** A service log row as the statistics read it back. */
interface LogRow {
  id: string;
  occurred_at: Date;
  service_point_id: string;
  region_code: string;
  lawyer_id: string;
  type: ServiceLogType;
  topic: Topic;
  people_count: number;
  resolved: boolean | null;
  amount_involved_fen: string | null;
  contract_amount_fen: string | null;
  voided_at: Date | null;
}

interface WorkshopRow {
  id: string;
  held_at: Date;
  service_point_id: string;
  region_code: string;
  lecturer_id: string | null;
  kind: WorkshopKind;
  audience_count: number;
  voided_at: Date | null;
}

interface CaseRow {
  id: string;
  service_point_id: string;
  region_code: string;
  assigned_lawyer_id: string | null;
  accepted: boolean | null;
  decided_at: Date | null;
  status: string;
  closed_at: Date | null;
  amount_recovered_fen: string | null;
}

const logFacts = (r: LogRow | undefined): StatFact[] =>
  serviceLogFacts(
    r
      ? {
          occurredAt: r.occurred_at,
          servicePointId: r.service_point_id,
          regionCode: r.region_code,
          lawyerId: r.lawyer_id,
          type: r.type,
          topic: r.topic,
          peopleCount: r.people_count,
          resolved: r.resolved,
          amountInvolvedFen: r.amount_involved_fen === null ? null : Number(r.amount_involved_fen),
          contractAmountFen: r.contract_amount_fen === null ? null : Number(r.contract_amount_fen),
          voided: r.voided_at !== null,
        }
      : null,
  );

const workshopFactsOf = (r: WorkshopRow | undefined): StatFact[] =>
  workshopFacts(
    r
      ? {
          heldAt: r.held_at,
          servicePointId: r.service_point_id,
          regionCode: r.region_code,
          lecturerId: r.lecturer_id,
          kind: r.kind,
          audienceCount: r.audience_count,
          voided: r.voided_at !== null,
        }
      : null,
  );

const caseFacts = (r: CaseRow | undefined): StatFact[] =>
  legalAidFacts(
    r
      ? {
          servicePointId: r.service_point_id,
          regionCode: r.region_code,
          lawyerId: r.assigned_lawyer_id,
          acceptedAt: r.accepted ? r.decided_at : null,
          closedAt: r.status === 'closed' ? r.closed_at : null,
          amountRecoveredFen: r.amount_recovered_fen === null ? null : Number(r.amount_recovered_fen),
        }
      : null,
  );

/**
 * The rollups against a recount from the raw tables: records written with plain SQL, their counters
 * through StatsRollups.apply with the facts functions, as every source does, in one transaction.
 */
describe(StatsRollups.name, () => {
  const t = useTestApp({ seed: true });
  let ds: DataSource;
  let rollups: StatsRollups;
  let verifier: StatsVerifyService;
  let places: Place[];
  let lawyers: string[];
  let official: string;
  let caseSeq = 0;

  beforeAll(async () => {
    ds = t.app.get(DataSource);
    rollups = t.app.get(StatsRollups);
    verifier = t.app.get(StatsVerifyService);
    places = (
      await ds.query(
        `SELECT id, region_code FROM service_point WHERE region_code LIKE '330282%' ORDER BY region_code`,
      )
    ).map((r: { id: string; region_code: string }) => ({ id: r.id, regionCode: r.region_code }));
    lawyers = (await ds.query(`SELECT id FROM staff WHERE username LIKE 'lawyer%' ORDER BY username`)).map(
      (r: { id: string }) => r.id,
    );
    [{ id: official }] = await ds.query(`SELECT id FROM staff WHERE username = 'cixi.official'`);
  });

  const verify = async () => (await verifier.verify(recountScope())).differences;

  /** A record's change and its counters, in one transaction. */
  const change = <T>(fn: (em: EntityManager) => Promise<{ before: StatFact[]; after: StatFact[]; out: T }>) =>
    ds.transaction(async (em) => {
      const { before, after, out } = await fn(em);
      await rollups.apply(em, before, after);
      return out;
    });

  // Any minute of 2025-12-25 … 2026-02-10 (Asia/Shanghai): month and year ends, and both sides of midnight.
  const instant = fc
    .record({ day: fc.integer({ min: 0, max: 47 }), minute: fc.integer({ min: 0, max: 1439 }) })
    .map(
      ({ day, minute }) => new Date(businessInstant(addDays('2025-12-25', day)).getTime() + minute * 60_000),
    );

  const logFields = fc.record({
    type: fc.constantFrom(...SERVICE_LOG_TYPES),
    topic: fc.constantFrom<Topic>('labour_wages', 'neighbour', 'traffic', 'other'),
    place: fc.nat(),
    lawyer: fc.nat(),
    at: instant,
    people: fc.integer({ min: 1, max: 50 }),
    fen: fc.integer({ min: 0, max: 10_000_000_00 }),
    resolved: fc.boolean(),
  });
  type LogFields = typeof logFields extends fc.Arbitrary<infer F> ? F : never;

  const workshopFields = fc.record({
    kind: fc.constantFrom(...WORKSHOP_KINDS),
    place: fc.nat(),
    lecturer: fc.option(fc.nat(), { nil: null }),
    at: instant,
    audience: fc.integer({ min: 0, max: 500 }),
  });
  type WorkshopFields = typeof workshopFields extends fc.Arbitrary<infer F> ? F : never;

  const op = fc.oneof(
    fc.record({ kind: fc.constant('createLog' as const), f: logFields }),
    fc.record({ kind: fc.constant('editLog' as const), pick: fc.nat(), f: logFields }),
    fc.record({ kind: fc.constant('voidLog' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('createWorkshop' as const), f: workshopFields }),
    fc.record({ kind: fc.constant('editWorkshop' as const), pick: fc.nat(), f: workshopFields }),
    fc.record({ kind: fc.constant('voidWorkshop' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('createCase' as const), place: fc.nat(), at: instant }),
    fc.record({
      kind: fc.constant('decideCase' as const),
      pick: fc.nat(),
      accepted: fc.boolean(),
      at: instant,
    }),
    fc.record({ kind: fc.constant('assignCase' as const), pick: fc.nat(), lawyer: fc.nat() }),
    fc.record({
      kind: fc.constant('closeCase' as const),
      pick: fc.nat(),
      fen: fc.nat(5_000_000),
      at: instant,
    }),
  );

  const logValues = (f: LogFields) => {
    const place = places[f.place % places.length];
    return [
      f.type,
      f.topic,
      place.id,
      place.regionCode,
      lawyers[f.lawyer % lawyers.length],
      f.at,
      f.people,
      f.type === 'mediation' ? f.fen : null,
      f.type === 'mediation' ? f.resolved : null,
      f.type === 'contract_review' ? f.fen : null,
    ];
  };
  const workshopValues = (f: WorkshopFields) => {
    const place = places[f.place % places.length];
    return [
      place.id,
      place.regionCode,
      f.at,
      f.kind,
      f.audience,
      f.lecturer === null ? null : lawyers[f.lecturer % lawyers.length],
    ];
  };

  type Op = typeof op extends fc.Arbitrary<infer O> ? O : never;

  async function run(o: Op, ids: Record<'logs' | 'workshops' | 'cases', string[]>): Promise<void> {
    const pick = (list: string[], n: number) => (list.length ? list[n % list.length] : null);
    switch (o.kind) {
      case 'createLog':
        ids.logs.push(
          await change(async (em) => {
            const [row]: LogRow[] = await em.query(
              `INSERT INTO service_log (type, topic, service_point_id, region_code, lawyer_id, occurred_at, people_count,
                 amount_involved_fen, resolved, contract_amount_fen, summary, recorded_by, created_at, updated_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '随机', $11, now(), now()) RETURNING *`,
              [...logValues(o.f), official],
            );
            return { before: [], after: logFacts(row), out: row.id };
          }),
        );
        return;
      case 'editLog':
      case 'voidLog': {
        const id = pick(ids.logs, o.pick);
        if (!id) return;
        await change(async (em) => {
          const [before]: LogRow[] = await em.query(`SELECT * FROM service_log WHERE id = $1 FOR UPDATE`, [
            id,
          ]);
          const [[after]]: [LogRow[], number] =
            o.kind === 'voidLog'
              ? await em.query(
                  `UPDATE service_log SET voided_at = now(), void_reason = '作废', voided_by = $2 WHERE id = $1 AND voided_at IS NULL RETURNING *`,
                  [id, official],
                )
              : await em.query(
                  `UPDATE service_log SET type = $2, topic = $3, service_point_id = $4, region_code = $5, lawyer_id = $6,
                     occurred_at = $7, people_count = $8, amount_involved_fen = $9, resolved = $10, contract_amount_fen = $11,
                     updated_at = now()
                   WHERE id = $1 RETURNING *`,
                  [id, ...logValues(o.f)],
                );
          // A voided entry stays as it is; an edit of one changes the row but counts nothing.
          return { before: logFacts(before), after: logFacts(after ?? before), out: null };
        });
        return;
      }
      case 'createWorkshop':
        ids.workshops.push(
          await change(async (em) => {
            const [row]: WorkshopRow[] = await em.query(
              `INSERT INTO workshop (service_point_id, region_code, held_at, kind, audience_count, lecturer_id, topic,
                 recorded_by, created_at, updated_at)
               VALUES ($1, $2, $3, $4, $5, $6, '民法典宣讲', $7, now(), now()) RETURNING *`,
              [...workshopValues(o.f), official],
            );
            return { before: [], after: workshopFactsOf(row), out: row.id };
          }),
        );
        return;
      case 'editWorkshop':
      case 'voidWorkshop': {
        const id = pick(ids.workshops, o.pick);
        if (!id) return;
        await change(async (em) => {
          const [before]: WorkshopRow[] = await em.query(`SELECT * FROM workshop WHERE id = $1 FOR UPDATE`, [
            id,
          ]);
          const [[after]]: [WorkshopRow[], number] =
            o.kind === 'voidWorkshop'
              ? await em.query(
                  `UPDATE workshop SET voided_at = now(), void_reason = '作废', voided_by = $2 WHERE id = $1 AND voided_at IS NULL RETURNING *`,
                  [id, official],
                )
              : await em.query(
                  `UPDATE workshop SET service_point_id = $2, region_code = $3, held_at = $4, kind = $5, audience_count = $6,
                     lecturer_id = $7, updated_at = now()
                   WHERE id = $1 RETURNING *`,
                  [id, ...workshopValues(o.f)],
                );
          return { before: workshopFactsOf(before), after: workshopFactsOf(after ?? before), out: null };
        });
        return;
      }
      case 'createCase': {
        const place = places[o.place % places.length];
        const n = ++caseSeq;
        ids.cases.push(
          await change(async (em) => {
            const [row]: CaseRow[] = await em.query(
              `INSERT INTO legal_aid_case (case_no, county_code, year, seq, service_point_id, region_code, applicant_name,
                 phone_enc, phone_index, id_number_enc, id_number_index, category, summary, received_at, decision_due, created_by)
               VALUES ($1, left($3, 6), 2026, $2, $4, $3, '申请人', $5, $6, $5, $6, 'labour_wages', '欠薪', $7, $8, $9)
               RETURNING *`,
              [
                `T${n}-${randomBytes(4).toString('hex')}`,
                n,
                place.regionCode,
                place.id,
                randomBytes(8),
                randomBytes(32).toString('hex'),
                o.at,
                addDays('2026-01-01', 7),
                official,
              ],
            );
            return { before: [], after: caseFacts(row), out: row.id };
          }),
        );
        return;
      }
      default: {
        const id = pick(ids.cases, o.pick);
        if (!id) return;
        await change(async (em) => {
          const [before]: CaseRow[] = await em.query(
            `SELECT * FROM legal_aid_case WHERE id = $1 FOR UPDATE`,
            [id],
          );
          let after = before;
          if (o.kind === 'decideCase' && before.status === 'applied')
            [[after]] = await em.query(
              `UPDATE legal_aid_case SET accepted = $2, decided_at = $3, decision_reason = '审查',
                 status = CASE WHEN $2 THEN 'accepted' ELSE 'rejected' END,
                 assignment_due = CASE WHEN $2 THEN date '2026-03-01' END
               WHERE id = $1 RETURNING *`,
              [id, o.accepted, o.at],
            );
          else if (o.kind === 'assignCase' && ['accepted', 'assigned'].includes(before.status))
            [[after]] = await em.query(
              `UPDATE legal_aid_case SET assigned_lawyer_id = $2, assigned_at = now(), status = 'assigned' WHERE id = $1 RETURNING *`,
              [id, lawyers[o.lawyer % lawyers.length]],
            );
          else if (o.kind === 'closeCase' && before.status === 'assigned')
            [[after]] = await em.query(
              `UPDATE legal_aid_case SET status = 'closed', closed_at = $2, outcome = '结案', amount_recovered_fen = $3
               WHERE id = $1 RETURNING *`,
              [id, o.at, o.fen],
            );
          return { before: caseFacts(before), after: caseFacts(after), out: null };
        });
      }
    }
  }

  it('equals a recount after any sequence of creates, edits (type, day, place, people, amounts), voids and case steps', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const ids = { logs: [] as string[], workshops: [] as string[], cases: [] as string[] };
        for (const o of ops) await run(o, ids);

        expect(await verify()).toEqual([]);
      }),
      // A fixed seed: every run walks the same 40 sequences, which include each kind of record and
      // accepted cases (checked below), so the property cannot pass by never reaching a kind.
      { numRuns: 40, seed: 20261122 },
    );
    const [counts] = await ds.query(
      `SELECT (SELECT count(*) FROM service_log)::int AS logs, (SELECT count(*) FROM workshop)::int AS workshops,
              (SELECT count(*) FROM legal_aid_case WHERE accepted)::int AS accepted,
              (SELECT count(*) FROM stat_daily)::int AS daily, (SELECT count(*) FROM stat_monthly)::int AS monthly`,
    );
    expect(counts).toEqual({
      logs: expect.any(Number),
      workshops: expect.any(Number),
      accepted: expect.any(Number),
      daily: expect.any(Number),
      monthly: expect.any(Number),
    });
    expect(Math.min(...(Object.values(counts) as number[]))).toBeGreaterThan(0);
  }, 180_000);

  it('never deadlocks when many transactions change the same counters at once, and still equals a recount', async () => {
    const sample = fc.sample(op, { numRuns: 60, seed: 42 });
    const ids = { logs: [] as string[], workshops: [] as string[], cases: [] as string[] };
    for (const o of sample.slice(0, 20)) await run(o, ids);

    const outcomes = await Promise.allSettled(sample.slice(20).map((o) => run(o, ids)));

    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(await verify()).toEqual([]);
  }, 60_000);

  it("spreads one county's concurrent changes over the counter shards, and every read still equals a recount", async () => {
    // One consultation each, all at places of 慈溪市 in January 2026 on one topic: one key of each county-wide level.
    const consultation = (i: number): LogFields => ({
      type: 'consultation',
      topic: 'traffic',
      place: i,
      lawyer: i,
      at: new Date('2026-01-20T02:00:00Z'),
      people: 1,
      fen: 0,
      resolved: false,
    });
    const january = { regionCode: '330282', fromMonth: '2026-01', toMonth: '2026-01' };
    const read = async () => {
      const repository = t.app.get(StatsRepository);
      const [total, topics] = await asSystem((system) =>
        Promise.all([
          repository.counters(system, january, { by: 'total' }),
          repository.counters(system, january, { by: 'topic' }),
        ]),
      );
      return { total: total.get('')?.consultations ?? 0, traffic: topics.get('traffic')?.consultations ?? 0 };
    };
    const shards = async (): Promise<number[]> =>
      (
        await ds.query(
          `SELECT shard FROM stat_county_monthly
            WHERE county_code = '330282' AND month = '2026-01-01' AND metric = 'consultations' ORDER BY shard`,
        )
      ).map((r: { shard: number }) => r.shard);
    // The first transactions wait for each other before they write, so every connection of the
    // test app's pool (5) writes: each its own shard, unless two sessions' shards coincide.
    const pool = 5;
    const sessions = new Set<number>();
    let opened = 0;
    let openAll!: () => void;
    const allOpen = new Promise<void>((resolve) => (openAll = resolve));
    const create = (i: number) =>
      change(async (em) => {
        const [{ pid }]: { pid: number }[] = await em.query(`SELECT pg_backend_pid() AS pid`);
        sessions.add(pid);
        if (i < pool) {
          if (++opened === pool) openAll();
          await allOpen;
        }
        const [row]: LogRow[] = await em.query(
          `INSERT INTO service_log (type, topic, service_point_id, region_code, lawyer_id, occurred_at, people_count,
             amount_involved_fen, resolved, contract_amount_fen, summary, recorded_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '并发', $11, now(), now()) RETURNING *`,
          [...logValues(consultation(i)), official],
        );
        return { before: [], after: logFacts(row), out: row.id };
      });
    const before = await read();
    const shardsBefore = await shards();

    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => create(i)));
    const afterConcurrent = {
      read: await read(),
      shards: await shards(),
      differences: await verify(),
      sessionShards: [...sessions].map((pid) => pid % COUNTER_SHARDS),
    };
    // The same again while the nightly fold adds the shards into shard 0.
    const folding = Promise.allSettled([
      ...Array.from({ length: 40 }, (_, i) => create(40 + i)),
      t.app.get(StatsRecountRepository).foldShards(),
    ]);
    const outcomesWhileFolding = await folding;
    const afterFolding = { read: await read(), differences: await verify() };
    await t.app.get(StatsRecountRepository).foldShards();

    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(afterConcurrent.read).toEqual({ total: before.total + 40, traffic: before.traffic + 40 });
    expect(afterConcurrent.differences).toEqual([]);
    expect(afterConcurrent.shards).toEqual(
      [...new Set([...shardsBefore, ...afterConcurrent.sessionShards])].sort((a, b) => a - b),
    );
    expect(afterConcurrent.shards.length).toBeGreaterThan(1);
    expect(outcomesWhileFolding.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(afterFolding.read).toEqual({ total: before.total + 80, traffic: before.traffic + 80 });
    expect(afterFolding.differences).toEqual([]);
    expect(await shards()).toEqual([0]);
    expect(await read()).toEqual(afterFolding.read);
    expect(await verify()).toEqual([]);
  }, 60_000);

  it('reports every level that differs from the recount, and a rebuild repairs them', async () => {
    await run(
      {
        kind: 'createLog',
        f: {
          type: 'consultation',
          topic: 'other',
          place: 0,
          lawyer: 0,
          at: new Date('2026-01-15T02:00:00Z'),
          people: 2,
          fen: 0,
          resolved: false,
        },
      },
      { logs: [], workshops: [], cases: [] },
    );
    for (const table of ['stat_monthly', 'stat_monthly_topic', 'stat_monthly_lawyer', 'stat_county_monthly'])
      await ds.query(`UPDATE ${table} SET value = value + 5 WHERE metric = 'consultations'`);
    for (const table of ['stat_yearly_lawyer', 'stat_yearly_township'])
      await ds.query(
        `UPDATE ${table} SET counters = stat_counters_add(counters, '{"consultations": 5}')
          WHERE counters ? 'consultations'`,
      );
    await ds.query(`DELETE FROM stat_daily WHERE metric = 'consultations' AND day = '2026-01-15'`);

    const found = await verifier.verify(recountScope(undefined, 2026));
    const rebuilt = await verifier.rebuild(recountScope('330282', 2026));

    expect(new Set(found.differences.map((d) => d.level))).toEqual(
      new Set([
        'stat_daily',
        'stat_monthly',
        'stat_monthly_topic',
        'stat_monthly_lawyer',
        'stat_county_monthly',
        'stat_yearly_lawyer',
        'stat_yearly_township',
      ]),
    );
    expect(found.differences.find((d) => d.level === 'stat_monthly')).toMatchObject({
      expected: expect.any(Number),
    });
    expect(rebuilt.daily).toBeGreaterThan(0);
    expect(await verify()).toEqual([]);
  });
});
