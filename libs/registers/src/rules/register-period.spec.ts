import { registerPeriod } from './register-period';

describe('registerPeriod', () => {
  it('reads a month, a year, or from/to, with the title’s wording', () => {
    expect(registerPeriod({ month: '2024-02' })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
      label: '2024年2月',
      key: '2024-02',
    });
    expect(registerPeriod({ year: 2026 })).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
      label: '2026年',
    });
    expect(registerPeriod({ from: '2026-03-01', to: '2026-05-31' })).toMatchObject({
      label: '2026年3月1日至2026年5月31日',
      key: '2026-03-01_2026-05-31',
    });
  });

  it('takes a whole leap year as from/to, and refuses a day more', () => {
    expect(registerPeriod({ from: '2024-01-01', to: '2024-12-31' }).to).toBe('2024-12-31');
    expect(() => registerPeriod({ from: '2024-01-01', to: '2025-01-01' })).toThrow();
  });

  it('refuses no period, two periods, half a range and a reversed range', () => {
    for (const q of [
      {},
      { month: '2026-11', year: 2026 },
      { from: '2026-11-01' },
      { from: '2026-11-30', to: '2026-11-01' },
    ])
      expect(() => registerPeriod(q)).toThrow(expect.objectContaining({ status: 400 }) as unknown as Error);
  });
});
