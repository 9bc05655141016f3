import { Injectable } from '@nestjs/common';
import { assertInJurisdiction, businessDate, Clock, type Principal } from '@app/core';
import { RegionsService } from '@app/org';
import { QuotaFactsService } from '../quotas/quota-facts.service';
import { delivery } from '../rules/delivery';
import { parsePeriod, periodOf, periodsWithin } from '../rules/periods';
import { subjectKey, SupervisionRepository } from '../supervision.repository';
import { AssessmentWeightsRepository } from '../weights/assessment-weights.repository';
import {
  type AssessmentResponse,
  type AssessmentRow,
  SCORE_FIGURES,
  type ServicesByType,
} from './dto/assessment.dto';

const SERVICE_TYPES: (keyof ServicesByType)[] = [
  'consultation',
  'document_drafting',
  'legal_aid',
  'mediation',
  'village_affairs',
  'contract_review',
  'grid_guidance',
];

/** A county's weighted score of a row: Σ weight × figure (services: all entries), two decimals. */
export function weightedScore(row: Omit<AssessmentRow, 'score'>, weights: Record<string, number>): number {
  let score = 0;
  for (const figure of SCORE_FIGURES) {
    const w = weights[figure];
    if (!w) continue;
    const value =
      figure === 'services'
        ? Object.values(row.services).reduce((a, b) => a + b, 0)
        : figure === 'ratingAverage'
          ? (row.ratingAverage ?? 0)
          : row[figure];
    score += w * value;
  }
  return Math.round(score * 100) / 100;
}

/**
 * The advisor's quarterly assessment (考核): per advisor and village, service days and hours from
 * sign-ins, services by type from the work log, lectures, ratings, obligations met and absences, the
 * same figures the quotas measure; with a score only where the county set weights.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly facts: QuotaFactsService,
    private readonly reads: SupervisionRepository,
    private readonly regions: RegionsService,
    private readonly weights: AssessmentWeightsRepository,
    private readonly clock: Clock,
  ) {}

  async assess(caller: Principal, regionCode: string, quarterKey?: string): Promise<AssessmentResponse> {
    assertInJurisdiction(caller, regionCode);
    const region = await this.regions.getByCode(regionCode);
    const now = this.clock.now();
    const today = businessDate(now);
    const quarter = quarterKey ? parsePeriod(quarterKey)! : periodOf('quarter', today);
    const kinds = ['month', 'quarter', 'iso_week'] as const;
    const periods = kinds.flatMap((k) => periodsWithin(k, quarter.from, quarter.to));
    // Weeks at the quarter's edges reach into the months around it.
    const range = {
      from: periods.reduce((m, p) => (p.from < m ? p.from : m), quarter.from),
      to: periods.reduce((m, p) => (p.to > m ? p.to : m), quarter.to),
    };
    const facts = await this.facts.gather(caller, regionCode, range);
    const subjects = facts.subjects.filter((s) => s.pointKind === 'village_point');
    const [services, lectures, ratings, weights] = await Promise.all([
      this.reads.servicesByType(subjects, quarter),
      this.reads.lectures(subjects, quarter),
      this.reads.ratings(subjects, quarter),
      this.weights.weightsOf(regionCode.slice(0, 6)),
    ]);

    const items = subjects.map((s): AssessmentRow => {
      const key = subjectKey(s.lawyerId, s.servicePointId);
      const attended = (facts.attended.get(key) ?? []).filter(
        (a) => a.date >= quarter.from && a.date <= quarter.to,
      );
      const base = {
        period: quarter,
        now,
        attended,
        logDays: facts.logDays.get(key) ?? [],
        lectures: lectures.get(key) ?? 0,
        published: [],
      };
      let met = 0;
      let due = 0;
      for (const p of periods) {
        if (p.from > today) continue;
        for (const o of this.facts.measure(facts, s, p, lectures.get(key) ?? 0, now, today)) {
          if (o.status === 'met') met++;
          if (o.status === 'met' || o.status === 'missed') due++;
        }
      }
      const byType = Object.fromEntries(SERVICE_TYPES.map((t) => [t, 0])) as unknown as ServicesByType;
      let people = 0;
      for (const row of services.get(key) ?? []) {
        byType[row.type as keyof ServicesByType] = row.entries;
        if (row.type === 'consultation') people = row.people;
      }
      const rating = ratings.get(key);
      const row = {
        lawyerId: s.lawyerId,
        lawyerName: s.lawyerName,
        regionCode: s.regionCode,
        regionName: s.regionName,
        servicePointId: s.servicePointId,
        pointName: s.pointName,
        serviceDays: delivery('service_days', base).delivered,
        serviceHours: delivery('service_hours', base).delivered,
        services: byType,
        consultationPeople: people,
        lectures: lectures.get(key) ?? 0,
        ratings: rating?.count ?? 0,
        ratingAverage: rating ? Math.round((rating.sum / rating.count) * 100) / 100 : null,
        obligationsMet: met,
        obligationsDue: due,
        absences: attended.filter((a) => a.status === 'absent').length,
      };
      return { ...row, score: weights ? weightedScore(row, weights) : null };
    });
    return {
      regionCode,
      regionName: region.name,
      quarter: quarter.key,
      from: quarter.from,
      to: quarter.to,
      asOf: now.toISOString(),
      weights,
      items,
    };
  }
}
