import { defineRecordKind } from '@app/audit';
import type { DutyShift } from './duty-shift.entity';

/**
 * Every change of one duty shift goes through the change ledger as this kind: its creation, its
 * cancellation, a swap to another lawyer, and its standing on a day a calendar change made a day off.
 * Bookings and the duty-day counts (坐诊) subscribe to it.
 */
export const DUTY_SHIFT = defineRecordKind<DutyShift>('duty_shift', { counted: true });
