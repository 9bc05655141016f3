import { businessTimeOfDay } from '@app/core';
import type { DutyShift } from '../duty-shift.entity';
import type { ShiftResponse } from './shift.dto';

type ShiftLike = Pick<
  DutyShift,
  'id' | 'servicePointId' | 'regionCode' | 'lawyerId' | 'date' | 'startsAt' | 'endsAt' | 'kind'
> &
  Partial<Pick<DutyShift, 'status' | 'published'>>;

/** A shift's times as the API shows them: local HH:mm and ISO instants. */
export function shiftTimes(s: Pick<DutyShift, 'startsAt' | 'endsAt'>): {
  from: string;
  to: string;
  startsAt: string;
  endsAt: string;
} {
  return {
    from: businessTimeOfDay(s.startsAt),
    to: businessTimeOfDay(s.endsAt),
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
  };
}

/** A shift for the API; one just planned (no status yet) is planned and unpublished. */
export function toShiftResponse(s: ShiftLike, names: Map<string, string>): ShiftResponse {
  return {
    id: s.id,
    servicePointId: s.servicePointId,
    regionCode: s.regionCode,
    lawyerId: s.lawyerId,
    lawyerName: names.get(s.lawyerId) ?? '',
    date: s.date,
    ...shiftTimes(s),
    kind: s.kind,
    status: s.status ?? 'planned',
    published: s.published ?? false,
  };
}
