import type ExcelJS from 'exceljs';
import { newWorkbook, setPrintLayout, workbookBuffer } from '@app/core';
import { change } from '../comparisons';
import { COUNTER_KEYS, COUNTERS, DERIVED_COUNT_KEYS, DERIVED_COUNTS, type Metrics } from '../metrics';
import type { MonthlyStats as Monthly, YearlyStats as Yearly } from '../stats.service';

// The files carry the figures only; where they were read travels in the answer's headers.
type MonthlyStats = Omit<Monthly, 'freshness'>;
type YearlyStats = Omit<Yearly, 'freshness'>;

/** A metric column of the exports: its Chinese header from COUNTERS (label and unit), and its format. */
interface MetricColumn {
  key: keyof Metrics;
  header: string;
  numFmt: string;
}

export const METRIC_COLUMNS: MetricColumn[] = [
  ...COUNTER_KEYS.map((key) => {
    const c = COUNTERS[key];
    const money = c.kind === 'money';
    return { key, header: `${c.label}(${money ? '元' : c.unit})`, numFmt: money ? '#,##0.00' : '0' };
  }),
  ...DERIVED_COUNT_KEYS.map((key) => ({
    key,
    header: `${DERIVED_COUNTS[key].label}(${DERIVED_COUNTS[key].unit})`,
    numFmt: '0',
  })),
  { key: 'satisfactionRate', header: '满意率', numFmt: '0.0%' },
];

/** The sheet of the breakdown by child region, named after the level of the children. */
export function regionSheetName(regionCode: string): string {
  return { 2: '按市', 4: '按县(市、区)', 6: '按镇(街道)' }[regionCode.length] ?? '按村(社区)';
}

/** Display width of a header: CJK characters take two columns. */
function displayWidth(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);
}

interface SheetSpec {
  name: string;
  /** The leading (descriptive) columns: header and width. */
  lead: { header: string; width: number }[];
  rows: { lead: string[]; metrics: Metrics }[];
  total?: Metrics;
}

function addTable(book: ExcelJS.Workbook, title: string, spec: SheetSpec): void {
  const sheet = book.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: spec.lead.length, ySplit: 2 }],
  });
  const columns = [
    ...spec.lead.map((l) => ({ width: l.width })),
    ...METRIC_COLUMNS.map((m) => ({
      width: Math.max(10, displayWidth(m.header) + 2),
      style: { numFmt: m.numFmt },
    })),
  ];
  sheet.columns = columns;
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center' };
  const head = sheet.addRow([...spec.lead.map((l) => l.header), ...METRIC_COLUMNS.map((m) => m.header)]);
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const values = (m: Metrics) => METRIC_COLUMNS.map((c) => m[c.key] ?? '');
  for (const r of spec.rows) sheet.addRow([...r.lead, ...values(r.metrics)]);
  if (spec.total) {
    const lead = spec.lead.map((_, i) => (i === 0 ? '合计' : ''));
    sheet.addRow([...lead, ...values(spec.total)]).font = { bold: true };
  }
  // The title and the headers (and so the names of the villages' columns) on every printed page.
  setPrintLayout(sheet, { headerRows: 2 });
}

/** An earlier period beside the totals: its header, its totals (null: nothing to compare) and the change's header. */
interface Comparison {
  header: string;
  changeHeader: string;
  metrics: Metrics | null;
}

/** Shown where a comparison cannot be given (nothing to compare, or a rise from zero). */
const NOT_COMPARABLE = '—';

