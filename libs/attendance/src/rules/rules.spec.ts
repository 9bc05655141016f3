import { businessInstant } from '@app/core';
import { eventTime } from './event-time';
import { evaluateShift } from './evaluate';
import { haversineMeters } from './geo';

const at = (time: string, date = '2026-11-23') => businessInstant(date, time);
const shift = { startsAt: at('08:30'), endsAt: at('17:00'), dayEndsAt: businessInstant('2026-11-24') };
const evening = at('20:00');
const nextDay = at('01:00', '2026-11-24');

describe('haversineMeters', () => {
  it('measures short and long distances on the globe', () => {
    expect(haversineMeters({ lat: 30.2361, lng: 121.4482 }, { lat: 30.2361, lng: 121.4482 })).toBe(0);
    // 0.001° of latitude is about 111 m anywhere.
    expect(haversineMeters({ lat: 30.2361, lng: 121.4482 }, { lat: 30.2371, lng: 121.4482 })).toBeCloseTo(
      111.2,
      0,
    );
    // Beijing to Shanghai, about 1,068 km.
    expect(
      haversineMeters({ lat: 39.9042, lng: 116.4074 }, { lat: 31.2304, lng: 121.4737 }) / 1000,
    ).toBeCloseTo(1067, -1);
  });
});

describe('eventTime', () => {
  const bounds = { clockSkewSeconds: 300, maxDelayHours: 12 };
  const server = at('09:00');

  it('takes the server time when the phone agrees or sends no time', () => {
    expect(eventTime(server, undefined, bounds)).toEqual({ ok: true, at: server, flags: [] });
    expect(eventTime(server, at('08:57'), bounds)).toEqual({ ok: true, at: server, flags: [] });
  });

  it('accepts a queued offline sign-in with its own time, flagged delayed', () => {
    expect(eventTime(server, at('08:25'), bounds)).toEqual({ ok: true, at: at('08:25'), flags: ['delayed'] });
  });

  it('refuses a client time in the future beyond the skew, or older than the delay bound', () => {
    expect(eventTime(server, at('09:10'), bounds)).toEqual({ ok: false, reason: 'client_time_in_future' });
    expect(eventTime(server, at('20:00', '2026-11-22'), bounds)).toEqual({
      ok: false,
      reason: 'client_time_too_old',
    });
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
