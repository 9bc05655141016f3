import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BUSINESS_TIME_ZONE, type Caller, jurisdictionSql, regionRange, viewerScope } from '@app/core';
import type { CaseStatus, CaseStep } from '../rules/case-status';

/** A `legal_aid_case` row as the service reads it. */
export interface CaseRow {
  id: string;
  case_no: string;
  county_code: string;
  service_point_id: string;
  region_code: string;
  applicant_name: string;
  phone_enc: Buffer;
  id_number_enc: Buffer;
  category: string;
  summary: string;
  status: CaseStatus;
  received_at: Date;
  decision_due: string;
  decided_at: Date | null;
  accepted: boolean | null;
  decision_reason: string | null;
  assignment_due: string | null;
  assigned_lawyer_id: string | null;
  /** When the current lawyer was assigned (moves with a reassignment). */
  assigned_at: Date | null;
  /** When a lawyer was first assigned: the assignment clock stops here. */
  first_assigned_at: Date | null;
  started_at: Date | null;
  closed_at: Date | null;
  outcome: string | null;
  amount_recovered_fen: number | null;
  ended_at: Date | null;
  end_reason: string | null;
  created_by: string;
  /** `entry`, or `import` with the import's id. */
  source: 'entry' | 'import';
  import_id: string | null;
  /** A voided case (its import withdrawn) counts nowhere and is left out of the lists. */
  voided_at: Date | null;
  void_reason: string | null;
  voided_by: string | null;
}

/** A case whose statutory clock runs out on a given day. */
export interface ClockDueRow {
  id: string;
  caseNo: string;
  regionCode: string;
  lawyerId: string | null;
  clock: 'decision' | 'assignment';
  due: string;
}

export interface EventRow {
  case_id: string;
  step: CaseStep;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  actor_id: string | null;
  actor_name: string;
  /** When the step happened (may be earlier than it was recorded). */
  at: Date;
  /** When the step was entered. */
  recorded_at: Date;
  note: string | null;
  details: Record<string, unknown> | null;
}

export type NewCase = Pick<
  CaseRow,
  | 'case_no'
  | 'county_code'
  | 'service_point_id'
  | 'region_code'
  | 'applicant_name'
  | 'phone_enc'
  | 'id_number_enc'
  | 'category'
  | 'summary'
  | 'received_at'
  | 'decision_due'
  | 'created_by'
> & { year: number; seq: number; phone_index: string; id_number_index: string };

/** The columns a step may change. */
export type CaseChanges = Partial<
  Pick<
    CaseRow,
    | 'status'
    | 'decided_at'
    | 'accepted'
    | 'decision_reason'
    | 'assignment_due'
    | 'assigned_lawyer_id'
    | 'assigned_at'
    | 'first_assigned_at'
    | 'started_at'
    | 'closed_at'
    | 'outcome'
    | 'amount_recovered_fen'
    | 'ended_at'
    | 'end_reason'
  >
>;

export interface CaseFilter {
  regionCode?: string;
  status?: CaseStatus;
  overdue?: boolean;
  /** With overdue=true: past a statutory clock on at least one day of [from, to] (business dates). */
  overdueDuring?: { from: string; to: string };
  lawyerId?: string;
  /** Received at or after / before these instants. */
  receivedFrom?: Date;
  receivedBefore?: Date;
  today: string;
  offset: number;
  limit: number;
}

const CHANGEABLE = new Set<string>([
  'status',
  'decided_at',
  'accepted',
  'decision_reason',
  'assignment_due',
  'assigned_lawyer_id',
  'assigned_at',
  'first_assigned_at',
  'started_at',
  'closed_at',
  'outcome',
  'amount_recovered_fen',
  'ended_at',
  'end_reason',
]);

const CASE_COLUMNS = `c.id, c.case_no, c.county_code, c.service_point_id, c.region_code, c.applicant_name,
  c.phone_enc, c.id_number_enc, c.category, c.summary, c.status, c.received_at, c.decision_due, c.decided_at,
  c.accepted, c.decision_reason, c.assignment_due, c.assigned_lawyer_id, c.assigned_at, c.first_assigned_at, c.started_at,
  c.closed_at, c.outcome, c.amount_recovered_fen, c.ended_at, c.end_reason, c.created_by, c.source, c.import_id,
  c.voided_at, c.void_reason, c.voided_by`;

