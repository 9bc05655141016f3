import ExcelJS from 'exceljs';
import { attendanceSheet } from '@app/attendance/attendance-sheet';
import type { AttendanceRow } from '@app/attendance/dto/attendance.dto';
import { A4_PAPER, PORTRAIT_MAX_WIDTH, tableWidth } from '@app/core';
import { IMPORT_KINDS } from '@app/imports/import-kinds';
import { buildTemplate } from '@app/imports/workbook/import-workbook';
import type { RegisterCase } from '@app/legal-aid';
import {
  contractReviewColumns,
  dutyRosterWorkbook,
  dutyTable,
  legalAidColumns,
  registerWorkbook,
  serviceLogColumns,
  workshopColumns,
} from '@app/registers';
import { toMetrics } from '@app/stats/metrics-view';
import { monthlyWorkbook, yearlyWorkbook } from '@app/stats/report/stats-workbook';
import type { ServiceLogResponse, WorkshopResponse } from '@app/worklog';

/**
 * Every workbook the app hands out, built from a little data each: the yearly statistics, the
 * monthly tally, the attendance sheet, the import templates, the four registers and the duty roster.
 */
async function everyWorkbook(): Promise<[string, Buffer][]> {
  const zero = toMetrics({});
  const totals = { ...zero, consultations: 12 };
  const stats = {
    regionCode: '330282113',
    name: '胜山镇',
    totals,
    byRegion: [{ regionCode: '330282113001', name: '胜山村', ...totals }],
    byLawyer: [{ lawyerId: 'a', name: '张律师', onStaff: true, ...totals }],
    byTopic: [{ topic: 'other', label: '其他', ...totals }],
  };
  const names = { points: new Map([['p1', '胜山镇公共法律服务工作站']]) };
  const log = {
    id: 'l1',
    type: 'contract_review',
    topic: 'contract_debt',
    servicePointId: 'p1',
    lawyerName: '张律师',
    occurredAt: '2026-11-10T01:30:00Z',
    peopleCount: 1,
    summary: '审核土地流转合同',
    outcome: '建议修改',
    amountInvolved: null,
    resolved: null,
    contractAmount: 1000.5,
    followedUpAt: null,
    source: 'entry',
  } as ServiceLogResponse;
  const workshop = {
    id: 'w1',
    servicePointId: 'p1',
    heldAt: '2026-11-05T06:00:00Z',
    topic: '民法典讲座',
    kind: 'lecture',
    audienceCount: 60,
    lecturerName: '张律师',
    source: 'entry',
  } as WorkshopResponse;
  const legalAid = {
    id: 'c1',
    caseNo: '(2026)慈法援字第0001号',
    receivedAt: '2026-11-16T02:00:00Z',
    applicant: { name: '王建国', phoneMasked: '138****5678', idNumberMasked: '330282**********31' },
    category: 'labour_wages',
    summary: '欠薪',
    servicePointId: 'p1',
    status: 'applied',
    decidedAt: null,
    accepted: null,
    assignedLawyer: null,
    firstAssignedAt: null,
    closedAt: null,
    endedAt: null,
    outcome: null,
    endReason: null,
    amountRecovered: null,
    revealed: false,
  } as unknown as RegisterCase;
  const attendance = {
    shiftId: 's1',
    date: '2026-11-10',
    lawyerId: 'a',
    lawyerName: '张律师',
    servicePointId: 'p1',
    kind: 'window',
    startsAt: '2026-11-10T01:00:00Z',
    endsAt: '2026-11-10T09:00:00Z',
    checkInAt: null,
    checkOutAt: null,
    status: 'absent',
    minutes: null,
    corrected: false,
    corrections: [],
    absence: null,
  } satisfies AttendanceRow;
  const roster = dutyTable(
    '2026-11-01',
    '2026-11-30',
    [{ id: 'p1', name: '胜山镇公共法律服务工作站', kind: 'township_center', regionCode: '330282113' }],
    [
      {
        servicePointId: 'p1',
        lawyerName: '张律师',
        date: '2026-11-02',
        from: '09:00',
        to: '17:00',
        kind: 'window',
      },
    ],
    [],
  );
  return [
    [
      'yearly statistics',
      await yearlyWorkbook(
        {
          ...stats,
          year: 2026,
          through: '2026-11',
          byMonth: [{ month: '2026-11', ...totals }],
          lastYear: null,
          uniqueResidents: 0,
        },
        '胜山镇公共法律服务工作统计表(2026年1-11月)',
      ),
    ],
    [
      'monthly tally',
      await monthlyWorkbook(
        {
          ...stats,
          month: '2026-11',
          previousMonth: null,
          sameMonthLastYear: zero,
          uniqueResidents: 0,
          periodStatus: null,
          version: null,
        },
        '胜山镇公共法律服务工作统计表(2026年11月)',
      ),
    ],
    ['attendance sheet', await attendanceSheet('值班考勤表', [attendance], new Map([['p1', '工作站']]))],
    ...(await Promise.all(
      IMPORT_KINDS.map(
        async (kind) =>
          [
            `import template ${kind}`,
            await buildTemplate(kind, { points: ['工作站'], lawyers: ['张律师'] }),
          ] as [string, Buffer],
      ),
    )),
    [
      'register service_logs',
      await registerWorkbook('工作日志', '工作日志', serviceLogColumns(names), [log], '共1条'),
    ],
    [
      'register contract_reviews',
      await registerWorkbook('合同审核台账', '合同审核台账', contractReviewColumns(names), [log], '共1条'),
    ],
    [
      'register workshops',
      await registerWorkbook('法治讲座台账', '法治讲座台账', workshopColumns(names), [workshop], '共1条'),
    ],
    [
      'register legal_aid_cases',
      await registerWorkbook(
        '法律援助案件台账',
        '法律援助案件台账',
        legalAidColumns(names),
        [legalAid],
        '共1条',
      ),
    ],
    [
      'duty roster',
      await dutyRosterWorkbook('胜山镇公共法律服务值班表(2026年11月)', roster, '0574-12345678'),
    ],
  ];
}

