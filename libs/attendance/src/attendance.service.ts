import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService, ChangeLedger } from '@app/audit';
import {
  addDays,
  APP_CONFIG,
  type AppConfig,
  AppError,
  type Caller,
  businessDate,
  businessInstant,
  Clock,
  haversineMeters,
  hasRole,
  type LatLng,
  type Principal,
  principalOf,
  requestedLocation,
  ValidationFailedException,
  viewerScope,
} from '@app/core';
import { type ServicePoint, ServicePointsService, StaffService } from '@app/org';
import { type DutyShift, DutyShiftsService } from '@app/roster';
import { AttendanceErrors } from './attendance.errors';
import { AttendanceEvent, type AttendanceFlag, PENDING_REVIEW } from './attendance-event.entity';
import {
  AttendanceEventsRepository,
  type NewAttendanceEvent,
  type ReviewState,
  type WindowDay,
  type WindowSitting,
} from './attendance-events.repository';
import { ATTENDANCE_EVENT } from './attendance-event.records';
import { AttendanceRecordsRepository } from './attendance-records.repository';
import { ShiftAbsencesRepository } from './shift-absences.repository';
import type { AttendanceRow, CheckInDto, CheckInResponse, ListAttendanceQuery } from './dto/attendance.dto';
import { evaluateShift, type Evaluation } from './rules/evaluate';
import { eventTime } from './rules/event-time';
import { fenceVerdict } from './rules/geofence';
import { qrTimeVerdict } from './rules/qr-code';
import { KiosksService } from './kiosk/kiosks.service';

const EXCEPTIONS = ['late', 'left_early', 'absent', 'incomplete'];

export function toCheckInResponse(e: AttendanceEvent): CheckInResponse {
  return {
    id: e.id,
    type: e.type,
    shiftId: e.shiftId,
    servicePointId: e.servicePointId,
    at: e.at.toISOString(),
    insideGeofence: e.insideGeofence,
    distanceM: e.distanceM,
    status: e.status,
    flags: e.flags,
    proof: e.proof,
  };
}

