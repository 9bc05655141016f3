import { Injectable } from '@nestjs/common';
import { ChangeLedger } from '@app/audit';
import { AppointmentsService } from '@app/booking';
import {
  AppError,
  Clock,
  isPgError,
  maskPhone,
  type Page,
  pageWindow,
  PiiCipher,
  type Principal,
  ValidationFailedException,
  yuanToFen,
} from '@app/core';
import type { ServiceLogType } from '../vocabulary';
import { type AmountFields, amountProblems, keepAmountsOf } from '../rules/amounts';
import { WorklogAccess } from '../worklog-access.service';
import { WorklogErrors } from '../worklog.errors';
import type {
  CreateServiceLogDto,
  FollowUpDto,
  ListServiceLogsQuery,
  UpdateServiceLogDto,
} from './dto/service-log.dto';
import {
  type FollowUpResponse,
  type ServiceLogResponse,
  toServiceLogResponse,
} from './dto/service-log.response';
import { ServiceLog } from './service-log.entity';
import { SERVICE_LOG, SERVICE_LOG_FOLLOW_UP } from './service-log.records';
import { ServiceLogsRepository } from './service-logs.repository';

/** Service logs in the statistics and the audit trail. */

const notFound = (id: string) =>
  new AppError(WorklogErrors.SERVICE_LOG_NOT_FOUND, 'Service log not found', { id });

const fen = (yuan: number | null | undefined) =>
  yuan === null || yuan === undefined ? null : yuanToFen(yuan);

/**
 * The work log (工作日志): every service a lawyer gives, recorded once, typed and counted. Each
 * change moves the statistics' counters and writes the audit trail in its own transaction; a lawyer
 * edits their entry for WORKLOG_EDIT_DAYS, then only an official corrects it, with a reason.
 */
@Injectable()
export class ServiceLogsService {
  constructor(
    private readonly logs: ServiceLogsRepository,
    private readonly access: WorklogAccess,
    private readonly appointments: AppointmentsService,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
    private readonly pii: PiiCipher,
  ) {}

  /** The resident's phone as stored: encrypted, its keyed blind index (as residents'), masked; all null to clear. */
  private residentPhone(
    phone: string | null | undefined,
  ): Pick<ServiceLog, 'residentPhoneEnc' | 'residentPhoneIndex' | 'residentPhoneMasked'> {
    return phone
      ? {
          residentPhoneEnc: this.pii.encrypt(phone),
          residentPhoneIndex: this.pii.blindIndex(phone),
          residentPhoneMasked: maskPhone(phone),
        }
      : { residentPhoneEnc: null, residentPhoneIndex: null, residentPhoneMasked: null };
  }

  async create(caller: Principal, dto: CreateServiceLogDto): Promise<ServiceLogResponse> {
    const now = this.clock.now();
    this.access.checkInstant('occurredAt', dto.occurredAt, now);
    this.checkAmounts(dto.type, dto);
    const lawyerId = (await this.access.lawyerFor(caller, dto.lawyerId, true))!;
    const point = await this.access.pointForService(caller, dto.servicePointId);
    const shiftId = await this.access.dutyAt(caller, lawyerId, point.id, dto.occurredAt);
    this.access.checkLawyerWindow(caller, dto.occurredAt, now);
    if (dto.appointmentId) await this.checkAppointment(dto.appointmentId, point.id);

    const log = await this.ledger
      .transaction(async (em) => {
        const saved = await this.logs.insert(
          {
            type: dto.type,
            topic: dto.topic,
            servicePointId: point.id,
            regionCode: point.regionCode,
            lawyerId,
            shiftId,
            appointmentId: dto.appointmentId ?? null,
            occurredAt: dto.occurredAt,
            peopleCount: dto.peopleCount,
            summary: dto.summary,
            outcome: dto.outcome ?? null,
            followUp: dto.followUp ?? false,
            ...this.residentPhone(dto.residentPhone),
            amountInvolvedFen: fen(dto.amountInvolved),
            resolved: dto.resolved ?? null,
            contractAmountFen: fen(dto.contractAmount),
            recordedBy: caller.id,
            createdAt: now,
            updatedAt: now,
          },
          em,
        );
        await this.ledger.record(em, SERVICE_LOG, { action: 'create', before: null, after: saved });
        return saved;
      })
      .catch((err: unknown) => {
        // Two logs of one appointment racing each other: the unique key lets one through.
        if (isPgError(err, '23505', 'service_log_appointment_id_key'))
          throw this.alreadyLogged(dto.appointmentId!);
        throw err;
      });
    return this.respond(log, now);
  }

