import { isRegionCode, isWithinRegion, parentRegionCode, regionLevel, regionRange } from './region-code';

describe('region codes', () => {
  it('knows the level from the length', () => {
    expect(regionLevel('330282')).toBe('county');
    expect(regionLevel('330282113')).toBe('township');
    expect(regionLevel('330282113201')).toBe('village');
    expect(() => regionLevel('3302821')).toThrow(RangeError);
  });

  it('accepts only codes of a real level', () => {
    expect(isRegionCode('330282104')).toBe(true);
    expect(isRegionCode('33028210')).toBe(false);
    expect(isRegionCode('33028211320a')).toBe(false);
    expect(isRegionCode(330282)).toBe(false);
  });

  it('finds the parent one level up', () => {
    expect(parentRegionCode('330282113201')).toBe('330282113');
    expect(parentRegionCode('330282113')).toBe('330282');
    expect(parentRegionCode('33')).toBeNull();
  });

  it('gives a half-open range that holds exactly the codes under a prefix', () => {
    const { from, to } = regionRange('330282113');
    const inside = (c: string) => c >= from && c < to;

    expect(inside('330282113')).toBe(true);
    expect(inside('330282113211')).toBe(true);
    expect(inside('330282114')).toBe(false);
    expect(inside('330282104201')).toBe(false);
    expect(regionRange('330289')).toEqual({ from: '330289', to: '330290' });
    expect(regionRange('33099')).toEqual({ from: '33099', to: '33100' });
    expect(regionRange('99')).toEqual({ from: '99', to: '9:' });
  });

  it('tells whether a code lies within a region', () => {
    expect(isWithinRegion('330282113201', '330282')).toBe(true);
    expect(isWithinRegion('330282104', '330282113')).toBe(false);
  });
});
