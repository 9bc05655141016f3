import { change, shiftMonth, yearOnYearWording } from './comparisons';

describe('comparisons', () => {
  describe('shiftMonth', () => {
    it('goes back over the turn of the year and forward again', () => {
      expect(shiftMonth('2027-01', -1)).toBe('2026-12');
      expect(shiftMonth('2027-03', -12)).toBe('2026-03');
      expect(shiftMonth('2026-12', 1)).toBe('2027-01');
      expect(shiftMonth('2026-11', 0)).toBe('2026-11');
    });
  });

  describe('change', () => {
    it('gives the relative change, no change between two zeros and nothing for a rise from zero or no comparison', () => {
      expect(change(112, 100)).toBeCloseTo(0.12);
      expect(change(75, 100)).toBe(-0.25);
      expect(change(0, 0)).toBe(0);
      expect(change(5, 0)).toBeNull();
      expect(change(5, null)).toBeNull();
      expect(change(0, 4)).toBe(-1);
    });
  });

  describe('yearOnYearWording', () => {
    it('says 增长, 下降 or 持平 with one decimal', () => {
      expect(yearOnYearWording(237, 211)).toBe('同比增长12.3%');
      expect(yearOnYearWording(96, 100)).toBe('同比下降4.0%');
      expect(yearOnYearWording(50, 50)).toBe('同比持平');
      expect(yearOnYearWording(0, 8)).toBe('同比下降100.0%');
    });

    it('never calls a change 持平 that is not one', () => {
      expect(yearOnYearWording(10_001, 10_000)).toBe('同比增长不足0.1%');
      expect(yearOnYearWording(9_999, 10_000)).toBe('同比下降不足0.1%');
    });

    it('says nothing where last year has no figure', () => {
      expect(yearOnYearWording(5, 0)).toBeNull();
      expect(yearOnYearWording(5, null)).toBeNull();
      expect(yearOnYearWording(5, undefined)).toBeNull();
    });
  });
});