  async list(caller: Principal, q: ListServiceLogsQuery): Promise<Page<ServiceLogResponse>> {
    if (q.from && q.to && q.from > q.to)
      throw new ValidationFailedException({ to: ['must not be before from'] });
    const { page, pageSize, offset } = pageWindow(q);
    const [rows, total] = await this.logs.findPage(caller, {
      ...q,
      includeVoided: q.includeVoided === 'true',
      offset,
      limit: pageSize,
    });
    const names = await this.access.names(rows.map((r) => r.lawyerId));
    const now = this.clock.now();
    return {
      items: rows.map((r) => toServiceLogResponse(r, names, now, this.access.editDays)),
      total,
      page,
      pageSize,
    };
  }

  /**
   * The live entries of a region and period for a register, oldest first, in the caller's view (a
   * lawyer: their own): `items` empty when there are more than `max` (`total` says how many).
   */
  async forRegister(
    caller: Principal,
    f: { regionCode: string; from: string; to: string; type?: ServiceLogType },
    max: number,
  ): Promise<{ total: number; items: ServiceLogResponse[] }> {
    const { total, rows } = await this.logs.findForRegister(caller, f, max);
    const names = await this.access.names(rows.map((r) => r.lawyerId));
    const now = this.clock.now();
    return { total, items: rows.map((r) => toServiceLogResponse(r, names, now, this.access.editDays)) };
  }

  async get(caller: Principal, id: string): Promise<ServiceLogResponse> {
    const log = await this.logs.findVisible(caller, id);
    if (!log) throw notFound(id);
    return this.respond(log, this.clock.now());
  }

  /**
   * The author's edit while the window is open, or an official's correction (with a reason) at any
   * time. The checks that read other modules run first; the transaction then locks the entry and
   * refuses (409) if it changed in between.
   */
  async update(caller: Principal, id: string, dto: UpdateServiceLogDto): Promise<ServiceLogResponse> {
    const now = this.clock.now();
    const current = await this.logs.findVisible(caller, id);
    if (!current) throw notFound(id);
    const as = this.editAs(caller, current, now);
    const { reason, ...patch } = dto;
    if (as === 'official' && !reason)
      throw new ValidationFailedException({ reason: ['is required when an official corrects an entry'] });
    if (Object.values(patch).every((v) => v === undefined))
      throw new ValidationFailedException({ body: ['names no field to change'] });

    const next = await this.applyPatch(caller, current, patch, as, now);
    const saved = await this.ledger.transaction(async (em) => {
      const locked = await this.logs.findVisibleForUpdate(caller, id, em);
      if (!locked) throw notFound(id);
      this.assertUnchanged(locked, current);
      const result = await this.logs.update(id, { ...next, updatedAt: now }, em);
      await this.ledger.record(em, SERVICE_LOG, {
        action: as === 'official' ? 'correction' : 'update',
        before: current,
        after: result,
        note: reason ? { reason } : undefined,
      });
      return result;
    });
    return this.respond(saved, now);
  }

  /** A soft void with a reason: the row stays, shows why, and counts nowhere from now on. */
  async void(caller: Principal, id: string, reason: string): Promise<ServiceLogResponse> {
    const now = this.clock.now();
    const saved = await this.ledger.transaction(async (em) => {
      const current = await this.logs.findVisibleForUpdate(caller, id, em);
      if (!current) throw notFound(id);
      if (current.voidedAt)
        throw new AppError(WorklogErrors.ALREADY_VOIDED, 'This entry is already void', { id });
      this.editAs(caller, current, now);
      const result = await this.logs.update(
        id,
        { voidedAt: now, voidReason: reason, voidedBy: caller.id, updatedAt: now },
        em,
      );
      await this.ledger.record(em, SERVICE_LOG, {
        action: 'void',
        before: current,
        after: result,
        note: { reason },
      });
      return result;
    });
    return this.respond(saved, now);
  }

