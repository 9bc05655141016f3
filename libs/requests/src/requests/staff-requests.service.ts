import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChangeLedger } from '@app/audit';
import { AttendanceCorrectionsService } from '@app/attendance';
import {
  AppError,
  businessDate,
  type Caller,
  Clock,
  type Principal,
  ValidationFailedException,
  viewerScope,
} from '@app/core';
import { StaffService } from '@app/org';
import { DutyShiftsService, RosterErrors, UnavailabilityService } from '@app/roster';
import { RequestsErrors } from '../requests.errors';
import type { StaffRequest } from './staff-request.entity';
import { STAFF_REQUEST } from './staff-request.records';
import { StaffRequestsRepository } from './staff-requests.repository';
import {
  type CreateRequestDto,
  type ListRequestsQuery,
  type RequestResponse,
  toRequestResponse,
} from './dto/staff-request.dto';

const required = (fields: Record<string, unknown>) => {
  const missing = Object.entries(fields)
    .filter(([, v]) => v === undefined || v === null)
    .map(([k]) => [k, ['is required for this kind of request']]);
  if (missing.length) throw new ValidationFailedException(Object.fromEntries(missing));
};

/**
 * Lawyers ask, the township official decides (issue 19): a swap (the named colleague accepts first),
 * leave, or a 补卡. An approved request makes, in the approval's own transaction, the very change the
 * official's direct action makes (the roster's swap and leave, attendance's correction) with their
 * checks; if one refuses, nothing of the approval stays.
 */
@Injectable()
export class StaffRequestsService {
  constructor(
    private readonly requests: StaffRequestsRepository,
    private readonly shifts: DutyShiftsService,
    private readonly leave: UnavailabilityService,
    private readonly corrections: AttendanceCorrectionsService,
    private readonly staff: StaffService,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
  ) {}

  async respond(rows: StaffRequest[]): Promise<RequestResponse[]> {
    const names = await this.staff.namesOf(
      rows.flatMap((r) => [r.lawyerId, ...(r.toLawyerId ? [r.toLawyerId] : [])]),
    );
    return rows.map((r) => toRequestResponse(r, names));
  }

  /** A lawyer's request; its checks are those the official's direct action would make, asked early. */
  async create(caller: Principal, dto: CreateRequestDto): Promise<StaffRequest> {
    const now = this.clock.now();
    const base = {
      kind: dto.kind,
      lawyerId: caller.id,
      regionCode: caller.regionCode!,
      reason: dto.reason,
      shiftId: null as string | null,
      toLawyerId: null as string | null,
      leaveFrom: null as string | null,
      leaveTo: null as string | null,
      fixType: null as 'check_in' | 'check_out' | null,
      fixAt: null as Date | null,
      createdAt: now,
    };
    if (dto.kind === 'swap') {
      required({ shiftId: dto.shiftId, toLawyerId: dto.toLawyerId });
      const shift = await this.ownShift(caller, dto.shiftId!);
      if (shift.startsAt <= now)
        throw new AppError(RequestsErrors.SHIFT_ALREADY_BEGUN, 'Only a shift still to come can be swapped');
      if (dto.toLawyerId === caller.id)
        throw new AppError(RequestsErrors.SWAP_WITH_ONESELF, 'Name the colleague who takes the shift');
      const colleague = await this.staff.findByIdUnscoped(dto.toLawyerId!);
      if (!colleague || colleague.status !== 'active' || !colleague.roles.includes('lawyer'))
        throw new AppError(RequestsErrors.NOT_A_COLLEAGUE, 'The colleague named is not an active lawyer', {
          toLawyerId: dto.toLawyerId,
        });
      if (await this.leave.isOnLeave(colleague.id, shift.startsAt, shift.endsAt))
        throw new AppError(RosterErrors.LAWYER_ON_LEAVE, 'The colleague is on leave at that time', {
          toLawyerId: colleague.id,
        });
      Object.assign(base, { shiftId: shift.id, toLawyerId: colleague.id });
    } else if (dto.kind === 'leave') {
      required({ from: dto.from, to: dto.to });
      if (dto.from! > dto.to!) throw new ValidationFailedException({ to: ['must not be before from'] });
      if (dto.from! < this.clock.today())
        throw new AppError(RequestsErrors.LEAVE_IN_PAST, 'Leave is asked for days to come');
      Object.assign(base, { leaveFrom: dto.from, leaveTo: dto.to });
    } else {
      required({ shiftId: dto.shiftId, fixType: dto.fixType, at: dto.at });
      const shift = await this.ownShift(caller, dto.shiftId!);
      if (shift.startsAt > now)
        throw new AppError(RequestsErrors.SHIFT_IN_FUTURE, 'A 补卡 is for a shift that has begun', {
          shiftId: shift.id,
        });
      if (dto.at! > now) throw new ValidationFailedException({ at: ['must not be in the future'] });
      if (businessDate(dto.at!) !== shift.date)
        throw new AppError(RequestsErrors.FIX_OUTSIDE_SHIFT_DAY, 'The time must fall on the shift’s day', {
          date: shift.date,
        });
      Object.assign(base, { shiftId: shift.id, fixType: dto.fixType, fixAt: dto.at });
    }
    return this.ledger.transaction(async (em) => {
      const saved = await this.requests.insert(base, em);
      await this.ledger.record(em, STAFF_REQUEST, { action: 'create', before: null, after: saved });
      return saved;
    });
  }

