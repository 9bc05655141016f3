import { businessInstant } from '@app/core';
import { eventTime } from './event-time';
import { evaluateShift } from './evaluate';
import { fenceVerdict } from './geofence';

const at = (time: string, date = '2026-11-23') => businessInstant(date, time);
const shift = { startsAt: at('08:30'), endsAt: at('17:00'), dayEndsAt: businessInstant('2026-11-24') };
const evening = at('20:00');
const nextDay = at('01:00', '2026-11-24');

describe('fenceVerdict', () => {
  it('is inside within the radius and outside beyond it, with a precise fix or none reported', () => {
    expect(fenceVerdict(80, 100, 15)).toEqual({ insideGeofence: true, flag: null });
    expect(fenceVerdict(100, 100, undefined)).toEqual({ insideGeofence: true, flag: null });
    expect(fenceVerdict(101, 100, 100)).toEqual({ insideGeofence: false, flag: 'outside_geofence' });
  });

  it('cannot tell with a fix less precise than the fence: low_accuracy, not inside', () => {
    expect(fenceVerdict(0, 100, 3000)).toEqual({ insideGeofence: null, flag: 'low_accuracy' });
    expect(fenceVerdict(5000, 100, 101)).toEqual({ insideGeofence: null, flag: 'low_accuracy' });
  });
});

describe('eventTime', () => {
  const bounds = { clockSkewSeconds: 300, maxDelayHours: 12 };
  const server = at('09:00');

  it('takes the server time when the phone agrees or sends no time', () => {
    expect(eventTime(server, undefined, bounds)).toEqual({
      ok: true,
      at: server,
      flags: [],
      needsReview: false,
    });
    expect(eventTime(server, at('08:57'), bounds)).toEqual({
      ok: true,
      at: server,
      flags: [],
      needsReview: false,
    });
  });

  it('accepts a queued offline sign-in with its own time, flagged delayed', () => {
    expect(eventTime(server, at('08:25'), bounds)).toEqual({
      ok: true,
      at: at('08:25'),
      flags: ['delayed'],
      needsReview: false,
    });
  });

  it('keeps the own time of a sign-in older than the delay bound, for an official to review', () => {
    expect(eventTime(server, at('20:00', '2026-11-22'), bounds)).toEqual({
      ok: true,
      at: at('20:00', '2026-11-22'),
      flags: ['delayed'],
      needsReview: true,
    });
    expect(eventTime(server, at('21:00', '2026-11-22'), bounds)).toMatchObject({ needsReview: false });
  });

  it('refuses a client time in the future beyond the skew', () => {
    expect(eventTime(server, at('09:10'), bounds)).toEqual({ ok: false, reason: 'client_time_in_future' });
  });
});

describe('evaluateShift', () => {
  it('is on time with a sign-in within the grace and a sign-out at the end', () => {
    expect(evaluateShift(shift, [at('08:38')], [at('17:02')], evening, 10)).toMatchObject({
      status: 'on_time',
      minutes: 504,
    });
  });

  it('is late with a sign-in 15 minutes after the start', () => {
    expect(evaluateShift(shift, [at('08:45')], [at('17:00')], evening, 10).status).toBe('late');
  });

  it('has left early with a sign-out well before the end', () => {
    expect(evaluateShift(shift, [at('08:30')], [at('15:30')], evening, 10)).toMatchObject({
      status: 'left_early',
      leftEarly: true,
    });
  });

  it('is incomplete without a sign-out once the day is over, on duty before', () => {
    expect(evaluateShift(shift, [at('08:30')], [], nextDay, 10)).toMatchObject({
      status: 'incomplete',
      minutes: null,
    });
    expect(evaluateShift(shift, [at('08:30')], [], at('12:00'), 10).status).toBe('on_duty');
  });

  it('is absent without a sign-in once the shift is over, pending before', () => {
    expect(evaluateShift(shift, [], [], evening, 10).status).toBe('absent');
    expect(evaluateShift(shift, [], [], at('08:00'), 10).status).toBe('pending');
  });

  it('is incomplete, not absent, with only a sign-out once the shift is over, pending before', () => {
    expect(evaluateShift(shift, [], [at('17:03')], evening, 10)).toMatchObject({
      status: 'incomplete',
      checkInAt: null,
      checkOutAt: at('17:03'),
      minutes: null,
    });
    expect(evaluateShift(shift, [], [at('12:00')], at('12:30'), 10).status).toBe('pending');
    expect(evaluateShift(shift, [], [at('12:00')], at('17:00'), 10).status).toBe('incomplete');
  });

  it('takes the first sign-in and the last sign-out, ignoring a sign-out before the sign-in', () => {
    const e = evaluateShift(
      shift,
      [at('09:00'), at('08:31')],
      [at('08:00'), at('12:00'), at('17:05')],
      evening,
      10,
    );

    expect(e.checkInAt).toEqual(at('08:31'));
    expect(e.checkOutAt).toEqual(at('17:05'));
    expect(e.status).toBe('on_time');
  });
});
