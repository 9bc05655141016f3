import { businessInstant } from '@app/core';
import { delivery, type DeliveryFacts } from './delivery';
import { bindingObligations, type ObligationScope } from './obligation-rules';
import { parsePeriod, periodOf, periodsWithin } from './periods';
import { quotaStatus } from './quota-status';

const at = businessInstant;

describe('quotaStatus', () => {
  it('is met once delivered reaches required, even after the period', () => {
    expect(quotaStatus({ required: 2, delivered: 2, planned: 0, periodOver: true })).toBe('met');
  });

  it('is at_risk when what is delivered and still planned cannot reach required', () => {
    expect(quotaStatus({ required: 2, delivered: 1, planned: 0, periodOver: false })).toBe('at_risk');
  });

  it('is on_track when the published shifts ahead can make up the rest', () => {
    expect(quotaStatus({ required: 2, delivered: 1, planned: 1, periodOver: false })).toBe('on_track');
  });

  it('is missed when the period is over and not met', () => {
    expect(quotaStatus({ required: 2, delivered: 1, planned: 3, periodOver: true })).toBe('missed');
  });
});

describe('parsePeriod', () => {
  it('reads a month, a quarter and an ISO week', () => {
    expect(parsePeriod('2026-11')).toEqual({
      kind: 'month',
      key: '2026-11',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(parsePeriod('2026-Q4')).toEqual({
      kind: 'quarter',
      key: '2026-Q4',
      from: '2026-10-01',
      to: '2026-12-31',
    });
    // 2026-W01 starts on Monday 29 December 2025 (1 January 2026 is a Thursday).
    expect(parsePeriod('2026-W01')).toEqual({
      kind: 'iso_week',
      key: '2026-W01',
      from: '2025-12-29',
      to: '2026-01-04',
    });
    expect(parsePeriod('2026-W48')).toMatchObject({ from: '2026-11-23', to: '2026-11-29' });
  });

  it('refuses what names no period', () => {
    for (const bad of ['2026-13', '2026-Q5', '2026-W54', '2025-W53', '2026-1', 'Q4', '1999-01'])
      expect(parsePeriod(bad)).toBeNull();
    expect(parsePeriod('2026-W53')).toMatchObject({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('lists the weeks of a quarter by their Thursdays', () => {
    const weeks = periodsWithin('iso_week', '2026-10-01', '2026-12-31');
    expect(weeks[0].key).toBe('2026-W40');
    expect(weeks.at(-1)!.key).toBe('2026-W53');
    expect(periodsWithin('month', '2026-10-01', '2026-12-31').map((p) => p.key)).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(periodOf('quarter', '2026-02-10').key).toBe('2026-Q1');
  });
});

describe('bindingObligations', () => {
  const o = (id: string, regionCode: string, extra: Partial<ObligationScope> = {}): ObligationScope => ({
    id,
    regionCode,
    pointKind: 'village_point',
    measure: 'service_days',
    required: 2,
    pilotOnly: false,
    ...extra,
  });
  const village = { regionCode: '330282113201', kind: 'village_point' as const, isPilot: false };

  it('takes the narrowest region, and one per measure', () => {
    const found = bindingObligations(
      [o('county', '330282'), o('town', '330282113'), o('hours', '330282', { measure: 'service_hours' })],
      village,
    );
    expect(found.map((f) => f.id)).toEqual(['town', 'hours']);
  });

  it('leaves out other kinds of point, other regions and pilot-only ones for an ordinary village', () => {
    const found = bindingObligations(
      [
        o('centre', '330282', { pointKind: 'township_center' }),
        o('other town', '330282104'),
        o('pilots', '330282', { measure: 'visits', pilotOnly: true }),
      ],
      village,
    );
    expect(found).toEqual([]);
    expect(
      bindingObligations([o('pilots', '330282', { measure: 'visits', pilotOnly: true })], {
        ...village,
        isPilot: true,
      }),
    ).toHaveLength(1);
  });
});

describe('delivery', () => {
  const period = parsePeriod('2026-11')!;
  const facts = (extra: Partial<DeliveryFacts>): DeliveryFacts => ({
    period,
    now: at('2026-11-20', '12:00'),
    attended: [],
    logDays: [],
    lectures: 0,
    published: [],
    ...extra,
  });

  it('counts days with a sign-in or a log once each, and planned days not yet delivered', () => {
    const result = delivery(
      'service_days',
      facts({
        attended: [
          { shiftId: 'a', date: '2026-11-03', checkInAt: at('2026-11-03', '09:00'), minutes: 240 },
          { shiftId: 'b', date: '2026-11-10', checkInAt: null, minutes: null },
        ],
        logDays: ['2026-11-03', '2026-11-12', '2026-10-30'],
        published: [
          {
            shiftId: 'b',
            date: '2026-11-10',
            startsAt: at('2026-11-10', '09:00'),
            endsAt: at('2026-11-10', '12:00'),
          },
          {
            shiftId: 'c',
            date: '2026-11-24',
            startsAt: at('2026-11-24', '09:00'),
            endsAt: at('2026-11-24', '12:00'),
          },
          {
            shiftId: 'd',
            date: '2026-12-01',
            startsAt: at('2026-12-01', '09:00'),
            endsAt: at('2026-12-01', '12:00'),
          },
        ],
      }),
    );

    expect(result).toEqual({ delivered: 2, planned: 1 });
  });

  it('counts hours from sign-in to sign-out, and the rest of a shift under way as planned', () => {
    const result = delivery(
      'service_hours',
      facts({
        attended: [
          { shiftId: 'a', date: '2026-11-03', checkInAt: at('2026-11-03', '09:00'), minutes: 150 },
          { shiftId: 'b', date: '2026-11-20', checkInAt: at('2026-11-20', '09:00'), minutes: null },
        ],
        published: [
          {
            shiftId: 'b',
            date: '2026-11-20',
            startsAt: at('2026-11-20', '09:00'),
            endsAt: at('2026-11-20', '17:00'),
          },
        ],
      }),
    );

    expect(result).toEqual({ delivered: 2.5, planned: 5 });
  });
});
