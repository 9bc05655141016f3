import { RequestContext } from '../context/request-context';
import type { Principal } from '../access/principal';
import { assertInJurisdiction, isInJurisdiction, jurisdictionPrefix, jurisdictionSql } from './jurisdiction';

const official = (regionCode: string | null): Principal => ({
  id: 'o',
  kind: 'staff',
  name: 'o',
  roles: ['official'],
  regionCode,
});
const asCaller = <T>(principal: Principal | undefined, fn: () => T): T =>
  RequestContext.run({ principal }, fn);

describe('jurisdiction', () => {
  it('lets a county official see every township of the county', () => {
    asCaller(official('330282'), () => {
      expect(isInJurisdiction('330282113201')).toBe(true);
      expect(isInJurisdiction('330282104')).toBe(true);
      expect(isInJurisdiction('330283001')).toBe(false);
    });
  });

  it('keeps a township official to its own township', () => {
    asCaller(official('330282113'), () => {
      expect(isInJurisdiction('330282113')).toBe(true);
      expect(isInJurisdiction('330282113211')).toBe(true);
      expect(isInJurisdiction('330282104201')).toBe(false);
      expect(() => assertInJurisdiction('330282104201')).toThrow(
        expect.objectContaining({ code: 'OUTSIDE_JURISDICTION', kind: 'forbidden' }),
      );
    });
  });

  it('turns the prefix into a half-open range for SQL', () => {
    const { sql, params } = asCaller(official('330282113'), () => jurisdictionSql('sp.region_code', 3));

    expect(sql).toBe('(sp.region_code >= $3 AND sp.region_code < $4)');
    expect(params).toEqual(['330282113', '330282114']);
  });

  it('restricts nothing for public reads and jobs, and everything for staff without a region', () => {
    expect(jurisdictionPrefix()).toBeNull();
    expect(isInJurisdiction('110101001001')).toBe(true);
    asCaller(official(null), () => {
      expect(isInJurisdiction('330282113')).toBe(false);
      expect(jurisdictionSql('x', 1).sql).toBe('FALSE');
    });
  });
});
