import { EntityManager } from 'typeorm';
import type { Change } from '@app/audit';
import type { AttendanceEventRecord, AttendanceService } from '@app/attendance';
import type { DutyShift } from '@app/roster';
import type { StatsRollups } from '../rollups.service';
import type { PointDay } from './duty-day-facts';

type ShiftPlace = Pick<DutyShift, 'servicePointId' | 'date' | 'kind'>;

const windowDay = (s: ShiftPlace | null): PointDay[] =>
  s?.kind === 'window' ? [{ servicePointId: s.servicePointId, day: s.date }] : [];

/**
 * 坐诊 (window duty days): not a sum over records — two lawyers signing in at one window still make
 * one day — so a change that may move a point-day (a sign-in that counts or stops counting, a window
 * shift cancelled, handed to another lawyer or moved) refreshes the counters of its point-days from
 * who is signed in there now, as attendance answers it.
 */
export class DutyDaysSource {
  constructor(
    private readonly rollups: StatsRollups,
    private readonly attendance: AttendanceService,
  ) {}

  readonly onAttendance = (change: Change<AttendanceEventRecord>, em: EntityManager): Promise<void> =>
    this.refresh(windowDay(change.after?.signInOf ?? null), em);

  /** A new shift has no sign-ins yet; a change of its lawyer, status, point or day may move a duty day. */
  readonly onShift = (change: Change<DutyShift>, em: EntityManager): Promise<void> => {
    const { before, after } = change;
    if (!before || !after) return Promise.resolve();
    const moved =
      before.status !== after.status ||
      before.lawyerId !== after.lawyerId ||
      before.servicePointId !== after.servicePointId ||
      before.date !== after.date;
    return moved ? this.refresh([...windowDay(before), ...windowDay(after)], em) : Promise.resolve();
  };

  private async refresh(pointDays: PointDay[], em: EntityManager): Promise<void> {
    if (!pointDays.length) return;
    await this.rollups.refreshDutyDays(em, pointDays, (keys) => this.attendance.windowSittings(keys, em));
  }
}

/**
 * 坐诊 recounted from the raw tables: a window shift whose own lawyer has a sign-in for it that no
 * void cancels (a late one only once accepted); the day once per point, and once per lawyer.
 */
export const DUTY_DAYS_RECOUNT = `
  WITH duty AS (
    SELECT DISTINCT s.region_code, s.date, s.service_point_id, s.lawyer_id
      FROM duty_shift s
      JOIN attendance_event e ON e.shift_id = s.id AND e.type = 'check_in' AND e.lawyer_id = s.lawyer_id
     WHERE s.kind = 'window' AND s.status = 'planned'
       AND NOT EXISTS (SELECT 1 FROM attendance_event v WHERE v.voids_event_id = e.id)
       -- A sign-in sent too late for its time to be taken counts only once an official accepted it.
       AND (e.status <> 'pending_review'
            OR EXISTS (SELECT 1 FROM attendance_event a WHERE a.reviews_event_id = e.id AND a.type = 'accept'))
       AND s.region_code >= $1 AND s.region_code < $2 AND s.date >= $3 AND s.date <= $4
  )
  SELECT region_code, date, service_point_id, NULL, NULL, 'dutyDays', 1
    FROM duty GROUP BY region_code, date, service_point_id
  UNION ALL
  SELECT region_code, date, service_point_id, lawyer_id, NULL, 'lawyerDutyDays', 1
    FROM duty`;
