// The shapes of the API's answers the web app reads (see ../shared/API.md and /api/docs).

export type Role = 'resident' | 'lawyer' | 'official' | 'admin' | 'auditor';

export interface AuthUser {
  id: string;
  name: string;
  roles: Role[];
  regionCode: string | null;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: AuthUser;
}

export interface Region {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township' | 'village';
}

export interface OpeningPeriod {
  weekday: number;
  from: string;
  to: string;
}

export type ServicePointKind = 'county_center' | 'township_center' | 'village_point';
export type ShiftKind = 'window' | 'village_visit' | 'on_call';

export interface DutySummary {
  lawyerName: string;
  from: string;
  to: string;
  kind: ShiftKind;
}

export interface LatLng {
  lat: number;
  lng: number;
}

/** The coordinate systems the API takes a location in (`coordSystem`); it answers in WGS-84. */
export type CoordSystem = 'wgs84' | 'gcj02' | 'bd09';

export interface ServicePoint {
  id: string;
  regionCode: string;
  regionName: string;
  kind: ServicePointKind;
  name: string;
  address: string;
  /** WGS-84, as GPS and the browser's geolocation give it. */
  lat: number | null;
  lng: number | null;
  /** The same place in GCJ-02, as 高德 and 腾讯 maps expect it (null without a location). */
  gcj02: LatLng | null;
  geofenceRadiusM: number;
  phone: string | null;
  openingHours: OpeningPeriod[];
  isPilot: boolean;
  signInstalled: boolean;
  active: boolean;
  todayDuty: DutySummary[];
}

export interface ServicePointDetail extends ServicePoint {
  upcomingShifts: (DutySummary & { date: string })[];
  /** The village's legal advisor today (一村一顾问), if any. */
  advisorName: string | null;
}

export interface Slot {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  available: number;
  lawyerName: string;
}

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

export type AppointmentStatus =
  'booked' | 'arrived' | 'completed' | 'no_show' | 'cancelled' | 'needs_reschedule';

/** An appointment as every booking endpoint answers it. */
export interface Appointment {
  id: string;
  code: string;
  status: AppointmentStatus;
  topic: Topic;
  description: string;
  servicePointId: string;
  slot: { id: string; startsAt: string; endsAt: string };
}

/** `GET /appointments/mine`: a resident's own booking, with where, with whom and the rating given. */
export interface MyAppointment extends Appointment {
  servicePointName: string;
  lawyerName: string | null;
  rating: { score: number; comment: string | null } | null;
}

/** `GET /appointments?servicePointId=&date=`: the day's list for lawyers and officials. */
export interface DayAppointment extends Appointment {
  name: string | null;
  residentPhoneMasked: string;
}

/** What the work log needs to record a completed appointment, sent to `POST /service-logs` as is. */
export interface ServiceLogDraft {
  type: 'consultation';
  topic: Topic;
  servicePointId: string;
  occurredAt: string;
  peopleCount: number;
  summary: string;
  appointmentId: string;
}

/** `POST /appointments/:id/complete` answers with the log entry to record. */
export interface CompletedAppointment extends Appointment {
  serviceLogDraft: ServiceLogDraft;
}

export interface Shift {
  id: string;
  servicePointId: string;
  regionCode: string;
  lawyerId: string;
  lawyerName: string;
  date: string;
  from: string;
  to: string;
  startsAt: string;
  endsAt: string;
  kind: ShiftKind;
  status: 'planned' | 'cancelled';
  published: boolean;
}

