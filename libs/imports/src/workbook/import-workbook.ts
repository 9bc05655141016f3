import ExcelJS from 'exceljs';
import { newWorkbook, setPrintLayout, workbookBuffer } from '@app/core';
import { COLUMNS, DATA_SHEET, IMPORT_KINDS, type ImportKind } from '../import-kinds';
import { headerIndex, normaliseHeader, type RawRow } from '../rules/check-rows';

/** Rows a template offers drop-downs for, and the most an upload may hold. */
export const MAX_IMPORT_ROWS = 20_000;
const OPTIONS_SHEET = '可选值';

/** exceljs keeps range validations here; its typings leave the property out. */
interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/** What a template offers in its point and lawyer columns: the jurisdiction's names. */
export interface TemplateChoices {
  points: string[];
  lawyers: string[];
}

const columnLetter = (n: number): string => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

/**
 * The xlsx template of a kind: its data sheet with the Chinese headers (required ones marked *), a
 * drop-down of the allowed values on every column that has them (kept on a hidden sheet, since a list
 * typed into the validation may hold 255 characters at most), and a sheet with the instructions and an
 * example row.
 */
export async function buildTemplate(kind: ImportKind, choices: TemplateChoices): Promise<Buffer> {
  const book = newWorkbook();
  const columns = COLUMNS[kind];
  const sheet = book.addWorksheet(DATA_SHEET[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  const options = book.addWorksheet(OPTIONS_SHEET, { state: 'veryHidden' });
  sheet.columns = columns.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.field,
    width: Math.max(12, [...c.header].length * 2 + 4),
    style:
      c.type === 'datetime' ? { numFmt: 'yyyy-mm-dd hh:mm' } : c.type === 'money' ? { numFmt: '0.00' } : {},
  }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  setPrintLayout(sheet, { headerRows: 1 });
  columns.forEach((c, i) => {
    const list =
      c.type === 'point'
        ? choices.points
        : c.type === 'lawyer'
          ? choices.lawyers
          : c.choices?.map((o) => o.label);
    const letter = columnLetter(i + 1);
    if (c.note) head.getCell(i + 1).note = c.note;
    if (!list?.length) return;
    list.forEach((v, k) => (options.getCell(k + 1, i + 1).value = v));
    // A lawyer not on the list may still be typed in (kept as a name): a warning, not a refusal.
    (sheet as unknown as { dataValidations: DataValidations }).dataValidations.add(
      `${letter}2:${letter}${MAX_IMPORT_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`'${OPTIONS_SHEET}'!$${letter}$1:$${letter}$${list.length}`],
        showErrorMessage: true,
        errorStyle: c.type === 'lawyer' ? 'warning' : 'stop',
        errorTitle: c.header,
        error: c.type === 'lawyer' ? '不在名单中的律师将按姓名保留' : '请从下拉列表中选择',
      },
    );
  });

  const help = book.addWorksheet('填写说明');
  help.columns = columns.map((c) => ({
    header: c.header,
    width: Math.max(12, [...c.header].length * 2 + 4),
  }));
  help.getRow(1).font = { bold: true };
  help.addRow(
    columns.map((c) =>
      c.type === 'point'
        ? (choices.points[0] ?? '')
        : c.type === 'lawyer'
          ? (choices.lawyers[0] ?? '')
          : c.example,
    ),
  );
  help.addRow([]);
  help.addRow([
    '上面一行是示例。请在第一个工作表中逐行填写,每行一条记录;第一行的表头请勿修改(列的顺序可以调整)。',
  ]);
  help.addRow(['带*的列必填;日期为2010-01-01至今天,金额单位为元、最多两位小数,人数为不小于0的整数。']);
  help.addRow(['不在本系统中的律师可直接填写姓名,导入后按姓名保留(不创建登录账号)。']);
  setPrintLayout(help, { headerRows: 1 });
  return workbookBuffer(book);
}

/** Why an upload cannot be read as rows of a kind. */
export type WorkbookProblem =
  | { code: 'NOT_XLSX' }
  | { code: 'WRONG_TEMPLATE'; kindOfFile: ImportKind | null }
  | { code: 'UNKNOWN_COLUMNS'; columns: string[] }
  | { code: 'MISSING_COLUMNS'; columns: string[] }
  | { code: 'TOO_MANY_ROWS'; rows: number }
  | { code: 'NO_ROWS' };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads an uploaded workbook: the kind's sheet (else the first), its first row as headers, matched to
 * the kind's columns by header or alias in any order; then every non-empty row by its sheet row number.
 */
export async function readWorkbook(
  kind: ImportKind,
  file: Buffer,
): Promise<{ rows: RawRow[] } | WorkbookProblem> {
  if (file.length < 4 || !file.subarray(0, 4).equals(ZIP_MAGIC)) return { code: 'NOT_XLSX' };
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return { code: 'NOT_XLSX' };
  }
  const sheet =
    book.getWorksheet(DATA_SHEET[kind]) ??
    book.worksheets.find((s) => s.state !== 'veryHidden' && s.state !== 'hidden');
  if (!sheet) return { code: 'NOT_XLSX' };
  const headers: { col: number; text: string }[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    const text = String(cell.text ?? '').trim();
    if (text) headers.push({ col, text });
  });
  const index = headerIndex(kind);
  const fields = new Map<number, string>();
  const unknown: string[] = [];
  for (const h of headers) {
    const c = index.get(normaliseHeader(h.text));
    if (c) fields.set(h.col, c.field);
    else unknown.push(h.text);
  }
  if (unknown.length) {
    // Headers that fit another kind's template better: the wrong template, not stray columns.
    const other = IMPORT_KINDS.filter((k) => k !== kind).find((k) => {
      const idx = headerIndex(k);
      return headers.filter((h) => idx.has(normaliseHeader(h.text))).length > fields.size;
    });
    if (other || !fields.size) return { code: 'WRONG_TEMPLATE', kindOfFile: other ?? null };
    return { code: 'UNKNOWN_COLUMNS', columns: unknown };
  }
  const present = new Set(fields.values());
  const missing = COLUMNS[kind].filter((c) => c.required && !present.has(c.field)).map((c) => c.header);
  if (missing.length) return { code: 'MISSING_COLUMNS', columns: missing };
  const rows: RawRow[] = [];
  let tooMany = 0;
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, unknown> = {};
    let any = false;
    for (const [col, field] of fields) {
      const v = r.getCell(col).value;
      if (v !== null && v !== undefined && !(typeof v === 'string' && !v.trim())) any = true;
      values[field] = v;
    }
    if (!any) return;
    if (rows.length >= MAX_IMPORT_ROWS) tooMany++;
    else rows.push({ row: rowNumber, values });
  });
  if (tooMany) return { code: 'TOO_MANY_ROWS', rows: rows.length + tooMany };
  if (!rows.length) return { code: 'NO_ROWS' };
  return { rows };
}
