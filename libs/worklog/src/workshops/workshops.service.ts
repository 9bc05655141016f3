import { Injectable } from '@nestjs/common';
import { ChangeLedger } from '@app/audit';
import { AppError, Clock, type Page, pageWindow, type Principal, ValidationFailedException } from '@app/core';
import { WorklogAccess } from '../worklog-access.service';
import { WorklogErrors } from '../worklog.errors';
import type { CreateWorkshopDto, ListWorkshopsQuery, UpdateWorkshopDto } from './dto/workshop.dto';
import { toWorkshopResponse, type WorkshopResponse } from './dto/workshop.response';
import { Workshop } from './workshop.entity';
import { WORKSHOP } from './workshop.records';
import { WorkshopsRepository } from './workshops.repository';

/** Workshops in the statistics and the audit trail. */

const notFound = (id: string) => new AppError(WorklogErrors.WORKSHOP_NOT_FOUND, 'Workshop not found', { id });

/**
 * Lectures (法治讲座), publicity events and trainings: recorded by their lecturer or an official of
 * the jurisdiction, edited and voided under the work log's rules, counted in the statistics.
 */
@Injectable()
export class WorkshopsService {
  constructor(
    private readonly workshops: WorkshopsRepository,
    private readonly access: WorklogAccess,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
  ) {}

  async create(caller: Principal, dto: CreateWorkshopDto): Promise<WorkshopResponse> {
    const now = this.clock.now();
    this.access.checkInstant('heldAt', dto.heldAt, now);
    const lecturerId = await this.access.lawyerFor(caller, dto.lecturerId, false);
    const point = await this.access.pointInJurisdiction(caller, dto.servicePointId);
    this.access.checkLawyerWindow(caller, dto.heldAt, now);
    const saved = await this.ledger.transaction(async (em) => {
      const w = await this.workshops.insert(
        {
          servicePointId: point.id,
          regionCode: point.regionCode,
          heldAt: dto.heldAt,
          topic: dto.topic,
          kind: dto.kind,
          audienceCount: dto.audienceCount,
          lecturerId,
          recordedBy: caller.id,
          createdAt: now,
          updatedAt: now,
        },
        em,
      );
      await this.ledger.record(em, WORKSHOP, { action: 'create', before: null, after: w });
      return w;
    });
    return this.respond(saved, now);
  }

  async list(caller: Principal, q: ListWorkshopsQuery): Promise<Page<WorkshopResponse>> {
    if (q.from && q.to && q.from > q.to)
      throw new ValidationFailedException({ to: ['must not be before from'] });
    const { page, pageSize, offset } = pageWindow(q);
    const [rows, total] = await this.workshops.findPage(caller, {
      ...q,
      includeVoided: q.includeVoided === 'true',
      offset,
      limit: pageSize,
    });
    const names = await this.access.names(rows.map((r) => r.lecturerId));
    const now = this.clock.now();
    return {
      items: rows.map((r) => toWorkshopResponse(r, names, now, this.access.editDays)),
      total,
      page,
      pageSize,
    };
  }

  /**
   * The live workshops of a region and period for a register, oldest first: `items` empty when there
   * are more than `max` (`total` says how many).
   */
  async forRegister(
    caller: Principal,
    f: { regionCode: string; from: string; to: string },
    max: number,
  ): Promise<{ total: number; items: WorkshopResponse[] }> {
    const { total, rows } = await this.workshops.findForRegister(caller, f, max);
    const names = await this.access.names(rows.map((r) => r.lecturerId));
    const now = this.clock.now();
    return { total, items: rows.map((r) => toWorkshopResponse(r, names, now, this.access.editDays)) };
  }

  async get(caller: Principal, id: string): Promise<WorkshopResponse> {
    const w = await this.workshops.findVisible(caller, id);
    if (!w) throw notFound(id);
    return this.respond(w, this.clock.now());
  }

