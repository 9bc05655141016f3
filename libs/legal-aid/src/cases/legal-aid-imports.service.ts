import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChangeLedger } from '@app/audit';
import {
  addDays,
  AppError,
  assertInJurisdiction,
  businessDate,
  isoWeekday,
  PiiCipher,
  type Principal,
} from '@app/core';
import { RegionsService } from '@app/org';
import { WorkingCalendarService } from '@app/roster';
import type { CaseCategory } from '../dto/legal-aid-case.dto';
import { LegalAidErrors } from '../legal-aid.errors';
import { countyShortName, formatCaseNo } from '../rules/case-number';
import type { CaseStatus } from '../rules/case-status';
import {
  ASSIGNMENT_PERIOD_DAYS,
  DECISION_PERIOD_DAYS,
  MAX_EXTENSION_DAYS,
  statutoryDueDate,
} from '../rules/statutory-clocks';
import { LEGAL_AID_CASE } from './legal-aid-case.records';
import { type CaseRow, type EventRow, LegalAidCasesRepository } from './legal-aid-cases.repository';

/**
 * A past legal-aid case of an import, checked by the import: the applicant, where it was taken in,
 * and the real dates of its steps (the decision, assignment and closing each optional, in order).
 */
export interface ImportedLegalAidCase {
  servicePointId: string;
  regionCode: string;
  applicantName: string;
  phone: string;
  idNumber: string;
  category: CaseCategory;
  summary: string;
  receivedAt: Date;
  decidedAt: Date | null;
  accepted: boolean | null;
  decisionReason: string | null;
  assignedAt: Date | null;
  lawyerId: string | null;
  closedAt: Date | null;
  outcome: string | null;
  amountRecoveredFen: number | null;
}

/** The import a batch of cases belongs to, as the audit trail files it. */
export interface LegalAidImportRef {
  importId: string;
  regionCode: string;
  note: Record<string, unknown>;
}

/** The status a past case stands in after its last dated step. */
export function importedStatus(
  c: Pick<ImportedLegalAidCase, 'decidedAt' | 'accepted' | 'lawyerId' | 'closedAt'>,
): CaseStatus {
  if (!c.decidedAt) return 'applied';
  if (!c.accepted) return 'rejected';
  if (c.closedAt) return 'closed';
  return c.lawyerId ? 'assigned' : 'accepted';
}

/**
 * Past legal-aid cases brought in from a county's ledger, with the real dates of their steps: numbered
 * in the county's running sequence of their year of receipt, their statutory due dates from the
 * working-day calendar, a timeline dated when each step happened, and counted in the month of their
 * decision. All in the caller's transaction, recorded in the change ledger as one batch.
 */
@Injectable()
export class LegalAidImportsService {
  constructor(
    private readonly cases: LegalAidCasesRepository,
    private readonly regions: RegionsService,
    private readonly calendar: WorkingCalendarService,
    private readonly ledger: ChangeLedger,
    private readonly pii: PiiCipher,
  ) {}

  /**
   * Reads the working-day calendar of the counties and dates the import covers. Call it before the
   * transaction: a transaction holding the case counters must not wait for a second connection.
   */
  async workdays(rows: ImportedLegalAidCase[]): Promise<(county: string, date: string) => boolean> {
    const known = new Map<string, boolean>();
    for (const county of new Set(rows.map((r) => r.regionCode.slice(0, 6)))) {
      const ofCounty = rows.filter((r) => r.regionCode.startsWith(county));
      const starts = ofCounty.map((r) => businessDate(r.receivedAt)).sort();
      const ends = ofCounty.map((r) => businessDate(r.decidedAt ?? r.receivedAt)).sort();
      const from = starts[0];
      const to = addDays(ends[ends.length - 1], DECISION_PERIOD_DAYS + MAX_EXTENSION_DAYS + 1);
      for (const d of await this.calendar.days(from, to, county)) known.set(`${county}|${d.date}`, d.workday);
    }
    return (county, date) => known.get(`${county}|${date}`) ?? isoWeekday(date) <= 5;
  }

