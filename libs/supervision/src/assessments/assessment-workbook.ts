import ExcelJS from 'exceljs';
import type { AssessmentResponse, AssessmentRow } from './dto/assessment.dto';

/** The columns of the assessment table (考核表): Chinese header and the row's value. */
export const ASSESSMENT_COLUMNS: {
  header: string;
  width: number;
  value: (r: AssessmentRow) => string | number;
}[] = [
  { header: '律师', width: 10, value: (r) => r.lawyerName },
  { header: '村(社区)', width: 12, value: (r) => r.regionName },
  { header: '服务点', width: 22, value: (r) => r.pointName },
  { header: '服务天数', width: 9, value: (r) => r.serviceDays },
  { header: '服务时长(小时)', width: 10, value: (r) => r.serviceHours },
  { header: '法律咨询(件)', width: 9, value: (r) => r.services.consultation },
  { header: '咨询人次', width: 9, value: (r) => r.consultationPeople },
  { header: '代拟文书(份)', width: 9, value: (r) => r.services.document_drafting },
  { header: '法律援助(件)', width: 9, value: (r) => r.services.legal_aid },
  { header: '纠纷调处(起)', width: 9, value: (r) => r.services.mediation },
  { header: '村级法律事务(件)', width: 10, value: (r) => r.services.village_affairs },
  { header: '合同审查(份)', width: 9, value: (r) => r.services.contract_review },
  { header: '指导网格员(起)', width: 10, value: (r) => r.services.grid_guidance },
  { header: '法治讲座(堂)', width: 9, value: (r) => r.lectures },
  { header: '评价数', width: 8, value: (r) => r.ratings },
  { header: '平均评分', width: 8, value: (r) => r.ratingAverage ?? '' },
  { header: '履职达标', width: 9, value: (r) => `${r.obligationsMet}/${r.obligationsDue}` },
  { header: '缺勤(次)', width: 8, value: (r) => r.absences },
];
const SCORE_COLUMN = { header: '得分', width: 8, value: (r: AssessmentRow) => r.score ?? '' };

/** The title: 胜山镇村法律顾问季度考核表(2026年第4季度). */
export function assessmentTitle(a: Pick<AssessmentResponse, 'regionName' | 'quarter'>): string {
  const [year, q] = a.quarter.split('-Q');
  return `${a.regionName}村法律顾问考核表(${year}年第${q}季度)`;
}

/**
 * The assessment as the page shows it, one row per advisor and village under a title and one header
 * row; A4 landscape fitted to the page width with the header rows repeated on every printed page.
 */
export async function assessmentWorkbook(a: AssessmentResponse): Promise<Buffer> {
  const columns = a.weights ? [...ASSESSMENT_COLUMNS, SCORE_COLUMN] : ASSESSMENT_COLUMNS;
  const book = new ExcelJS.Workbook();
  book.creator = '乡村公共法律服务平台';
  const sheet = book.addWorksheet('考核表', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, columns.length);
  const title = sheet.getCell(1, 1);
  title.value = assessmentTitle(a);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const head = sheet.addRow(columns.map((c) => c.header));
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const r of a.items) sheet.addRow(columns.map((c) => c.value(r)));
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  sheet.pageSetup.printTitlesRow = '1:2';
  return Buffer.from(await book.xlsx.writeBuffer());
}