  /** The lecturer's edit within the window, or an official's correction with a reason. */
  async update(caller: Principal, id: string, dto: UpdateWorkshopDto): Promise<WorkshopResponse> {
    const now = this.clock.now();
    const current = await this.workshops.findVisible(caller, id);
    if (!current) throw notFound(id);
    const as = this.editAs(caller, current, now);
    const { reason, ...patch } = dto;
    if (as === 'official' && !reason)
      throw new ValidationFailedException({ reason: ['is required when an official corrects a workshop'] });
    if (Object.values(patch).every((v) => v === undefined))
      throw new ValidationFailedException({ body: ['names no field to change'] });

    const next: Workshop = { ...current };
    if (patch.lecturerId !== undefined)
      next.lecturerId = await this.access.lawyerFor(caller, patch.lecturerId, false);
    if (patch.servicePointId !== undefined && patch.servicePointId !== current.servicePointId) {
      const point = await this.access.pointInJurisdiction(caller, patch.servicePointId);
      next.servicePointId = point.id;
      next.regionCode = point.regionCode;
    }
    if (patch.heldAt !== undefined) {
      this.access.checkInstant('heldAt', patch.heldAt, now);
      if (as === 'author') this.access.checkLawyerWindow(caller, patch.heldAt, now);
      next.heldAt = patch.heldAt;
    }
    if (patch.topic !== undefined) next.topic = patch.topic;
    if (patch.kind !== undefined) next.kind = patch.kind;
    if (patch.audienceCount !== undefined) next.audienceCount = patch.audienceCount;
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = next;

    const saved = await this.ledger.transaction(async (em) => {
      const locked = await this.workshops.findVisibleForUpdate(caller, id, em);
      if (!locked) throw notFound(id);
      if (locked.voidedAt)
        throw new AppError(WorklogErrors.WORKSHOP_VOIDED, 'A voided workshop cannot be changed', {
          id,
        });
      if (JSON.stringify(locked) !== JSON.stringify(current))
        throw new AppError(WorklogErrors.CHANGED_MEANWHILE, 'The workshop changed meanwhile; reload it', {
          id,
        });
      const result = await this.workshops.update(id, { ...fields, updatedAt: now }, em);
      await this.ledger.record(em, WORKSHOP, {
        action: as === 'official' ? 'correction' : 'update',
        before: current,
        after: result,
        note: reason ? { reason } : undefined,
      });
      return result;
    });
    return this.respond(saved, now);
  }

  async void(caller: Principal, id: string, reason: string): Promise<WorkshopResponse> {
    const now = this.clock.now();
    const saved = await this.ledger.transaction(async (em) => {
      const current = await this.workshops.findVisibleForUpdate(caller, id, em);
      if (!current) throw notFound(id);
      if (current.voidedAt)
        throw new AppError(WorklogErrors.ALREADY_VOIDED, 'This workshop is already void', { id });
      this.editAs(caller, current, now);
      const result = await this.workshops.update(
        id,
        { voidedAt: now, voidReason: reason, voidedBy: caller.id, updatedAt: now },
        em,
      );
      await this.ledger.record(em, WORKSHOP, {
        action: 'void',
        before: current,
        after: result,
        note: { reason },
      });
      return result;
    });
    return this.respond(saved, now);
  }

  private editAs(caller: Principal, w: Workshop, now: Date): 'author' | 'official' {
    return this.access.editAs(
      caller,
      { id: w.id, ownerId: w.lecturerId, at: w.heldAt, voidedAt: w.voidedAt },
      now,
      {
        locked: WorklogErrors.WORKSHOP_LOCKED,
        voided: WorklogErrors.WORKSHOP_VOIDED,
      },
    );
  }

  private async respond(w: Workshop, now: Date): Promise<WorkshopResponse> {
    return toWorkshopResponse(w, await this.access.names([w.lecturerId]), now, this.access.editDays);
  }
}
