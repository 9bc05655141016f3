import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, ChangeLedger } from '@app/audit';
import {
  addDays,
  AppError,
  assertInJurisdiction,
  businessDate,
  businessInstant,
  Clock,
  fenToYuan,
  hasRole,
  isoWeekday,
  isValidMonth,
  maskIdNumber,
  maskPhone,
  monthRange,
  Page,
  pageWindow,
  PiiCipher,
  Principal,
  ValidationFailedException,
  yuanToFen,
} from '@app/core';
import { RegionsService, ServicePointsService, StaffService } from '@app/org';
import { WorkingCalendarService } from '@app/roster';
import {
  type CaseCategory,
  CloseDto,
  CreateLegalAidCaseDto,
  LegalAidCaseResponse,
  ListLegalAidCasesQuery,
} from '../dto/legal-aid-case.dto';
import { LegalAidErrors } from '../legal-aid.errors';
import { countyShortName, formatCaseNo } from '../rules/case-number';
import { type CaseAction, transition } from '../rules/case-status';
import { idNumberBirthDate } from '../rules/id-number';
import {
  ASSIGNMENT_PERIOD_DAYS,
  DECISION_PERIOD_DAYS,
  MAX_EXTENSION_DAYS,
  overdueClock,
  statutoryDueDate,
  tookLate,
} from '../rules/statutory-clocks';
import { type DatedStep, stepDateProblem } from '../rules/step-dates';
import { LEGAL_AID_CASE } from './legal-aid-case.records';
import {
  CaseChanges,
  CaseRow,
  type ClockDueRow,
  EventRow,
  LegalAidCasesRepository,
} from './legal-aid-cases.repository';

/** Which body field may date a step (decidedAt, assignedAt, closedAt), and which step it dates. */
interface DatedBy {
  field: string;
  step: DatedStep;
}

/** When a step happened (`at`) and when it is recorded (`now`, the app's clock). */
interface StepWhen {
  at: Date;
  now: Date;
  dated?: DatedBy;
}

/** What a step changes besides the status, and what its timeline entry says. */
interface StepChange {
  set?: CaseChanges;
  note?: string | null;
  details?: Record<string, unknown>;
}

const notFound = (id: string) =>
  new AppError(LegalAidErrors.LEGAL_AID_CASE_NOT_FOUND, 'Legal-aid case not found', { id });

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Lawyers act on a case only once it is theirs; officials reach it through their jurisdiction. */
function assertOfficialOrAssigned(caller: Principal, c: CaseRow): void {
  if (!hasRole(caller, 'official') && c.assigned_lawyer_id !== caller.id)
    throw new AppError(LegalAidErrors.NOT_ASSIGNED_LAWYER, 'The case is not assigned to you');
}

/**
 * Who may see an applicant's full phone and ID number: officials (in whose jurisdiction the case
 * lies, as every read of it is scoped) and the lawyer the case is assigned to.
 */
export function mayRevealApplicant(caller: Principal, c: Pick<CaseRow, 'assigned_lawyer_id'>): boolean {
  return hasRole(caller, 'official') || c.assigned_lawyer_id === caller.id;
}

/** A case of a register: `revealed` when its applicant's phone and ID number are given in full. */
export type RegisterCase = LegalAidCaseResponse & { revealed: boolean };

/**
 * Legal-aid cases from intake to closing: the county's gap-free case numbers, the status machine,
 * the statutory clocks, the timeline, the audit trail and the statistics, each step in one transaction.
 */
@Injectable()
export class LegalAidCasesService {
  constructor(
    private readonly cases: LegalAidCasesRepository,
    private readonly points: ServicePointsService,
    private readonly regions: RegionsService,
    private readonly staff: StaffService,
    private readonly calendar: WorkingCalendarService,
    private readonly audit: AuditService,
    private readonly ledger: ChangeLedger,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
  ) {}

