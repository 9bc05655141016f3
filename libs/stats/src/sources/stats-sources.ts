import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChangeLedger } from '@app/audit';
import { ATTENDANCE_EVENT, AttendanceService } from '@app/attendance';
import { DUTY_SHIFT } from '@app/roster';
import { PeriodsService } from '../periods/periods.service';
import { StatsRollups } from '../rollups.service';
import { COUNTED_SOURCES } from './counted-sources';
import { DutyDaysSource } from './duty-days.source';
import type { StatFact } from './stat-fact';

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
    private readonly periods: PeriodsService,
  ) {}

  /** The facts each open transaction has moved so far, applied in one statement just before it commits. */
  private readonly moved = new WeakMap<EntityManager, { before: StatFact[]; after: StatFact[] }>();

  onModuleInit(): void {
    for (const source of COUNTED_SOURCES)
      this.ledger.subscribe(
        source.kind,
        async ({ before, after }, em) => {
          const moved = this.movedIn(em);
          if (before) moved.before.push(...source.facts(before));
          if (after) moved.after.push(...source.facts(after));
        },
        { statistics: true },
      );
    // After the counters' own subscriptions: an amendment of a closed month reads the figures once they moved.
    for (const source of COUNTED_SOURCES)
      this.ledger.subscribe(source.kind, (change, em) => this.periods.onChange(source, change, em));
    const dutyDays = new DutyDaysSource(this.rollups, this.attendance);
    this.ledger.subscribe(ATTENDANCE_EVENT, dutyDays.onAttendance, { statistics: true });
    this.ledger.subscribe(DUTY_SHIFT, dutyDays.onShift, { statistics: true });
  }

  /**
   * The counters move as the last statement before the commit: the rows they lock (a county's month
   * is one row every booking of the county writes) are held for the commit alone, not across the
   * rest of the transaction's round trips.
   */
  private movedIn(em: EntityManager): { before: StatFact[]; after: StatFact[] } {
    let moved = this.moved.get(em);
    if (!moved) {
      const facts = { before: [] as StatFact[], after: [] as StatFact[] };
      this.moved.set(em, facts);
      this.ledger.beforeCommit(em, () => this.rollups.apply(em, facts.before, facts.after));
      moved = facts;
    }
    return moved;
  }
}
