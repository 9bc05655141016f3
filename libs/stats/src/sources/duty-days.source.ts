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
