import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { type StatFact, StatsRollups } from '@app/stats';

/** A kind of work-log record as the ledger writes it: its audit name, its statistics, its audited fields. */
export interface LedgerKind<T> {
  entityType: string;
  facts: (record: T) => StatFact[];
}

/** The fields of a record as the audit trail keeps them (the trail adds when and by whom). */
function auditView<T extends object>(record: T): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...fields } = record as T & { createdAt?: Date; updatedAt?: Date };
  return fields;
}

/**
 * Every change of a work-log record lands the same way, in the change's own transaction: the
 * statistics move from the record's facts before to its facts after (a voided record has none), and
 * the audit trail records the change with its before/after diff.
 */
@Injectable()
export class WorklogLedger {
  constructor(
    private readonly rollups: StatsRollups,
    private readonly audit: AuditService,
  ) {}

  async record<T extends { id: string; regionCode: string }>(
    em: EntityManager,
    kind: LedgerKind<T>,
    change: { action: string; before: T | null; after: T; note?: Record<string, unknown> },
  ): Promise<void> {
    const { action, before, after, note } = change;
    await this.rollups.apply(em, before ? kind.facts(before) : [], kind.facts(after));
    await this.audit.record(em, {
      action,
      entityType: kind.entityType,
      entityId: after.id,
      regionCode: after.regionCode,
      before: before && auditView(before),
      after: auditView(after),
      note,
    });
  }
}
