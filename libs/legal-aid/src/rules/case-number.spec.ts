import { countyShortName, formatCaseNo } from './case-number';

describe('legal-aid case numbers', () => {
  it('writes (year)county法援字第NNNN号 with four digits at least', () => {
    expect(formatCaseNo(2026, '慈', 1)).toBe('(2026)慈法援字第0001号');
    expect(formatCaseNo(2026, '慈', 879)).toBe('(2026)慈法援字第0879号');
    expect(formatCaseNo(2027, '慈', 12345)).toBe('(2027)慈法援字第12345号');
  });

  it('takes the first character of the county’s name', () => {
    expect(countyShortName('慈溪市')).toBe('慈');
    expect(countyShortName(' 余姚市')).toBe('余');
    expect(() => countyShortName('')).toThrow(RangeError);
  });

  it('refuses a sequence number below 1', () => {
    expect(() => formatCaseNo(2026, '慈', 0)).toThrow(RangeError);
  });
});
