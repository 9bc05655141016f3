import { defineRecordKind } from '@app/audit';

/**
 * An appointment as the change ledger carries it: what the audit trail keeps and the statistics
 * count. The resident's own words (description, name) stay out of it.
 */
export interface AppointmentRecord {
  id: string;
  code: string;
  status: string;
  topic: string;
  servicePointId: string;
  regionCode: string;
  slotId: string;
  startsAt: Date;
  /** The lawyer of the slot's shift, who sees the resident. */
  lawyerId: string | null;
  rating: number | null;
  /** Where the rating came from (the app or the SMS link), null while not rated. */
  ratingSource: string | null;
}

export const APPOINTMENT = defineRecordKind<AppointmentRecord>('appointment', { counted: true });
