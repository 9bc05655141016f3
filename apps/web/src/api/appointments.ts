import { get, post } from './client';
import type {
  Appointment,
  CompletedAppointment,
  DayAppointment,
  MyAppointment,
  ServiceLogDraft,
} from './types';

// Bookings as residents and lawyers use them (libs/booking: appointments.controller.ts).

/** A resident's own bookings, newest first, with the point's and lawyer's names and the rating given. */
export const myAppointments = () => get<MyAppointment[]>('/appointments/mine', undefined, 'resident');

export const cancelAppointment = (id: string) =>
  post<Appointment>(`/appointments/${id}/cancel`, {}, 'resident');

export const rescheduleAppointment = (id: string, slotId: string) =>
  post<Appointment>(`/appointments/${id}/reschedule`, { slotId }, 'resident');

export const rateAppointment = (id: string, score: number, comment?: string) =>
  post<Appointment>(`/appointments/${id}/rating`, { score, comment }, 'resident');

/** A point's appointments of one day, for its lawyers and officials (phones masked). */
export const dayAppointments = (servicePointId: string, date: string) =>
  get<DayAppointment[]>('/appointments', { servicePointId, date });

export const markArrived = (id: string) => post<Appointment>(`/appointments/${id}/arrive`);
export const markNoShow = (id: string) => post<Appointment>(`/appointments/${id}/no-show`);
/** Completes a consultation; the answer's `serviceLogDraft` goes to `POST /service-logs` as it is. */
export const markCompleted = (id: string) => post<CompletedAppointment>(`/appointments/${id}/complete`);

const DRAFTS_KEY = 'portal.logDrafts';

function readDrafts(): Record<string, ServiceLogDraft> {
  try {
    return JSON.parse(localStorage.getItem(DRAFTS_KEY) ?? '{}') as Record<string, ServiceLogDraft>;
  } catch {
    return {};
  }
}

/**
 * The completion's draft, kept on this phone until it is logged, so the form opens prefilled again
 * after a reload, a detour or closing the browser.
 */
export function keepDraft(draft: ServiceLogDraft): void {
  try {
    localStorage.setItem(DRAFTS_KEY, JSON.stringify({ ...readDrafts(), [draft.appointmentId]: draft }));
  } catch {
    // storage refused: the form still opens prefilled this once
  }
}

export function keptDraft(appointmentId: string): ServiceLogDraft | undefined {
  return readDrafts()[appointmentId];
}

export function dropDraft(appointmentId: string): void {
  const { [appointmentId]: _done, ...rest } = readDrafts();
  try {
    localStorage.setItem(DRAFTS_KEY, JSON.stringify(rest));
  } catch {
    // nothing kept
  }
}

/**
 * The draft of an appointment completed earlier (the tab that completed it kept none): the same
 * fields the completion answers with (libs/booking/src/appointments/service-log-draft.ts).
 */
export function draftOf(a: Appointment, now = new Date()): ServiceLogDraft {
  const startsAt = new Date(a.slot.startsAt);
  return {
    type: 'consultation',
    topic: a.topic,
    servicePointId: a.servicePointId,
    occurredAt: (startsAt < now ? startsAt : now).toISOString(),
    peopleCount: 1,
    summary: a.description.trim() ? a.description : `预约咨询（预约码${a.code}）`,
    appointmentId: a.id,
  };
}
