import { addDays, monthRange } from '@app/core';
import type { ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import type { TestApp } from './test-app';

/**
 * The published 08:30–17:00 window shifts of this month and the next at a town's centre, from the
 * demo roster (the seed generates and publishes both months), by date.
 */
export async function publishedWindowShifts(
  t: TestApp,
  token: string,
  regionCode: string,
  pointId: string,
): Promise<ShiftResponse[]> {
  const thisMonth = monthRange(t.clock.today().slice(0, 7));
  const res = await t
    .http()
    .get('/api/v1/shifts')
    .query({ regionCode, from: thisMonth.from, to: monthRange(addDays(thisMonth.to, 1).slice(0, 7)).to })
    .set('authorization', `Bearer ${token}`);
  if (res.status !== 200) throw new Error(`shifts: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as ShiftResponse[]).filter(
    (s) => s.kind === 'window' && s.servicePointId === pointId && s.published && s.from === '08:30',
  );
}