  async intake(caller: Principal, dto: CreateLegalAidCaseDto): Promise<LegalAidCaseResponse> {
    const now = this.clock.now();
    const receivedAt = dto.receivedAt ?? now;
    if (receivedAt > now)
      throw new ValidationFailedException({ receivedAt: ['receivedAt must not be in the future'] });
    if (receivedAt < businessInstant('2000-01-01'))
      throw new ValidationFailedException({ receivedAt: ['receivedAt must not be before 2000'] });
    if (idNumberBirthDate(dto.applicant.idNumber) > businessDate(now))
      throw new ValidationFailedException({
        'applicant.idNumber': ['applicant.idNumber has a future birth date'],
      });

    const point = await this.points.findByIdUnscoped(dto.servicePointId);
    if (!point)
      throw new AppError(LegalAidErrors.SERVICE_POINT_NOT_FOUND, 'Service point not found', {
        servicePointId: dto.servicePointId,
      });
    // Lawyers take applications at the points of their own township, officials within their region.
    assertInJurisdiction(caller, point.regionCode);
    if (!point.active)
      throw new AppError(LegalAidErrors.SERVICE_POINT_INACTIVE, 'That service point is closed', {
        servicePointId: point.id,
      });
    const countyCode = point.regionCode.slice(0, 6);
    const county = await this.regions.findByCode(countyCode);
    if (!county)
      throw new AppError(LegalAidErrors.COUNTY_NOT_FOUND, `County ${countyCode} is not in the registry`);
    const receivedOn = businessDate(receivedAt);
    const year = Number(receivedOn.slice(0, 4));
    // Read the calendar before the transaction: while it holds the counter, it must not wait for a second connection.
    const decisionDue = await this.dueDate(receivedOn, DECISION_PERIOD_DAYS, point.regionCode);

    const row = await this.ledger.transaction(async (em) => {
      const seq = await this.cases.takeNextSeq(countyCode, year, em);
      const created = await this.cases.insert(
        {
          case_no: formatCaseNo(year, countyShortName(county.name), seq),
          county_code: countyCode,
          year,
          seq,
          service_point_id: point.id,
          region_code: point.regionCode,
          applicant_name: dto.applicant.name,
          phone_enc: this.pii.encrypt(dto.applicant.phone),
          phone_index: this.pii.blindIndex(dto.applicant.phone),
          id_number_enc: this.pii.encrypt(dto.applicant.idNumber),
          id_number_index: this.pii.blindIndex(dto.applicant.idNumber),
          category: dto.category,
          summary: dto.summary,
          received_at: receivedAt,
          decision_due: decisionDue,
          created_by: caller.id,
        },
        now,
        em,
      );
      // The timeline dates the application when it was received, which may be before it was entered.
      await this.cases.insertEvent(
        this.event(created.id, 'apply', null, 'applied', caller, { at: receivedAt, now }, null, {
          servicePointId: point.id,
        }),
        em,
      );
      await this.ledger.record(em, LEGAL_AID_CASE, { action: 'create', before: null, after: created });
      return created;
    });
    return (await this.toResponses([row]))[0];
  }

  /**
   * An official grants (accepted) or refuses (rejected) legal aid, on `decidedAt` (default now): the
   * decision's business day starts the assignment clock and is the day the case counts in the
   * statistics; after the decision's due date it is a late decision.
   */
  async decide(
    caller: Principal,
    id: string,
    accepted: boolean,
    reason?: string,
    decidedAt?: Date,
  ): Promise<LegalAidCaseResponse> {
    const when = this.when({ field: 'decidedAt', step: 'decision' }, decidedAt);
    // The clock runs on the calendar of the county that took the case in.
    const region = accepted ? (await this.cases.findById(caller, id))?.region_code : undefined;
    const assignmentDue = accepted
      ? await this.dueDate(businessDate(when.at), ASSIGNMENT_PERIOD_DAYS, region)
      : null;
    return this.step(caller, id, accepted ? 'accept' : 'reject', when, () => ({
      set: {
        decided_at: when.at,
        accepted,
        decision_reason: reason ?? null,
        assignment_due: assignmentDue,
      },
      note: reason ?? null,
    }));
  }