/** Past a statutory clock: still undecided after the decision due date, or unassigned after the assignment's. */
const OVERDUE_SQL = (todayParam: number) =>
  `((c.status = 'applied' AND c.decision_due < $${todayParam}::date) OR (c.status = 'accepted' AND c.assignment_due < $${todayParam}::date))`;

const day = (column: string) => `(${column} AT TIME ZONE '${BUSINESS_TIME_ZONE}')::date`;

/**
 * Past a statutory clock on at least one day of [$n, $n+1] (business dates; $n+2 is today). A clock's
 * late days run from the day after its due date to the day it stopped: the decision (the first
 * assignment), else the day the case ended (withdrawn, terminated), else today. So a case decided
 * late is in the report of the month it was decided in, and of any earlier month it was already late in.
 */
const OVERDUE_DURING_SQL = (n: number) => {
  const [from, to, today] = [`$${n}::date`, `$${n + 1}::date`, `$${n + 2}::date`];
  const late = (due: string, stoppedAt: string) => {
    const stopped = `coalesce(${day(stoppedAt)}, ${day('c.ended_at')}, ${today})`;
    return `(${due} < ${to} AND ${stopped} > ${due} AND ${stopped} >= ${from})`;
  };
  return `(${late('c.decision_due', 'c.decided_at')} OR ${late('c.assignment_due', 'c.first_assigned_at')})`;
};

/**
 * Which cases the caller may see, as SQL from parameter `next` on: officials their jurisdiction
 * (the shared region-range helper); lawyers the cases assigned to them or that they took in,
 * wherever in the county those lie. The system (jobs, the CLI) sees every case, a call without a
 * caller none (see `jurisdictionSql`).
 */
function accessSql(caller: Caller, next: number): { sql: string; params: unknown[] } {
  const scope = viewerScope(caller);
  if ('lawyerId' in scope)
    return { sql: `(c.assigned_lawyer_id = $${next} OR c.created_by = $${next})`, params: [scope.lawyerId] };
  return jurisdictionSql(caller, 'c.region_code', next);
}

