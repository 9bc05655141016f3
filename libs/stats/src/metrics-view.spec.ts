import { COUNTER_KEYS, DERIVED_METRICS } from './metrics';
import { addCounters, toMetrics } from './metrics-view';

describe('toMetrics', () => {
  it('gives every metric, zeros included, money in yuan and the satisfaction rate', () => {
    const m = toMetrics({ consultations: 7, mediationAmount: 108_725_00, ratings: 3, ratingsSatisfied: 2 });

    expect(Object.keys(m).sort()).toEqual([...COUNTER_KEYS, ...DERIVED_METRICS].sort());
    expect(m).toMatchObject({ consultations: 7, mediationAmount: 108_725, contractAmount: 0, ratings: 3 });
    expect(m.satisfactionRate).toBe(0.6667);
    expect(toMetrics({}).satisfactionRate).toBeNull();
  });

  it('gives the satisfaction rate over every source, each source’s own, and the share of consultations followed up', () => {
    const m = toMetrics({
      consultations: 10,
      consultationsFollowedUp: 4,
      ratings: 4,
      ratingsSatisfied: 3,
      ratingsViaSms: 2,
      ratingsViaSmsSatisfied: 1,
      followUps: 5,
      followUpsReached: 4,
      followUpsSatisfied: 3,
      followUpsUnsatisfied: 1,
    });

    expect(m).toMatchObject({
      satisfactionRate: 0.75,
      satisfactionRateApp: 1,
      satisfactionRateSmsLink: 0.5,
      satisfactionRatePhone: 0.75,
      followUpRate: 0.4,
    });
    expect(toMetrics({ ratings: 1, ratingsSatisfied: 1 })).toMatchObject({
      satisfactionRate: 1,
      satisfactionRateSmsLink: null,
      satisfactionRatePhone: null,
      followUpRate: null,
    });
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
