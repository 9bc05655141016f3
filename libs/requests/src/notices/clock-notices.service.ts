import { Injectable } from '@nestjs/common';
import { ChangeLedger } from '@app/audit';
import { addDays, Clock } from '@app/core';
import { LegalAidCasesService } from '@app/legal-aid';
import { StaffService } from '@app/org';
import { NoticesService } from './notices.service';

const CLOCK_NAMES = { decision: '审查决定', assignment: '指派律师' } as const;

/**
 * A day before a legal-aid case's statutory clock runs out (decide within 7 working days of the
 * application, assign within 3 of acceptance), the officials of the place that took the case in and
 * the case's lawyer, if it has one, are told. Once per case, clock and due day.
 */
@Injectable()
export class ClockNoticesService {
  constructor(
    private readonly cases: LegalAidCasesService,
    private readonly staff: StaffService,
    private readonly notices: NoticesService,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
  ) {}

  /** The daily pass; answers how many cases' clocks run out tomorrow. */
  async remind(): Promise<{ cases: number }> {
    const due = addDays(this.clock.today(), 1);
    const cases = await this.cases.clocksDueOn(due);
    for (const c of cases) {
      const governing = c.regionCode.length >= 9 ? c.regionCode.slice(0, 9) : c.regionCode.slice(0, 6);
      const officials = await this.staff.activeOfficialsOf(governing);
      const to = [...officials.map((o) => o.id), ...(c.lawyerId ? [c.lawyerId] : [])];
      const text = `法律援助案件${c.caseNo}的${CLOCK_NAMES[c.clock]}期限将于${c.due}届满，请及时办理。`;
      await this.ledger.transaction(async (em) => {
        for (const staffId of to) {
          const after = await this.notices.give(em, {
            staffId,
            regionCode: c.regionCode,
            kind: 'legal_aid_clock',
            subjectId: `${c.id}:${c.clock}:${c.due}`,
            text,
          });
          if (after) this.ledger.afterCommit(em, after);
        }
      });
    }
    return { cases: cases.length };
  }
}
