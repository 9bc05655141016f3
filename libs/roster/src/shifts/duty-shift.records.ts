import { defineRecordKind } from '@app/audit';
import type { DutyShift } from './duty-shift.entity';

/**
 * Every change of one duty shift goes through the change ledger as this kind: its creation, its
 * cancellation, a swap to another lawyer, and its standing on a day a calendar change made a day off.
 * Bookings and the duty-day counts (坐诊) subscribe to it.
 */
export const DUTY_SHIFT = defineRecordKind<DutyShift>('duty_shift', { counted: true });

/**
 * The publication of a region's roster for a period: the shifts it made public (residents can book
 * them from then on; booking makes their slots). Filed in the audit trail under `duty_shift`, with
 * the period and the count as its note, not the shifts themselves.
 */
export interface RosterPublication {
  regionCode: string;
  from: string;
  to: string;
  shifts: DutyShift[];
}

export const ROSTER_PUBLICATION = defineRecordKind<RosterPublication>('roster_publication', {
  counted: false,
  entityType: 'duty_shift',
  auditView: () => null,
  identify: (p) => ({ id: null, regionCode: p.regionCode }),
});
