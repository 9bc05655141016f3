import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  Matches,
  MinLength,
} from 'class-validator';
import {
  COORD_SYSTEMS,
  type CoordSystem,
  IsInChinaWhenNotWgs84,
  PLACE_CODE_PATTERN,
  RegionMonthQuery,
  RegionPeriodQuery,
} from '@app/core';

const SIGN_STATUSES = ['on_time', 'late', 'ok', 'left_early', 'unscheduled', 'no_check_in', 'pending_review'];
const CORRECTION_STATUSES = ['void', 'accept', 'refuse'];
const EVENT_TYPES = ['check_in', 'check_out', 'void', 'accept', 'refuse'];

export class CheckInDto {
  @ApiProperty({
    description:
      'A UUID the phone makes once per sign-in and sends again, with the same body, on every retry; the same key with another body is refused (422 IDEMPOTENCY_KEY_MISMATCH), with another lawyer or kind too (409 IDEMPOTENCY_KEY_REUSED)',
  })
  @IsUUID()
  idempotencyKey!: string;

  @ApiPropertyOptional({
    example: 30.2361,
    description: 'Latitude in `coordSystem` (WGS-84 by default), given together with lng; stored as WGS-84',
  })
  @IsOptional()
  @IsLatitude()
  @IsInChinaWhenNotWgs84('lat')
  lat?: number;

  @ApiPropertyOptional({
    example: 121.4482,
    description: 'Longitude in `coordSystem` (WGS-84 by default), given together with lat; stored as WGS-84',
  })
  @IsOptional()
  @IsLongitude()
  @IsInChinaWhenNotWgs84('lng')
  lng?: number;

  @ApiPropertyOptional({
    enum: COORD_SYSTEMS,
    default: 'wgs84',
    description:
      'The coordinate system of lat/lng: a browser’s geolocation gives wgs84; some in-app browsers (e.g. WeChat’s) and 高德/腾讯 location SDKs give gcj02, 百度’s bd09. ' +
      'Converted to WGS-84 before the distance to the point is measured. gcj02 and bd09 coordinates must lie in China (400 otherwise)',
  })
  @IsOptional()
  @IsIn(COORD_SYSTEMS)
  coordSystem?: CoordSystem;

  @ApiPropertyOptional({
    example: 25,
    description:
      'GPS accuracy in metres. A fix less precise than the point’s geofence radius is flagged low_accuracy and not counted as inside the fence (insideGeofence null)',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100000)
  accuracy?: number;

  @ApiPropertyOptional({
    description:
      'The phone’s clock (ISO instant); a sign-in queued offline keeps its own time (flagged delayed). Older than ATTENDANCE_MAX_DELAY_HOURS it is kept as well but answered 202 with status pending_review: it counts once an official accepts it',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  clientTime?: Date;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The shift signed in for; found from the time when omitted',
  })
  @IsOptional()
  @IsUUID()
  shiftId?: string;

  @ApiPropertyOptional({
    maxLength: 200,
    example: 'LSQ1.3f1b2c4d-5e6f-4a1b-8c2d-9e0f1a2b3c4d.59651234.1.Qm9vb0JvbzBvb0JvbzBvbw',
    description:
      'The text of the QR code the lawyer scanned at the point’s kiosk (GET /kiosks/qr-code), proof of presence where GPS is poor or spoofed (proof qr). ' +
      'clientTime is then the moment of the scan: a scan made offline is verified when it is uploaded. ' +
      'Refused: not a code at all (400), a signature that does not verify with its point’s key (422 QR_SIGNATURE_INVALID), a code of another point than the shift’s (422 QR_OTHER_POINT), a window not yet begun (422 QR_NOT_YET_SHOWN). ' +
      'Recorded and flagged: scanned more than 30 s after the code was first shown (qr_expired), dated by the phone before it was shown (qr_clock_mismatch), a code already used by anyone (qr_replayed). ' +
      'Uploaded late but scanned in its window: flagged delayed like any queued sign-in.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  qr?: string;
}

export class CheckInResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['check_in', 'check_out'] }) type!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) shiftId!: string | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) servicePointId!: string | null;
  @ApiProperty({ description: 'When it counts (ISO instant)' }) at!: string;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description:
      'Within the point’s geofence; null without a location, without a located point, or with a fix less precise than the fence (low_accuracy)',
  })
  insideGeofence!: boolean | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Metres to the service point (WGS-84)' })
  distanceM!: number | null;
  @ApiProperty({
    enum: [...SIGN_STATUSES, ...CORRECTION_STATUSES],
    description:
      'The answer when it was recorded. pending_review: sent later than ATTENDANCE_MAX_DELAY_HOURS after its clientTime; recorded, but it counts only once an official accepts it (POST /attendance/corrections action accept)',
  })
  status!: string;
  @ApiProperty({
    isArray: true,
    enum: [
      'no_location',
      'outside_geofence',
      'low_accuracy',
      'delayed',
      'unscheduled',
      'no_check_in',
      'qr_expired',
      'qr_clock_mismatch',
      'qr_replayed',
    ],
    description:
      'Why it needs an official’s eye; qr_expired: the QR code was scanned more than 30 s after it was first shown; qr_clock_mismatch: the phone dates the scan before the code was shown; qr_replayed: the same code was used before (by anyone)',
  })
  flags!: string[];

  @ApiProperty({
    type: String,
    enum: ['qr', 'gps', 'none'],
    nullable: true,
    description:
      'The proof of presence: a kiosk’s signed QR code, the phone’s location, or none; null for a correction or decision',
  })
  proof!: string | null;
}

