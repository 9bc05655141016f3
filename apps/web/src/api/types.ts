// The shapes of the API's answers the web app reads: aliases of the types generated from the API's
// OpenAPI document (schema.d.ts, `npm run api:types`), never copied by hand. The vocabularies the
// pages list (topics, types, statuses) stay here as values, checked against the document's enums.
import type { components } from './schema';

type Schemas = components['schemas'];

export type Role = 'resident' | 'lawyer' | 'official' | 'admin' | 'auditor';

export type AuthUser = Omit<Schemas['AuthUser'], 'roles'> & { roles: Role[] };
export type TokenPair = Omit<Schemas['TokenPairResponse'], 'user'> & { user: AuthUser };
export type Region = Schemas['RegionResponse'] & {
  level: 'province' | 'city' | 'county' | 'township' | 'village';
};
export type OpeningPeriod = Schemas['OpeningPeriodDto'];
export type ServicePointKind = Schemas['ServicePointResponse']['kind'];
export type ShiftKind = Schemas['ShiftResponse']['kind'];
export type DutySummary = Schemas['DutySummary'];
export type LatLng = Schemas['LatLngResponse'];
/** The coordinate systems the API takes a location in (`coordSystem`); it answers in WGS-84. */
export type CoordSystem = 'wgs84' | 'gcj02' | 'bd09';
export type ServicePoint = Schemas['ServicePointResponse'];
export type ServicePointDetail = Schemas['ServicePointDetailResponse'];
export type Slot = Schemas['SlotResponse'];
export type ClientConfig = Schemas['ClientConfigResponse'];

export const TOPICS = [
  'marriage_family',
  'labour_wages',
  'land_housing',
  'contract_debt',
  'neighbour',
  'traffic',
  'inheritance',
  'consumer',
  'administrative',
  'other',
] as const;
export type Topic = (typeof TOPICS)[number];

export const LOG_TYPES = [
  'consultation',
  'document_drafting',
  'legal_aid',
  'mediation',
  'village_affairs',
  'contract_review',
  'grid_guidance',
] as const;
export type LogType = (typeof LOG_TYPES)[number];

export type Appointment = Schemas['AppointmentResponse'];
export type AppointmentStatus = Appointment['status'];
/** `GET /appointments/mine`: a resident's own booking, with where, with whom and the rating given. */
export type MyAppointment = Schemas['MyAppointmentResponse'];
/** `GET /appointments?servicePointId=&date=`: the day's list for lawyers and officials. */
export type DayAppointment = Schemas['DayListAppointmentResponse'];
export type ServiceLogDraft = Schemas['ServiceLogDraftResponse'];
/** `POST /appointments/:id/complete` answers with the log entry to record. */
export type CompletedAppointment = Appointment & { serviceLogDraft: ServiceLogDraft };
export type Shift = Schemas['ShiftResponse'];
export type CheckInResponse = Schemas['CheckInResponse'];
export type AttendanceRow = Schemas['AttendanceRow'];
export type AttendanceEvent = Schemas['AttendanceEventResponse'];
export type Staff = Omit<Schemas['StaffResponse'], 'roles'> & { roles: Role[] };
export type AdvisorAssignment = Schemas['AdvisorAssignmentResponse'];
export type AdvisorCoverage = Schemas['AdvisorCoverageResponse'];
export type RosterCoverage = Schemas['RosterCoverage'];
export type Unavailability = Schemas['UnavailabilityResponse'];