/** The digest of a phone's sign-in or sign-out: its kind and every field of its body, in a fixed order. */
function requestDigest(type: string, dto: CheckInDto): string {
  const body = {
    type,
    idempotencyKey: dto.idempotencyKey,
    shiftId: dto.shiftId ?? null,
    lat: dto.lat ?? null,
    lng: dto.lng ?? null,
    coordSystem: dto.coordSystem ?? null,
    accuracy: dto.accuracy ?? null,
    clientTime: dto.clientTime?.toISOString() ?? null,
    // Only when sent, so that retries of sign-ins recorded before QR codes keep their digest.
    ...(dto.qr === undefined ? {} : { qr: dto.qr }),
  };
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/**
 * Sign-in and sign-out at the window. Every request is recorded once (the idempotency key), never
 * refused for bad GPS or a missing shift (it is flagged instead), and shifts are evaluated from the
 * live events whenever asked; the nightly close settles the previous day.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly events: AttendanceEventsRepository,
    private readonly records: AttendanceRecordsRepository,
    private readonly absences: ShiftAbsencesRepository,
    private readonly shifts: DutyShiftsService,
    private readonly points: ServicePointsService,
    private readonly staff: StaffService,
    private readonly audit: AuditService,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly kiosks: KiosksService,
  ) {}

  /** The signed-in lawyer's sign-in or sign-out (`caller` is that lawyer). */
  async sign(caller: Principal, type: 'check_in' | 'check_out', dto: CheckInDto): Promise<AttendanceEvent> {
    const digest = requestDigest(type, dto);
    const earlier = await this.events.findByIdempotencyKey(dto.idempotencyKey);
    if (earlier) return this.replay(earlier, caller, type, digest);

    const server = this.clock.now();
    const time = eventTime(server, dto.clientTime, this.config.attendance);
    if (!time.ok) {
      throw new ValidationFailedException({
        clientTime: ['is ahead of the server clock beyond the allowed skew'],
      });
    }
    const location = requestedLocation(dto) ?? null;
    const at = time.at;
    const date = businessDate(at);
    const flags: AttendanceFlag[] = [...time.flags];
    const qr = dto.qr === undefined ? null : await this.kiosks.verify(dto.qr);

    const shift = await this.shiftFor(type, caller, dto.shiftId, at, date);
    if (qr && shift && shift.servicePointId !== qr.pointId)
      throw new AppError(
        AttendanceErrors.QR_OTHER_POINT,
        'This QR code belongs to another service point than the shift’s',
        {
          shiftId: shift.id,
        },
      );
    if (qr) {
      // The scan's own moment (the phone's), else the arrival, against the moment the code was first shown.
      const verdict = qrTimeVerdict(
        qr.window,
        dto.clientTime ?? server,
        server,
        this.config.attendance.clockSkewSeconds,
      );
      if (!verdict.ok)
        throw new AppError(
          AttendanceErrors.QR_NOT_YET_SHOWN,
          'This QR code’s time has not come: no kiosk showed it',
        );
      flags.push(...verdict.flags);
    }
    const point = shift
      ? await this.points.findByIdUnscoped(shift.servicePointId)
      : qr
        ? await this.points.findByIdUnscoped(qr.pointId)
        : location
          ? await this.nearestPoint(caller, location)
          : null;
    let distanceM: number | null = null;
    let insideGeofence: boolean | null = null;
    // A kiosk's code proves presence where there is no fix.
    if (!location) {
      if (!qr) flags.push('no_location');
    } else if (point?.lat != null && point.lng != null) {
      distanceM = Math.round(haversineMeters(location, { lat: point.lat, lng: point.lng }));
      const verdict = fenceVerdict(distanceM, point.geofenceRadiusM, dto.accuracy);
      insideGeofence = verdict.insideGeofence;
      if (verdict.flag) flags.push(verdict.flag);
    }
    if (!shift) flags.push('unscheduled');
    let status: string;
    const grace = this.config.attendance.graceMinutes * 60_000;
    if (type === 'check_in') {
      status = !shift ? 'unscheduled' : at.getTime() > shift.startsAt.getTime() + grace ? 'late' : 'on_time';
    } else {
      const checkedIn = (await this.events.findLiveCheckIns(caller.id, date)).length > 0;
      if (!checkedIn) flags.push('no_check_in');
      status = !checkedIn
        ? 'no_check_in'
        : !shift
          ? 'unscheduled'
          : at.getTime() < shift.endsAt.getTime() - grace
            ? 'left_early'
            : 'ok';
    }
    // Sent later than ATTENDANCE_MAX_DELAY_HOURS: kept with its own time, counting once an official accepts it.
    if (time.needsReview) status = PENDING_REVIEW;

    const event: NewAttendanceEvent = {
      type,
      lawyerId: caller.id,
      regionCode: point?.regionCode ?? caller.regionCode!,
      servicePointId: point?.id ?? null,
      shiftId: shift?.id ?? null,
      at,
      date,
      clientTime: dto.clientTime ?? null,
      lat: location?.lat ?? null,
      lng: location?.lng ?? null,
      accuracyM: dto.accuracy ?? null,
      distanceM,
      insideGeofence,
      status,
      flags,
      source: 'phone',
      idempotencyKey: dto.idempotencyKey,
      requestDigest: digest,
      voidsEventId: null,
      reviewsEventId: null,
      reason: null,
      recordedBy: caller.id,
      proof: qr ? 'qr' : location ? 'gps' : 'none',
      qrDigest: qr?.digest ?? null,
      qrWindowStart: qr?.windowStart ?? null,
    };
    const saved = await this.ledger.transaction(async (em) => {
      // One code, one sign-in: the same code again (another lawyer's, or this lawyer's twice) is a replay.
      if (qr && (await this.events.qrCodeUsed(qr.digest, em))) event.flags = [...event.flags, 'qr_replayed'];
      const inserted = await this.events.insertOnce(event, em);
      if (inserted)
        await this.ledger.record(em, ATTENDANCE_EVENT, {
          action: type,
          before: null,
          // A sign-in taken as is makes its shift's sign-in; one sent too late waits for an official.
          after: { event: inserted, signInOf: type === 'check_in' && !time.needsReview ? shift : null },
          note: {
            status,
            flags: inserted.flags,
            proof: inserted.proof,
            ...(dto.coordSystem ? { coordSystem: dto.coordSystem } : {}),
          },
        });
      return inserted;
    });
    // A concurrent repeat of the same key got there first: give its answer.
    return (
      saved ??
      this.replay((await this.events.findByIdempotencyKey(dto.idempotencyKey))!, caller, type, digest)
    );
  }

  /** The answer to a repeat of an idempotency key: the first answer for a retry, never for another request. */
  private replay(earlier: AttendanceEvent, caller: Principal, type: string, digest: string): AttendanceEvent {
    if (earlier.lawyerId !== caller.id || earlier.type !== type) {
      throw new AppError(
        AttendanceErrors.IDEMPOTENCY_KEY_REUSED,
        'This idempotency key belongs to another request',
      );
    }
    if (earlier.requestDigest !== null && earlier.requestDigest !== digest) {
      throw new AppError(
        AttendanceErrors.IDEMPOTENCY_KEY_MISMATCH,
        'This idempotency key was used for a request with another body; a retry must send the same body',
      );
    }
    return earlier;
  }

  private async shiftFor(
    type: string,
    caller: Principal,
    shiftId: string | undefined,
    at: Date,
    date: string,
  ): Promise<DutyShift | null> {
    if (shiftId) {
      const shift = await this.shifts.findByIdUnscoped(shiftId);
      if (!shift) throw new AppError(AttendanceErrors.SHIFT_NOT_FOUND, 'Shift not found', { shiftId });
      if (shift.lawyerId !== caller.id)
        throw new AppError(AttendanceErrors.NOT_YOUR_SHIFT, 'A lawyer signs in only for their own shifts');
      return shift.status === 'planned' ? shift : null;
    }
    if (type === 'check_in')
      return this.shifts.findForSignIn(caller.id, at, this.config.attendance.earlyMinutes);
    // A sign-out belongs to the shift signed in for that day, else the latest that had started.
    const checkIn = (await this.events.findLiveCheckIns(caller.id, date)).find((e) => e.shiftId);
    if (checkIn?.shiftId) return this.shifts.findByIdUnscoped(checkIn.shiftId);
    return this.shifts.findForSignOut(caller.id, date, at);
  }

  /** With no shift to go by, the nearest point of the lawyer's own region (`here` in WGS-84). */
  private async nearestPoint(caller: Principal, here: LatLng): Promise<ServicePoint | null> {
    const points = (
      await this.points.listActive(caller, { regionCode: caller.regionCode ?? undefined })
    ).filter((p) => p.lat != null && p.lng != null);
    let best: ServicePoint | null = null;
    let bestDistance = Infinity;
    for (const p of points) {
      const d = haversineMeters(here, { lat: p.lat!, lng: p.lng! });
      if (d < bestDistance) [best, bestDistance] = [p, d];
    }
    return best;
  }

  /** Attendance per shift in the caller's jurisdiction (a lawyer: their own), evaluated now. */
  async list(caller: Caller, q: ListAttendanceQuery): Promise<AttendanceRow[]> {
    const scope = viewerScope(caller);
    const lawyerId = 'lawyerId' in scope ? scope.lawyerId : q.lawyerId;
    const shifts = await this.shifts.plannedShifts(caller, {
      regionCode: q.regionCode,
      lawyerId,
      from: q.from,
      to: q.to,
    });
    const rows = await this.evaluate(shifts);
    return q.status === 'exceptions'
      ? rows.filter((r) => EXCEPTIONS.includes(r.status))
      : q.status
        ? rows.filter((r) => r.status === q.status)
        : rows;
  }

  /** The attendance of these shifts as it stands now, from the events that count. */
  async evaluate(shifts: DutyShift[]): Promise<AttendanceRow[]> {
    const events = await this.events.findLiveOfShifts(shifts.map((s) => s.id));
    const absences = new Map(
      (await this.absences.ofShifts(shifts.map((s) => s.id))).map((a) => [a.shiftId, a]),
    );
    const corrections = events.filter((e) => e.source === 'correction');
    const names = await this.staff.namesOf([
      ...shifts.map((s) => s.lawyerId),
      ...corrections.map((e) => e.recordedBy),
    ]);
    const now = this.clock.now();
    return shifts.map((s) => {
      const e = this.evaluation(s, events, now);
      const fixes = corrections.filter((c) => c.shiftId === s.id && c.lawyerId === s.lawyerId);
      const absence = absences.get(s.id);
      return {
        shiftId: s.id,
        date: s.date,
        lawyerId: s.lawyerId,
        lawyerName: names.get(s.lawyerId) ?? '',
        servicePointId: s.servicePointId,
        kind: s.kind,
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        checkInAt: e.checkInAt?.toISOString() ?? null,
        checkOutAt: e.checkOutAt?.toISOString() ?? null,
        status: e.status,
        minutes: e.minutes,
        corrected: fixes.length > 0,
        corrections: fixes.map((c) => ({
          eventId: c.id,
          type: c.type,
          at: c.at.toISOString(),
          reason: c.reason ?? '',
          recordedBy: c.recordedBy,
          recordedByName: names.get(c.recordedBy) ?? '',
          requestId: c.requestId,
        })),
        absence: absence
          ? {
              id: absence.id,
              lawyerId: absence.lawyerId,
              detectedAt: absence.detectedAt.toISOString(),
              standbyLawyerId: absence.standbyLawyerId,
              standbySource: absence.standbySource,
              acceptedAt: absence.acceptedAt?.toISOString() ?? null,
              responseMinutes: absence.acceptedAt
                ? Math.round((absence.acceptedAt.getTime() - absence.detectedAt.getTime()) / 60_000)
                : null,
            }
          : null,
      };
    });
  }

  private evaluation(s: DutyShift, events: AttendanceEvent[], now: Date): Evaluation {
    const mine = events.filter((e) => e.shiftId === s.id && e.lawyerId === s.lawyerId);
    return evaluateShift(
      { startsAt: s.startsAt, endsAt: s.endsAt, dayEndsAt: businessInstant(addDays(s.date, 1)) },
      mine.filter((e) => e.type === 'check_in').map((e) => e.at),
      mine.filter((e) => e.type === 'check_out').map((e) => e.at),
      now,
      this.config.attendance.graceMinutes,
    );
  }

  listEvents(
    caller: Caller,
    f: {
      regionCode?: string;
      lawyerId?: string;
      from: string;
      to: string;
      flagged?: string;
    },
  ): Promise<AttendanceEvent[]> {
    const person = principalOf(caller);
    const lawyerId = person && !hasRole(person, 'official', 'admin', 'auditor') ? person.id : f.lawyerId;
    return this.events.findMany(caller, { ...f, lawyerId, flaggedOnly: f.flagged === 'true', limit: 1000 });
  }

  /** Where each of these events stands in review (see AttendanceEventsRepository.reviewStates). */
  reviewStates(events: AttendanceEvent[]): Promise<Map<string, ReviewState>> {
    return this.events.reviewStates(events);
  }

  /**
   * Settles a finished business day: every planned shift in the caller's jurisdiction has its
   * attendance written down — every shift for the system (the nightly job), none without a caller.
   */
  async closeDay(caller: Caller, date: string): Promise<{ date: string; shifts: number }> {
    const shifts = await this.shifts.plannedShifts(caller, { from: date, to: date });
    await this.settle(shifts);
    return { date, shifts: shifts.length };
  }

  /** Writes these shifts' attendance down (the nightly close, and corrections of past days). */
  async settle(shifts: DutyShift[]): Promise<void> {
    const rows = await this.evaluate(shifts);
    await this.records.upsertMany(
      rows.map((r, i) => ({
        shiftId: r.shiftId,
        lawyerId: r.lawyerId,
        servicePointId: r.servicePointId,
        regionCode: shifts[i].regionCode,
        date: r.date,
        kind: r.kind,
        status: r.status,
        checkInAt: r.checkInAt ? new Date(r.checkInAt) : null,
        checkOutAt: r.checkOutAt ? new Date(r.checkOutAt) : null,
        minutes: r.minutes,
      })),
      this.clock.now(),
    );
  }

  /**
   * Who sits at these windows on these days (坐诊), in `em`'s transaction: per point, day and region
   * code of a window shift there, the lawyers with a sign-in that counts for a planned window shift
   * of their own. The statistics count duty days from it.
   */
  windowSittings(pointDays: WindowDay[], em: EntityManager): Promise<WindowSitting[]> {
    return this.events.windowSittings(pointDays, em);
  }

  /** 坐诊天数: distinct (service point, day) with a window shift whose lawyer signed in. */
  dutyDays(regionCode: string, from: string, to: string): Promise<number> {
    return this.events.countDutyDays(regionCode, from, to);
  }

  yesterday(): string {
    return addDays(this.clock.today(), -1);
  }
}
