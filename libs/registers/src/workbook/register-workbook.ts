import type ExcelJS from 'exceljs';
import { newWorkbook, setPrintLayout, workbookBuffer } from '@app/core';

/** One column of a register: its Chinese header, its width (characters) and its cell format. */
export interface RegisterColumn<R> {
  header: string;
  width: number;
  value: (row: R, index: number) => string | number | null;
  numFmt?: string;
}

/** Yuan with two decimals, thousands separated. */
export const YUAN = '#,##0.00';

/**
 * A register (台账) as a workbook: its title on the first row, the Chinese headers on the second (both
 * repeated on every printed page), then one row per record, and a line saying when and by whom it was
 * made, and how many records it holds.
 */
export async function registerWorkbook<R>(
  sheetName: string,
  title: string,
  columns: RegisterColumn<R>[],
  rows: R[],
  footer: string,
): Promise<Buffer> {
  const book = newWorkbook();
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  writeTitle(sheet, title, columns.length);
  const head = sheet.addRow(columns.map((c) => c.header));
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  rows.forEach((r, i) => {
    const row = sheet.addRow(columns.map((c) => c.value(r, i) ?? ''));
    row.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.addRow([]);
  sheet.addRow([footer]).font = { size: 9, color: { argb: 'FF666666' } };
  setPrintLayout(sheet, { headerRows: 2 });
  return workbookBuffer(book);
}

export function writeTitle(sheet: ExcelJS.Worksheet, title: string, width: number): void {
  sheet.mergeCells(1, 1, 1, Math.max(width, 1));
  const cell = sheet.getCell(1, 1);
  cell.value = title;
  cell.font = { bold: true, size: 14 };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 24;
}