export type CalendarDay = Schemas['CalendarDayResponse'];
export type CalendarSource = CalendarDay['source'];
export type CalendarYear = Schemas['CalendarYearResponse'];
export type CalendarYearDetail = Schemas['CalendarYearDetailResponse'];
export type HolidayRange = CalendarYearDetail['holidays'][number];
export type CalendarConflict = Schemas['CalendarConflict'];
export type LoadNoticeResult = Schemas['LoadNoticeResponse'];
export type CalendarOverrideResult = Schemas['CalendarOverrideResponse'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const CASE_STATUSES = [
  'applied',
  'accepted',
  'rejected',
  'assigned',
  'in_progress',
  'closed',
  'withdrawn',
  'terminated',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_CATEGORIES = [
  'labour_wages',
  'marriage_family',
  'traffic_injury',
  'medical',
  'consumer',
  'land_housing',
  'criminal_defence',
  'other',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

export type StaffRef = Schemas['StaffRef'];
/** One step of a case's timeline (`apply`, `accept`, `reject`, `assign`, `reassign`, `start`, `close`, …). */
export type CaseTimelineEntry = Schemas['TimelineEntry'];
export type LegalAidCase = Schemas['LegalAidCaseResponse'];

export type ServiceLog = Schemas['ServiceLogResponse'];
export type NewServiceLog = Schemas['CreateServiceLogDto'];

export const WORKSHOP_KINDS = ['lecture', 'publicity', 'training'] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];
export type Workshop = Schemas['WorkshopResponse'];
export type NewWorkshop = Schemas['CreateWorkshopDto'];

export type OutboxMessage = Schemas['OutboxMessageResponse'];
export type ImportResult = Schemas['ImportResponse'];
export type ImportBatch = Schemas['ImportBatchResponse'];

export type AuditEvent = Schemas['AuditEventResponse'];
export type AuditChain = Schemas['AuditChainResponse'];

/** Fails to compile when a vocabulary listed here and the API's enum of the same field part ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const vocabularies: [
  Same<Topic, ServiceLog['topic']>,
  Same<LogType, ServiceLog['type']>,
  Same<CaseStatus, LegalAidCase['status']>,
  Same<CaseCategory, LegalAidCase['category']>,
  Same<WorkshopKind, Workshop['kind']>,
] = [true, true, true, true, true];
void vocabularies;

/** The statistics' counters in the order of the township reports (see libs/stats/src/metrics.ts). */
export const COUNTER_KEYS = [
  'consultations',
  'documentsDrafted',
  'legalAidCases',
  'legalAidRecovered',
  'legalAidReferrals',
  'mediations',
  'mediationsResolved',
  'mediationAmount',
  'gridGuidance',
  'villageAffairs',
  'contractsReviewed',
  'contractAmount',
  'workshops',
  'lectures',
  'workshopAudience',
  'dutyDays',
  'appointments',
  'appointmentsCompleted',
  'noShows',
  'ratings',
  'ratingsSatisfied',
  'ratingsViaSms',
  'ratingsViaSmsSatisfied',
  'followUps',
  'followUpsReached',
  'followUpsSatisfied',
  'followUpsUnsatisfied',
  'consultationsFollowedUp',
] as const;
export type CounterKey = (typeof COUNTER_KEYS)[number];
/** Sums of counters the reports name on their own (协助各村调处各类纠纷: mediations + grid guidance). */
export const DERIVED_COUNT_KEYS = ['villageDisputesAssisted'] as const;
export type DerivedCountKey = (typeof DERIVED_COUNT_KEYS)[number];
/** The derived metrics: shares 0–1, null when there is nothing to divide by. */
export const RATE_METRICS = [
  'satisfactionRate',
  'satisfactionRateApp',
  'satisfactionRateSmsLink',
  'satisfactionRatePhone',
  'followUpRate',
] as const;
export type RateKey = (typeof RATE_METRICS)[number];
export type MetricKey = CounterKey | DerivedCountKey | RateKey;
/** Money counters are yuan with at most two decimals. */
export const MONEY_METRICS: readonly MetricKey[] = ['legalAidRecovered', 'mediationAmount', 'contractAmount'];

export type Metrics = Record<CounterKey | DerivedCountKey, number> & Record<RateKey, number | null>;
export type RegionMetrics = Metrics & { regionCode: string; name: string };
export type LawyerMetrics = Metrics & { lawyerId: string; name: string };
export type TopicMetrics = Metrics & { topic: Topic; label: string };
export type MonthMetrics = Metrics & { month: string };

export interface MonthlyStats {
  regionCode: string;
  name: string;
  month: string;
  totals: Metrics;
  /** One row per child region, plus the region itself when records sit on it: they sum to the totals. */
  byRegion: RegionMetrics[];
  byLawyer: LawyerMetrics[];
  byTopic: TopicMetrics[];
}

export interface YearlyStats {
  regionCode: string;
  name: string;
  year: number;
  /** The last month counted (YYYY-MM). */
  through: string;
  totals: Metrics;
  byMonth: MonthMetrics[];
  byRegion: RegionMetrics[];
  byLawyer: LawyerMetrics[];
  byTopic: TopicMetrics[];
}

/** The code a kiosk shows now (GET /kiosks/qr-code, with the device's own token). */
export interface KioskCode {
  servicePointId: string;
  servicePointName: string;
  payload: string;
  validFrom: string;
  validUntil: string;
  serverTime: string;
}

export interface KioskDevice {
  id: string;
  servicePointId: string;
  regionCode: string;
  label: string;
  createdAt: string;
  createdBy: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/** The registers (台账) GET /registers/:kind hands out as xlsx. */
export const REGISTER_KINDS = ['service_logs', 'legal_aid_cases', 'workshops', 'contract_reviews'] as const;

export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** One lawyer's duty in a cell of the duty roster (GET /registers/duty_roster). */
export interface DutyEntry {
  lawyerName: string;
  from: string;
  to: string;
  kind: ShiftKind;
}

/** A township's month of published duty (值班表): one row per day, one column per service point. */
export interface DutyRoster {
  regionCode: string;
  regionName: string;
  month: string;
  title: string;
  /** The township office's phone, if recorded. */
  phone: string | null;
  columns: { servicePointId: string; name: string; kind: ServicePointKind }[];
  rows: { date: string; weekday: string; workday: boolean; dayName: string; cells: DutyEntry[][] }[];
}

/** 月结: a township's month (open: not yet reported; closed: 月结; zero: 零上报). */
export type TownshipPeriod = Schemas['TownshipPeriodResponse'];
export type PeriodStatus = TownshipPeriod['status'];
export const PERIOD_STATUSES = ['open', 'closed', 'zero'] as const satisfies readonly PeriodStatus[];
export type PeriodsPage = Schemas['PeriodsPageResponse'];
export type ClosedPeriod = Schemas['PeriodResponse'];
/** 排名: the counties or townships below a region ranked by one metric. */
export type Ranking = Schemas['RankingResponse'];
export type RankingRow = Schemas['RankingRowResponse'];
