import { bundledNotice, LAST_KNOWN_YEAR, officialDay } from './official-calendar';

describe('officialDay', () => {
  it('gives the National Day holiday of 2026 off, 1 to 7 October', () => {
    for (const d of ['01', '02', '03', '04', '05', '06', '07']) {
      expect(officialDay(`2026-10-${d}`)).toMatchObject({
        workday: false,
        name: '国庆节',
        source: 'official',
      });
    }
  });

  it('makes Saturday 10 October 2026 a working day (调休)', () => {
    expect(officialDay('2026-10-10')).toEqual({
      date: '2026-10-10',
      workday: true,
      name: '国庆节调休',
      source: 'official',
    });
  });

  it('treats ordinary weekdays as working days and weekends as rest days', () => {
    expect(officialDay('2026-11-23')).toEqual({
      date: '2026-11-23',
      workday: true,
      name: '',
      source: 'official',
    });
    expect(officialDay('2026-11-22')).toEqual({
      date: '2026-11-22',
      workday: false,
      name: '',
      source: 'official',
    });
  });

  it('answers with the provisional calendar for a year the package does not know', () => {
    expect(LAST_KNOWN_YEAR).toBe(2026);
    expect(officialDay('2031-10-01')).toMatchObject({ workday: false, source: 'provisional' });
    expect(officialDay('2031-10-04').workday).toBe(false);
    expect(officialDay('2031-10-06')).toEqual({
      date: '2031-10-06',
      workday: true,
      name: '',
      source: 'provisional',
    });
  });
});

describe('bundledNotice', () => {
  it('gives a bundled year as holiday ranges and make-up days, the shape an admin loads', () => {
    const notice = bundledNotice(2026)!;

    expect(notice.holidays).toContainEqual({ name: '国庆节', from: '2026-10-01', to: '2026-10-07' });
    expect(notice.holidays).toContainEqual({ name: '春节', from: '2026-02-15', to: '2026-02-23' });
    expect(notice.makeUpDays).toEqual(expect.arrayContaining(['2026-02-14', '2026-02-28', '2026-10-10']));
    expect(bundledNotice(2027)).toBeNull();
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
    expect(officialDay('2027-02-05').workday).toBe(false);
    expect(officialDay('2027-02-09').workday).toBe(true);
  });
});
