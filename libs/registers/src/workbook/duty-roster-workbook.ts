import { newWorkbook, setPrintLayout, workbookBuffer } from '@app/core';
import type { DutyTable } from '../rules/duty-table';
import { writeTitle } from './register-workbook';

const KIND_MARK: Record<string, string> = { village_visit: '(走访)', on_call: '(电话)' };

/**
 * The month's duty roster (值班表) to post at the window: the title, one row per day with its weekday
 * (and holiday), one column per service point with the lawyers on duty and their hours, and the
 * township office's phone at the foot.
 */
export async function dutyRosterWorkbook(
  title: string,
  table: DutyTable,
  phone: string | null,
): Promise<Buffer> {
  const book = newWorkbook();
  const sheet = book.addWorksheet('值班表', { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  sheet.columns = [{ width: 11 }, { width: 8 }, ...table.columns.map(() => ({ width: 18 }))];
  writeTitle(sheet, title, table.columns.length + 2);
  const head = sheet.addRow(['日期', '星期', ...table.columns.map((c) => c.name)]);
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const r of table.rows) {
    const row = sheet.addRow([
      r.date,
      r.dayName ? `${r.weekday} ${r.dayName}` : r.weekday,
      ...r.cells.map((entries) =>
        entries.map((e) => `${e.lawyerName}${KIND_MARK[e.kind] ?? ''} ${e.from}-${e.to}`).join('\n'),
      ),
    ]);
    row.alignment = { vertical: 'middle', wrapText: true };
    if (!r.workday) row.getCell(2).font = { color: { argb: 'FFC00000' } };
  }
  sheet.addRow([]);
  sheet.addRow([phone ? `联系电话:${phone}    公共法律服务热线:12348` : '公共法律服务热线:12348']);
  setPrintLayout(sheet, { headerRows: 2 });
  return workbookBuffer(book);
}
