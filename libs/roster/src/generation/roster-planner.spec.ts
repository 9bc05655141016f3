import { businessInstant, datesBetween, isoWeekday } from '@app/core';
import { weekdayOfficeHours } from '@app/org';
import { officialDay } from '../calendar/official-calendar';
import { Interval, openingSpan, planRoster, RosterPlanInput, weeksOfPeriod } from './roster-planner';

const workdaysOf = (from: string, to: string) => datesBetween(from, to).filter((d) => officialDay(d).workday);
const villageHours = [
  { weekday: 2, from: '09:00', to: '11:30' },
  { weekday: 4, from: '09:00', to: '11:30' },
];

function input(overrides: Partial<RosterPlanInput> = {}): RosterPlanInput {
  const from = '2026-10-01';
  const to = '2026-10-31';
  return {
    windowDays: workdaysOf(from, to),
    visitWeeks: weeksOfPeriod(from, to).map((w) => ({
      key: w.key,
      workdays: workdaysOf(w.monday, w.sunday),
    })),
    centres: [
      {
        id: 'centre',
        regionCode: '330282113',
        openingHours: weekdayOfficeHours(),
        lawyerIds: ['l1', 'l2', 'l3'],
      },
    ],
    pilots: [
      { id: 'p1', regionCode: '330282113201', openingHours: villageHours },
      { id: 'p2', regionCode: '330282113202', openingHours: villageHours },
    ],
    advisorOn: () => 'l1',
    busy: new Map(),
    existingWindows: new Set(),
    existingVisits: new Set(),
    ...overrides,
  };
}

const overlaps = (shifts: { lawyerId: string; startsAt: Date; endsAt: Date }[]) =>
  shifts.some((a, i) =>
    shifts.some(
      (b, j) => i !== j && a.lawyerId === b.lawyerId && a.startsAt < b.endsAt && b.startsAt < a.endsAt,
    ),
  );

