import { Injectable } from '@nestjs/common';
import { AttendanceService } from '@app/attendance';
import type { Caller } from '@app/core';
import type { Obligation } from '../obligations/obligation.entity';
import { ObligationsRepository } from '../obligations/obligations.repository';
import { type AttendedShift, delivery, type PublishedShift } from '../rules/delivery';
import { bindingObligations } from '../rules/obligation-rules';
import type { Period } from '../rules/periods';
import { quotaStatus, type QuotaStatus } from '../rules/quota-status';
import {
  type PeriodRange,
  type QuotaSubject,
  subjectKey,
  SupervisionRepository,
} from '../supervision.repository';

/** What the quotas are measured from, for the subjects over a range of days. */
export interface QuotaFacts {
  subjects: QuotaSubject[];
  obligations: Obligation[];
  /** Each subject's shifts as attendance evaluates them, with their status ('absent', …). */
  attended: Map<string, (AttendedShift & { status: string })[]>;
  logDays: Map<string, string[]>;
  published: Map<string, PublishedShift[]>;
}

export interface QuotaOutcome {
  obligation: Obligation;
  required: number;
  delivered: number;
  planned: number;
  status: QuotaStatus;
}

/** Gathers the facts quotas are measured from, and measures them (shared by the quotas and the assessment). */
@Injectable()
export class QuotaFactsService {
  constructor(
    private readonly reads: SupervisionRepository,
    private readonly obligations: ObligationsRepository,
    private readonly attendance: AttendanceService,
  ) {}

  async gather(
    caller: Caller,
    regionCode: string,
    range: PeriodRange,
    lawyerId?: string,
  ): Promise<QuotaFacts> {
    const subjects = await this.reads.subjects(caller, regionCode, range, lawyerId);
    const obligations = subjects.length ? await this.obligations.findInForceUnder(caller, regionCode) : [];
    const attended = new Map<string, (AttendedShift & { status: string })[]>();
    if (subjects.length) {
      // Sign-ins count here exactly as attendance evaluates them (voids, reviews and corrections included).
      const rows = await this.attendance.list(caller, {
        regionCode,
        from: range.from,
        to: range.to,
        lawyerId,
      });
      for (const r of rows) {
        const key = subjectKey(r.lawyerId, r.servicePointId);
        attended.set(key, [
          ...(attended.get(key) ?? []),
          {
            shiftId: r.shiftId,
            date: r.date,
            checkInAt: r.checkInAt ? new Date(r.checkInAt) : null,
            minutes: r.minutes,
            status: r.status,
          },
        ]);
      }
    }
    return {
      subjects,
      obligations,
      attended,
      logDays: subjects.length ? await this.reads.logDays(subjects, range) : new Map(),
      published: subjects.length ? await this.reads.publishedShifts(subjects, range) : new Map(),
    };
  }

  /** The obligations of a subject whose period is of `period`'s kind, measured over `period`. */
  measure(
    facts: QuotaFacts,
    subject: QuotaSubject,
    period: Period,
    lectures: number,
    now: Date,
    today: string,
  ): QuotaOutcome[] {
    const key = subjectKey(subject.lawyerId, subject.servicePointId);
    const binding = bindingObligations(facts.obligations, {
      regionCode: subject.regionCode,
      kind: subject.pointKind,
      isPilot: subject.isPilot,
    }).filter((o) => o.period === period.kind);
    return binding.map((obligation) => {
      const { delivered, planned } = delivery(obligation.measure, {
        period,
        now,
        attended: facts.attended.get(key) ?? [],
        logDays: facts.logDays.get(key) ?? [],
        lectures,
        published: facts.published.get(key) ?? [],
      });
      return {
        obligation,
        required: obligation.required,
        delivered,
        planned,
        status: quotaStatus({
          required: obligation.required,
          delivered,
          planned,
          periodOver: today > period.to,
        }),
      };
    });
  }
}
