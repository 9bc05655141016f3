import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChangeLedger } from '@app/audit';
import { AppError, type Caller } from '@app/core';
import type { DutyShift } from '@app/roster';
import { AttendanceErrors } from './attendance.errors';
import { SHIFT_ABSENCE } from './attendance-event.records';
import { AttendanceEventsRepository } from './attendance-events.repository';
import type { ShiftAbsence } from './shift-absence.entity';
import { type NewShiftAbsence, ShiftAbsencesRepository } from './shift-absences.repository';

/**
 * Absences of window shifts (the lawyer not signed in by start + grace), as attendance records them:
 * each once per shift, audited through the change ledger, with the standby's acceptance and so the
 * response time. Who is told and who stands by is the absence watch's business (libs/requests).
 */
@Injectable()
export class ShiftAbsencesService {
  constructor(
    private readonly absences: ShiftAbsencesRepository,
    private readonly events: AttendanceEventsRepository,
    private readonly ledger: ChangeLedger,
  ) {}

  /** Of these shifts, those with neither a sign-in of their lawyer that counts nor an absence recorded. */
  async unattended(shifts: DutyShift[]): Promise<DutyShift[]> {
    const ids = shifts.map((s) => s.id);
    const [events, recorded] = await Promise.all([
      this.events.findLiveOfShifts(ids),
      this.absences.shiftsWithAbsence(ids),
    ]);
    const signedIn = new Set(
      events
        .filter(
          (e) => e.type === 'check_in' && shifts.some((s) => s.id === e.shiftId && s.lawyerId === e.lawyerId),
        )
        .map((e) => e.shiftId),
    );
    return shifts.filter((s) => !signedIn.has(s.id) && !recorded.has(s.id));
  }

  /**
   * Records the shift's absence in `em`'s transaction (which the ledger opened); null when another
   * run of the watch recorded it first, so that nothing is told twice.
   */
  async record(em: EntityManager, absence: NewShiftAbsence): Promise<ShiftAbsence | null> {
    const saved = await this.absences.insertOnce(absence, em);
    if (saved) await this.ledger.record(em, SHIFT_ABSENCE, { action: 'create', before: null, after: saved });
    return saved;
  }

  /** The absence, locked in `em`'s transaction, as the caller may see it (404 otherwise). */
  async lock(caller: Caller, id: string, em: EntityManager): Promise<ShiftAbsence> {
    const found = await this.absences.findByIdForUpdate(caller, id, em);
    if (!found) throw new AppError(AttendanceErrors.ABSENCE_NOT_FOUND, 'Absence not found', { id });
    return found;
  }

  /** The standby took the shift over at `at`. */
  async accepted(em: EntityManager, absence: ShiftAbsence, by: string, at: Date): Promise<ShiftAbsence> {
    const before = { ...absence };
    const saved = await this.absences.save(Object.assign(absence, { acceptedBy: by, acceptedAt: at }), em);
    await this.ledger.record(em, SHIFT_ABSENCE, {
      action: 'accept',
      before,
      after: saved,
      note: { responseSeconds: Math.round((at.getTime() - absence.detectedAt.getTime()) / 1000) },
    });
    return saved;
  }

  list(caller: Caller, f: { from: string; to: string; standbyLawyerId?: string }): Promise<ShiftAbsence[]> {
    return this.absences.list(caller, f);
  }

  ofShifts(shiftIds: string[]): Promise<ShiftAbsence[]> {
    return this.absences.ofShifts(shiftIds);
  }
}
