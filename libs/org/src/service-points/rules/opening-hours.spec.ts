import { openingHoursProblems, sortOpeningHours, weekdayOfficeHours } from './opening-hours';

describe('openingHoursProblems', () => {
  it('accepts a normal office week', () => {
    expect(openingHoursProblems(weekdayOfficeHours())).toEqual([]);
  });

  it('rejects a period that ends before it starts', () => {
    expect(openingHoursProblems([{ weekday: 2, from: '17:00', to: '08:30' }])).toEqual([
      'weekday 2: 17:00–08:30 ends before it starts',
    ]);
  });

  it('rejects overlapping periods on the same day but not on different days', () => {
    const problems = openingHoursProblems([
      { weekday: 1, from: '08:30', to: '12:00' },
      { weekday: 1, from: '11:30', to: '17:00' },
      { weekday: 2, from: '11:30', to: '17:00' },
    ]);

    expect(problems).toEqual(['weekday 1: 08:30–12:00 overlaps 11:30–17:00']);
  });

  it('sorts by weekday then time', () => {
    expect(
      sortOpeningHours([
        { weekday: 3, from: '13:30', to: '17:00' },
        { weekday: 1, from: '08:30', to: '11:30' },
        { weekday: 3, from: '08:30', to: '11:30' },
      ]).map((p) => `${p.weekday} ${p.from}`),
    ).toEqual(['1 08:30', '3 08:30', '3 13:30']);
  });
});
