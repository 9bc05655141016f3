import { datesBetween, isoWeekday } from '@app/core';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** A shift as the duty table needs it. */
export interface TableShift {
  servicePointId: string;
  lawyerName: string;
  date: string;
  from: string;
  to: string;
  kind: string;
}

/** A service point as a column of the duty table. */
export interface TablePoint {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
}

/** One lawyer's duty in a cell: the name and the hours. */
export interface DutyEntry {
  lawyerName: string;
  from: string;
  to: string;
  kind: string;
}

export interface DutyTableRow {
  date: string;
  /** 一 … 日 */
  weekday: string;
  workday: boolean;
  /** A holiday's or make-up day's name (国庆节, 国庆节调休), else empty. */
  dayName: string;
  /** One cell per column, in the columns' order. */
  cells: DutyEntry[][];
}

export interface DutyTable {
  columns: { servicePointId: string; name: string; kind: string }[];
  rows: DutyTableRow[];
}

const KIND_ORDER: Record<string, number> = { county_center: 0, township_center: 1, village_point: 2 };

/**
 * The month's duty roster (值班表) as a table: one row per day, one column per service point that has a
 * shift in the month (the township centre first, then the villages by region code), the lawyers on
 * duty in each cell by starting time.
 */
export function dutyTable(
  from: string,
  to: string,
  points: TablePoint[],
  shifts: TableShift[],
  days: { date: string; workday: boolean; name: string }[],
): DutyTable {
  const used = new Set(shifts.map((s) => s.servicePointId));
  const columns = points
    .filter((p) => used.has(p.id))
    .sort(
      (a, b) =>
        (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) ||
        a.regionCode.localeCompare(b.regionCode) ||
        a.name.localeCompare(b.name),
    );
  const index = new Map(columns.map((c, i) => [c.id, i]));
  const calendar = new Map(days.map((d) => [d.date, d]));
  const rows = datesBetween(from, to).map((date) => {
    const d = calendar.get(date);
    return {
      date,
      weekday: WEEKDAYS[isoWeekday(date) - 1],
      workday: d?.workday ?? isoWeekday(date) <= 5,
      dayName: d?.name ?? '',
      cells: columns.map((): DutyEntry[] => []),
    };
  });
  const rowOf = new Map(rows.map((r) => [r.date, r]));
  const sorted = [...shifts].sort(
    (a, b) => a.from.localeCompare(b.from) || a.lawyerName.localeCompare(b.lawyerName),
  );
  for (const s of sorted) {
    const row = rowOf.get(s.date);
    const col = index.get(s.servicePointId);
    if (row && col !== undefined)
      row.cells[col].push({ lawyerName: s.lawyerName, from: s.from, to: s.to, kind: s.kind });
  }
  return {
    columns: columns.map((c) => ({ servicePointId: c.id, name: c.name, kind: c.kind })),
    rows,
  };
}
