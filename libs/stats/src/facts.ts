import { businessDate } from '@app/core';
import {
  type CounterKey,
  type RollupMetric,
  type ServiceLogType,
  type Topic,
  TOPICS,
  type WorkshopKind,
} from './metrics';

/**
 * What one record adds to the statistics: counters on one business day (Asia/Shanghai), at one
 * service point, for one lawyer (or none) and one topic (or none). A record gives zero or more facts;
 * an edit is "remove the facts of before, add the facts of after", so every source maps its rows
 * through the functions below and nowhere else decides what counts.
 */
export interface StatFact {
  day: string;
  servicePointId: string;
  /** The service point's region code (a village's 12 digits, a township centre's 9). */
  regionCode: string;
  lawyerId: string | null;
  topic: Topic | null;
  values: Partial<Record<RollupMetric, number>>;
}

/** A service log as the statistics see it. Amounts in fen. */
export interface ServiceLogFacts {
  occurredAt: Date;
  servicePointId: string;
  regionCode: string;
  lawyerId: string;
  type: ServiceLogType;
  topic: Topic;
  peopleCount: number;
  resolved: boolean | null;
  amountInvolvedFen: number | null;
  contractAmountFen: number | null;
  voided: boolean;
}

export function serviceLogFacts(log: ServiceLogFacts | null): StatFact[] {
  if (!log || log.voided) return [];
  const values: Partial<Record<CounterKey, number>> = {};
  switch (log.type) {
    case 'consultation':
      values.consultations = log.peopleCount;
      break;
    case 'document_drafting':
      values.documentsDrafted = 1;
      break;
    case 'legal_aid':
      values.legalAidReferrals = 1;
      break;
    case 'mediation':
      values.mediations = 1;
      values.mediationsResolved = log.resolved ? 1 : 0;
      values.mediationAmount = log.amountInvolvedFen ?? 0;
      break;
    case 'village_affairs':
      values.villageAffairs = 1;
      break;
    case 'contract_review':
      values.contractsReviewed = 1;
      values.contractAmount = log.contractAmountFen ?? 0;
      break;
    case 'grid_guidance':
      values.gridGuidance = 1;
      break;
  }
  return [
    {
      day: businessDate(log.occurredAt),
      servicePointId: log.servicePointId,
      regionCode: log.regionCode,
      lawyerId: log.lawyerId,
      topic: log.topic,
      values,
    },
  ];
}

/** A workshop (lecture, publicity event, training) as the statistics see it. */
export interface WorkshopFacts {
  heldAt: Date;
  servicePointId: string;
  regionCode: string;
  lecturerId: string | null;
  kind: WorkshopKind;
  audienceCount: number;
  voided: boolean;
}

export function workshopFacts(w: WorkshopFacts | null): StatFact[] {
  if (!w || w.voided) return [];
  return [
    {
      day: businessDate(w.heldAt),
      servicePointId: w.servicePointId,
      regionCode: w.regionCode,
      lawyerId: w.lecturerId,
      topic: null,
      values: { workshops: 1, lectures: w.kind === 'lecture' ? 1 : 0, workshopAudience: w.audienceCount },
    },
  ];
}

/**
 * A legal-aid case as the statistics see it: counted once accepted, on the decision's day at the
 * service point that took it in; the amount recovered on the closing day. `lawyerId` is the lawyer
 * assigned (null until assigned), so a reassignment moves the case in the per-lawyer breakdown.
 */
export interface LegalAidFacts {
  servicePointId: string;
  regionCode: string;
  lawyerId: string | null;
  acceptedAt: Date | null;
  closedAt: Date | null;
  amountRecoveredFen: number | null;
}

export function legalAidFacts(c: LegalAidFacts | null): StatFact[] {
  if (!c) return [];
  const facts: StatFact[] = [];
  const at = (instant: Date, values: StatFact['values']): StatFact => ({
    day: businessDate(instant),
    servicePointId: c.servicePointId,
    regionCode: c.regionCode,
    lawyerId: c.lawyerId,
    topic: null,
    values,
  });
  if (c.acceptedAt) facts.push(at(c.acceptedAt, { legalAidCases: 1 }));
  if (c.closedAt && c.amountRecoveredFen)
    facts.push(at(c.closedAt, { legalAidRecovered: c.amountRecoveredFen }));
  return facts;
}

/** The statuses of an appointment that count as booked (not cancelled, not waiting to be moved). */
export const COUNTED_APPOINTMENT_STATUSES = ['booked', 'arrived', 'completed', 'no_show'] as const;

/**
 * An appointment as the statistics see it: counted on its slot's business day at its service point,
 * for the lawyer of its shift, unless cancelled or waiting to be moved (its shift was cancelled).
 */
export interface AppointmentFacts {
  startsAt: Date;
  servicePointId: string;
  regionCode: string;
  lawyerId: string | null;
  topic: string;
  status: string;
  rating: number | null;
}

export function appointmentFacts(a: AppointmentFacts | null): StatFact[] {
  if (!a || !(COUNTED_APPOINTMENT_STATUSES as readonly string[]).includes(a.status)) return [];
  const values: Partial<Record<CounterKey, number>> = {
    appointments: 1,
    appointmentsCompleted: a.status === 'completed' ? 1 : 0,
    noShows: a.status === 'no_show' ? 1 : 0,
    ratings: a.rating !== null ? 1 : 0,
    ratingsSatisfied: a.rating !== null && a.rating >= 4 ? 1 : 0,
  };
  return [
    {
      day: businessDate(a.startsAt),
      servicePointId: a.servicePointId,
      regionCode: a.regionCode,
      lawyerId: a.lawyerId,
      topic: (TOPICS as readonly string[]).includes(a.topic) ? (a.topic as Topic) : null,
      values,
    },
  ];
}

/**
 * One service point's window duty on one business day (坐诊): the lawyers who signed in (live, not
 * voided) for a planned window shift of theirs there. The day counts once for the point however many
 * lawyers signed in, and once for each of those lawyers.
 */
export interface DutyDayFacts {
  day: string;
  servicePointId: string;
  regionCode: string;
  lawyerIds: string[];
}

export function dutyDayFacts(d: DutyDayFacts | null): StatFact[] {
  if (!d || !d.lawyerIds.length) return [];
  const at = (lawyerId: string | null, values: StatFact['values']): StatFact => ({
    day: d.day,
    servicePointId: d.servicePointId,
    regionCode: d.regionCode,
    lawyerId,
    topic: null,
    values,
  });
  return [
    at(null, { dutyDays: 1 }),
    ...[...new Set(d.lawyerIds)].sort().map((id) => at(id, { lawyerDutyDays: 1 })),
  ];
}