  /**
   * An official assigns a lawyer of the case's county on `assignedAt` (default now); again while
   * assigned or in progress to reassign. The first assignment stops the assignment clock.
   */
  async assign(
    caller: Principal,
    id: string,
    lawyerId: string,
    assignedAt?: Date,
  ): Promise<LegalAidCaseResponse> {
    const when = this.when({ field: 'assignedAt', step: 'assign' }, assignedAt);
    return this.step(caller, id, 'assign', when, async (current, em) => {
      if (current.assigned_lawyer_id === lawyerId)
        throw new AppError(LegalAidErrors.ALREADY_ASSIGNED, 'The case is already assigned to that lawyer', {
          lawyerId,
        });
      const lawyer = await this.staff.findByIdUnscoped(lawyerId, em);
      if (!lawyer || !lawyer.roles.includes('lawyer') || lawyer.status !== 'active')
        throw new AppError(LegalAidErrors.LAWYER_NOT_FOUND, 'No active lawyer with that id', {
          lawyerId,
        });
      if (lawyer.regionCode.slice(0, 6) !== current.county_code)
        throw new AppError(
          LegalAidErrors.LAWYER_OUTSIDE_COUNTY,
          'Only a lawyer of the case’s county can be assigned',
          { lawyerId, countyCode: current.county_code },
        );
      return {
        set: {
          assigned_lawyer_id: lawyer.id,
          assigned_at: when.at,
          first_assigned_at: current.first_assigned_at ?? when.at,
        },
        note: lawyer.name,
        details: {
          lawyerId: lawyer.id,
          lawyerName: lawyer.name,
          previousLawyerId: current.assigned_lawyer_id,
        },
      };
    });
  }

  /** The assigned lawyer (or an official) starts work on the case. */
  start(caller: Principal, id: string): Promise<LegalAidCaseResponse> {
    const when = this.when();
    return this.step(
      caller,
      id,
      'start',
      when,
      () => ({ set: { started_at: when.at } }),
      assertOfficialOrAssigned,
    );
  }

  /**
   * The assigned lawyer (or an official) closes the case on `closedAt` (default now) with its outcome
   * and the amount recovered, which counts on the closing day.
   */
  close(caller: Principal, id: string, dto: CloseDto): Promise<LegalAidCaseResponse> {
    const when = this.when({ field: 'closedAt', step: 'close' }, dto.closedAt);
    return this.step(
      caller,
      id,
      'close',
      when,
      () => {
        const fen = dto.amountRecovered === undefined ? null : yuanToFen(dto.amountRecovered);
        return {
          set: { closed_at: when.at, outcome: dto.outcome, amount_recovered_fen: fen },
          note: dto.outcome,
          details: fen === null ? undefined : { amountRecovered: fenToYuan(fen) },
        };
      },
      assertOfficialOrAssigned,
    );
  }

  /** The applicant withdraws; recorded by an official or a lawyer who has the case. */
  withdraw(caller: Principal, id: string, reason?: string): Promise<LegalAidCaseResponse> {
    const when = this.when();
    return this.step(caller, id, 'withdraw', when, () => ({
      set: { ended_at: when.at, end_reason: reason ?? null },
      note: reason,
    }));
  }

  /** An official ends legal aid for a case that was granted (《法律援助法》第四十八条). */
  terminate(caller: Principal, id: string, reason: string): Promise<LegalAidCaseResponse> {
    const when = this.when();
    return this.step(caller, id, 'terminate', when, () => ({
      set: { ended_at: when.at, end_reason: reason },
      note: reason,
    }));
  }

  async list(caller: Principal, q: ListLegalAidCasesQuery): Promise<Page<LegalAidCaseResponse>> {
    if (q.from && q.to && q.from > q.to)
      throw new ValidationFailedException({ to: ['to must not be before from'] });
    if (q.month !== undefined && q.overdue !== 'true')
      throw new ValidationFailedException({ month: ['month is only for the overdue report (overdue=true)'] });
    const { page, pageSize, offset } = pageWindow(q);
    const [rows, total] = await this.cases.findPage(caller, {
      regionCode: q.regionCode,
      status: q.status,
      overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
      overdueDuring: q.month && isValidMonth(q.month) ? monthRange(q.month) : undefined,
      lawyerId: q.lawyerId,
      receivedFrom: q.from ? businessInstant(q.from) : undefined,
      receivedBefore: q.to ? businessInstant(addDays(q.to, 1)) : undefined,
      today: this.clock.today(),
      offset,
      limit: pageSize,
    });
    const items = await this.toResponses(rows);
    await this.audit.recordListRead({
      entityType: 'legal_aid_case',
      ids: rows.map((r) => r.id),
      regionCode: q.regionCode ?? caller.regionCode ?? null,
      fields: ['applicant.name', 'applicant.phoneMasked', 'applicant.idNumberMasked', 'summary'],
      query: { ...q },
    });
    return { items, total, page, pageSize };
  }