/** A sign-in or sign-out as the event list shows it: when it arrived, from where, and what it corrects. */
export class AttendanceEventResponse extends CheckInResponse {
  @ApiProperty({
    enum: EVENT_TYPES,
    description:
      'A sign-in or sign-out, or a correction: void, or an official’s accept / refuse of a late one',
  })
  declare type: string;
  @ApiProperty({ format: 'uuid' }) lawyerId!: string;
  @ApiProperty({ example: '张律师', description: 'The lawyer’s display name' }) lawyerName!: string;
  @ApiProperty({ format: 'date', example: '2026-11-23', description: 'Business day (Asia/Shanghai)' })
  date!: string;
  @ApiProperty({ format: 'date-time', description: 'When the server got it (ISO instant)' })
  receivedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: "The phone's own time, for offline uploads" })
  clientTime!: string | null;
  @ApiProperty({ enum: ['phone', 'kiosk', 'correction'] }) source!: string;
  @ApiProperty({ type: String, nullable: true, description: "A correction's reason" }) reason!: string | null;
  @ApiProperty({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The event a void correction cancels',
  })
  voidsEventId!: string | null;
  @ApiProperty({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The pending_review event an accept or refuse decides',
  })
  reviewsEventId!: string | null;
  @ApiProperty({
    type: String,
    enum: ['pending', 'accepted', 'refused'],
    nullable: true,
    description:
      'For a sign-in or sign-out with status pending_review: awaiting an official, accepted (it counts) or refused (it never counts); null for every other event',
  })
  review!: 'pending' | 'accepted' | 'refused' | null;
}

export class ListPendingReviewQuery {
  @ApiPropertyOptional({ example: '330282113', description: 'Only under this region (prefix)' })
  @IsOptional()
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  lawyerId?: string;
}

export class ListAttendanceQuery extends RegionPeriodQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  lawyerId?: string;

  @ApiPropertyOptional({
    enum: ['on_time', 'late', 'left_early', 'absent', 'incomplete', 'pending', 'on_duty', 'exceptions'],
  })
  @IsOptional()
  @IsIn(['on_time', 'late', 'left_early', 'absent', 'incomplete', 'pending', 'on_duty', 'exceptions'])
  status?: string;
}

export class ListAttendanceEventsQuery extends RegionPeriodQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  lawyerId?: string;

  @ApiPropertyOptional({
    description:
      'Only flagged events: outside the fence, unscheduled, no location, delayed, sign-out without sign-in',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  flagged?: string;
}

/** A sign-in or sign-out added by correction: an official's, or a lawyer's 补卡 request an official approved. */
export class AttendanceCorrectionNote {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: ['check_in', 'check_out'] }) type!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'The reason: the lawyer’s own for a 补卡 request, else the official’s' })
  reason!: string;
  @ApiProperty({ format: 'uuid', description: 'The official who made or approved it' }) recordedBy!: string;
  @ApiProperty() recordedByName!: string;
  @ApiProperty({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The lawyer’s 补卡 request it approved (POST /requests kind attendance_fix)',
  })
  requestId!: string | null;
}

