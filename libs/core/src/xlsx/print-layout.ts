import ExcelJS from 'exceljs';

/** A4 in the OOXML paper-size list. */
export const A4_PAPER = 9;

/**
 * The widest table (sum of its column widths, in Excel's character units) that still prints on A4
 * portrait at a readable size; anything wider prints landscape. A4's 210 mm less 2 × 10 mm of margin
 * holds about 100 characters of the default font.
 */
export const PORTRAIT_MAX_WIDTH = 100;

/** Excel's width of a column that does not say (8.43 characters). */
const DEFAULT_COLUMN_WIDTH = 8.43;

export interface PrintLayout {
  /** The header rows at the top of the sheet (a title, the column headers), repeated on every page. */
  headerRows: number;
  /** Forces the orientation; by default landscape when the columns are wider than A4 portrait. */
  orientation?: 'portrait' | 'landscape';
}

/** The sum of a sheet's column widths (character units), columns without a width counted at Excel's default. */
export function tableWidth(sheet: ExcelJS.Worksheet): number {
  let width = 0;
  // Columns given widths but no cell yet count too (columnCount looks at the cells only).
  const count = Math.max(sheet.columnCount, sheet.columns?.length ?? 0);
  for (let c = 1; c <= count; c++) width += sheet.getColumn(c).width ?? DEFAULT_COLUMN_WIDTH;
  return width;
}

/**
 * How a sheet prints: on A4, landscape where the table is wider than the portrait page, scaled to the
 * page width (as many pages down as it needs: fitToWidth 1, fitToHeight 0), with its header rows
 * repeated at the top of every page and narrow margins. Every workbook the app makes goes through here
 * (see `workbookBuffer`).
 */
export function setPrintLayout(sheet: ExcelJS.Worksheet, layout: PrintLayout): void {
  const orientation =
    layout.orientation ?? (tableWidth(sheet) > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait');
  // Assigned field by field: replacing `pageSetup` as a whole would drop its margins.
  Object.assign(sheet.pageSetup, {
    paperSize: A4_PAPER,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  });
  if (layout.headerRows > 0) sheet.pageSetup.printTitlesRow = `1:${layout.headerRows}`;
  // 第 N 页 / 共 M 页 at the foot of every page, so a loose page of a long register finds its place.
  sheet.headerFooter.oddFooter = '&C第 &P 页 / 共 &N 页';
}

const hasLayout = (sheet: ExcelJS.Worksheet) => sheet.pageSetup.paperSize === A4_PAPER;

/**
 * The workbook as xlsx bytes, every visible sheet print-ready: sheets not given a layout with
 * `setPrintLayout` get the default one (one header row, orientation by width). Every workbook the app
 * hands out is written through here.
 */
export async function workbookBuffer(book: ExcelJS.Workbook): Promise<Buffer> {
  for (const sheet of book.worksheets)
    if (sheet.state === 'visible' && !hasLayout(sheet)) setPrintLayout(sheet, { headerRows: 1 });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A new workbook signed by the portal. */
export function newWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = '乡村公共法律服务平台';
  return book;
}
