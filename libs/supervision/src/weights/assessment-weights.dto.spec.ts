import { isWeight } from './assessment-weights.dto';

describe('isWeight', () => {
  it('takes weights from -100 to 100 with at most two decimals', () => {
    for (const w of [0, 1, -1, 0.5, 1.15, -2.25, 100, -100]) expect(isWeight(w)).toBe(true);
  });

  it('refuses what a score cannot use: out of range, more decimals, tiny exponents, not finite', () => {
    for (const w of [100.01, -101, 1.234, -8e-323, 1e-300, 2 ** 53, Number.MAX_VALUE, NaN, Infinity, '1'])
      expect(isWeight(w)).toBe(false);
  });
});
