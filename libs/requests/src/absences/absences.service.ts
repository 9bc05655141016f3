import { Inject, Injectable } from '@nestjs/common';
import { ChangeLedger } from '@app/audit';
import { ShiftAbsencesService, type ShiftAbsence } from '@app/attendance';
import {
  AppError,
  APP_CONFIG,
  type AppConfig,
  businessTimeOfDay,
  type Caller,
  Clock,
  type Principal,
  type SystemCaller,
} from '@app/core';
import { ServicePointsService, StaffService } from '@app/org';
import { type DutyShift, DutyShiftsService, UnavailabilityService } from '@app/roster';
import { NoticesService } from '../notices/notices.service';
import { RequestsErrors } from '../requests.errors';

/** The township a shift's region lies in (its first 9 digits). */
const townshipOf = (regionCode: string) => regionCode.slice(0, 9);

/**
 * The absence watch (issue 19): a published window shift whose lawyer has not signed in by its start
 * plus ATTENDANCE_GRACE_MINUTES is recorded as an absence once, and the township's official and its
 * standby lawyer of the day each get one SMS (and a notice). The standby is the township's on-call
 * lawyer of the day (an `on_call` shift); without one, the next lawyer of the township's advisor group
 * after the absent one in login-name order (a rotation that starts again at the top) who is neither on
 * leave nor on another shift then. The standby's acceptance hands them the shift through the roster's
 * audited swap (their on-call shift, which would overlap it, ends), and booking tells the residents.
 */
@Injectable()
export class AbsencesService {
  constructor(
    private readonly absences: ShiftAbsencesService,
    private readonly shifts: DutyShiftsService,
    private readonly leave: UnavailabilityService,
    private readonly staff: StaffService,
    private readonly points: ServicePointsService,
    private readonly notices: NoticesService,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One pass of the watch (every minute); answers how many absences it recorded. Running twice tells nobody twice. */
  async watch(system: SystemCaller): Promise<{ absences: number }> {
    const now = this.clock.now();
    const grace = this.config.attendance.graceMinutes * 60_000;
    const due = await this.shifts.windowShiftsBegunBy(this.clock.today(), new Date(now.getTime() - grace));
    let recorded = 0;
    for (const shift of await this.absences.unattended(due)) {
      if (await this.report(system, shift)) recorded += 1;
    }
    return { absences: recorded };
  }

  private async report(system: SystemCaller, shift: DutyShift): Promise<boolean> {
    const township = townshipOf(shift.regionCode);
    const [official] = await this.staff.activeOfficialsOf(township);
    const standby = await this.standbyFor(system, shift);
    const point = await this.points.findByIdUnscoped(shift.servicePointId);
    const names = await this.staff.namesOf([shift.lawyerId, ...(standby ? [standby.lawyerId] : [])]);
    const time = `${shift.date.slice(5)} ${businessTimeOfDay(shift.startsAt)}`;
    const pointName = point?.name ?? '';
    return this.ledger.transaction(async (em) => {
      const absence = await this.absences.record(em, {
        shiftId: shift.id,
        lawyerId: shift.lawyerId,
        regionCode: shift.regionCode,
        date: shift.date,
        detectedAt: this.clock.now(),
        standbyLawyerId: standby?.lawyerId ?? null,
        standbySource: standby?.source ?? null,
        officialId: official?.id ?? null,
      });
      if (!absence) return false;
      const standbyName = standby ? (names.get(standby.lawyerId) ?? '') : '（无可用备班）';
      const lawyerName = names.get(shift.lawyerId) ?? '';
      if (official) {
        const after = await this.notices.give(em, {
          staffId: official.id,
          regionCode: township,
          kind: 'absence',
          subjectId: absence.id,
          text: `${pointName}${time}的值班人员${lawyerName}未按时签到，已通知备班${standbyName}。`,
          urgentSms: {
            template: 'absence_official',
            params: { point: pointName, time, lawyer: lawyerName, standby: standbyName },
          },
        });
        if (after) this.ledger.afterCommit(em, after);
      }
      if (standby) {
        const after = await this.notices.give(em, {
          staffId: standby.lawyerId,
          regionCode: township,
          kind: 'absence',
          subjectId: absence.id,
          text: `${pointName}${time}的值班人员未按时签到，请在“缺岗顶班”中确认接班。`,
          urgentSms: { template: 'absence_standby', params: { point: pointName, time } },
        });
        if (after) this.ledger.afterCommit(em, after);
      }
      return true;
    });
  }

  /** The on-call lawyer of the township that day, else the next free one of its advisor group in rotation. */
  private async standbyFor(
    system: SystemCaller,
    shift: DutyShift,
  ): Promise<{ lawyerId: string; source: 'on_call' | 'rotation' } | null> {
    const township = townshipOf(shift.regionCode);
    const onCall = (await this.shifts.onCallOn(township, shift.date)).find(
      (s) => s.lawyerId !== shift.lawyerId,
    );
    if (onCall) return { lawyerId: onCall.lawyerId, source: 'on_call' };
    const group = (await this.staff.activeLawyersUnder(township)).filter((l) => l.regionCode === township);
    const at = group.findIndex((l) => l.id === shift.lawyerId);
    const rotation = [...group.slice(at + 1), ...group.slice(0, Math.max(at, 0))].filter(
      (l) => l.id !== shift.lawyerId,
    );
    for (const lawyer of rotation) {
      if (await this.leave.isOnLeave(lawyer.id, shift.startsAt, shift.endsAt)) continue;
      const busy = (
        await this.shifts.plannedShifts(system, { lawyerId: lawyer.id, from: shift.date, to: shift.date })
      ).some((s) => s.startsAt < shift.endsAt && s.endsAt > shift.startsAt);
      if (!busy) return { lawyerId: lawyer.id, source: 'rotation' };
    }
    return null;
  }

  /** The standby takes the shift: the roster's swap, in the same transaction as the acceptance. */
  accept(caller: Principal, id: string): Promise<ShiftAbsence> {
    return this.ledger.transaction(async (em) => {
      const absence = await this.absences.lock(caller, id, em);
      if (absence.standbyLawyerId !== caller.id)
        throw new AppError(
          RequestsErrors.NOT_YOUR_STANDBY,
          'Only the standby lawyer called takes this shift',
        );
      if (absence.acceptedAt)
        throw new AppError(RequestsErrors.ABSENCE_ALREADY_ACCEPTED, 'The shift was already taken over');
      if (absence.standbySource === 'on_call') {
        // Their on-call duty becomes the window duty: the on-call shift would overlap it.
        const onCall = (await this.shifts.onCallOn(townshipOf(absence.regionCode), absence.date)).find(
          (s) => s.lawyerId === caller.id,
        );
        if (onCall) await this.shifts.cancel(caller, onCall.id, '顶班：接替缺岗的窗口值班', em);
      }
      await this.shifts.swap(caller, absence.shiftId, caller.id, { em, note: { absenceId: absence.id } });
      return this.absences.accepted(em, absence, caller.id, this.clock.now());
    });
  }

  list(caller: Caller, f: { from: string; to: string; standbyLawyerId?: string }): Promise<ShiftAbsence[]> {
    return this.absences.list(caller, f);
  }
}
