import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChangeLedger } from '@app/audit';
import { assertInJurisdiction, type Principal, type Topic } from '@app/core';
import type { ServiceLogType, WorkshopKind } from './vocabulary';
import { ServiceLog } from './service-logs/service-log.entity';
import { SERVICE_LOG } from './service-logs/service-log.records';
import { ServiceLogsRepository } from './service-logs/service-logs.repository';
import { Workshop } from './workshops/workshop.entity';
import { WORKSHOP } from './workshops/workshop.records';
import { WorkshopsRepository } from './workshops/workshops.repository';

/** A work-log entry of an import, checked by the import (vocabulary, dates, amounts, place, lawyer). */
export interface ImportedServiceLog {
  type: ServiceLogType;
  topic: Topic;
  servicePointId: string;
  regionCode: string;
  lawyerId: string;
  occurredAt: Date;
  peopleCount: number;
  summary: string;
  outcome: string | null;
  amountInvolvedFen: number | null;
  resolved: boolean | null;
  contractAmountFen: number | null;
}

/** A workshop of an import, checked by the import. */
export interface ImportedWorkshop {
  servicePointId: string;
  regionCode: string;
  heldAt: Date;
  topic: string;
  kind: WorkshopKind;
  audienceCount: number;
  lecturerId: string | null;
}

/** The import a batch of records belongs to, as the audit trail files it. */
export interface ImportBatchRef {
  importId: string;
  /** The jurisdiction the import was made in. */
  regionCode: string;
  /** Facts for the audit event (file name, content hash, row count); never personal data. */
  note: Record<string, unknown>;
}

/**
 * Past work-log entries and workshops brought in from an official's ledger, and withdrawn again: every
 * row in one statement, recorded in the change ledger as one batch (one audit event for the import,
 * the statistics' counters moved in the caller's transaction). Imported records are the same records
 * as any other (`source: import`): locked for lawyers at once (their edit window lies in the past),
 * corrected by officials with a reason.
 */
@Injectable()
export class WorklogImportsService {
  constructor(
    private readonly logs: ServiceLogsRepository,
    private readonly workshops: WorkshopsRepository,
    private readonly ledger: ChangeLedger,
  ) {}

  async insertServiceLogs(
    caller: Principal,
    em: EntityManager,
    batch: ImportBatchRef,
    rows: ImportedServiceLog[],
    now: Date,
  ): Promise<void> {
    for (const code of new Set(rows.map((r) => r.regionCode))) assertInJurisdiction(caller, code);
    const logs: ServiceLog[] = rows.map((r) => ({
      id: randomUUID(),
      ...r,
      shiftId: null,
      appointmentId: null,
      followUp: false,
      followedUpAt: null,
      recordedBy: caller.id,
      createdAt: now,
      updatedAt: now,
      voidedAt: null,
      voidReason: null,
      voidedBy: null,
      source: 'import',
      importId: batch.importId,
      residentPhoneEnc: null,
      residentPhoneIndex: null,
      residentPhoneMasked: null,
    }));
    await this.logs.insertMany(logs, em);
    await this.ledger.recordBatch(
      em,
      SERVICE_LOG,
      logs.map((after) => ({ action: 'import', before: null, after })),
      this.summary('import', batch),
    );
  }

  /** Voids every live entry of the import (entries voided one by one before stay as they are). */
  async voidServiceLogs(
    caller: Principal,
    em: EntityManager,
    batch: ImportBatchRef,
    reason: string,
    now: Date,
  ): Promise<number> {
    const live = await this.logs.findLiveOfImportForUpdate(batch.importId, em);
    const voided = { voidedAt: now, voidReason: reason, voidedBy: caller.id, updatedAt: now };
    await this.logs.voidOfImport(batch.importId, voided, em);
    await this.ledger.recordBatch(
      em,
      SERVICE_LOG,
      live.map((before) => ({ action: 'void', before, after: { ...before, ...voided } })),
      this.summary('import.withdraw', batch),
    );
    return live.length;
  }

  async insertWorkshops(
    caller: Principal,
    em: EntityManager,
    batch: ImportBatchRef,
    rows: ImportedWorkshop[],
    now: Date,
  ): Promise<void> {
    for (const code of new Set(rows.map((r) => r.regionCode))) assertInJurisdiction(caller, code);
    const workshops: Workshop[] = rows.map((r) => ({
      id: randomUUID(),
      ...r,
      recordedBy: caller.id,
      createdAt: now,
      updatedAt: now,
      voidedAt: null,
      voidReason: null,
      voidedBy: null,
      source: 'import',
      importId: batch.importId,
    }));
    await this.workshops.insertMany(workshops, em);
    await this.ledger.recordBatch(
      em,
      WORKSHOP,
      workshops.map((after) => ({ action: 'import', before: null, after })),
      this.summary('import', batch),
    );
  }

  async voidWorkshops(
    caller: Principal,
    em: EntityManager,
    batch: ImportBatchRef,
    reason: string,
    now: Date,
  ): Promise<number> {
    const live = await this.workshops.findLiveOfImportForUpdate(batch.importId, em);
    const voided = { voidedAt: now, voidReason: reason, voidedBy: caller.id, updatedAt: now };
    await this.workshops.voidOfImport(batch.importId, voided, em);
    await this.ledger.recordBatch(
      em,
      WORKSHOP,
      live.map((before) => ({ action: 'void', before, after: { ...before, ...voided } })),
      this.summary('import.withdraw', batch),
    );
    return live.length;
  }

  private summary(action: string, batch: ImportBatchRef) {
    return {
      action,
      entityType: 'import_batch',
      entityId: batch.importId,
      regionCode: batch.regionCode,
      note: batch.note,
    };
  }
}
