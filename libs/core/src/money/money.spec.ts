import { fenToYuan, isYuan, yuanToFen } from './money';

describe('money', () => {
  it('takes yuan with at most two decimals, from zero up', () => {
    expect([0, 1, 1087.25, 0.1, 0.29, 12.3].every(isYuan)).toBe(true);
    expect([-0.01, 1.001, 0.125, Number.NaN, Infinity, '12', null, 1e15].some(isYuan)).toBe(false);
  });

  it('converts to fen exactly, also where binary floats are inexact', () => {
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen(1087.25)).toBe(108725);
    expect(yuanToFen(10872500.57)).toBe(1087250057);
    expect(fenToYuan('108725')).toBe(1087.25);
  });
});
