import { Injectable, OnModuleInit } from '@nestjs/common';
import { ChangeLedger } from '@app/audit';
import { ATTENDANCE_EVENT, AttendanceService } from '@app/attendance';
import { DUTY_SHIFT } from '@app/roster';
import { StatsRollups } from '../rollups.service';
import { appointmentsSource } from './appointments.source';
import { DutyDaysSource } from './duty-days.source';
import { legalAidSource } from './legal-aid.source';
import { serviceLogsSource } from './service-logs.source';
import type { StatsSource } from './stats-source';
import { workshopsSource } from './workshops.source';

/** Every source of the statistics, one file each; the counters move with each change, in its transaction. */
const SOURCES = [
  serviceLogsSource,
  workshopsSource,
  appointmentsSource,
  legalAidSource,
] as StatsSource<unknown>[];

/**
 * Subscribes the statistics to the change ledger: for each counted kind of record, the counters move
 * from the facts of the record before the change to those after, in the change's transaction.
 */
@Injectable()
export class StatsSources implements OnModuleInit {
  constructor(
    private readonly ledger: ChangeLedger,
    private readonly rollups: StatsRollups,
    private readonly attendance: AttendanceService,
  ) {}

  onModuleInit(): void {
    for (const source of SOURCES)
      this.ledger.subscribe(
        source.kind,
        async ({ before, after }, em) => {
          await this.rollups.apply(em, before ? source.facts(before) : [], after ? source.facts(after) : []);
        },
        { statistics: true },
      );
    const dutyDays = new DutyDaysSource(this.rollups, this.attendance);
    this.ledger.subscribe(ATTENDANCE_EVENT, dutyDays.onAttendance, { statistics: true });
    this.ledger.subscribe(DUTY_SHIFT, dutyDays.onShift, { statistics: true });
  }
}
