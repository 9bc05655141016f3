import { DEMO_COUNTY, PILOT_VILLAGES, SHENGSHAN, ZHANGQI } from '@app/demo';
import type {
  CreateServicePointDto,
  UpdateServicePointDto,
} from '@app/org/service-points/dto/create-service-point.dto';
import type {
  ServicePointDetailResponse,
  ServicePointResponse,
} from '@app/org/service-points/dto/service-point.response';
import { bearer, SHENGSHAN_TOWN, useTestApp } from '@app/testing';

/** 胜山镇's villages and communities in code order, as the division data names them. */
const SHENGSHAN_VILLAGES = SHENGSHAN_TOWN.villages;

describe('Places: regions and service points (e2e)', () => {
  const t = useTestApp({ seed: true });
  const token: Record<'shengshan' | 'zhangqi' | 'cixi' | 'lawyer', string> = {
    shengshan: '',
    zhangqi: '',
    cixi: '',
    lawyer: '',
  };

  beforeAll(async () => {
    token.shengshan = await t.login('shengshan.official');
    token.zhangqi = await t.login('zhangqi.official');
    token.cixi = await t.login('cixi.official');
    token.lawyer = await t.login('lawyer01');
  });

  async function listPoints(query: Record<string, string>): Promise<ServicePointResponse[]> {
    const res = await t.http().get('/api/v1/service-points').query(query);
    if (res.status !== 200) throw new Error(`list service points: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as ServicePointResponse[];
  }

  async function pointAt(regionCode: string): Promise<ServicePointResponse> {
    const [point] = (await listPoints({ regionCode })).filter((p) => p.regionCode === regionCode);
    if (!point) throw new Error(`no service point at ${regionCode}`);
    return point;
  }

  /** One point as the public read shows it, without the week's duty (which the list does not carry). */
  async function readPoint(id: string): Promise<ServicePointResponse> {
    const {
      upcomingShifts: _week,
      advisorName: _advisor,
      ...point
    } = (await t.http().get(`/api/v1/service-points/${id}`)).body as ServicePointDetailResponse;
    return point;
  }

  describe('GET /api/v1/regions', () => {
    it('lists the 12 villages and communities of 胜山镇 in code order, named by place', async () => {
      const res = await t.http().get('/api/v1/regions').query({ parent: SHENGSHAN });

      expect(res.status).toBe(200);
      expect(res.body).toEqual(SHENGSHAN_VILLAGES.map(([code, name]) => ({ code, name, level: 'village' })));
    });

    it('lists the townships of 慈溪市, 胜山镇 and 掌起镇 among them', async () => {
      const res = await t.http().get('/api/v1/regions').query({ parent: DEMO_COUNTY });

      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.arrayContaining([
          { code: SHENGSHAN, name: '胜山镇', level: 'township' },
          { code: ZHANGQI, name: '掌起镇', level: 'township' },
        ]),
      );
      expect(res.body).toHaveLength(24);
      expect(
        res.body.every((r: { code: string; level: string }) => r.level === 'township' && r.code.length === 9),
      ).toBe(true);
    });

    it('starts at the province without a parent', async () => {
      const res = await t.http().get('/api/v1/regions');

      expect(res.status).toBe(200);
      expect(res.body).toEqual([{ code: '33', name: '浙江省', level: 'province' }]);
    });

    it('answers a well-formed parent that has no children with an empty list', async () => {
      const res = await t.http().get('/api/v1/regions').query({ parent: '330282113201' });

      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
    });

    it.each(['abc', '3302821', '33028211320', '330282113201x'])(
      'refuses parent=%s with 400 VALIDATION_FAILED naming the parameter',
      async (parent) => {
        const res = await t.http().get('/api/v1/regions').query({ parent });

        expect(res.status).toBe(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details.parent).toEqual([expect.stringContaining('region code')]);
      },
    );
  });

  describe('GET /api/v1/service-points', () => {
    it('lists 胜山镇’s township centre and its 12 village points to anyone, without a token', async () => {
      const res = await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN });

      expect(res.status).toBe(200);
      const points = res.body as ServicePointResponse[];
      expect(points).toHaveLength(13);
      expect(points.filter((p) => p.kind === 'township_center').map((p) => [p.regionCode, p.name])).toEqual([
        [SHENGSHAN, '胜山镇公共法律服务站'],
      ]);
      expect(points.filter((p) => p.kind === 'village_point').map((p) => p.regionCode)).toEqual(
        SHENGSHAN_VILLAGES.map(([code]) => code),
      );
      for (const p of points) {
        expect(p).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^[0-9a-f-]{36}$/),
            regionCode: expect.stringMatching(/^330282113/),
            kind: expect.any(String),
            name: expect.any(String),
            address: expect.any(String),
            lat: expect.any(Number),
            lng: expect.any(Number),
            openingHours: expect.any(Array),
            isPilot: expect.any(Boolean),
            todayDuty: expect.any(Array),
          }),
        );
        expect(p).toHaveProperty('phone');
        expect(p.openingHours.length).toBeGreaterThan(0);
      }
    });

    it('puts the centre first and names each village point after its village', async () => {
      const points = await listPoints({ regionCode: SHENGSHAN });

      expect(points[0].kind).toBe('township_center');
      expect(points.find((p) => p.regionCode === '330282113201')).toMatchObject({
        name: '一灶村公共法律服务点',
        regionName: '一灶村',
      });
      expect(points.find((p) => p.regionCode === '330282113001')).toMatchObject({
        name: '胜山社区公共法律服务点',
        regionName: '胜山社区',
      });
    });

    it('marks exactly the pilot villages as pilots', async () => {
      const points = await listPoints({ regionCode: SHENGSHAN, kind: 'village_point' });

      expect(points.filter((p) => p.isPilot).map((p) => p.regionCode)).toEqual(
        PILOT_VILLAGES.filter((c) => c.startsWith(SHENGSHAN)),
      );
    });

    it('gives only the 12 village points with kind=village_point', async () => {
      const points = await listPoints({ regionCode: SHENGSHAN, kind: 'village_point' });

      expect(points).toHaveLength(12);
      expect(points.every((p) => p.kind === 'village_point')).toBe(true);
    });

    it('includes the county centre and both towns’ points for 慈溪市', async () => {
      const points = await listPoints({ regionCode: DEMO_COUNTY });

      expect(points[0]).toMatchObject({
        kind: 'county_center',
        regionCode: DEMO_COUNTY,
        name: '慈溪市公共法律服务中心',
      });
      expect(points).toHaveLength(1 + 13 + 17);
      expect(points.filter((p) => p.regionCode.startsWith(ZHANGQI))).toHaveLength(17);
    });

    it('never lets a 掌起镇 point into 胜山镇’s list, nor the other way round', async () => {
      const shengshan = await listPoints({ regionCode: SHENGSHAN });
      const zhangqi = await listPoints({ regionCode: ZHANGQI });

      expect(shengshan.filter((p) => !p.regionCode.startsWith(SHENGSHAN) || p.name.includes('掌起'))).toEqual(
        [],
      );
      expect(zhangqi.filter((p) => !p.regionCode.startsWith(ZHANGQI) || p.name.includes('胜山'))).toEqual([]);
      expect(zhangqi).toHaveLength(17);
    });

    it('refuses a bad kind or region code with 400 and per-parameter details', async () => {
      const res = await t.http().get('/api/v1/service-points').query({ regionCode: '33a', kind: 'hub' });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details).sort()).toEqual(['kind', 'regionCode']);
    });
  });

  describe('GET /api/v1/service-points/:id', () => {
    it('returns one point to anyone, with its opening hours and the week’s published duty', async () => {
      const listed = await pointAt('330282113201');

      const official = { authorization: `Bearer ${await t.login('shengshan.official')}` };
      const [assignment] = (
        await t.http().get('/api/v1/advisor-assignments').query({ regionCode: '330282113201' }).set(official)
      ).body.items;
      const advisor = (
        await t.http().get('/api/v1/staff').query({ regionCode: SHENGSHAN }).set(official)
      ).body.items.find((s: { id: string }) => s.id === assignment.lawyerId);

      const res = await t.http().get(`/api/v1/service-points/${listed.id}`);

      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ...listed, upcomingShifts: expect.any(Array), advisorName: advisor.name });
      expect(res.body.openingHours).toEqual([
        { weekday: 1, from: '09:00', to: '11:30' },
        { weekday: 3, from: '09:00', to: '11:30' },
        { weekday: 5, from: '14:00', to: '16:30' },
      ]);
    });

    it('answers an unknown id with 404 SERVICE_POINT_NOT_FOUND', async () => {
      const res = await t.http().get('/api/v1/service-points/00000000-0000-4000-8000-000000000000');

      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SERVICE_POINT_NOT_FOUND');
    });

    it('answers an id that is not a uuid with 400 naming the id', async () => {
      const res = await t.http().get('/api/v1/service-points/not-a-uuid');

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.id).toBeDefined();
    });
  });

  describe('PATCH /api/v1/service-points/:id', () => {
    it('lets the township official change a point of its own township, and the public sees the change', async () => {
      const point = await pointAt('330282113202');
      const change = {
        phone: '0574-63371202',
        openingHours: [
          { weekday: 3, from: '14:00', to: '16:00' },
          { weekday: 1, from: '09:00', to: '11:00' },
        ],
      } satisfies UpdateServicePointDto;

      const res = await t
        .http()
        .patch(`/api/v1/service-points/${point.id}`)
        .set(bearer(token.shengshan))
        .send(change);

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: point.id, phone: '0574-63371202', name: point.name });
      const seen = await readPoint(point.id);
      expect(seen.phone).toBe('0574-63371202');
      expect(seen.openingHours).toEqual([
        { weekday: 1, from: '09:00', to: '11:00' },
        { weekday: 3, from: '14:00', to: '16:00' },
      ]);
    });

    it('hides a 掌起镇 point from the 胜山镇 official and leaves it unchanged', async () => {
      const point = await pointAt('330282104201');

      const res = await t
        .http()
        .patch(`/api/v1/service-points/${point.id}`)
        .set(bearer(token.shengshan))
        .send({ name: '被改掉的服务点' });

      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SERVICE_POINT_NOT_FOUND');
      expect(await readPoint(point.id)).toEqual(point);
    });

    it('lets the county official change points in both townships', async () => {
      const inShengshan = await pointAt('330282113203');
      const inZhangqi = await pointAt('330282104202');

      const a = await t
        .http()
        .patch(`/api/v1/service-points/${inShengshan.id}`)
        .set(bearer(token.cixi))
        .send({ signInstalled: true, address: '三灶村文化礼堂' });
      const b = await t
        .http()
        .patch(`/api/v1/service-points/${inZhangqi.id}`)
        .set(bearer(token.cixi))
        .send({ isPilot: true });

      expect([a.status, b.status]).toEqual([200, 200]);
      expect((await readPoint(inShengshan.id)).address).toBe('三灶村文化礼堂');
      expect((await readPoint(inZhangqi.id)).isPilot).toBe(true);
    });

    it('refuses to move a point into another township (403 OUTSIDE_JURISDICTION) and keeps it where it was', async () => {
      const point = await pointAt('330282113204');

      const res = await t
        .http()
        .patch(`/api/v1/service-points/${point.id}`)
        .set(bearer(token.shengshan))
        .send({ regionCode: '330282104203' });

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUTSIDE_JURISDICTION');
      expect((await readPoint(point.id)).regionCode).toBe('330282113204');
    });

    it('refuses a kind that does not fit the region with 422 KIND_REGION_MISMATCH', async () => {
      const point = await pointAt('330282113205');

      const res = await t
        .http()
        .patch(`/api/v1/service-points/${point.id}`)
        .set(bearer(token.shengshan))
        .send({ kind: 'township_center' });

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('KIND_REGION_MISMATCH');
      expect((await readPoint(point.id)).kind).toBe('village_point');
    });

    it('refuses a lawyer with 403 and changes nothing', async () => {
      const point = await pointAt('330282113206');

      const res = await t
        .http()
        .patch(`/api/v1/service-points/${point.id}`)
        .set(bearer(token.lawyer))
        .send({ name: '律师改的名字' });

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN_ROLE');
      expect(await readPoint(point.id)).toEqual(point);
    });

    it('needs a token', async () => {
      const point = await pointAt('330282113206');

      const res = await t.http().patch(`/api/v1/service-points/${point.id}`).send({ name: '匿名改的名字' });

      expect(res.status).toBe(401);
      expect((await readPoint(point.id)).name).toBe(point.name);
    });

    it.each([
      ['a period that ends before it starts', [{ weekday: 2, from: '17:00', to: '08:30' }], 1],
      [
        'overlapping periods on one day',
        [
          { weekday: 1, from: '08:30', to: '12:00' },
          { weekday: 1, from: '11:30', to: '17:00' },
        ],
        1,
      ],
    ])('refuses %s with 400 and details, keeping the old hours', async (_label, openingHours, problems) => {
      const point = await pointAt('330282113207');

      const res = await t
        .http()
        .patch(`/api/v1/service-points/${point.id}`)
        .set(bearer(token.shengshan))
        .send({ openingHours });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.openingHours).toHaveLength(problems);
      expect((await readPoint(point.id)).openingHours).toEqual(point.openingHours);
    });

    it.each([
      'name',
      'regionCode',
      'kind',
      'address',
      'openingHours',
      'isPilot',
      'active',
      'geofenceRadiusM',
    ])(
      'refuses null for %s, which cannot be empty, with 400 (not 500) and keeps the point',
      async (field) => {
        const point = await pointAt('330282113208');

        const res = await t
          .http()
          .patch(`/api/v1/service-points/${point.id}`)
          .set(bearer(token.shengshan))
          .send({ [field]: null });

        expect(res.status).toBe(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details[field]).toBeDefined();
        expect(await readPoint(point.id)).toEqual(point);
      },
    );

    it('clears the location and phone when they are sent as null', async () => {
      const point = await pointAt('330282113209');

      const res = await t
        .http()
        .patch(`/api/v1/service-points/${point.id}`)
        .set(bearer(token.shengshan))
        .send({ lat: null, lng: null, phone: null });

      expect(res.status).toBe(200);
      expect(await readPoint(point.id)).toMatchObject({
        lat: null,
        lng: null,
        phone: null,
        name: point.name,
      });
    });
  });

  describe('POST /api/v1/service-points', () => {
    const newPoint = {
      regionCode: '330282113211',
      kind: 'village_point',
      name: '镇前村第二服务点',
      address: '镇前村文化礼堂',
      lat: 30.241,
      lng: 121.452,
      openingHours: [{ weekday: 3, from: '09:00', to: '11:00' }],
      phone: '0574-63371211',
    } satisfies CreateServicePointDto;

    it('creates a point in the official’s own township that the public then finds', async () => {
      const res = await t.http().post('/api/v1/service-points').set(bearer(token.shengshan)).send(newPoint);

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        ...newPoint,
        regionName: '镇前村',
        isPilot: false,
        active: true,
        geofenceRadiusM: 200,
      });
      expect(await readPoint(res.body.id)).toEqual(res.body);
      expect((await listPoints({ regionCode: '330282113211' })).map((p) => p.name)).toContain(
        '镇前村第二服务点',
      );
    });

    it('refuses a point in 掌起镇 from the 胜山镇 official (403 OUTSIDE_JURISDICTION) and writes nothing', async () => {
      const before = await listPoints({ regionCode: ZHANGQI });

      const res = await t
        .http()
        .post('/api/v1/service-points')
        .set(bearer(token.shengshan))
        .send({
          ...newPoint,
          regionCode: '330282104201',
          name: '越界的服务点',
        } satisfies CreateServicePointDto);

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUTSIDE_JURISDICTION');
      expect(await listPoints({ regionCode: ZHANGQI })).toEqual(before);
    });

    it('lets the county official create a point in either township', async () => {
      const res = await t
        .http()
        .post('/api/v1/service-points')
        .set(bearer(token.cixi))
        .send({
          ...newPoint,
          regionCode: '330282104215',
          name: '县局新设的服务点',
        } satisfies CreateServicePointDto);

      expect(res.status).toBe(201);
      expect(res.body.regionCode).toBe('330282104215');
    });

    it('refuses a lawyer with 403 and writes nothing', async () => {
      const before = await listPoints({ regionCode: SHENGSHAN });

      const res = await t
        .http()
        .post('/api/v1/service-points')
        .set(bearer(token.lawyer))
        .send({ ...newPoint, name: '律师建的服务点' });

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN_ROLE');
      expect(await listPoints({ regionCode: SHENGSHAN })).toEqual(before);
    });

    it('refuses a village point on a township code with 422 KIND_REGION_MISMATCH', async () => {
      const before = await listPoints({ regionCode: SHENGSHAN });

      const res = await t
        .http()
        .post('/api/v1/service-points')
        .set(bearer(token.shengshan))
        .send({
          ...newPoint,
          regionCode: SHENGSHAN,
          name: '放错层级的服务点',
        } satisfies CreateServicePointDto);

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('KIND_REGION_MISMATCH');
      expect(res.body.details).toEqual({ kind: 'village_point', regionCode: SHENGSHAN });
      expect(await listPoints({ regionCode: SHENGSHAN })).toEqual(before);
    });

    it('refuses a region missing from the registry with 422 REGION_NOT_REGISTERED (404 REGION_NOT_FOUND is for a region asked for)', async () => {
      const res = await t
        .http()
        .post('/api/v1/service-points')
        .set(bearer(token.shengshan))
        .send({ ...newPoint, regionCode: '330282113299' } satisfies CreateServicePointDto);

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('REGION_NOT_REGISTERED');
    });

    it('refuses inconsistent opening hours with 400, listing every problem', async () => {
      const before = await listPoints({ regionCode: SHENGSHAN });
      const openingHours = [
        { weekday: 2, from: '17:00', to: '08:30' },
        { weekday: 4, from: '08:30', to: '12:00' },
        { weekday: 4, from: '11:30', to: '17:00' },
      ];

      const res = await t
        .http()
        .post('/api/v1/service-points')
        .set(bearer(token.shengshan))
        .send({ ...newPoint, openingHours });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.openingHours).toEqual([
        expect.stringContaining('17:00–08:30'),
        expect.stringContaining('overlaps'),
      ]);
      expect(await listPoints({ regionCode: SHENGSHAN })).toEqual(before);
    });

    it('reports every invalid field by name with 400 VALIDATION_FAILED and writes nothing', async () => {
      const before = await listPoints({ regionCode: SHENGSHAN });

      const res = await t
        .http()
        .post('/api/v1/service-points')
        .set(bearer(token.shengshan))
        .send({
          regionCode: 330282113,
          kind: 'hub',
          name: '长'.repeat(101),
          address: 42,
          lat: 200,
          lng: 'east',
          geofenceRadiusM: 5,
          isPilot: 'yes',
          phone: 'call me',
          openingHours: [{ weekday: 8, from: '8:30', to: '24:00' }],
          color: 'red',
        });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details).sort()).toEqual(
        [
          'address',
          'color',
          'geofenceRadiusM',
          'isPilot',
          'kind',
          'lat',
          'lng',
          'name',
          'openingHours.0.from',
          'openingHours.0.to',
          'openingHours.0.weekday',
          'phone',
          'regionCode',
        ].sort(),
      );
      expect(await listPoints({ regionCode: SHENGSHAN })).toEqual(before);
    });

    it('refuses a missing body with 400 naming the required fields', async () => {
      const res = await t.http().post('/api/v1/service-points').set(bearer(token.shengshan)).send({});

      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['kind', 'name', 'regionCode']);
    });

    it.each(['address', 'isPilot', 'active', 'geofenceRadiusM'])(
      'refuses null for %s with 400 (not 500)',
      async (field) => {
        const res = await t
          .http()
          .post('/api/v1/service-points')
          .set(bearer(token.shengshan))
          .send({ ...newPoint, name: `空值${field}`, [field]: null });

        expect(res.status).toBe(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details[field]).toBeDefined();
        expect((await listPoints({ regionCode: '330282113211' })).map((p) => p.name)).not.toContain(
          `空值${field}`,
        );
      },
    );
  });
});