  /**
   * 回访: staff record a phone follow-up of a consultation they may see (a lawyer their own, an
   * official one of their jurisdiction) — reached or not, satisfied or not. The first call that
   * reaches the resident marks the consultation followed up; a second one is refused. Counted in the
   * statistics in the same transaction.
   */
  async followUp(caller: Principal, id: string, dto: FollowUpDto): Promise<FollowUpResponse> {
    if (!dto.reached && dto.satisfied !== undefined)
      throw new ValidationFailedException({
        satisfied: ['is asked only when the call reached the resident'],
      });
    const now = this.clock.now();
    const call = await this.ledger
      .transaction(async (em) => {
        const log = await this.logs.findVisibleForUpdate(caller, id, em);
        if (!log) throw notFound(id);
        if (log.voidedAt)
          throw new AppError(WorklogErrors.LOG_VOIDED, 'A voided entry is not followed up', { id });
        if (log.type !== 'consultation')
          throw new AppError(WorklogErrors.NOT_A_CONSULTATION, 'Only consultations are followed up (回访)', {
            id,
            type: log.type,
          });
        if (dto.reached && log.followedUpAt)
          throw new AppError(WorklogErrors.ALREADY_FOLLOWED_UP, 'This consultation is already followed up', {
            id,
            followedUpAt: log.followedUpAt.toISOString(),
          });
        const saved = await this.logs.insertFollowUp(
          {
            serviceLogId: log.id,
            servicePointId: log.servicePointId,
            regionCode: log.regionCode,
            lawyerId: log.lawyerId,
            topic: log.topic,
            reached: dto.reached,
            satisfied: dto.reached ? (dto.satisfied ?? null) : null,
            comment: dto.comment ?? null,
            calledAt: now,
            recordedBy: caller.id,
            createdAt: now,
          },
          em,
        );
        await this.ledger.record(em, SERVICE_LOG_FOLLOW_UP, { action: 'create', before: null, after: saved });
        if (dto.reached) {
          const followed = await this.logs.update(log.id, { followedUpAt: now }, em);
          await this.ledger.record(em, SERVICE_LOG, { action: 'follow_up', before: log, after: followed });
        }
        return saved;
      })
      .catch((err: unknown) => {
        // Two reaching calls racing each other: the unique key lets one through.
        if (isPgError(err, '23505', 'service_log_follow_up_reached_once'))
          throw new AppError(WorklogErrors.ALREADY_FOLLOWED_UP, 'This consultation is already followed up', {
            id,
          });
        throw err;
      });
    return {
      id: call.id,
      serviceLogId: call.serviceLogId,
      regionCode: call.regionCode,
      reached: call.reached,
      satisfied: call.satisfied,
      comment: call.comment,
      calledAt: call.calledAt.toISOString(),
      recordedBy: call.recordedBy,
    };
  }

