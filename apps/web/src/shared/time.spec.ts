import { addMonths } from './time';

describe('addMonths', () => {
  it('steps over year ends both ways and keeps the YYYY-MM form', () => {
    expect(addMonths('2026-11', -1)).toBe('2026-10');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-03', -14)).toBe('2025-01');
  });
});