  /**
   * The live cases received in a period (business dates `from`..`to`) in a region, oldest first, in
   * the caller's view, for the register (法律援助案件台账): `items` empty when there are more than `max`
   * (`total` says how many). With `reveal`, the applicant's phone and ID number in full for the cases
   * the caller may reveal (`mayRevealApplicant`), masked for the others; the caller audits the export.
   */
  async forRegister(
    caller: Principal,
    f: { regionCode: string; from: string; to: string },
    max: number,
    reveal: boolean,
  ): Promise<{ total: number; items: RegisterCase[] }> {
    const filter = {
      regionCode: f.regionCode,
      receivedFrom: businessInstant(f.from),
      receivedBefore: businessInstant(addDays(f.to, 1)),
      today: this.clock.today(),
      offset: 0,
    };
    const [, total] = await this.cases.findPage(caller, { ...filter, limit: 0 });
    if (total > max) return { total, items: [] };
    const [rows] = await this.cases.findPage(caller, { ...filter, limit: max });
    rows.reverse();
    const responses = await this.toResponses(rows);
    return {
      total,
      items: responses.map((r, i) => {
        const row = rows[i];
        if (!reveal || !mayRevealApplicant(caller, row)) return { ...r, revealed: false };
        return {
          ...r,
          applicant: {
            ...r.applicant,
            phone: this.pii.decrypt(row.phone_enc),
            idNumber: this.pii.decrypt(row.id_number_enc),
          },
          revealed: true,
        };
      }),
    };
  }

  /**
   * One case. With `reveal`, the applicant's phone and ID number unmasked, for officials in
   * jurisdiction and the assigned lawyer; each such read goes to the audit trail first.
   */
  async get(caller: Principal, id: string, reveal = false): Promise<LegalAidCaseResponse> {
    const row = await this.cases.findById(caller, id);
    if (!row) throw notFound(id);
    const [response] = await this.toResponses([row]);
    if (!reveal) return response;
    if (!mayRevealApplicant(caller, row))
      throw new AppError(
        LegalAidErrors.REVEAL_NOT_ALLOWED,
        'Only officials and the assigned lawyer may see the applicant’s full phone and ID number',
      );
    await this.audit.recordAlone({
      action: 'pii.read',
      entityType: 'legal_aid_case',
      entityId: id,
      regionCode: row.region_code,
      note: { fields: ['applicant.phone', 'applicant.idNumber'], caseNo: row.case_no },
    });
    return {
      ...response,
      applicant: {
        ...response.applicant,
        phone: this.pii.decrypt(row.phone_enc),
        idNumber: this.pii.decrypt(row.id_number_enc),
      },
    };
  }

  /**
   * One step of the status machine in one transaction: lock the case (404 outside the caller's
   * reach), check who acts (403) and the transition (422), apply the change, and write the timeline, the audit trail
   * and the statistics with it.
   */
  private async step(
    caller: Principal,
    id: string,
    action: CaseAction,
    when: StepWhen,
    change: (current: CaseRow, em: EntityManager) => StepChange | Promise<StepChange>,
    authorize?: (caller: Principal, current: CaseRow) => void,
  ): Promise<LegalAidCaseResponse> {
    const row = await this.ledger.transaction(async (em) => {
      const current = await this.cases.findByIdForUpdate(caller, id, em);
      if (!current) throw notFound(id);
      if (current.voided_at)
        throw new AppError(LegalAidErrors.CASE_VOIDED, 'This case was withdrawn with its import', { id });
      authorize?.(caller, current);
      const { to, step } = transition(current.status, action);
      if (when.dated) this.checkStepDate(when.dated, when, current);
      const { set, note, details } = await change(current, em);
      const updated = await this.cases.update(id, { ...set, status: to }, when.now, em);
      await this.cases.insertEvent(
        this.event(id, step, current.status, to, caller, when, note ?? null, details),
        em,
      );
      await this.ledger.record(em, LEGAL_AID_CASE, { action: step, before: current, after: updated });
      return updated;
    });
    return (await this.toResponses([row]))[0];
  }

  /**
   * When a step happens: at `given` (the date the body gives in `dated.field`) or now, by the app's
   * clock. A date in the future is refused at once (400 naming the field); its order against the
   * case's earlier steps is checked once the case is locked.
   */
  private when(dated?: DatedBy, given?: Date): StepWhen {
    const now = this.clock.now();
    const at = given ?? now;
    if (dated && at > now)
      throw new ValidationFailedException({ [dated.field]: [`${dated.field} must not be in the future`] });
    return { at, now, dated };
  }

