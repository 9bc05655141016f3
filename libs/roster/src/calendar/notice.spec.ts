import { noticeDays, noticeProblems } from './notice';

const SPRING_2027 = { name: '春节', from: '2027-02-05', to: '2027-02-11' };

describe('noticeDays', () => {
  it('gives the holidays off and the make-up days on, each named after the nearest holiday', () => {
    const days = noticeDays({
      year: 2027,
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }, SPRING_2027],
      makeUpDays: ['2027-02-20', '2027-01-09'],
    });

    expect(days.get('2027-02-09')).toEqual({ workday: false, name: '春节' });
    expect(days.get('2027-02-20')).toEqual({ workday: true, name: '春节调休' });
    expect(days.get('2027-01-09')).toEqual({ workday: true, name: '元旦调休' });
    expect(days.has('2027-02-12')).toBe(false);
  });
});

describe('noticeProblems', () => {
  it('accepts a realistic notice', () => {
    expect(
      noticeProblems(2027, {
        holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }, SPRING_2027],
        makeUpDays: ['2027-02-20'],
      }),
    ).toEqual({});
  });

  it('names each field that is wrong', () => {
    const problems = noticeProblems(2027, {
      holidays: [
        SPRING_2027,
        { name: '春节补', from: '2027-02-10', to: '2027-02-12' },
        { name: '国庆节', from: '2027-10-07', to: '2027-10-01' },
        { name: '元旦', from: '2026-12-31', to: '2027-01-01' },
        { name: '  ', from: '2027-06-09', to: '2027-06-09' },
      ],
      makeUpDays: ['2027-02-22', '2028-01-08', '2027-02-06', '2027-02-20', '2027-02-20'],
    });

    expect(Object.keys(problems).sort()).toEqual([
      'holidays.1',
      'holidays.2.to',
      'holidays.3.from',
      'holidays.4.name',
      'makeUpDays.0',
      'makeUpDays.1',
      'makeUpDays.2',
      'makeUpDays.4',
    ]);
    expect(problems['holidays.1'][0]).toContain('overlaps holidays.0');
    expect(problems['makeUpDays.0'][0]).toContain('Saturday or Sunday');
    expect(problems['makeUpDays.2'][0]).toContain('inside holidays.0');
    expect(problems['makeUpDays.4'][0]).toContain('twice');
  });
});
