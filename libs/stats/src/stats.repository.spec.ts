import { levelFor } from './stats.repository';

describe('levelFor', () => {
  it('reads each breakdown from the coarsest level that answers it', () => {
    const table = (code: string, dim: Parameters<typeof levelFor>[1], from = '2026-01', to = '2026-06') =>
      levelFor(code, dim, from, to).table;

    // Counties and above: the county level, unless split into townships.
    expect(table('33', { by: 'total' })).toBe('stat_county_monthly');
    expect(table('33', { by: 'region', length: 4 })).toBe('stat_county_monthly');
    expect(table('330282', { by: 'month' })).toBe('stat_county_monthly');
    expect(table('330282', { by: 'region', length: 9 })).toBe('stat_monthly');
    // A county's townships over whole years: the yearly township level.
    expect(table('330282', { by: 'region', length: 9 }, '2025-01', '2025-12')).toBe('stat_yearly_township');
    expect(table('33', { by: 'region', length: 4 }, '2025-01', '2025-12')).toBe('stat_county_monthly');
    expect(table('330282113', { by: 'region', length: 12 }, '2025-01', '2025-12')).toBe('stat_daily');
    expect(table('330282', { by: 'topic' })).toBe('stat_monthly_topic');
    // By lawyer: whole years from the yearly level, other spans from the monthly one.
    expect(table('330282', { by: 'lawyer' })).toBe('stat_monthly_lawyer');
    expect(table('33', { by: 'lawyer' }, '2025-01', '2025-12')).toBe('stat_yearly_lawyer');
    expect(table('330282', { by: 'lawyer' }, '2024-01', '2025-12')).toBe('stat_yearly_lawyer');
    expect(table('330282113', { by: 'lawyer' }, '2025-01', '2025-12')).toBe('stat_monthly_lawyer');
    expect(table('330282113', { by: 'month' })).toBe('stat_monthly');
    expect(table('330282113', { by: 'lawyer' })).toBe('stat_monthly_lawyer');
    // A township's villages and topics, and anything of a village, come from the daily level.
    expect(table('330282113', { by: 'region', length: 12 })).toBe('stat_daily');
    expect(table('330282113', { by: 'topic' })).toBe('stat_daily');
    expect(table('330282113201', { by: 'total' })).toBe('stat_daily');
  });
});