function addTotalsSheet(
  book: ExcelJS.Workbook,
  title: string,
  totals: Metrics,
  comparisons: Comparison[] = [],
): void {
  const sheet = book.addWorksheet('合计', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = [
    { width: 26 },
    { width: 8 },
    { width: 16 },
    ...comparisons.flatMap(() => [{ width: 16 }, { width: 14 }]),
  ];
  sheet.mergeCells(1, 1, 1, 3 + comparisons.length * 2);
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.addRow(['项目', '单位', '数值', ...comparisons.flatMap((c) => [c.header, c.changeHeader])]).font = {
    bold: true,
  };
  const figures = [
    ...COUNTER_KEYS.map((key) => ({ key, ...COUNTERS[key] })),
    ...DERIVED_COUNT_KEYS.map((key) => ({ key, ...DERIVED_COUNTS[key] })),
  ];
  for (const c of figures) {
    const key = c.key;
    const numFmt = c.kind === 'money' ? '#,##0.00' : '0';
    const row = sheet.addRow([
      c.label,
      c.kind === 'money' ? '元' : c.unit,
      totals[key],
      ...comparisons.flatMap((cmp) => {
        const ratio = cmp.metrics ? change(totals[key], cmp.metrics[key]) : null;
        return [cmp.metrics?.[key] ?? NOT_COMPARABLE, ratio ?? NOT_COMPARABLE];
      }),
    ]);
    row.getCell(3).numFmt = numFmt;
    comparisons.forEach((_, i) => {
      row.getCell(4 + i * 2).numFmt = numFmt;
      row.getCell(5 + i * 2).numFmt = '0.0%';
    });
  }
  // A rate is compared by its value only: a change of a share in % would read as percentage points.
  const rate = sheet.addRow([
    '满意率',
    '',
    totals.satisfactionRate ?? '',
    ...comparisons.flatMap((cmp) => [cmp.metrics?.satisfactionRate ?? NOT_COMPARABLE, NOT_COMPARABLE]),
  ]);
  rate.getCell(3).numFmt = '0.0%';
  comparisons.forEach((_, i) => (rate.getCell(4 + i * 2).numFmt = '0.0%'));
  setPrintLayout(sheet, { headerRows: 2 });
}

const regionRows = (s: MonthlyStats | YearlyStats) =>
  s.byRegion.map((r) => ({
    lead: [r.regionCode, r.regionCode === s.regionCode ? `${r.name}(本级)` : r.name],
    metrics: r,
  }));
const lawyerRows = (s: MonthlyStats | YearlyStats) =>
  s.byLawyer.map((r) => ({ lead: [r.onStaff ? r.name : `${r.name}(非在册)`], metrics: r }));
const topicRows = (s: MonthlyStats | YearlyStats) => s.byTopic.map((r) => ({ lead: [r.label], metrics: r }));
const REGION_LEAD = [
  { header: '区划代码', width: 14 },
  { header: '名称', width: 24 },
];

/** The yearly statistics workbook: totals, by child region, by lawyer, by month and by topic. */
export async function yearlyWorkbook(stats: YearlyStats, title: string): Promise<Buffer> {
  const book = newWorkbook();
  addTotalsSheet(book, title, stats.totals, [
    { header: '去年同期', changeHeader: '同比增减', metrics: stats.lastYear },
  ]);
  addTable(book, title, {
    name: regionSheetName(stats.regionCode),
    lead: REGION_LEAD,
    rows: regionRows(stats),
    total: stats.totals,
  });
  addTable(book, title, { name: '按律师', lead: [{ header: '律师', width: 14 }], rows: lawyerRows(stats) });
  addTable(book, title, {
    name: '按月份',
    lead: [{ header: '月份', width: 10 }],
    rows: stats.byMonth.map((m) => ({ lead: [m.month], metrics: m })),
    total: stats.totals,
  });
  addTable(book, title, { name: '按类别', lead: [{ header: '类别', width: 12 }], rows: topicRows(stats) });
  return workbookBuffer(book);
}

/** The monthly tally workbook: totals, by child region, by lawyer and by topic. */
export async function monthlyWorkbook(stats: MonthlyStats, title: string): Promise<Buffer> {
  const book = newWorkbook();
  addTotalsSheet(book, title, stats.totals, [
    { header: '去年同月', changeHeader: '同比增减', metrics: stats.sameMonthLastYear },
    { header: '上月', changeHeader: '环比增减', metrics: stats.previousMonth },
  ]);
  addTable(book, title, {
    name: regionSheetName(stats.regionCode),
    lead: REGION_LEAD,
    rows: regionRows(stats),
    total: stats.totals,
  });
  addTable(book, title, { name: '按律师', lead: [{ header: '律师', width: 14 }], rows: lawyerRows(stats) });
  addTable(book, title, { name: '按类别', lead: [{ header: '类别', width: 12 }], rows: topicRows(stats) });
  return workbookBuffer(book);
}

/**
 * One CSV cell. Text that a spreadsheet would read as a formula (starting with = + - @, or a tab or
 * carriage return before one) gets a leading apostrophe, so a name like `=HYPERLINK(…)` stays text.
 * Numbers are written as they are.
 */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The monthly tally as CSV in UTF-8 with a byte-order mark (so that Excel reads the Chinese right):
 * the totals, then one row per child region, lawyer and topic, the group named in the first column.
 */
export function monthlyCsv(stats: MonthlyStats): Buffer {
  const metricCells = (m: Metrics) =>
    METRIC_COLUMNS.map((c) => {
      const v = m[c.key];
      if (v === null) return '';
      return c.numFmt === '#,##0.00' ? v.toFixed(2) : v;
    });
  const lines: (string | number | null)[][] = [
    ['分组', '代码', '名称', ...METRIC_COLUMNS.map((c) => c.header)],
    ['合计', stats.regionCode, stats.name, ...metricCells(stats.totals)],
    ...stats.byRegion.map((r) => [
      regionSheetName(stats.regionCode).slice(1),
      r.regionCode,
      r.name,
      ...metricCells(r),
    ]),
    ...stats.byLawyer.map((r) => ['律师', r.lawyerId, r.name, ...metricCells(r)]),
    ...stats.byTopic.map((r) => ['类别', r.topic, r.label, ...metricCells(r)]),
  ];
  const text = lines.map((l) => l.map(csvField).join(',')).join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${text}\r\n`, 'utf8')]);
}
