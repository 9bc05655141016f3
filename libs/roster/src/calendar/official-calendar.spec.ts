import { officialDay } from './official-calendar';

describe('officialDay', () => {
  it('gives the National Day holiday of 2026 off, 1 to 7 October', () => {
    for (const d of ['01', '02', '03', '04', '05', '06', '07']) {
      expect(officialDay(`2026-10-${d}`)).toMatchObject({ workday: false, name: '国庆节' });
    }
  });

  it('makes Saturday 10 October 2026 a working day (调休)', () => {
    expect(officialDay('2026-10-10')).toEqual({ date: '2026-10-10', workday: true, name: '国庆节调休' });
  });

  it('treats ordinary weekdays as working days and weekends as rest days', () => {
    expect(officialDay('2026-11-23')).toEqual({ date: '2026-11-23', workday: true, name: '' });
    expect(officialDay('2026-11-22')).toEqual({ date: '2026-11-22', workday: false, name: '' });
  });

  it('falls back to Monday–Friday for a year the package does not know', () => {
    expect(officialDay('2031-10-01').workday).toBe(true);
    expect(officialDay('2031-10-04').workday).toBe(false);
  });
});

describe('officialDay on a host in another time zone', () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    process.env.TZ = zone;
  });

  it('answers for the same date, not the day before', () => {
    expect(officialDay('2026-10-10').workday).toBe(true);
    expect(officialDay('2026-10-01').workday).toBe(false);
    expect(officialDay('2026-11-23').workday).toBe(true);
  });
});