describe('planRoster', () => {
  it('puts window duty on every working day of October 2026: on Saturday 10-10, not on 10-01…07', () => {
    const plan = planRoster(input());
    const dates = plan.shifts.filter((s) => s.kind === 'window').map((s) => s.date);

    expect(dates).toContain('2026-10-10');
    expect(dates.filter((d) => d >= '2026-10-01' && d <= '2026-10-07')).toEqual([]);
    expect(dates).toEqual(workdaysOf('2026-10-01', '2026-10-31'));
  });

  it('gives the make-up Saturday Monday’s opening hours', () => {
    const saturday = planRoster(input()).shifts.find((s) => s.date === '2026-10-10')!;

    expect(saturday.startsAt).toEqual(businessInstant('2026-10-10', '08:30'));
    expect(saturday.endsAt).toEqual(businessInstant('2026-10-10', '17:00'));
  });

  it('rotates window duty so counts differ by at most one', () => {
    const plan = planRoster(input({ pilots: [] }));
    const counts = ['l1', 'l2', 'l3'].map((id) => plan.shifts.filter((s) => s.lawyerId === id).length);

    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(counts.reduce((a, b) => a + b)).toBe(workdaysOf('2026-10-01', '2026-10-31').length);
  });

  it('never schedules a lawyer on leave, and gives the day to someone else', () => {
    const leave: Interval = { start: businessInstant('2026-10-12'), end: businessInstant('2026-10-17') };
    const plan = planRoster(input({ busy: new Map([['l2', [leave]]]) }));

    const duringLeave = plan.shifts.filter(
      (s) => s.lawyerId === 'l2' && s.startsAt < leave.end && leave.start < s.endsAt,
    );
    expect(duringLeave).toEqual([]);
    expect(plan.shifts.filter((s) => s.kind === 'window' && s.date === '2026-10-13')).toHaveLength(1);
  });

  it('visits every pilot village once per ISO week, with its advisor, spread over different days', () => {
    const plan = planRoster(input());
    const visits = plan.shifts.filter((s) => s.kind === 'village_visit');
    const weeks = weeksOfPeriod('2026-10-01', '2026-10-31').filter(
      (w) => workdaysOf(w.monday, w.sunday).length,
    );

    for (const pilot of ['p1', 'p2'])
      expect(visits.filter((v) => v.servicePointId === pilot)).toHaveLength(weeks.length);
    expect(visits.every((v) => v.lawyerId === 'l1')).toBe(true);
    const sameDay = visits.filter((a) => visits.some((b) => b !== a && b.date === a.date));
    expect(sameDay).toEqual([]);
    // Weeks with both its Tuesday and Thursday working keep to the village's opening days.
    expect(
      visits.filter((v) => v.date >= '2026-10-12').every((v) => [2, 4].includes(isoWeekday(v.date))),
    ).toBe(true);
  });

  it('never gives a lawyer two overlapping shifts, nor one over an existing shift', () => {
    const existing: Interval = {
      start: businessInstant('2026-10-13', '08:00'),
      end: businessInstant('2026-10-13', '18:00'),
    };
    const plan = planRoster(input({ busy: new Map([['l1', [existing]]]) }));

    expect(overlaps(plan.shifts)).toBe(false);
    expect(plan.shifts.some((s) => s.lawyerId === 'l1' && s.date === '2026-10-13')).toBe(false);
  });

  it('keeps what exists: no second window on a covered day, no second visit in a visited week', () => {
    const first = planRoster(input());
    const again = planRoster(
      input({
        existingWindows: new Set(
          first.shifts.filter((s) => s.kind === 'window').map((s) => `${s.servicePointId}|${s.date}`),
        ),
        existingVisits: new Set(
          weeksOfPeriod('2026-10-01', '2026-10-31').flatMap((w) => [`p1|${w.key}`, `p2|${w.key}`]),
        ),
      }),
    );

    expect(again.shifts).toEqual([]);
  });

  it('reports what it could not fill: a group nobody belongs to, a village without advisor', () => {
    const plan = planRoster(
      input({
        centres: [{ id: 'c2', regionCode: '330282104', openingHours: weekdayOfficeHours(), lawyerIds: [] }],
        advisorOn: () => null,
      }),
    );

    expect(plan.shifts).toEqual([]);
    expect(plan.unfilled.some((u) => u.reason === 'no_advisor_group')).toBe(true);
    expect(plan.unfilled.some((u) => u.reason === 'no_advisor')).toBe(true);
  });
});

describe('openingSpan and weeksOfPeriod', () => {
  it('spans from the first opening to the last closing of the day', () => {
    expect(openingSpan(weekdayOfficeHours(), '2026-11-23', true)).toEqual({ from: '08:30', to: '17:00' });
    expect(openingSpan([{ weekday: 3, from: '09:00', to: '11:00' }], '2026-11-23', true)).toBeNull();
  });

  it('lends a make-up Saturday Monday’s hours, but not an ordinary weekend', () => {
    expect(openingSpan(weekdayOfficeHours(), '2026-10-10', true)).toEqual({ from: '08:30', to: '17:00' });
    expect(openingSpan(weekdayOfficeHours(), '2026-11-22', false)).toBeNull();
    expect(openingSpan([{ weekday: 7, from: '09:00', to: '12:00' }], '2026-11-22', false)).toEqual({
      from: '09:00',
      to: '12:00',
    });
  });

  it('takes the weeks whose Thursday lies in the period', () => {
    expect(weeksOfPeriod('2026-10-01', '2026-10-31').map((w) => w.key)).toEqual([
      '2026-W40',
      '2026-W41',
      '2026-W42',
      '2026-W43',
      '2026-W44',
    ]);
    expect(weeksOfPeriod('2026-11-01', '2026-11-30').map((w) => w.key)).toEqual([
      '2026-W45',
      '2026-W46',
      '2026-W47',
      '2026-W48',
    ]);
  });
});
