// Exports of console lists: CSV that Excel opens as it is (UTF-8 with BOM, no formulas).

export interface CsvColumn<R> {
  label: string;
  value: (row: R) => string | number | boolean | null | undefined;
}

/** RFC 4180 CSV with a BOM, so Excel opens the Chinese text as UTF-8. */
export function toCsv<R>(columns: CsvColumn<R>[], rows: R[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    // A leading =, +, - or @ would be read by Excel as a formula.
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [columns.map((c) => cell(c.label)), ...rows.map((r) => columns.map((c) => cell(c.value(r))))];
  return `\ufeff${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

/** Hands `text` to the browser as a file. */
export function saveFile(text: string, name: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
