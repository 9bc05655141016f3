import { datesBetween } from '@app/core';
import { isBundledYear, officialDay, provisionalDay } from './official-calendar';
import { provisionalHolidays, statutoryHolidays } from './provisional-calendar';

const daysOff = (year: number) =>
  datesBetween(`${year}-01-01`, `${year}-12-31`).filter((d) => !provisionalDay(d).workday);

describe('statutoryHolidays', () => {
  it.each([2024, 2025, 2026])('gives only days that the State Council notice of %i gives off too', (year) => {
    const computed = [...provisionalHolidays(year).keys()];

    expect(isBundledYear(year)).toBe(true);
    expect(computed.filter((d) => officialDay(d).workday)).toEqual([]);
    expect(computed.length).toBe(year >= 2025 ? 13 : 11);
  });

  it('holds for every notice the package has, under each revision of the law since 2004', () => {
    const notContained = [];
    for (let year = 2004; year <= 2026; year++)
      for (const date of provisionalHolidays(year).keys())
        if (officialDay(date).workday) notContained.push(date);

    expect(notContained).toEqual([]);
  });

  it('computes 2027 from the lunar calendar and the solar terms (2025 revision)', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { name: '元旦', from: '2027-01-01', to: '2027-01-01' },
      { name: '春节', from: '2027-02-05', to: '2027-02-08' },
      { name: '清明', from: '2027-04-05', to: '2027-04-05' },
      { name: '劳动节', from: '2027-05-01', to: '2027-05-02' },
      { name: '端午', from: '2027-06-09', to: '2027-06-09' },
      { name: '中秋', from: '2027-09-15', to: '2027-09-15' },
      { name: '国庆节', from: '2027-10-01', to: '2027-10-03' },
    ]);
  });

  it('gives 春节 from 除夕 to 初三 and one day that is both 中秋 and 国庆节 in 2031', () => {
    const days = provisionalHolidays(2031);

    expect(datesBetween('2031-01-21', '2031-01-26').map((d) => days.get(d) ?? '')).toEqual([
      '',
      '春节',
      '春节',
      '春节',
      '春节',
      '',
    ]);
    expect(days.get('2031-10-01')).toMatch(/^(国庆节、中秋|中秋、国庆节)$/);
    expect(days.get('2031-04-05')).toBe('清明');
    expect(days.get('2031-06-24')).toBe('端午');
  });

  it('uses the 2013 revision before 2025: 春节 初一 to 初三 and 劳动节 on 1 May only', () => {
    expect(statutoryHolidays(2024).find((h) => h.name === '春节')).toEqual({
      name: '春节',
      from: '2024-02-10',
      to: '2024-02-12',
    });
    expect(statutoryHolidays(2024).find((h) => h.name === '劳动节')?.to).toBe('2024-05-01');
  });
});

describe('provisionalDay', () => {
  it('has weekends and statutory holidays off, no make-up working days, and says it is provisional', () => {
    expect(provisionalDay('2027-02-05')).toEqual({
      date: '2027-02-05',
      workday: false,
      name: '春节',
      source: 'provisional',
    });
    expect(provisionalDay('2027-02-09')).toMatchObject({ workday: true, name: '' });
    expect(provisionalDay('2027-02-20')).toMatchObject({ workday: false, name: '' });
    // 104 Saturdays and Sundays, 6 of them holidays too; 7 holidays on weekdays (1 Jan, 5 and 8 Feb, …).
    expect(daysOff(2027).filter((d) => provisionalDay(d).name === '')).toHaveLength(104 - 6);
    expect(daysOff(2027)).toHaveLength(104 + 7);
  });

  it('is what officialDay answers for a year the package does not have', () => {
    expect(isBundledYear(2027)).toBe(false);
    expect(officialDay('2027-01-01')).toEqual(provisionalDay('2027-01-01'));
  });
});

describe('the provisional calendar on a host in another time zone', () => {
  const zone = process.env.TZ;
  afterAll(() => {
    process.env.TZ = zone;
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati'])('answers the same dates in %s', (tz) => {
    process.env.TZ = tz;

    expect(statutoryHolidays(2027).map((h) => `${h.from}…${h.to}`)).toEqual([
      '2027-01-01…2027-01-01',
      '2027-02-05…2027-02-08',
      '2027-04-05…2027-04-05',
      '2027-05-01…2027-05-02',
      '2027-06-09…2027-06-09',
      '2027-09-15…2027-09-15',
      '2027-10-01…2027-10-03',
    ]);
    expect(statutoryHolidays(2031).find((h) => h.name === '春节')).toMatchObject({ from: '2031-01-22' });
  });
});
