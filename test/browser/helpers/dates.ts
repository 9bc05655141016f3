/** YYYY-MM-DD in Asia/Shanghai, `days` from today. */
export function today(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
}

/** YYYY-MM of the month `months` after this one (Asia/Shanghai). */
export function monthFromNow(months: number): string {
  const [y, m] = today().split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 7);
}

export function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

export function thisMonthOf(): string {
  return today().slice(0, 7);
}
