import { type Metrics } from '../metrics';
import { deriveRates, toMetrics } from '../metrics-view';
import { contentDisposition, statsTitle } from './download';
import ExcelJS from 'exceljs';
import { csvField, monthlyCsv, monthlyWorkbook } from './stats-workbook';
import { periodCovered, wanYuan, yearEndParagraph } from './year-end-paragraph';

const zero = (): Metrics => ({ ...toMetrics({}) });

describe('yearEndParagraph', () => {
  it('names each non-zero metric with its unit, in the township reports’ order, amounts in 万元', () => {
    const totals = {
      ...zero(),
      consultations: 237,
      documentsDrafted: 7,
      legalAidCases: 6,
      mediations: 23,
      mediationAmount: 10_872_500,
      villageAffairs: 16,
      contractsReviewed: 12,
      lectures: 24,
      workshops: 24,
      dutyDays: 450,
    };

    expect(yearEndParagraph(totals, '至12月底')).toBe(
      '至12月底,已为群众提供法律咨询237人次,代拟各类法律文书7份,办理法律援助6件,律师参与各类矛盾纠纷调处23起,涉及金额1087.25万元;' +
        '协助村级处置法律事务16件,审核村级经济合同12份,开展专题法治讲座24堂,各类普法活动共24场;坐诊450天。',
    );
  });

  it('leaves zero metrics out and adds the satisfaction rate when there are ratings', () => {
    const totals = { ...zero(), appointments: 10, ratings: 8, ratingsSatisfied: 7, satisfactionRate: 0.875 };

    expect(yearEndParagraph(totals, '至6月底')).toBe(
      '至6月底,已受理群众预约10次,回访评价8次,其中满意7次,群众满意率87.5%。',
    );
    expect(yearEndParagraph(zero(), '至3月底')).toBe('至3月底,暂无公共法律服务工作记录。');
  });

  it('adds the 同比 wording to each metric last year had, and leaves it out of those it lacked', () => {
    const totals = {
      ...zero(),
      consultations: 237,
      documentsDrafted: 7,
      mediations: 20,
      mediationAmount: 10_000,
    };
    const lastYear = {
      ...zero(),
      consultations: 211,
      documentsDrafted: 0,
      mediations: 20,
      mediationAmount: 12_500,
    };

    expect(yearEndParagraph(totals, '至12月底', lastYear)).toBe(
      '至12月底,已为群众提供法律咨询237人次,同比增长12.3%,代拟各类法律文书7份,' +
        '律师参与各类矛盾纠纷调处20起,同比持平,涉及金额1.00万元,同比下降20.0%。',
    );
    expect(yearEndParagraph(totals, '至12月底', null)).toBe(yearEndParagraph(totals, '至12月底'));
  });

  it('names the help with village disputes, grid workers’ mediations included, when there were such mediations', () => {
    const withGrid = { ...zero(), mediations: 23, gridGuidance: 4 };
    deriveRates(withGrid);
    const withoutGrid = { ...zero(), mediations: 23 };
    deriveRates(withoutGrid);

    expect(withGrid.villageDisputesAssisted).toBe(27);
    expect(yearEndParagraph(withGrid, '至12月底')).toBe(
      '至12月底,已律师参与各类矛盾纠纷调处23起;协助各村调处各类纠纷27起(包括指导网格员调解4起)。',
    );
    expect(yearEndParagraph(withoutGrid, '至12月底')).toBe('至12月底,已律师参与各类矛盾纠纷调处23起。');
  });

  it('says 至…月底 only once the month is over, else the day the figures run to', () => {
    expect(periodCovered('2026-12', '2027-01-05')).toEqual({ wording: '至12月底', complete: true });
    expect(periodCovered('2026-11', '2026-12-06')).toEqual({ wording: '至11月底', complete: true });
    expect(periodCovered('2026-12', '2026-12-06')).toEqual({ wording: '截至12月6日', complete: false });
    expect(periodCovered('2026-12', '2026-12-31')).toEqual({ wording: '截至12月31日', complete: false });
    expect(periodCovered('2026-12', '2026-11-23')).toEqual({ wording: '截至11月23日', complete: false });
  });

  it('rounds amounts to 0.01万元 half up', () => {
    expect(wanYuan(10_872_500)).toBe('1087.25万元');
    expect(wanYuan(50)).toBe('0.01万元');
    expect(wanYuan(49.99)).toBe('0.00万元');
    expect(wanYuan(9_500_000)).toBe('950.00万元');
  });
});

