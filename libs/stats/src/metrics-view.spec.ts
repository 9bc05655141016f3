import { COUNTER_KEYS } from './metrics';
import { addCounters, toMetrics } from './metrics-view';

describe('toMetrics', () => {
  it('gives every metric, zeros included, money in yuan and the satisfaction rate', () => {
    const m = toMetrics({ consultations: 7, mediationAmount: 108_725_00, ratings: 3, ratingsSatisfied: 2 });

    expect(Object.keys(m).sort()).toEqual([...COUNTER_KEYS, 'satisfactionRate'].sort());
    expect(m).toMatchObject({ consultations: 7, mediationAmount: 108_725, contractAmount: 0, ratings: 3 });
    expect(m.satisfactionRate).toBe(0.6667);
    expect(toMetrics({}).satisfactionRate).toBeNull();
  });

  it("counts a lawyer's own window days as dutyDays in a lawyer's row, and the point's days elsewhere", () => {
    const counters = { dutyDays: 5, lawyerDutyDays: 3 };

    expect(toMetrics(counters).dutyDays).toBe(5);
    expect(toMetrics(counters, true).dutyDays).toBe(3);
    expect(toMetrics({ dutyDays: 5 }, true).dutyDays).toBe(0);
    expect(toMetrics(counters)).not.toHaveProperty('lawyerDutyDays');
  });

  it("keeps the row's own keys", () => {
    const row = toMetrics({ workshops: 2 }, true, { lawyerId: 'a', name: '王律师' });

    expect(row).toMatchObject({ lawyerId: 'a', name: '王律师', workshops: 2 });
    expect(JSON.parse(JSON.stringify(row))).toMatchObject({ lawyerId: 'a', name: '王律师', workshops: 2 });
  });

  it('adds counters key by key', () => {
    expect(addCounters({ consultations: 1, mediations: 2 }, { consultations: 4, lectures: 1 })).toEqual({
      consultations: 5,
      mediations: 2,
      lectures: 1,
    });
  });
});
