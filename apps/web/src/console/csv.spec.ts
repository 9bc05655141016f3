import { dateTimeOf } from '../shared/time';
import { toCsv } from './csv';

describe('console exports and times', () => {
  it('writes CSV that Excel opens as UTF-8, quoting what needs it and never starting a formula', () => {
    const csv = toCsv<{ name: string; note: string | null; n: number }>(
      [
        { label: '姓名', value: (r) => r.name },
        { label: '备注', value: (r) => r.note },
        { label: '人次', value: (r) => r.n },
      ],
      [
        { name: '王建国', note: '说"好的", 已回访', n: 3 },
        { name: '=HYPERLINK("x")', note: null, n: 0 },
      ],
    );

    expect(csv).toBe('\ufeff姓名,备注,人次\r\n王建国,"说""好的"", 已回访",3\r\n"\'=HYPERLINK(""x"")",,0\r\n');
  });

  it('shows every instant in Asia/Shanghai: 17:28 UTC on the 6th is 01:28 on the 7th', () => {
    expect(dateTimeOf('2026-12-06T17:28:00Z')).toBe('2026-12-07 01:28');
    expect(dateTimeOf('2026-12-07T01:28:00Z')).toBe('2026-12-07 09:28');
    expect(dateTimeOf(null)).toBe('—');
  });
});
