import ExcelJS from 'exceljs';
import { buildTemplate, readWorkbook } from './import-workbook';

async function sheetWith(name: string, rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(name);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('import workbooks', () => {
  it('reads back its own template, with the columns in any order', async () => {
    const template = await buildTemplate('workshops', {
      points: ['胜山镇公共法律服务站'],
      lawyers: ['张律师'],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template as unknown as ArrayBuffer);
    expect(book.getWorksheet('法治讲座')!.getRow(1).getCell(1).text).toBe('举办日期*');

    const shuffled = await sheetWith('讲座台账', [
      ['听众人数', '主题', '形式', '服务地点', '日期'],
      [60, '民法典', '法治讲座', '胜山镇公共法律服务站', '2025-03-15'],
    ]);
    const read = await readWorkbook('workshops', shuffled);

    expect(read).toEqual({
      rows: [
        {
          row: 2,
          values: {
            audienceCount: 60,
            topic: '民法典',
            kind: '法治讲座',
            servicePoint: '胜山镇公共法律服务站',
            heldAt: '2025-03-15',
          },
        },
      ],
    });
  });

  it('tells a file that is not an xlsx, the wrong template and unknown columns apart', async () => {
    expect(await readWorkbook('workshops', Buffer.from('name,date\n'))).toEqual({ code: 'NOT_XLSX' });
    expect(await readWorkbook('workshops', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      code: 'NOT_XLSX',
    });
    const logs = await buildTemplate('service_logs', { points: [], lawyers: [] });
    expect(await readWorkbook('workshops', logs)).toMatchObject({
      code: 'WRONG_TEMPLATE',
      kindOfFile: 'service_logs',
    });
    const odd = await sheetWith('x', [['举办日期', '服务点', '主题', '形式', '听众人数', '天气']]);
    expect(await readWorkbook('workshops', odd)).toEqual({ code: 'UNKNOWN_COLUMNS', columns: ['天气'] });
  });
});