  async insertCases(
    caller: Principal,
    em: EntityManager,
    batch: LegalAidImportRef,
    rows: ImportedLegalAidCase[],
    workday: (county: string, date: string) => boolean,
    now: Date,
  ): Promise<void> {
    for (const code of new Set(rows.map((r) => r.regionCode))) assertInJurisdiction(caller, code);
    // Numbers run per county and year of receipt: one block per (county, year), in order of receipt.
    const ordered = rows
      .map((r, i) => ({
        r,
        i,
        county: r.regionCode.slice(0, 6),
        year: Number(businessDate(r.receivedAt).slice(0, 4)),
      }))
      .sort((a, b) => a.r.receivedAt.getTime() - b.r.receivedAt.getTime() || a.i - b.i);
    const numbers = new Map<number, { seq: number; caseNo: string; county: string; year: number }>();
    const groups = new Map<string, typeof ordered>();
    for (const o of ordered)
      groups.set(`${o.county}|${o.year}`, [...(groups.get(`${o.county}|${o.year}`) ?? []), o]);
    for (const group of [...groups.values()].sort((a, b) =>
      a[0].county + a[0].year < b[0].county + b[0].year ? -1 : 1,
    )) {
      const { county, year } = group[0];
      const region = await this.regions.findByCode(county);
      if (!region)
        throw new AppError(LegalAidErrors.COUNTY_NOT_FOUND, `County ${county} is not in the registry`);
      const first = await this.cases.takeSeqs(county, year, group.length, em);
      group.forEach((o, k) =>
        numbers.set(o.i, {
          seq: first + k,
          caseNo: formatCaseNo(year, countyShortName(region.name), first + k),
          county,
          year,
        }),
      );
    }

    const fresh = rows.map((r, i) => {
      const n = numbers.get(i)!;
      const receivedOn = businessDate(r.receivedAt);
      const isWorkday = (d: string) => workday(n.county, d);
      const accepted = r.decidedAt ? r.accepted === true : null;
      return {
        id: randomUUID(),
        case_no: n.caseNo,
        county_code: n.county,
        year: n.year,
        seq: n.seq,
        service_point_id: r.servicePointId,
        region_code: r.regionCode,
        applicant_name: r.applicantName,
        phone_enc: this.pii.encrypt(r.phone),
        phone_index: this.pii.blindIndex(r.phone),
        id_number_enc: this.pii.encrypt(r.idNumber),
        id_number_index: this.pii.blindIndex(r.idNumber),
        category: r.category,
        summary: r.summary,
        received_at: r.receivedAt,
        decision_due: statutoryDueDate(receivedOn, DECISION_PERIOD_DAYS, isWorkday),
        status: importedStatus(r),
        decided_at: r.decidedAt,
        accepted,
        decision_reason: r.decisionReason,
        assignment_due:
          accepted && r.decidedAt
            ? statutoryDueDate(businessDate(r.decidedAt), ASSIGNMENT_PERIOD_DAYS, isWorkday)
            : null,
        assigned_lawyer_id: accepted ? r.lawyerId : null,
        assigned_at: accepted && r.lawyerId ? r.assignedAt : null,
        first_assigned_at: accepted && r.lawyerId ? r.assignedAt : null,
        closed_at: accepted && r.lawyerId ? r.closedAt : null,
        outcome: accepted && r.lawyerId && r.closedAt ? r.outcome : null,
        amount_recovered_fen: accepted && r.lawyerId && r.closedAt ? r.amountRecoveredFen : null,
        created_by: caller.id,
      };
    });
    const stored = await this.cases.insertImported(fresh, batch.importId, now, em);
    await this.cases.insertEvents(
      stored.flatMap((c) => this.timeline(c, caller, now, batch.importId)),
      em,
    );
    await this.ledger.recordBatch(
      em,
      LEGAL_AID_CASE,
      stored.map((after) => ({ action: 'import', before: null, after })),
      {
        action: 'import',
        entityType: 'import_batch',
        entityId: batch.importId,
        regionCode: batch.regionCode,
        note: batch.note,
      },
    );
  }

  /** Voids every live case of the import: they count nowhere and take no further step. */
  async voidCases(
    caller: Principal,
    em: EntityManager,
    batch: LegalAidImportRef,
    reason: string,
    now: Date,
  ): Promise<number> {
    const before = await this.cases.voidOfImport(batch.importId, { at: now, reason, by: caller.id }, em);
    await this.ledger.recordBatch(
      em,
      LEGAL_AID_CASE,
      before.map((c) => ({
        action: 'void',
        before: c,
        after: { ...c, voided_at: now, void_reason: reason, voided_by: caller.id },
      })),
      {
        action: 'import.withdraw',
        entityType: 'import_batch',
        entityId: batch.importId,
        regionCode: batch.regionCode,
        note: batch.note,
      },
    );
    return before.length;
  }

  /** The timeline of an imported case: each step at its real date, entered now by the importing official. */
  private timeline(c: CaseRow, caller: Principal, now: Date, importId: string): EventRow[] {
    const at = (
      step: EventRow['step'],
      from: CaseStatus | null,
      to: CaseStatus,
      when: Date,
      note: string | null = null,
    ): EventRow => ({
      case_id: c.id,
      step,
      from_status: from,
      to_status: to,
      actor_id: caller.id,
      actor_name: caller.name,
      at: when,
      recorded_at: now,
      note,
      details: { importId },
    });
    const events = [at('apply', null, 'applied', c.received_at)];
    if (c.decided_at)
      events.push(
        c.accepted
          ? at('accept', 'applied', 'accepted', c.decided_at, c.decision_reason)
          : at('reject', 'applied', 'rejected', c.decided_at, c.decision_reason),
      );
    if (c.assigned_at) events.push(at('assign', 'accepted', 'assigned', c.assigned_at));
    if (c.closed_at) events.push(at('close', 'assigned', 'closed', c.closed_at, c.outcome));
    return events;
  }
}
