// Business dates are Asia/Shanghai whatever the phone's own time zone (see DESIGN.md).
const ZONE = 'Asia/Shanghai';
const ymd = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const hm = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** YYYY-MM-DD of an instant in Asia/Shanghai. */
export function dateOf(at: Date | string): string {
  return ymd.format(typeof at === 'string' ? new Date(at) : at);
}

/** HH:mm of an instant in Asia/Shanghai. */
export function timeOf(at: Date | string): string {
  return hm.format(typeof at === 'string' ? new Date(at) : at);
}

/**
 * YYYY-MM-DD HH:mm of an instant in Asia/Shanghai: how every date and time is shown in the app
 * (an ISO string's own date part is UTC: 01:28 on the 7th in Shanghai is the 6th there).
 */
export function dateTimeOf(at: Date | string | null | undefined): string {
  if (at === null || at === undefined || at === '') return '—';
  return `${dateOf(at)} ${timeOf(at)}`;
}

export function today(): string {
  return dateOf(new Date());
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD): negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** 1 = Monday … 7 = Sunday, as the API's opening hours count. */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function thisMonth(): string {
  return today().slice(0, 7);
}

export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function daysOf(month: string): string[] {
  const { from, to } = monthRange(month);
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The local Shanghai wall time `date` + `hhmm` as an ISO instant with offset. */
export function instantAt(date: string, hhmm: string): string {
  return `${date}T${hhmm}:00+08:00`;
}

/** YYYY-MM `months` after `month` (negative: before). */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 7);
}