describe('downloads', () => {
  it('titles a year to date and a month the way officials do', () => {
    expect(statsTitle('胜山镇', 2026, 1, 12)).toBe('胜山镇公共法律服务工作统计表(2026年1-12月)');
    expect(statsTitle('胜山镇', 2026, 11, 11)).toBe('胜山镇公共法律服务工作统计表(2026年11月)');
  });

  it('gives the Chinese file name per RFC 5987 beside an ASCII one', () => {
    const header = contentDisposition({
      filename: '胜山镇(2026年).xlsx',
      asciiFilename: 'stats-330282113-2026.xlsx',
    });

    expect(header).toBe(
      `attachment; filename="stats-330282113-2026.xlsx"; filename*=UTF-8''%E8%83%9C%E5%B1%B1%E9%95%87%282026%E5%B9%B4%29.xlsx`,
    );
    expect(decodeURIComponent(header.split("''")[1])).toBe('胜山镇(2026年).xlsx');
  });

  it('writes CSV in UTF-8 with a byte-order mark, amounts with two decimals', () => {
    const totals = { ...zero(), consultations: 3, mediationAmount: 1087.5 };
    const csv = monthlyCsv({
      regionCode: '330282113',
      name: '胜山镇',
      month: '2026-11',
      periodStatus: 'open',
      version: null,
      uniqueResidents: 0,
      totals,
      byRegion: [{ regionCode: '330282113201', name: '胜山村', ...totals }],
      byLawyer: [],
      byTopic: [],
      previousMonth: null,
      sameMonthLastYear: null,
    });

    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0].startsWith('分组,代码,名称,法律咨询(人次),代拟法律文书(份)')).toBe(true);
    expect(lines[1].startsWith('合计,330282113,胜山镇,3,0,')).toBe(true);
    expect(lines[1]).toContain(',1087.50,');
    expect(lines[2].startsWith('村(社区),330282113201,胜山村,3,')).toBe(true);
  });

  it('keeps a name that looks like a formula as text in the CSV, and leaves numbers alone', () => {
    const totals = { ...zero(), consultations: 3 };
    const csv = monthlyCsv({
      regionCode: '330282113',
      name: '胜山镇',
      month: '2026-11',
      periodStatus: 'open',
      version: null,
      uniqueResidents: 0,
      totals,
      byRegion: [],
      byLawyer: [
        { lawyerId: 'a', name: '=HYPERLINK("http://evil.example","点击")', onStaff: true, ...totals },
        { lawyerId: 'b', name: '+1+cmd|calc', onStaff: true, ...totals },
        { lawyerId: 'c', name: '@SUM(A1)', onStaff: true, ...totals },
        { lawyerId: 'd', name: '-2+3', onStaff: true, ...totals },
        { lawyerId: 'e', name: '\t=1', onStaff: true, ...totals },
      ],
      byTopic: [],
      previousMonth: null,
      sameMonthLastYear: null,
    });

    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    expect(lines.slice(2, 7).map((l) => l.split(',')[2])).toEqual([
      `"'=HYPERLINK(""http://evil.example""`,
      "'+1+cmd|calc",
      "'@SUM(A1)",
      "'-2+3",
      "'\t=1",
    ]);
    expect(csvField(-5)).toBe('-5');
  });

  it('writes a name that looks like a formula into the xlsx as a text cell, never a formula', async () => {
    const totals = { ...zero(), consultations: 3 };
    const file = await monthlyWorkbook(
      {
        regionCode: '330282113',
        name: '胜山镇',
        month: '2026-11',
        periodStatus: 'open',
        version: null,
        uniqueResidents: 0,
        totals,
        byRegion: [],
        byLawyer: [
          { lawyerId: 'a', name: '=HYPERLINK("http://evil.example","点击")', onStaff: true, ...totals },
        ],
        byTopic: [],
        previousMonth: null,
        sameMonthLastYear: null,
      },
      '胜山镇(2026年11月)',
    );

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const cell = book.getWorksheet('按律师')!.getCell('A3');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('=HYPERLINK("http://evil.example","点击")');
  });

  it('puts last year’s figure and the change beside each total (同比), and the previous month’s (环比)', async () => {
    const file = await monthlyWorkbook(
      {
        regionCode: '330282113',
        name: '胜山镇',
        month: '2026-11',
        periodStatus: 'open',
        version: null,
        uniqueResidents: 0,
        totals: { ...zero(), consultations: 12, documentsDrafted: 3 },
        byRegion: [],
        byLawyer: [],
        byTopic: [],
        previousMonth: null,
        sameMonthLastYear: { ...zero(), consultations: 10, documentsDrafted: 0 },
      },
      '胜山镇(2026年11月)',
    );

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('合计')!;
    const row = (label: string) => {
      let found: unknown[] = [];
      sheet.eachRow((r) => {
        if (r.getCell(1).value === label) found = (r.values as unknown[]).slice(1);
      });
      return found;
    };
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '项目',
      '单位',
      '数值',
      '去年同月',
      '同比增减',
      '上月',
      '环比增减',
    ]);
    expect(row('法律咨询')).toEqual(['法律咨询', '人次', 12, 10, 0.2, '—', '—']);
    // A rise from zero has no percentage; two zeros are no change.
    expect(row('代拟法律文书')).toEqual(['代拟法律文书', '份', 3, 0, '—', '—', '—']);
    expect(row('调处成功')).toEqual(['调处成功', '起', 0, 0, 0, '—', '—']);
    expect(sheet.getCell('E3').numFmt).toBe('0.0%');
  });
});
