import ExcelJS from 'exceljs';
import { newWorkbook, PORTRAIT_MAX_WIDTH, setPrintLayout, workbookBuffer } from './print-layout';

async function reread(book: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbookBuffer(book)) as unknown as ArrayBuffer);
  return back;
}

describe('print layout', () => {
  it('prints a narrow table portrait and a wide one landscape, both fitted to one page wide', async () => {
    const book = newWorkbook();
    const narrow = book.addWorksheet('narrow');
    narrow.columns = [{ width: 20 }, { width: 20 }];
    const wide = book.addWorksheet('wide');
    wide.columns = Array.from({ length: 12 }, () => ({ width: PORTRAIT_MAX_WIDTH / 10 }));
    setPrintLayout(narrow, { headerRows: 2 });
    setPrintLayout(wide, { headerRows: 2 });

    const back = await reread(book);

    expect(back.getWorksheet('narrow')!.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
    expect(back.getWorksheet('wide')!.pageSetup.orientation).toBe('landscape');
    expect(back.getWorksheet('wide')!.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4 });
  });

  it('gives a visible sheet left without a layout the default one (its first row repeated), and leaves hidden sheets', async () => {
    const book = newWorkbook();
    book.addWorksheet('forgotten').addRow(['表头']);
    book.addWorksheet('lists', { state: 'veryHidden' });

    const back = await reread(book);

    expect(back.getWorksheet('forgotten')!.pageSetup).toMatchObject({ paperSize: 9, printTitlesRow: '1:1' });
    expect(back.getWorksheet('lists')!.pageSetup.paperSize).toBeUndefined();
  });
});