export interface CheckInResponse {
  id: string;
  type: 'check_in' | 'check_out';
  shiftId: string | null;
  servicePointId: string | null;
  at: string;
  /** null: no location, or a fix less precise than the fence (flag low_accuracy). */
  insideGeofence: boolean | null;
  distanceM: number | null;
  /** `pending_review` (answered 202): uploaded too late, it counts once an official accepts it. */
  status: string;
  flags: string[];
  /** What proves presence: a kiosk's QR code, the phone's location, or none (null for corrections). */
  proof: 'qr' | 'gps' | 'none' | null;
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

export interface AttendanceRow {
  shiftId: string;
  date: string;
  lawyerId: string;
  lawyerName: string;
  servicePointId: string;
  kind: ShiftKind;
  startsAt: string;
  endsAt: string;
  checkInAt: string | null;
  checkOutAt: string | null;
  status: 'on_time' | 'late' | 'left_early' | 'absent' | 'incomplete' | 'pending' | 'on_duty';
  minutes: number | null;
}

export interface AttendanceEvent {
  id: string;
  type: 'check_in' | 'check_out' | 'void' | 'accept' | 'refuse';
  lawyerId: string;
  lawyerName?: string;
  shiftId: string | null;
  servicePointId: string | null;
  at: string;
  date: string;
  receivedAt: string;
  clientTime: string | null;
  insideGeofence: boolean | null;
  distanceM: number | null;
  status: string;
  flags: string[];
  source: 'phone' | 'kiosk' | 'correction';
  reason: string | null;
  voidsEventId: string | null;
  reviewsEventId: string | null;
  /** For a sign-in uploaded too late (status pending_review): where its review stands. */
  review: 'pending' | 'accepted' | 'refused' | null;
}

export interface Staff {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  kind: 'lawyer' | 'legal_worker' | 'public_lawyer' | 'official' | 'admin' | 'auditor';
  regionCode: string;
  licenseNo: string | null;
  firm: string | null;
  phoneMasked: string | null;
  status: 'active' | 'disabled';
  locked: boolean;
}

export interface AdvisorAssignment {
  id: string;
  lawyerId: string;
  servicePointId: string;
  regionCode: string;
  from: string;
  to: string | null;
}

export interface AdvisorCoverage {
  regionCode: string;
  date: string;
  villages: number;
  covered: number;
  uncovered: { regionCode: string; name: string }[];
}

export interface RosterCoverage {
  workdays: number;
  /** The month follows a provisional calendar (no State Council notice for its year yet). */
  provisional: boolean;
  provisionalDays: string[];
  gaps: { date: string; servicePointId: string; reason: string }[];
  pilotVisitGaps: { week: string; servicePointId: string; reason?: string }[];
  /** Planned shifts standing on days off. */
  conflicts: { shiftId: string; date: string; servicePointId: string; kind: string; confirmed: boolean }[];
}

export type CalendarSource = 'official' | 'provisional' | 'override';

export interface CalendarDay {
  date: string;
  workday: boolean;
  name: string;
  source: CalendarSource;
}

export interface CalendarYear {
  year: number;
  status: 'official' | 'provisional';
  source: 'loaded' | 'bundled' | 'provisional';
  loadedAt: string | null;
}

export interface HolidayRange {
  name: string;
  from: string;
  to: string;
}

export interface CalendarYearDetail extends CalendarYear {
  holidays: HolidayRange[];
  makeUpDays: string[];
}

export interface CalendarConflict {
  shiftId: string | null;
  date: string;
  regionCode: string;
  servicePointId: string;
  reason: 'not_a_working_day' | 'missing_on_working_day';
}

export interface LoadNoticeResult {
  year: number;
  changedDays: string[];
  conflicts: CalendarConflict[];
  conflictsOutsideJurisdiction: number;
}

export interface CalendarOverrideResult extends CalendarDay {
  regionCode: string;
  conflicts: CalendarConflict[];
}

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

export interface StaffRef {
  id: string;
  name: string;
}

/** One step of a case's timeline (`apply`, `accept`, `reject`, `assign`, `reassign`, `start`, `close`, …). */
export interface CaseTimelineEntry {
  step: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  actor: { id: string | null; name: string };
  at: string;
  note: string | null;
}

export interface LegalAidCase {
  id: string;
  caseNo: string;
  status: CaseStatus;
  category: CaseCategory;
  summary: string;
  /** Masked: the full phone and ID number only with `reveal=true` (audited). */
  applicant: { name: string; phoneMasked: string; idNumberMasked: string };
  servicePointId: string;
  regionCode: string;
  receivedAt: string;
  decisionDue: string;
  decidedAt: string | null;
  accepted: boolean | null;
  decisionReason: string | null;
  assignmentDue: string | null;
  assignedLawyer: StaffRef | null;
  assignedAt: string | null;
  startedAt: string | null;
  closedAt: string | null;
  outcome: string | null;
  amountRecovered: number | null;
  endedAt: string | null;
  endReason: string | null;
  /** Past a statutory clock and not yet decided or assigned. */
  overdue: boolean;
  overdueClock: 'decision' | 'assignment' | null;
  timeline: CaseTimelineEntry[];
}

/** Fields an entry of the work log and a workshop share: who recorded it, its edit window, its void. */
interface Recorded {
  id: string;
  servicePointId: string;
  regionCode: string;
  recordedBy: string;
  createdAt: string;
  updatedAt: string;
  editableUntil: string;
  locked: boolean;
  voidedAt: string | null;
  voidReason: string | null;
  voidedBy: string | null;
}

export interface ServiceLog extends Recorded {
  type: LogType;
  topic: Topic;
  lawyerId: string;
  lawyerName: string;
  shiftId: string | null;
  appointmentId: string | null;
  occurredAt: string;
  peopleCount: number;
  summary: string;
  outcome: string | null;
  followUp: boolean;
  amountInvolved: number | null;
  resolved: boolean | null;
  contractAmount: number | null;
}

export interface NewServiceLog {
  type: LogType;
  topic: Topic;
  servicePointId: string;
  occurredAt: string;
  peopleCount: number;
  summary: string;
  outcome?: string;
  followUp?: boolean;
  appointmentId?: string;
  /** Mediation only. */
  amountInvolved?: number;
  resolved?: boolean;
  /** Contract review only. */
  contractAmount?: number;
}

export const WORKSHOP_KINDS = ['lecture', 'publicity', 'training'] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];

export interface Workshop extends Recorded {
  heldAt: string;
  topic: string;
  kind: WorkshopKind;
  audienceCount: number;
  lecturerId: string | null;
  lecturerName: string | null;
}

export interface NewWorkshop {
  servicePointId: string;
  heldAt: string;
  topic: string;
  audienceCount: number;
  kind: WorkshopKind;
}

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

/** The registers (台账) GET /registers/:kind hands out as xlsx. */
export const REGISTER_KINDS = ['service_logs', 'legal_aid_cases', 'workshops', 'contract_reviews'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];
