import { businessTimeOfDay } from '@app/core';
import type { DutyShift } from '../duty-shift.entity';
import type { ShiftResponse } from './shift.dto';

export function toShiftResponse(s: DutyShift, names: Map<string, string>): ShiftResponse {
  return {
    id: s.id,
    servicePointId: s.servicePointId,
    regionCode: s.regionCode,
    lawyerId: s.lawyerId,
    lawyerName: names.get(s.lawyerId) ?? '',
    date: s.date,
    from: businessTimeOfDay(s.startsAt),
    to: businessTimeOfDay(s.endsAt),
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    kind: s.kind,
    status: s.status,
    published: s.published,
  };
}