  /** 400 naming the field for a step dated before the step it follows (or in the future). */
  private checkStepDate({ field, step }: DatedBy, when: StepWhen, c: CaseRow): void {
    const problem = stepDateProblem(field, step, when.at, when.now, {
      receivedAt: c.received_at,
      decidedAt: c.decided_at,
      assignedAt: c.assigned_at,
      startedAt: c.started_at,
    });
    if (problem) throw new ValidationFailedException({ [field]: [problem] });
  }

  private event(
    caseId: string,
    step: EventRow['step'],
    from: EventRow['from_status'],
    to: EventRow['to_status'],
    actor: Principal,
    when: { at: Date; now: Date },
    note: string | null,
    details?: Record<string, unknown>,
  ): EventRow {
    return {
      case_id: caseId,
      step,
      from_status: from,
      to_status: to,
      actor_id: actor.id,
      actor_name: actor.name,
      at: when.at,
      recorded_at: when.now,
      note,
      details: details ?? null,
    };
  }

  /** Cases whose statutory clock (decision, assignment) runs out on `due` and still runs, every region's. */
  clocksDueOn(due: string): Promise<ClockDueRow[]> {
    return this.cases.clocksDueOn(due);
  }

  /** The due date of a statutory period starting on `start`, on the working-day calendar of the case's county. */
  private async dueDate(start: string, days: number, regionCode?: string): Promise<string> {
    const nominal = addDays(start, days);
    const calendar = new Map(
      (await this.calendar.days(nominal, addDays(nominal, MAX_EXTENSION_DAYS), regionCode)).map((d) => [
        d.date,
        d.workday,
      ]),
    );
    return statutoryDueDate(start, days, (d) => calendar.get(d) ?? isoWeekday(d) <= 5);
  }

  private async toResponses(rows: CaseRow[]): Promise<LegalAidCaseResponse[]> {
    const events = new Map<string, EventRow[]>();
    for (const e of await this.cases.eventsOf(rows.map((r) => r.id)))
      events.set(e.case_id, [...(events.get(e.case_id) ?? []), e]);
    const names = await this.staff.namesOf(
      rows.flatMap((r) => (r.assigned_lawyer_id ? [r.assigned_lawyer_id] : [])),
    );
    const today = this.clock.today();
    return rows.map((r) => {
      const clock = overdueClock(
        { status: r.status, decisionDue: r.decision_due, assignmentDue: r.assignment_due },
        today,
      );
      return {
        id: r.id,
        caseNo: r.case_no,
        status: r.status,
        category: r.category as CaseCategory,
        summary: r.summary,
        applicant: {
          name: r.applicant_name,
          phoneMasked: maskPhone(this.pii.decrypt(r.phone_enc)),
          idNumberMasked: maskIdNumber(this.pii.decrypt(r.id_number_enc)),
        },
        servicePointId: r.service_point_id,
        regionCode: r.region_code,
        receivedAt: r.received_at.toISOString(),
        decisionDue: r.decision_due,
        decidedAt: iso(r.decided_at),
        decidedLate: tookLate(r.decision_due, r.decided_at),
        accepted: r.accepted,
        decisionReason: r.decision_reason,
        assignmentDue: r.assignment_due,
        assignedLawyer: r.assigned_lawyer_id
          ? { id: r.assigned_lawyer_id, name: names.get(r.assigned_lawyer_id) ?? '' }
          : null,
        assignedAt: iso(r.assigned_at),
        firstAssignedAt: iso(r.first_assigned_at),
        assignedLate: tookLate(r.assignment_due, r.first_assigned_at),
        startedAt: iso(r.started_at),
        closedAt: iso(r.closed_at),
        outcome: r.outcome,
        amountRecovered: r.amount_recovered_fen === null ? null : fenToYuan(r.amount_recovered_fen),
        endedAt: iso(r.ended_at),
        endReason: r.end_reason,
        overdue: clock !== null,
        overdueClock: clock,
        timeline: (events.get(r.id) ?? []).map((e) => ({
          step: e.step,
          fromStatus: e.from_status,
          toStatus: e.to_status,
          actor: { id: e.actor_id, name: e.actor_name },
          at: e.at.toISOString(),
          recordedAt: e.recorded_at.toISOString(),
          note: e.note,
          ...(e.details ? { details: e.details } : {}),
        })),
        source: r.source,
        importId: r.import_id,
        voidedAt: iso(r.voided_at),
      };
    });
  }
}
