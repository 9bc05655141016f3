import { Injectable, OnModuleInit } from '@nestjs/common';
import { ChangeLedger } from '@app/audit';
import { ATTENDANCE_EVENT, AttendanceService } from '@app/attendance';
import { DUTY_SHIFT } from '@app/roster';
import { StatsRollups } from '../rollups.service';
import { COUNTED_SOURCES } from './counted-sources';
import { DutyDaysSource } from './duty-days.source';

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
    for (const source of COUNTED_SOURCES)
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
