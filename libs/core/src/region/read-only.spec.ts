import type { Principal } from '../access/principal';
import { assertMayWrite, assertMayWriteIn, isReadOnlyJurisdiction } from './jurisdiction';

const official = (regionCode: string | null): Principal => ({
  id: 'o1',
  kind: 'staff',
  name: '郑处长',
  roles: ['official'],
  regionCode,
});

describe('read-only jurisdictions (city and province officials)', () => {
  it('reads only for a city’s or a province’s code, and for any code that is not a county’s, township’s or village’s', () => {
    for (const code of ['33', '3302', '33028', '3302821', '3'])
      expect(isReadOnlyJurisdiction(official(code))).toBe(true);
    for (const code of ['330282', '330282113', '330282113201'])
      expect(isReadOnlyJurisdiction(official(code))).toBe(false);
  });

  it('refuses a city official’s write with 403 READ_ONLY_JURISDICTION, even inside their city', () => {
    expect(() => assertMayWrite(official('3302'))).toThrow(
      expect.objectContaining({ code: 'READ_ONLY_JURISDICTION', kind: 'forbidden' }),
    );
    expect(() => assertMayWriteIn(official('3302'), '330282113')).toThrow(
      expect.objectContaining({ code: 'READ_ONLY_JURISDICTION' }),
    );
  });

  it('lets a county official write inside their county only', () => {
    expect(() => assertMayWriteIn(official('330282'), '330282113')).not.toThrow();
    expect(() => assertMayWriteIn(official('330282'), '330281001')).toThrow(
      expect.objectContaining({ code: 'OUTSIDE_JURISDICTION' }),
    );
  });
});