/** The shift's lawyer had not signed in by start + ATTENDANCE_GRACE_MINUTES: the absence watch's record. */
export class AttendanceAbsence {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The lawyer who did not come' }) lawyerId!: string;
  @ApiProperty({ format: 'date-time' }) detectedAt!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) standbyLawyerId!: string | null;
  @ApiProperty({ enum: ['on_call', 'rotation'], type: String, nullable: true }) standbySource!: string | null;
  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'When the standby took the shift',
  })
  acceptedAt!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Minutes from detection to the standby’s acceptance',
  })
  responseMinutes!: number | null;
}

export class AttendanceRow {
  @ApiProperty({ format: 'uuid' }) shiftId!: string;
  @ApiProperty({ format: 'date', example: '2026-11-23' }) date!: string;
  @ApiProperty({ format: 'uuid' }) lawyerId!: string;
  @ApiProperty() lawyerName!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty({ enum: ['window', 'village_visit', 'on_call'] }) kind!: string;
  @ApiProperty({ format: 'date-time', description: 'Shift start (ISO)' }) startsAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Shift end (ISO)' }) endsAt!: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) checkInAt!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) checkOutAt!: string | null;
  @ApiProperty({ enum: ['on_time', 'late', 'left_early', 'absent', 'incomplete', 'pending', 'on_duty'] })
  status!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Minutes from first sign-in to last sign-out' })
  minutes!: number | null;
  @ApiProperty({ description: 'A sign-in or sign-out of the shift was added by correction' })
  corrected!: boolean;
  @ApiProperty({ type: [AttendanceCorrectionNote] }) corrections!: AttendanceCorrectionNote[];
  @ApiProperty({ type: AttendanceAbsence, nullable: true }) absence!: AttendanceAbsence | null;
}

export class CorrectionDto {
  @ApiProperty({
    enum: ['add', 'void', 'accept', 'refuse'],
    description:
      'add a missing sign-in/out; void a wrong event; accept or refuse a sign-in/out awaiting review (status pending_review: sent later than ATTENDANCE_MAX_DELAY_HOURS). Accepted, it counts at its own time; refused, it stays recorded and never counts',
  })
  @IsIn(['add', 'void', 'accept', 'refuse'])
  action!: 'add' | 'void' | 'accept' | 'refuse';

  @ApiPropertyOptional({ enum: ['check_in', 'check_out'], description: 'For add' })
  @IsOptional()
  @IsIn(['check_in', 'check_out'])
  type?: 'check_in' | 'check_out';

  @ApiPropertyOptional({ format: 'uuid', description: 'For add: the shift' })
  @IsOptional()
  @IsUUID()
  shiftId?: string;

  @ApiPropertyOptional({ description: 'For add: when it happened (ISO instant)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  at?: Date;

  @ApiPropertyOptional({ format: 'uuid', description: 'For void, accept and refuse: the event' })
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @ApiProperty({ example: '律师忘记签退，经核实17:00离开', maxLength: 200 })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  reason!: string;
}

/** A month's attendance sheet of a region. */
export class ExportQuery extends RegionMonthQuery {}

export class CorrectedEventResponse extends CheckInResponse {
  @ApiProperty({ enum: EVENT_TYPES }) declare type: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'The event a void cancels' })
  voidsEventId!: string | null;
  @ApiProperty({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The event an accept or refuse decides',
  })
  reviewsEventId!: string | null;
}

/** The correction's own event, and the shift's attendance as it now stands. */
export class CorrectionResponse {
  @ApiProperty({ type: CorrectedEventResponse }) event!: CorrectedEventResponse;
  @ApiProperty({
    type: AttendanceRow,
    nullable: true,
    description:
      'The shift’s attendance now; null when an accepted or refused event had no shift (unscheduled)',
  })
  attendance!: AttendanceRow | null;
}
