import { businessTimeOfDay, newWorkbook, setPrintLayout, workbookBuffer } from '@app/core';
import type { AttendanceRow } from './dto/attendance.dto';

const STATUS_LABEL: Record<string, string> = {
  on_time: '正常',
  late: '迟到',
  left_early: '早退',
  absent: '缺勤',
  incomplete: '未签退',
  pending: '未开始',
  on_duty: '在岗',
};
const KIND_LABEL: Record<string, string> = {
  window: '驻窗值班',
  village_visit: '走访试点村',
  on_call: '电话值班',
};

const time = (iso: string | null) => (iso ? businessTimeOfDay(new Date(iso)) : '');

/** A month's attendance sheet (值班考勤表) as an xlsx workbook with Chinese headers. */
export async function attendanceSheet(
  title: string,
  rows: AttendanceRow[],
  pointNames: Map<string, string>,
): Promise<Buffer> {
  const book = newWorkbook();
  const sheet = book.addWorksheet('考勤明细', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = [
    { key: 'date', width: 12 },
    { key: 'point', width: 28 },
    { key: 'lawyer', width: 12 },
    { key: 'kind', width: 12 },
    { key: 'hours', width: 14 },
    { key: 'in', width: 10 },
    { key: 'out', width: 10 },
    { key: 'status', width: 10 },
    { key: 'minutes', width: 12 },
  ];
  sheet.mergeCells('A1:I1');
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.addRow([
    '日期',
    '服务点',
    '律师',
    '班次',
    '值班时间',
    '签到',
    '签退',
    '考勤',
    '在岗时长(分钟)',
  ]).font = { bold: true };
  for (const r of rows) {
    sheet.addRow({
      date: r.date,
      point: pointNames.get(r.servicePointId) ?? '',
      lawyer: r.lawyerName,
      kind: KIND_LABEL[r.kind] ?? r.kind,
      hours: `${time(r.startsAt)}–${time(r.endsAt)}`,
      in: time(r.checkInAt),
      out: time(r.checkOutAt),
      status: STATUS_LABEL[r.status] ?? r.status,
      minutes: r.minutes ?? '',
    });
  }
  setPrintLayout(sheet, { headerRows: 2 });
  const summary = book.addWorksheet('汇总');
  summary.columns = [{ width: 14 }, ...Object.keys(STATUS_LABEL).map(() => ({ width: 10 })), { width: 10 }];
  summary.addRow(['律师', ...Object.values(STATUS_LABEL), '合计']).font = { bold: true };
  const byLawyer = new Map<string, AttendanceRow[]>();
  for (const r of rows) byLawyer.set(r.lawyerName, [...(byLawyer.get(r.lawyerName) ?? []), r]);
  for (const [name, list] of byLawyer) {
    summary.addRow([
      name,
      ...Object.keys(STATUS_LABEL).map((s) => list.filter((r) => r.status === s).length),
      list.length,
    ]);
  }
  setPrintLayout(summary, { headerRows: 1 });
  return workbookBuffer(book);
}