  /** The caller's shift (403 for another lawyer's, 404 when there is none). */
  private async ownShift(caller: Principal, shiftId: string) {
    const shift = await this.shifts.findByIdUnscoped(shiftId);
    if (!shift) throw new AppError(RequestsErrors.SHIFT_NOT_FOUND, 'Shift not found', { shiftId });
    if (shift.lawyerId !== caller.id)
      throw new AppError(RequestsErrors.NOT_YOUR_SHIFT, 'A lawyer asks only about their own shifts', {
        shiftId,
      });
    if (shift.status !== 'planned')
      throw new AppError(RequestsErrors.SHIFT_NOT_PLANNED, 'The shift was cancelled', { shiftId });
    return shift;
  }

  /** A lawyer's own requests and those naming them; an official's jurisdiction's. */
  list(caller: Caller, q: ListRequestsQuery): Promise<StaffRequest[]> {
    const scope = viewerScope(caller);
    return 'lawyerId' in scope
      ? this.requests.findOfLawyer(scope.lawyerId, q.status)
      : this.requests.findInJurisdiction(caller, q);
  }

  /** The colleague named in a swap accepts it; the official may then approve it. */
  accept(caller: Principal, id: string): Promise<StaffRequest> {
    return this.ledger.transaction(async (em) => {
      const r = await this.requests.findForUpdate(caller, id, caller.id, em);
      if (!r) throw new AppError(RequestsErrors.REQUEST_NOT_FOUND, 'Request not found', { id });
      if (r.kind !== 'swap' || r.toLawyerId !== caller.id)
        throw new AppError(
          RequestsErrors.NOT_THE_NAMED_COLLEAGUE,
          'Only the colleague a swap names accepts it',
        );
      if (r.status !== 'pending')
        throw new AppError(RequestsErrors.REQUEST_NOT_PENDING, `The request is already ${r.status}`, {
          status: r.status,
        });
      const shift = (await this.shifts.findByIdUnscoped(r.shiftId!))!;
      if (await this.leave.isOnLeave(caller.id, shift.startsAt, shift.endsAt))
        throw new AppError(RosterErrors.LAWYER_ON_LEAVE, 'You are on leave at that time');
      const before = { ...r };
      Object.assign(r, { status: 'accepted', acceptedAt: this.clock.now(), updatedAt: this.clock.now() });
      const saved = await this.requests.save(r, em);
      await this.ledger.record(em, STAFF_REQUEST, { action: 'accept', before, after: saved });
      return saved;
    });
  }

  /** The official approves: the change the request asks for is made in the same transaction. */
  approve(caller: Principal, id: string): Promise<StaffRequest> {
    return this.ledger.transaction(async (em) => {
      const r = await this.decidable(caller, id, em);
      if (r.kind === 'swap' && r.status !== 'accepted')
        throw new AppError(RequestsErrors.SWAP_NOT_ACCEPTED, 'The colleague has not accepted the swap yet');
      if (r.kind === 'swap') {
        await this.shifts.swap(caller, r.shiftId!, r.toLawyerId!, { em, note: { requestId: r.id } });
      } else if (r.kind === 'leave') {
        await this.leave.create(
          caller,
          { lawyerId: r.lawyerId, from: r.leaveFrom!, to: r.leaveTo!, reason: r.reason.slice(0, 200) },
          em,
        );
      } else {
        await this.corrections.correct(
          caller,
          {
            action: 'add',
            type: r.fixType!,
            shiftId: r.shiftId!,
            at: r.fixAt!,
            reason: r.reason.slice(0, 200),
          },
          { em, requestId: r.id },
        );
      }
      return this.decide(r, 'approved', caller, null, em);
    });
  }

  refuse(caller: Principal, id: string, reason: string): Promise<StaffRequest> {
    return this.ledger.transaction(async (em) =>
      this.decide(await this.decidable(caller, id, em), 'refused', caller, reason, em),
    );
  }

  /** The request locked for the official's decision: in jurisdiction, still open, not their own. */
  private async decidable(caller: Principal, id: string, em: EntityManager) {
    const r = await this.requests.findForUpdate(caller, id, null, em);
    if (!r) throw new AppError(RequestsErrors.REQUEST_NOT_FOUND, 'Request not found', { id });
    if (r.lawyerId === caller.id)
      throw new AppError(RequestsErrors.OWN_REQUEST, 'Nobody decides their own request');
    if (r.status !== 'pending' && r.status !== 'accepted')
      throw new AppError(RequestsErrors.REQUEST_NOT_PENDING, `The request is already ${r.status}`, {
        status: r.status,
      });
    return r;
  }

  private async decide(
    r: StaffRequest,
    status: 'approved' | 'refused',
    caller: Principal,
    reason: string | null,
    em: EntityManager,
  ): Promise<StaffRequest> {
    const before = { ...r };
    const now = this.clock.now();
    Object.assign(r, {
      status,
      decidedBy: caller.id,
      decidedAt: now,
      decisionReason: reason,
      updatedAt: now,
    });
    const saved = await this.requests.save(r, em);
    await this.ledger.record(em, STAFF_REQUEST, {
      action: status === 'approved' ? 'approve' : 'refuse',
      before,
      after: saved,
      note: reason ? { reason } : undefined,
    });
    return saved;
  }
}
