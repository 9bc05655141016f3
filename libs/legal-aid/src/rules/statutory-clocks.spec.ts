import { officialDay } from '@app/roster';
import {
  ASSIGNMENT_PERIOD_DAYS,
  DECISION_PERIOD_DAYS,
  overdueClock,
  statutoryDueDate,
  tookLate,
} from './statutory-clocks';

const official = (date: string) => officialDay(date).workday;
const weekdays = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

describe('statutoryDueDate', () => {
  it('does not count the start day: 7 days from a Wednesday is the next Wednesday', () => {
    expect(statutoryDueDate('2026-11-04', DECISION_PERIOD_DAYS, official)).toBe('2026-11-11');
  });

  it('runs across a month end and a year end', () => {
    expect(statutoryDueDate('2026-08-28', DECISION_PERIOD_DAYS, official)).toBe('2026-09-04');
    expect(statutoryDueDate('2026-11-27', ASSIGNMENT_PERIOD_DAYS, official)).toBe('2026-11-30');
    // 1–3 January are New Year's Day off; Sunday 4 January 2026 is worked in exchange.
    expect(statutoryDueDate('2025-12-29', ASSIGNMENT_PERIOD_DAYS, official)).toBe('2026-01-04');
  });

  it('moves a last day on a weekend to the Monday', () => {
    // Wednesday + 3 = Saturday 2026-11-21.
    expect(statutoryDueDate('2026-11-18', ASSIGNMENT_PERIOD_DAYS, official)).toBe('2026-11-23');
  });

  it('moves a last day in the National Day holiday to the first working day after it', () => {
    expect(statutoryDueDate('2026-09-30', ASSIGNMENT_PERIOD_DAYS, official)).toBe('2026-10-08');
    expect(statutoryDueDate('2026-09-24', DECISION_PERIOD_DAYS, official)).toBe('2026-10-08');
    expect(statutoryDueDate('2026-09-28', DECISION_PERIOD_DAYS, official)).toBe('2026-10-08');
  });

  it('keeps a last day that falls on a make-up working day (调休), though it is a Saturday', () => {
    // 2026-10-10 is a Saturday worked in exchange for the National Day holiday.
    expect(statutoryDueDate('2026-10-03', DECISION_PERIOD_DAYS, official)).toBe('2026-10-10');
    expect(statutoryDueDate('2026-10-03', DECISION_PERIOD_DAYS, weekdays)).toBe('2026-10-12');
  });

  it('follows the calendar it is given, e.g. an official override', () => {
    const withOverride = (d: string) => d !== '2026-11-11' && official(d);

    expect(statutoryDueDate('2026-11-04', DECISION_PERIOD_DAYS, withOverride)).toBe('2026-11-12');
  });

  it('gives up on a calendar without working days instead of looping', () => {
    expect(() => statutoryDueDate('2026-11-04', 7, () => false)).toThrow(RangeError);
  });
});

describe('overdueClock', () => {
  const applied = { status: 'applied' as const, decisionDue: '2026-10-08', assignmentDue: null };

  it('is not overdue on the due date itself, and is the day after', () => {
    expect(overdueClock(applied, '2026-10-08')).toBeNull();
    expect(overdueClock(applied, '2026-10-09')).toBe('decision');
  });

  it('stops the decision clock once decided, and runs the assignment clock until assigned', () => {
    const accepted = { status: 'accepted' as const, decisionDue: '2026-10-08', assignmentDue: '2026-10-12' };

    expect(overdueClock(accepted, '2026-10-12')).toBeNull();
    expect(overdueClock(accepted, '2026-10-13')).toBe('assignment');
    expect(overdueClock({ ...accepted, status: 'assigned' }, '2026-12-01')).toBeNull();
    expect(overdueClock({ ...accepted, status: 'rejected' }, '2026-12-01')).toBeNull();
    expect(overdueClock({ ...applied, status: 'withdrawn' }, '2026-12-01')).toBeNull();
  });
});

describe('tookLate', () => {
  it('is late from the business day after the due date on, in Asia/Shanghai', () => {
    expect(tookLate('2026-03-02', new Date('2026-03-02T15:59:59Z'))).toBe(false); // 23:59:59 on 2 March
    expect(tookLate('2026-03-02', new Date('2026-03-02T16:00:00Z'))).toBe(true); // 00:00 on 3 March
    expect(tookLate('2026-03-02', new Date('2026-02-20T02:00:00Z'))).toBe(false);
  });

  it('is null while the step has not been taken or has no clock', () => {
    expect(tookLate('2026-03-02', null)).toBeNull();
    expect(tookLate(null, new Date('2026-03-05T02:00:00Z'))).toBeNull();
  });
});
