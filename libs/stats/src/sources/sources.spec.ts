import { appointmentFacts } from './appointments.source';
import { followUpFacts } from './follow-ups.source';
import { dutyDayFacts } from './duty-day-facts';
import { serviceLogFacts, type ServiceLogFacts } from './service-logs.source';
import { rollupDeltas } from '../rollups.service';

const POINT = '11111111-1111-4111-8111-111111111111';
const LAWYER = '22222222-2222-4222-8222-222222222222';
const OTHER = '33333333-3333-4333-8333-333333333333';

const log = (over: Partial<ServiceLogFacts> = {}): ServiceLogFacts => ({
  // 23:30 on 30 November in Asia/Shanghai.
  occurredAt: new Date('2026-11-30T15:30:00Z'),
  servicePointId: POINT,
  regionCode: '330282113201',
  lawyerId: LAWYER,
  type: 'consultation',
  topic: 'labour_wages',
  peopleCount: 3,
  resolved: null,
  amountInvolvedFen: null,
  contractAmountFen: null,
  voided: false,
  ...over,
});

describe('rollupDeltas', () => {
  it('counts a log at 23:30 on 30 November (Asia/Shanghai) on that day', () => {
    const [delta] = rollupDeltas([], serviceLogFacts(log()));

    expect(delta).toMatchObject({ day: '2026-11-30', metric: 'consultations', value: 3 });
  });

  it('moves one count when an edit turns a consultation into a mediation', () => {
    const before = serviceLogFacts(log({ peopleCount: 1 }));
    const after = serviceLogFacts(
      log({ peopleCount: 1, type: 'mediation', resolved: true, amountInvolvedFen: 500 }),
    );

    const deltas = rollupDeltas(before, after).map((d) => [d.metric, d.value]);

    expect(deltas).toEqual(
      expect.arrayContaining([
        ['consultations', -1],
        ['mediations', 1],
        ['mediationsResolved', 1],
        ['mediationAmount', 500],
      ]),
    );
    expect(deltas).toHaveLength(4);
  });

  it('removes everything a voided log counted, and nothing for an edit that changes nothing', () => {
    expect(rollupDeltas(serviceLogFacts(log()), serviceLogFacts(log({ voided: true })))).toEqual([
      expect.objectContaining({ metric: 'consultations', value: -3 }),
    ]);
    expect(rollupDeltas(serviceLogFacts(log()), serviceLogFacts(log()))).toEqual([]);
  });

  it('keeps a moved record apart by region, so a point that changed region leaves nothing behind', () => {
    const deltas = rollupDeltas(serviceLogFacts(log()), serviceLogFacts(log({ regionCode: '330282113202' })));

    expect(deltas.map((d) => [d.regionCode, d.value])).toEqual([
      ['330282113201', -3],
      ['330282113202', 3],
    ]);
  });
});

describe('appointmentFacts', () => {
  const appointment = {
    startsAt: new Date('2026-11-23T01:00:00Z'),
    servicePointId: POINT,
    regionCode: '330282113',
    lawyerId: LAWYER,
    topic: 'neighbour',
    status: 'completed',
    rating: 5,
  };

  it('counts a completed, well-rated appointment for its lawyer and topic', () => {
    const [fact] = appointmentFacts(appointment);

    expect(fact).toMatchObject({ day: '2026-11-23', lawyerId: LAWYER, topic: 'neighbour' });
    expect(fact.values).toEqual({
      appointments: 1,
      appointmentsCompleted: 1,
      noShows: 0,
      ratings: 1,
      ratingsSatisfied: 1,
      ratingsViaSms: 0,
      ratingsViaSmsSatisfied: 0,
    });
  });

  it('counts a rating through the SMS link as such, besides the ratings of every source', () => {
    const [fact] = appointmentFacts({ ...appointment, rating: 4, ratingSource: 'sms_link' });

    expect(fact.values).toMatchObject({
      ratings: 1,
      ratingsSatisfied: 1,
      ratingsViaSms: 1,
      ratingsViaSmsSatisfied: 1,
    });
  });

  it('counts nothing for a cancelled appointment or one waiting to be moved', () => {
    expect(appointmentFacts({ ...appointment, status: 'cancelled' })).toEqual([]);
    expect(appointmentFacts({ ...appointment, status: 'needs_reschedule' })).toEqual([]);
  });
});

describe('followUpFacts', () => {
  const call = {
    calledAt: new Date('2026-11-24T02:00:00Z'),
    servicePointId: POINT,
    regionCode: '330282113',
    lawyerId: LAWYER,
    topic: 'neighbour' as const,
    reached: true,
    satisfied: false as boolean | null,
  };

  it('counts a call on its day, reached and answered', () => {
    const [fact] = followUpFacts(call);

    expect(fact).toMatchObject({ day: '2026-11-24', lawyerId: LAWYER, topic: 'neighbour' });
    expect(fact.values).toEqual({
      followUps: 1,
      followUpsReached: 1,
      followUpsSatisfied: 0,
      followUpsUnsatisfied: 1,
    });
  });

  it('counts a call that did not reach the resident as a call only', () => {
    expect(followUpFacts({ ...call, reached: false, satisfied: null })[0].values).toEqual({
      followUps: 1,
      followUpsReached: 0,
      followUpsSatisfied: 0,
      followUpsUnsatisfied: 0,
    });
  });
});

describe('dutyDayFacts', () => {
  it('counts a window day once for the point however many lawyers signed in, and once per lawyer', () => {
    const facts = dutyDayFacts({
      day: '2026-11-23',
      servicePointId: POINT,
      regionCode: '330282113',
      lawyerIds: [OTHER, LAWYER, LAWYER],
    });

    expect(facts.map((f) => [f.lawyerId, f.values])).toEqual([
      [null, { dutyDays: 1 }],
      [LAWYER, { lawyerDutyDays: 1 }],
      [OTHER, { lawyerDutyDays: 1 }],
    ]);
    expect(
      dutyDayFacts({ day: '2026-11-23', servicePointId: POINT, regionCode: '330282113', lawyerIds: [] }),
    ).toEqual([]);
  });
});
