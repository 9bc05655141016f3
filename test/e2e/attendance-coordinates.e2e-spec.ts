import gcoord from 'gcoord';
import { randomUUID } from 'node:crypto';
import type { CheckInDto, CheckInResponse } from '@app/attendance/dto/attendance.dto';
import { businessInstant, FixedClock, haversineMeters } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import type {
  CreateServicePointDto,
  UpdateServicePointDto,
} from '@app/org/service-points/dto/create-service-point.dto';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import type { StaffResponse } from '@app/org/staff/dto/staff.dto';
import type { ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import { bearer, createShift, useTestApp } from '@app/testing';
import { answerProblems, type OpenApiDocument } from '../setup/openapi';

/** A spot in 胜山镇, 慈溪, as a phone's GPS reports it (WGS-84). */
const SPOT = { lat: 30.2899, lng: 121.4213 };

/** The same spot as 高德 and 腾讯 maps show it (GCJ-02), computed with gcoord as an official's copy would give it. */
function gcj02Of(p: { lat: number; lng: number }): { lat: number; lng: number } {
  const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.WGS84, gcoord.GCJ02);
  return { lat: Number(lat.toFixed(6)), lng: Number(lng.toFixed(6)) };
}

/** Every day 18:00–22:00: an evening window of our own, clear of the demo roster's daytime shifts. */
const EVENINGS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '18:00', to: '22:00' }));

