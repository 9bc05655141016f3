import { addDays, type Clock, monthRange } from '@app/core';

/** YYYY-MM-DD in Asia/Shanghai by the test's clock, `days` from its today. */
export function today(clock: Clock, days = 0): string {
  return addDays(clock.today(), days);
}

/** YYYY-MM of the month `months` after the clock's month (Asia/Shanghai). */
export function monthFromNow(clock: Clock, months: number): string {
  const [y, m] = clock.today().split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 7);
}

export function lastDay(month: string): string {
  return monthRange(month).to;
}
