/**
 * What the work log needs to record a completed appointment: the lawyer sends it to
 * `POST /api/v1/service-logs` as it is (or edits it first). Its `occurredAt` is the slot's start,
 * or now when the consultation is completed before its slot began, so it is never in the future.
 */
export interface ServiceLogDraft {
  type: 'consultation';
  topic: string;
  servicePointId: string;
  occurredAt: string;
  peopleCount: 1;
  summary: string;
  appointmentId: string;
}

export function serviceLogDraft(
  a: {
    id: string;
    code: string;
    topic: string;
    description: string;
    servicePointId: string;
    slot: { startsAt: string };
  },
  now: Date,
): ServiceLogDraft {
  const startsAt = new Date(a.slot.startsAt);
  return {
    type: 'consultation',
    topic: a.topic,
    servicePointId: a.servicePointId,
    occurredAt: (startsAt < now ? startsAt : now).toISOString(),
    peopleCount: 1,
    // The log needs a summary; a booking may have come without a description.
    summary: a.description.trim() ? a.description : `预约咨询（预约码${a.code}）`,
    appointmentId: a.id,
  };
}
