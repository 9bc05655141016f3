import { Injectable } from '@nestjs/common';
import {
  assertInJurisdiction,
  businessDate,
  Clock,
  hasRole,
  type Principal,
  ValidationFailedException,
} from '@app/core';
import { parsePeriod, periodOf } from '../rules/periods';
import { subjectKey, SupervisionRepository } from '../supervision.repository';
import type { QuotaItem, QuotasQuery, QuotasResponse } from './dto/quota.dto';
import { QuotaFactsService } from './quota-facts.service';

const STATUS_ORDER = { at_risk: 0, missed: 1, on_track: 2, met: 3 };

/**
 * Live quotas: per village (or centre) and advisor, what each binding obligation requires in a
 * period, what real sign-ins, logs and lectures have delivered so far, what published shifts still
 * plan, and whether it is met, on track, at risk or missed — before the month ends, not after.
 */
@Injectable()
export class QuotasService {
  constructor(
    private readonly facts: QuotaFactsService,
    private readonly reads: SupervisionRepository,
    private readonly clock: Clock,
  ) {}

  async quotas(caller: Principal, q: QuotasQuery): Promise<QuotasResponse> {
    const now = this.clock.now();
    const today = businessDate(now);
    const period = q.period ? parsePeriod(q.period) : periodOf('month', today);
    if (!period)
      throw new ValidationFailedException({ period: ['names no such month, quarter or ISO week'] });
    const regionCode = q.regionCode ?? caller.regionCode;
    if (!regionCode) throw new ValidationFailedException({ regionCode: ['is required'] });
    assertInJurisdiction(caller, regionCode);
    // A lawyer sees their own quotas only.
    const lawyerId = hasRole(caller, 'official', 'admin') ? q.lawyerId : caller.id;

    const facts = await this.facts.gather(caller, regionCode, period, lawyerId);
    const lectures =
      period.kind === 'quarter' && facts.subjects.length
        ? await this.reads.lectures(facts.subjects, period)
        : new Map<string, number>();
    const items: QuotaItem[] = [];
    for (const s of facts.subjects) {
      for (const o of this.facts.measure(
        facts,
        s,
        period,
        lectures.get(subjectKey(s.lawyerId, s.servicePointId)) ?? 0,
        now,
        today,
      )) {
        if (q.status && o.status !== q.status) continue;
        items.push({
          regionCode: s.regionCode,
          regionName: s.regionName,
          servicePointId: s.servicePointId,
          pointName: s.pointName,
          pointKind: s.pointKind,
          lawyerId: s.lawyerId,
          lawyerName: s.lawyerName,
          obligationId: o.obligation.id,
          obligation: o.obligation.measure,
          period: period.key,
          required: o.required,
          delivered: o.delivered,
          planned: o.planned,
          status: o.status,
        });
      }
    }
    items.sort(
      (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.regionCode.localeCompare(b.regionCode),
    );
    return {
      regionCode,
      period: period.key,
      periodKind: period.kind,
      from: period.from,
      to: period.to,
      asOf: now.toISOString(),
      items,
    };
  }
}
