import { Foundation1763700000000 } from './1763700000000-Foundation';
import { Rosters1763800000000 } from './1763800000000-Rosters';
import { LeaveChecksLockStaffRow1763800000001 } from './1763800000001-LeaveChecksLockStaffRow';
import { Attendance1763900000000 } from './1763900000000-Attendance';
import { ResidentsAndOutbox1764000000000 } from './1764000000000-ResidentsAndOutbox';
import { BookingSlotsAndAppointments1764100000000 } from './1764100000000-BookingSlotsAndAppointments';
import { AppointmentReminders1764100000001 } from './1764100000001-AppointmentReminders';
import { WorkLog1764200000000 } from './1764200000000-WorkLog';
import { LegalAid1764200000001 } from './1764200000001-LegalAid';
import { StatRollups1764300000000 } from './1764300000000-StatRollups';
import { AppointmentLawyer1764300000001 } from './1764300000001-AppointmentLawyer';
import { AuditChainSealing1764400000000 } from './1764400000000-AuditChainSealing';
import { StatCoarseLevels1764500000000 } from './1764500000000-StatCoarseLevels';
import { StatYearlyLawyerCounters1764600000000 } from './1764600000000-StatYearlyLawyerCounters';
import { StatYearlyTownship1764600000001 } from './1764600000001-StatYearlyTownship';
import { StatDailyCoveringKey1764700000000 } from './1764700000000-StatDailyCoveringKey';
import { CountyCalendarsAndNotices1764800000000 } from './1764800000000-CountyCalendarsAndNotices';
import { AttendanceReview1764810000000 } from './1764810000000-AttendanceReview';
import { LegalAidStepDates1764820000000 } from './1764820000000-LegalAidStepDates';
import { BackfillLegalAidStepDates1764820000001 } from './1764820000001-BackfillLegalAidStepDates';
import { SeparationOfDuties1764900000000 } from './1764900000000-SeparationOfDuties';
import { SignInSessions1764900000001 } from './1764900000001-SignInSessions';
import { LoginThrottle1764900000002 } from './1764900000002-LoginThrottle';
import { KeyedAuditChain1764910000000 } from './1764910000000-KeyedAuditChain';
import { SmsOutboxRedaction1764930000000 } from './1764930000000-SmsOutboxRedaction';
import { AttendanceRequestDigest1764930000001 } from './1764930000001-AttendanceRequestDigest';
import { SessionEndLog1764930000002 } from './1764930000002-SessionEndLog';
import { StatCounterShards1764940000000 } from './1764940000000-StatCounterShards';
import { SlotsKeptByBooking1764950000000 } from './1764950000000-SlotsKeptByBooking';
import { SharedRequestThrottle1764960000000 } from './1764960000000-SharedRequestThrottle';
import { SmsTemplatesAndProviders1764960000017 } from './1764960000017-SmsTemplatesAndProviders';
import { Waitlist1765010000000 } from './1765010000000-Waitlist';
import { StaffBookingAndRatingLinks1765010000001 } from './1765010000001-StaffBookingAndRatingLinks';
import { ServiceLogFollowUps1765010000002 } from './1765010000002-ServiceLogFollowUps';
import { ImportsOfPastRecords1765020000000 } from './1765020000000-ImportsOfPastRecords';
import { MonthEndClose1765100000000 } from './1765100000000-MonthEndClose';
import { ServiceLogResidentPhone1765100000001 } from './1765100000001-ServiceLogResidentPhone';
import { SupervisionObligations1765120000000 } from './1765120000000-SupervisionObligations';
import { StaffRequestsAbsencesNotices1765130000000 } from './1765130000000-StaffRequestsAbsencesNotices';
import { QrSignIn1765140000000 } from './1765140000000-QrSignIn';
import { BackfillSignInProof1765140000001 } from './1765140000001-BackfillSignInProof';

/** Every migration, in order. Listed explicitly so the same list works from source and from dist. */
export const MIGRATIONS = [
  Foundation1763700000000,
  Rosters1763800000000,
  LeaveChecksLockStaffRow1763800000001,
  Attendance1763900000000,
  ResidentsAndOutbox1764000000000,
  BookingSlotsAndAppointments1764100000000,
  AppointmentReminders1764100000001,
  WorkLog1764200000000,
  LegalAid1764200000001,
  StatRollups1764300000000,
  AppointmentLawyer1764300000001,
  AuditChainSealing1764400000000,
  StatCoarseLevels1764500000000,
  StatYearlyLawyerCounters1764600000000,
  StatYearlyTownship1764600000001,
  StatDailyCoveringKey1764700000000,
  CountyCalendarsAndNotices1764800000000,
  AttendanceReview1764810000000,
  LegalAidStepDates1764820000000,
  BackfillLegalAidStepDates1764820000001,
  SeparationOfDuties1764900000000,
  SignInSessions1764900000001,
  LoginThrottle1764900000002,
  KeyedAuditChain1764910000000,
  SmsOutboxRedaction1764930000000,
  AttendanceRequestDigest1764930000001,
  SessionEndLog1764930000002,
  StatCounterShards1764940000000,
  SlotsKeptByBooking1764950000000,
  SharedRequestThrottle1764960000000,
  SmsTemplatesAndProviders1764960000017,
  Waitlist1765010000000,
  StaffBookingAndRatingLinks1765010000001,
  ServiceLogFollowUps1765010000002,
  ImportsOfPastRecords1765020000000,
  MonthEndClose1765100000000,
  ServiceLogResidentPhone1765100000001,
  SupervisionObligations1765120000000,
  StaffRequestsAbsencesNotices1765130000000,
  QrSignIn1765140000000,
  BackfillSignInProof1765140000001,
];