@Injectable()
export class LegalAidCasesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Cases whose statutory clock runs out on `due` and is still running: the decision clock of an
   * application not decided, the assignment clock of an accepted case with no lawyer (every region's,
   * for the system's daily notices).
   */
  clocksDueOn(due: string): Promise<ClockDueRow[]> {
    return this.dataSource.query(
      `SELECT id, case_no AS "caseNo", region_code AS "regionCode", assigned_lawyer_id AS "lawyerId",
              CASE WHEN status = 'applied' THEN 'decision' ELSE 'assignment' END AS clock,
              CASE WHEN status = 'applied' THEN decision_due ELSE assignment_due END::text AS due
         FROM legal_aid_case
        WHERE voided_at IS NULL
          AND ((status = 'applied' AND decision_due = $1::date)
            OR (status = 'accepted' AND assignment_due = $1::date AND first_assigned_at IS NULL))
        ORDER BY case_no`,
      [due],
    );
  }

  /**
   * The next number of a county's year. The upsert locks the counter row until the transaction
   * ends: concurrent intakes take their numbers one after another, and a rollback returns the number.
   */
  async takeNextSeq(countyCode: string, year: number, em: EntityManager): Promise<number> {
    const [{ last_seq }]: { last_seq: number }[] = await em.query(
      `INSERT INTO legal_aid_case_counter AS k (county_code, year, last_seq) VALUES ($1, $2, 1)
       ON CONFLICT (county_code, year) DO UPDATE SET last_seq = k.last_seq + 1
       RETURNING last_seq`,
      [countyCode, year],
    );
    return last_seq;
  }

  /** A new case, written at `now` (the app's clock). */
  async insert(c: NewCase, now: Date, em: EntityManager): Promise<CaseRow> {
    const [row]: CaseRow[] = await em.query(
      `INSERT INTO legal_aid_case AS c (case_no, county_code, year, seq, service_point_id, region_code, applicant_name,
         phone_enc, phone_index, id_number_enc, id_number_index, category, summary, received_at, decision_due, created_by,
         created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)
       RETURNING ${CASE_COLUMNS}`,
      [
        c.case_no,
        c.county_code,
        c.year,
        c.seq,
        c.service_point_id,
        c.region_code,
        c.applicant_name,
        c.phone_enc,
        c.phone_index,
        c.id_number_enc,
        c.id_number_index,
        c.category,
        c.summary,
        c.received_at,
        c.decision_due,
        c.created_by,
        now,
      ],
    );
    return row;
  }

  /** A case the caller may see, locked for the rest of the transaction. */
  async findByIdForUpdate(caller: Caller, id: string, em: EntityManager): Promise<CaseRow | null> {
    const access = accessSql(caller, 2);
    const [row]: CaseRow[] = await em.query(
      `SELECT ${CASE_COLUMNS} FROM legal_aid_case c WHERE c.id = $1 AND ${access.sql} FOR UPDATE`,
      [id, ...access.params],
    );
    return row ?? null;
  }

  async findById(caller: Caller, id: string): Promise<CaseRow | null> {
    const access = accessSql(caller, 2);
    const [row]: CaseRow[] = await this.dataSource.query(
      `SELECT ${CASE_COLUMNS} FROM legal_aid_case c WHERE c.id = $1 AND ${access.sql}`,
      [id, ...access.params],
    );
    return row ?? null;
  }

  /** Writes the changes, stamped `now` (the app's clock), and returns the case as stored. */
  async update(id: string, changes: CaseChanges, now: Date, em: EntityManager): Promise<CaseRow> {
    const keys = Object.keys(changes).filter((k) => CHANGEABLE.has(k));
    const sets = keys.map((k, i) => `${k} = $${i + 3}`);
    const [[row]]: [CaseRow[], number] = await em.query(
      `UPDATE legal_aid_case c SET ${[...sets, 'updated_at = $2'].join(', ')} WHERE c.id = $1
       RETURNING ${CASE_COLUMNS}`,
      [id, now, ...keys.map((k) => changes[k as keyof CaseChanges])],
    );
    return row;
  }

  async insertEvent(e: EventRow, em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO legal_aid_case_event (case_id, step, from_status, to_status, actor_id, actor_name, at, recorded_at,
         note, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        e.case_id,
        e.step,
        e.from_status,
        e.to_status,
        e.actor_id,
        e.actor_name,
        e.at,
        e.recorded_at,
        e.note,
        e.details ? JSON.stringify(e.details) : null,
      ],
    );
  }

  /** The timelines of these cases, each in the order its steps were taken. */
  async eventsOf(caseIds: string[], em?: EntityManager): Promise<EventRow[]> {
    if (!caseIds.length) return [];
    return (em ?? this.dataSource).query(
      `SELECT case_id, step, from_status, to_status, actor_id, actor_name, at, recorded_at, note, details
         FROM legal_aid_case_event WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, id`,
      [caseIds],
    );
  }

  /** The first of `count` new numbers of a county's year (taken as one block, under the counter's lock). */
  async takeSeqs(countyCode: string, year: number, count: number, em: EntityManager): Promise<number> {
    const [{ last_seq }]: { last_seq: number }[] = await em.query(
      `INSERT INTO legal_aid_case_counter AS k (county_code, year, last_seq) VALUES ($1, $2, $3)
       ON CONFLICT (county_code, year) DO UPDATE SET last_seq = k.last_seq + $3
       RETURNING last_seq`,
      [countyCode, year, count],
    );
    return last_seq - count + 1;
  }

  /** Many imported cases in one statement, each column as one array; answers the rows as stored. */
  async insertImported(
    cases: (NewCase & CaseChanges & { id: string; status: CaseStatus })[],
    importId: string,
    now: Date,
    em: EntityManager,
  ): Promise<CaseRow[]> {
    if (!cases.length) return [];
    const col = (k: string) => cases.map((c) => (c as unknown as Record<string, unknown>)[k] ?? null);
    return em.query(
      `INSERT INTO legal_aid_case AS c (id, case_no, county_code, year, seq, service_point_id, region_code, applicant_name,
         phone_enc, phone_index, id_number_enc, id_number_index, category, summary, received_at, decision_due,
         status, decided_at, accepted, decision_reason, assignment_due, assigned_lawyer_id, assigned_at,
         first_assigned_at, closed_at, outcome, amount_recovered_fen, created_by, created_at, updated_at, source, import_id)
       SELECT u.*, $27::uuid, $28::timestamptz, $28::timestamptz, 'import', $29::uuid
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::smallint[], $5::int[], $6::uuid[], $7::varchar[],
                     $8::varchar[], $9::bytea[], $10::char(64)[], $11::bytea[], $12::char(64)[], $13::varchar[],
                     $14::varchar[], $15::timestamptz[], $16::date[], $17::varchar[], $18::timestamptz[], $19::boolean[],
                     $20::varchar[], $21::date[], $22::uuid[], $23::timestamptz[], $24::timestamptz[],
                     $25::timestamptz[], $26::varchar[], $30::bigint[]) AS u
       RETURNING ${CASE_COLUMNS}`,
      [
        col('id'),
        col('case_no'),
        col('county_code'),
        col('year'),
        col('seq'),
        col('service_point_id'),
        col('region_code'),
        col('applicant_name'),
        col('phone_enc'),
        col('phone_index'),
        col('id_number_enc'),
        col('id_number_index'),
        col('category'),
        col('summary'),
        col('received_at'),
        col('decision_due'),
        col('status'),
        col('decided_at'),
        col('accepted'),
        col('decision_reason'),
        col('assignment_due'),
        col('assigned_lawyer_id'),
        col('assigned_at'),
        col('first_assigned_at'),
        col('closed_at'),
        col('outcome'),
        cases[0].created_by,
        now,
        importId,
        col('amount_recovered_fen'),
      ],
    );
  }

  /** Many timeline steps in one statement. */
  async insertEvents(events: EventRow[], em: EntityManager): Promise<void> {
    if (!events.length) return;
    const col = <K extends keyof EventRow>(k: K) => events.map((e) => e[k]);
    await em.query(
      `INSERT INTO legal_aid_case_event (case_id, step, from_status, to_status, actor_id, actor_name, at, recorded_at,
         note, details)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::uuid[], $6::varchar[],
                            $7::timestamptz[], $8::timestamptz[], $9::varchar[], $10::jsonb[])`,
      [
        col('case_id'),
        col('step'),
        col('from_status'),
        col('to_status'),
        col('actor_id'),
        col('actor_name'),
        col('at'),
        col('recorded_at'),
        col('note'),
        events.map((e) => (e.details ? JSON.stringify(e.details) : null)),
      ],
    );
  }

  /** Voids the live cases of an import; answers them as they were before. */
  async voidOfImport(
    importId: string,
    voided: { at: Date; reason: string; by: string },
    em: EntityManager,
  ): Promise<CaseRow[]> {
    const before: CaseRow[] = await em.query(
      `SELECT ${CASE_COLUMNS} FROM legal_aid_case c WHERE c.import_id = $1 AND c.voided_at IS NULL FOR UPDATE`,
      [importId],
    );
    await em.query(
      `UPDATE legal_aid_case SET voided_at = $2, void_reason = $3, voided_by = $4, updated_at = $2
        WHERE import_id = $1 AND voided_at IS NULL`,
      [importId, voided.at, voided.reason, voided.by],
    );
    return before;
  }

  /** A page of the cases the caller may see, newest receipt first. */
  async findPage(caller: Caller, f: CaseFilter): Promise<[CaseRow[], number]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (n: number) => string, ...values: unknown[]) => {
      where.push(sql(params.length + 1));
      params.push(...values);
    };
    const access = accessSql(caller, 1);
    where.push(access.sql, 'c.voided_at IS NULL');
    params.push(...access.params);
    if (f.regionCode) {
      const { from, to } = regionRange(f.regionCode);
      add((n) => `c.region_code >= $${n} AND c.region_code < $${n + 1}`, from, to);
    }
    if (f.status) add((n) => `c.status = $${n}`, f.status);
    if (f.lawyerId) add((n) => `c.assigned_lawyer_id = $${n}`, f.lawyerId);
    if (f.receivedFrom) add((n) => `c.received_at >= $${n}`, f.receivedFrom);
    if (f.receivedBefore) add((n) => `c.received_at < $${n}`, f.receivedBefore);
    if (f.overdueDuring) add((n) => OVERDUE_DURING_SQL(n), f.overdueDuring.from, f.overdueDuring.to, f.today);
    else if (f.overdue !== undefined)
      add((n) => (f.overdue ? OVERDUE_SQL(n) : `NOT ${OVERDUE_SQL(n)}`), f.today);
    const whereSql = where.join(' AND ');
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM legal_aid_case c WHERE ${whereSql}`,
      params,
    );
    const rows: CaseRow[] = await this.dataSource.query(
      `SELECT ${CASE_COLUMNS} FROM legal_aid_case c WHERE ${whereSql}
        ORDER BY c.received_at DESC, c.case_no DESC
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, f.limit, f.offset],
    );
    return [rows, total];
  }
}