  /** The entry after the patch, every rule checked; fields the patch leaves out keep their value. */
  private async applyPatch(
    caller: Principal,
    current: ServiceLog,
    patch: Omit<UpdateServiceLogDto, 'reason'>,
    as: 'author' | 'official',
    now: Date,
  ): Promise<Partial<ServiceLog>> {
    const next: ServiceLog = { ...current };
    if (patch.lawyerId) next.lawyerId = (await this.access.lawyerFor(caller, patch.lawyerId, true))!;
    if (patch.servicePointId !== undefined && patch.servicePointId !== current.servicePointId) {
      // An appointment's log stays at the appointment's point.
      if (current.appointmentId)
        throw new AppError(
          WorklogErrors.APPOINTMENT_POINT_MISMATCH,
          'The log of an appointment stays at the appointment’s service point',
          { appointmentId: current.appointmentId },
        );
      const point = await this.access.pointForService(caller, patch.servicePointId);
      next.servicePointId = point.id;
      next.regionCode = point.regionCode;
    }
    if (patch.occurredAt !== undefined) {
      this.access.checkInstant('occurredAt', patch.occurredAt, now);
      if (as === 'author') this.access.checkLawyerWindow(caller, patch.occurredAt, now);
      next.occurredAt = patch.occurredAt;
    }
    if (patch.type !== undefined) next.type = patch.type;
    if (patch.topic !== undefined) next.topic = patch.topic;
    if (patch.peopleCount !== undefined) next.peopleCount = patch.peopleCount;
    if (patch.summary !== undefined) next.summary = patch.summary;
    if (patch.outcome !== undefined) next.outcome = patch.outcome;
    if (patch.followUp !== undefined) next.followUp = patch.followUp;
    if (patch.residentPhone !== undefined) Object.assign(next, this.residentPhone(patch.residentPhone));

    this.checkAmounts(next.type, patch);
    const amounts = keepAmountsOf(next.type, {
      amountInvolved: patch.amountInvolved !== undefined ? fen(patch.amountInvolved) : next.amountInvolvedFen,
      resolved: patch.resolved !== undefined ? patch.resolved : next.resolved,
      contractAmount: patch.contractAmount !== undefined ? fen(patch.contractAmount) : next.contractAmountFen,
    });
    next.amountInvolvedFen = amounts.amountInvolved ?? null;
    next.resolved = amounts.resolved ?? null;
    next.contractAmountFen = amounts.contractAmount ?? null;

    // Who, where and which day decide the shift the entry belongs to, and whether a lawyer may record it.
    if (
      next.lawyerId !== current.lawyerId ||
      next.servicePointId !== current.servicePointId ||
      next.occurredAt.getTime() !== current.occurredAt.getTime()
    ) {
      next.shiftId = await this.access.dutyAt(caller, next.lawyerId, next.servicePointId, next.occurredAt);
    }
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = next;
    return fields;
  }

  private checkAmounts(type: ServiceLogType, fields: AmountFields): void {
    const problems = amountProblems(type, fields);
    if (Object.keys(problems).length) throw new ValidationFailedException(problems);
  }

  private async checkAppointment(appointmentId: string, servicePointId: string): Promise<void> {
    const appointment = await this.appointments.forServiceLog(appointmentId);
    if (!appointment)
      throw new AppError(WorklogErrors.APPOINTMENT_NOT_FOUND, 'Appointment not found', {
        appointmentId,
      });
    if (appointment.status !== 'completed')
      throw new AppError(
        WorklogErrors.APPOINTMENT_NOT_COMPLETED,
        'Only a completed appointment is logged as a service',
        { appointmentId, status: appointment.status },
      );
    if (appointment.servicePointId !== servicePointId)
      throw new AppError(
        WorklogErrors.APPOINTMENT_POINT_MISMATCH,
        'The appointment was at another service point',
        { appointmentId, servicePointId: appointment.servicePointId },
      );
    if (await this.logs.existsForAppointment(appointmentId)) throw this.alreadyLogged(appointmentId);
  }

  private alreadyLogged(appointmentId: string): AppError {
    return new AppError(
      WorklogErrors.APPOINTMENT_ALREADY_LOGGED,
      'This appointment already has a log entry',
      { appointmentId },
    );
  }

  private editAs(caller: Principal, l: ServiceLog, now: Date): 'author' | 'official' {
    return this.access.editAs(
      caller,
      { id: l.id, ownerId: l.lawyerId, at: l.occurredAt, voidedAt: l.voidedAt },
      now,
      {
        locked: WorklogErrors.LOG_LOCKED,
        voided: WorklogErrors.LOG_VOIDED,
      },
    );
  }

  /** A concurrent change between the checks and the lock: the caller reloads and tries again. */
  private assertUnchanged(locked: ServiceLog, read: ServiceLog): void {
    if (locked.voidedAt)
      throw new AppError(WorklogErrors.LOG_VOIDED, 'A voided entry cannot be changed', {
        id: locked.id,
      });
    if (JSON.stringify(locked) !== JSON.stringify(read))
      throw new AppError(WorklogErrors.CHANGED_MEANWHILE, 'The entry changed meanwhile; reload it', {
        id: locked.id,
      });
  }

  private async respond(log: ServiceLog, now: Date): Promise<ServiceLogResponse> {
    const names = await this.access.names([log.lawyerId]);
    return toServiceLogResponse(log, names, now, this.access.editDays);
  }
}
