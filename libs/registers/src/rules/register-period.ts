import { addDays, isValidDate, monthRange, ValidationFailedException } from '@app/core';

/** The longest period one register covers: a year (a leap year's 366 days). */
export const MAX_REGISTER_DAYS = 366;

/** What a register's query says of its period: a month, a year, or from/to (dates, both included). */
export interface PeriodQuery {
  month?: string;
  year?: number;
  from?: string;
  to?: string;
}

/** A register's period: business dates, both ends included, and how the title words it. */
export interface RegisterPeriod {
  from: string;
  to: string;
  /** e.g. 2026年11月, 2026年, 2026年3月1日至2026年5月31日. */
  label: string;
  /** For file names: 2026-11, 2026, 2026-03-01_2026-05-31. */
  key: string;
}

const chineseDate = (d: string) =>
  `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/**
 * The period a register covers: exactly one of `month`, `year` or `from` and `to` (400 naming the
 * fields otherwise), at most MAX_REGISTER_DAYS days long.
 */
export function registerPeriod(q: PeriodQuery): RegisterPeriod {
  const given = [q.month !== undefined, q.year !== undefined, q.from !== undefined || q.to !== undefined];
  if (given.filter(Boolean).length !== 1) {
    throw new ValidationFailedException({
      period: ['give exactly one of month (YYYY-MM), year (YYYY), or from and to (YYYY-MM-DD)'],
    });
  }
  if (q.month !== undefined) {
    const { from, to } = monthRange(q.month);
    return {
      from,
      to,
      label: `${Number(q.month.slice(0, 4))}年${Number(q.month.slice(5, 7))}月`,
      key: q.month,
    };
  }
  if (q.year !== undefined)
    return { from: `${q.year}-01-01`, to: `${q.year}-12-31`, label: `${q.year}年`, key: String(q.year) };
  if (q.from === undefined || q.to === undefined) {
    throw new ValidationFailedException({
      [q.from === undefined ? 'from' : 'to']: ['from and to are given together'],
    });
  }
  if (!isValidDate(q.from) || !isValidDate(q.to))
    throw new ValidationFailedException({ from: ['from and to are dates YYYY-MM-DD'] });
  if (q.from > q.to) throw new ValidationFailedException({ to: ['must not be before from'] });
  if (addDays(q.from, MAX_REGISTER_DAYS) <= q.to)
    throw new ValidationFailedException({
      to: [`a register covers at most ${MAX_REGISTER_DAYS} days; ask for a year or less`],
    });
  return {
    from: q.from,
    to: q.to,
    label: `${chineseDate(q.from)}至${chineseDate(q.to)}`,
    key: `${q.from}_${q.to}`,
  };
}
