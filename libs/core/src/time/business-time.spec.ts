import {
  addDays,
  businessDate,
  businessDayRange,
  businessInstant,
  businessMonth,
  businessTimeOfDay,
  datesBetween,
  isoWeekday,
  isoWeekOf,
  isValidDate,
  isValidMonth,
  monthRange,
} from './business-time';

describe('business time (Asia/Shanghai)', () => {
  it('puts 23:30 on 30 Nov local time in November although it is 15:30 UTC', () => {
    const instant = new Date('2026-11-30T15:30:00Z');

    expect(businessDate(instant)).toBe('2026-11-30');
    expect(businessMonth(instant)).toBe('2026-11');
    expect(businessTimeOfDay(instant)).toBe('23:30');
  });

  it('puts 16:00 UTC on 30 Nov on the next local day and month', () => {
    expect(businessDate(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
    expect(businessMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
  });

  it('turns a local wall-clock time into the right instant', () => {
    expect(businessInstant('2026-11-30', '08:30').toISOString()).toBe('2026-11-30T00:30:00.000Z');
    expect(businessDayRange('2026-12-31')).toEqual({
      start: new Date('2026-12-30T16:00:00Z'),
      end: new Date('2026-12-31T16:00:00Z'),
    });
  });

  it('rejects impossible dates, months and times', () => {
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('26-1-1')).toBe(false);
    expect(isValidMonth('2026-00')).toBe(false);
    expect(isValidMonth('2026-12')).toBe(true);
    expect(() => businessInstant('2026-11-31')).toThrow(RangeError);
    expect(() => businessInstant('2026-11-30', '24:00')).toThrow(RangeError);
  });

  it('walks dates across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(datesBetween('2026-09-29', '2026-10-02')).toEqual([
      '2026-09-29',
      '2026-09-30',
      '2026-10-01',
      '2026-10-02',
    ]);
    expect(isoWeekday('2026-11-22')).toBe(7);
    expect(isoWeekday('2026-11-23')).toBe(1);
  });
});

describe('isoWeekOf and monthRange', () => {
  it('numbers weeks the ISO way, across year ends', () => {
    expect(isoWeekOf('2026-10-01')).toEqual({
      key: '2026-W40',
      monday: '2026-09-28',
      sunday: '2026-10-04',
      thursday: '2026-10-01',
    });
    expect(isoWeekOf('2026-01-01').key).toBe('2026-W01');
    expect(isoWeekOf('2027-01-01').key).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30').key).toBe('2025-W01');
    expect(isoWeekOf('2026-11-22').key).toBe('2026-W47');
  });

  it('gives the first and last day of a month, leap years included', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});
