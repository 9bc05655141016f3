import { defineRecordKind } from '@app/audit';
import type { DutyShift } from '@app/roster';
import type { AttendanceEvent } from './attendance-event.entity';
import type { ShiftAbsence } from './shift-absence.entity';

/**
 * A sign-in, sign-out or correction as the change ledger carries it: the event, and the shift whose
 * sign-in it makes or unmakes (a sign-in taken as is, a correction of one, a late one accepted), else
 * null. The duty-day counts (坐诊) follow the latter.
 */
export interface AttendanceEventRecord {
  event: AttendanceEvent;
  signInOf: Pick<DutyShift, 'servicePointId' | 'date' | 'kind'> | null;
}

/** The trail keeps an event's action and its note, not where the lawyer stood. */
export const ATTENDANCE_EVENT = defineRecordKind<AttendanceEventRecord>('attendance_event', {
  counted: true,
  auditView: () => null,
  identify: (r) => ({ id: r.event.id, regionCode: r.event.regionCode }),
});

/** A window shift's absence: found by the watch (`create`), taken over by the standby (`accept`). */
export const SHIFT_ABSENCE = defineRecordKind<ShiftAbsence>('shift_absence', { counted: false });