describe('Coordinates as China gives them: GCJ-02 from 高德, WGS-84 from phones (e2e)', () => {
  const clock = new FixedClock(businessInstant('2027-02-03', '10:00'));
  const t = useTestApp({ seed: true, clock });
  let official: string;
  const lawyers: { id: string; token: string }[] = [];

  beforeAll(async () => {
    official = await t.login('shengshan.official');
    const staff = await t
      .http()
      .get('/api/v1/staff')
      .query({ regionCode: SHENGSHAN, pageSize: 500 })
      .set(bearer(official));
    for (const username of ['lawyer01', 'lawyer02']) {
      const lawyer = (staff.body.items as StaffResponse[]).find((s) => s.username === username)!;
      lawyers.push({ id: lawyer.id, token: await t.login(username) });
    }
  }, 60_000);

  function createPoint(body: Partial<CreateServicePointDto>) {
    return t
      .http()
      .post('/api/v1/service-points')
      .set(bearer(official))
      .send({
        regionCode: SHENGSHAN,
        kind: 'township_center',
        name: '胜山镇夜间法律服务窗口',
        geofenceRadiusM: 100,
        openingHours: EVENINGS,
        ...body,
      } satisfies Partial<CreateServicePointDto>);
  }

  function eveningShift(pointId: string, lawyerId: string, date: string): Promise<ShiftResponse> {
    return createShift(t, official, {
      servicePointId: pointId,
      lawyerId,
      date,
      from: '18:30',
      to: '21:00',
      kind: 'window',
    });
  }

  function checkIn(token: string, body: Partial<CheckInDto> | Record<string, unknown>) {
    return t
      .http()
      .post('/api/v1/attendance/check-in')
      .set(bearer(token))
      .send({ idempotencyKey: randomUUID(), ...body });
  }

  describe('a point entered from 高德 (GCJ-02) and a phone at the same spot (WGS-84)', () => {
    let point: ServicePointResponse;
    let shift: ShiftResponse;
    const gcj = gcj02Of(SPOT);

    beforeAll(async () => {
      clock.set(businessInstant('2027-02-03', '10:00'));
      const res = await createPoint({ ...gcj, coordSystem: 'gcj02' });
      if (res.status !== 201) throw new Error(`point: ${res.status} ${JSON.stringify(res.body)}`);
      point = res.body as ServicePointResponse;
      shift = await eveningShift(point.id, lawyers[0].id, '2027-02-03');
    });

    it('stores the point in WGS-84 within a few metres of the spot, though 高德’s numbers lie ~500 m away', async () => {
      const stored = (await t.http().get(`/api/v1/service-points/${point.id}`)).body as ServicePointResponse;

      expect(haversineMeters(SPOT, gcj)).toBeGreaterThan(300);
      expect(haversineMeters(SPOT, gcj)).toBeLessThan(700);
      expect(haversineMeters(SPOT, { lat: stored.lat!, lng: stored.lng! })).toBeLessThan(3);
      expect(haversineMeters(gcj, stored.gcj02!)).toBeLessThan(3);
      const doc = (await t.http().get('/api/docs-json')).body as OpenApiDocument;
      const list = await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN });
      expect(
        answerProblems(doc, [
          ['get', '/api/v1/service-points/{id}', { status: 200, body: stored }],
          ['get', '/api/v1/service-points', list],
        ]),
      ).toEqual([]);
    });

    it('counts the phone’s WGS-84 sign-in at the spot inside the 100 m fence, a few metres away', async () => {
      clock.set(businessInstant('2027-02-03', '18:35'));

      const res = await checkIn(lawyers[0].token, { ...SPOT, accuracy: 12, coordSystem: 'wgs84' });

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        shiftId: shift.id,
        servicePointId: point.id,
        insideGeofence: true,
        status: 'on_time',
        flags: [],
      } satisfies Partial<CheckInResponse>);
      expect(res.body.distanceM).toBeLessThanOrEqual(3);
    });

    it('takes the same numbers sent as GCJ-02 for another place ~500 m off, outside the fence', async () => {
      clock.set(businessInstant('2027-02-03', '18:40'));

      const res = await checkIn(lawyers[0].token, { ...SPOT, accuracy: 12, coordSystem: 'gcj02' });

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ insideGeofence: false, flags: ['outside_geofence'] });
      expect(res.body.distanceM).toBeGreaterThan(300);
      expect(res.body.distanceM).toBeLessThan(700);
    });

    it('flags a fix with 3 km accuracy low_accuracy and does not count it inside, though it reads 0 m off', async () => {
      clock.set(businessInstant('2027-02-03', '18:45'));

      const res = await checkIn(lawyers[0].token, { ...SPOT, accuracy: 3000 });

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ shiftId: shift.id, insideGeofence: null, flags: ['low_accuracy'] });
      expect(res.body.distanceM).toBeLessThanOrEqual(3);
      const events = await t
        .http()
        .get('/api/v1/attendance/events')
        .query({ lawyerId: lawyers[0].id, from: '2027-02-03', to: '2027-02-03', flagged: 'true' })
        .set(bearer(official));
      expect(events.body.find((e: CheckInResponse) => e.id === res.body.id)).toMatchObject({
        flags: ['low_accuracy'],
      });
    });

    it('moves the point with a PATCH in BD-09 (百度) and answers it in WGS-84', async () => {
      const [bdLng, bdLat] = gcoord.transform([SPOT.lng, SPOT.lat], gcoord.WGS84, gcoord.BD09);

      const res = await t
        .http()
        .patch(`/api/v1/service-points/${point.id}`)
        .set(bearer(official))
        .send({ lat: bdLat, lng: bdLng, coordSystem: 'bd09' } satisfies UpdateServicePointDto);

      expect(res.status).toBe(200);
      expect(haversineMeters(SPOT, { lat: bdLat, lng: bdLng })).toBeGreaterThan(700);
      expect(haversineMeters(SPOT, { lat: res.body.lat, lng: res.body.lng })).toBeLessThan(3);
    });

    it('keeps WGS-84 the default for clients that do not name a system', async () => {
      const res = await createPoint({ name: '胜山镇夜间窗口二', ...SPOT });

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ lat: SPOT.lat, lng: SPOT.lng });
      expect(haversineMeters(res.body.gcj02, gcj)).toBeLessThan(3);
    });
  });

  describe('bad coordinates: 400 VALIDATION_FAILED naming each field', () => {
    it.each([
      [
        'GCJ-02 in Paris (longitude outside China)',
        { lat: 48.8584, lng: 2.2945, coordSystem: 'gcj02' },
        ['lng'],
      ],
      ['BD-09 in Sydney', { lat: -33.8568, lng: 151.2153, coordSystem: 'bd09' }, ['lat', 'lng']],
      ['an unknown coordinate system', { ...SPOT, coordSystem: 'wgs-84' }, ['coordSystem']],
      ['a latitude of 91', { lat: 91, lng: 121.4213 }, ['lat']],
      ['a latitude without a longitude', { lat: 30.2899 }, ['lng']],
    ])('refuses a point with %s', async (_, body, fields) => {
      const res = await createPoint(body as Partial<CreateServicePointDto>);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details).sort()).toEqual(fields);
    });

    it.each([
      ['GCJ-02 in Paris', { lat: 48.8584, lng: 2.2945, coordSystem: 'gcj02' }, ['lng']],
      ['GCJ-02 over the Pacific', { lat: 20, lng: 160, coordSystem: 'gcj02' }, ['lng']],
      ['an unknown coordinate system', { ...SPOT, coordSystem: 'mars' }, ['coordSystem']],
      ['a longitude of 181', { lat: 30.2899, lng: 181 }, ['lng']],
      ['a longitude without a latitude', { lng: 121.4213 }, ['lat']],
    ])('refuses a sign-in with %s and records nothing', async (_, body, fields) => {
      clock.set(businessInstant('2027-02-03', '19:00'));

      const res = await checkIn(lawyers[1].token, body);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details).sort()).toEqual(fields);
      const events = await t
        .http()
        .get('/api/v1/attendance/events')
        .query({ lawyerId: lawyers[1].id, from: '2027-02-03', to: '2027-02-03' })
        .set(bearer(official));
      expect(events.body).toEqual([]);
    });
  });
});
