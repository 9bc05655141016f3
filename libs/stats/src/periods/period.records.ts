import { defineRecordKind } from '@app/audit';

/** A township's closed month as the audit trail sees it (the figures stay in `period_version`). */
export interface PeriodRecord {
  id: string;
  regionCode: string;
  /** `YYYY-MM`. */
  month: string;
  status: 'closed' | 'zero';
  version: number;
  closedAt: Date;
  closedBy: string;
  amendedAt: Date | null;
}

/** Month-end closes and their amendments, in the audit trail (not counted). */
export const PERIOD = defineRecordKind<PeriodRecord>('period', { counted: false });
