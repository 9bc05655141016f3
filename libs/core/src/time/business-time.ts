import { BUSINESS_TIME_ZONE } from '../config/app-config';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

const partsFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function zonedParts(instant: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of partsFormatter.formatToParts(instant)) out[p.type] = p.value;
  return out;
}

/** The business day (Asia/Shanghai) an instant falls on, as `YYYY-MM-DD`. */
export function businessDate(instant: Date): string {
  const p = zonedParts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The business month (Asia/Shanghai) an instant falls in, as `YYYY-MM`. */
export function businessMonth(instant: Date): string {
  return businessDate(instant).slice(0, 7);
}

/** Local wall-clock time `HH:mm` of an instant in the business zone. */
export function businessTimeOfDay(instant: Date): string {
  const p = zonedParts(instant);
  return `${p.hour}:${p.minute}`;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isValidDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function isValidMonth(value: string): boolean {
  const m = MONTH_RE.exec(value);
  return !!m && +m[2] >= 1 && +m[2] <= 12;
}

// The business zone has had no daylight saving since 1991, so its offset is a constant +08:00.
const OFFSET = '+08:00';

/** The instant a wall-clock time on a business day begins, e.g. ('2026-11-30', '08:30'). */
export function businessInstant(date: string, time = '00:00'): Date {
  if (!isValidDate(date)) throw new RangeError(`Not a date: ${date}`);
  if (!/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(time)) throw new RangeError(`Not a time: ${time}`);
  return new Date(`${date}T${time.length === 5 ? `${time}:00` : time}${OFFSET}`);
}

/** `[start, end)` of a business day as instants. */
export function businessDayRange(date: string): { start: Date; end: Date } {
  return { start: businessInstant(date), end: businessInstant(addDays(date, 1)) };
}

/** Adds calendar days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  if (!isValidDate(date)) throw new RangeError(`Not a date: ${date}`);
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The ISO week of a date: `2026-W44`, with its Monday and Sunday. */
export function isoWeekOf(date: string): { key: string; monday: string; sunday: string; thursday: string } {
  const monday = addDays(date, 1 - isoWeekday(date));
  const thursday = addDays(monday, 3);
  // The ISO week-year is the year of the week's Thursday; week 1 holds that year's first Thursday.
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(`${year}-01-01`, (4 - isoWeekday(`${year}-01-01`) + 7) % 7);
  const week = Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * 86_400_000)) + 1;
  return { key: `${year}-W${String(week).padStart(2, '0')}`, monday, sunday: addDays(monday, 6), thursday };
}

/** First and last day of a month `YYYY-MM`. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