describe('the print layout of every workbook', () => {
  let books: [string, ExcelJS.Workbook][];

  beforeAll(async () => {
    books = [];
    for (const [name, file] of await everyWorkbook()) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file as unknown as ArrayBuffer);
      books.push([name, book]);
    }
  });

  it('prints every visible sheet on A4 fitted to the page width, its header rows on every page', () => {
    const sheets = books.flatMap(([name, book]) =>
      book.worksheets.filter((s) => s.state === 'visible').map((s) => [`${name} / ${s.name}`, s] as const),
    );

    expect(sheets.length).toBeGreaterThanOrEqual(books.length);
    for (const [, sheet] of sheets) {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: A4_PAPER,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(sheet.pageSetup.printTitlesRow).toMatch(/^1:[12]$/);
    }
  });

  it('prints landscape exactly the sheets wider than A4 portrait', () => {
    for (const [name, book] of books)
      for (const sheet of book.worksheets.filter((s) => s.state === 'visible')) {
        const wide = tableWidth(sheet) > PORTRAIT_MAX_WIDTH;
        expect([`${name} / ${sheet.name}`, sheet.pageSetup.orientation]).toEqual([
          `${name} / ${sheet.name}`,
          wide ? 'landscape' : 'portrait',
        ]);
      }
  });

  it('repeats the title and the headers (two rows) of the statistics, the registers and the roster', () => {
    const titled = books.filter(([name]) => !name.startsWith('import template'));
    for (const [name, book] of titled) {
      const first = book.worksheets.find((s) => s.state === 'visible' && s.getCell('A1').isMerged)!;
      expect([name, first.pageSetup.printTitlesRow]).toEqual([name, '1:2']);
    }
  });

  it('prints the yearly workbook’s wide village sheet landscape, the registers landscape', () => {
    const sheet = (name: string, sheetName: string) =>
      books.find(([n]) => n === name)![1].getWorksheet(sheetName)!;

    expect(sheet('yearly statistics', '按村(社区)').pageSetup.orientation).toBe('landscape');
    expect(sheet('register service_logs', '工作日志').pageSetup.orientation).toBe('landscape');
    expect(sheet('register legal_aid_cases', '法律援助案件台账').pageSetup.orientation).toBe('landscape');
  });
});
