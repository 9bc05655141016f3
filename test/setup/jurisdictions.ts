import { randomUUID } from 'node:crypto';
import { addDays, asSystem, businessInstant } from '@app/core';
import { DEMO_COUNTY, DEMO_PASSWORD, SHENGSHAN, ZHANGQI } from '@app/demo';
import { RegionsService, StaffService, weekdayOfficeHours } from '@app/org';
import { bearer, createResident, type TestApp } from '@app/testing';

/** 余姚市, the neighbouring county: only 慈溪市 is seeded, so the tests import it and make its records. */
export const YUYAO = '330281';

/** One record of each kind that lives in a jurisdiction, for aiming requests at it. */
export interface Records {
  centre: string;
  village: string;
  lawyer: string;
  shift: string;
  /** An on-call shift of the lawyer about two months ahead, beyond the demo roster, when the others' lawyers are free. */
  spareShift: string;
  leave: string;
  assignment: string;
  log: string;
  workshop: string;
  legalAidCase: string;
  /** An import of past records (one workshop) by the official. */
  importBatch: string;
  event: string;
  appointment: string;
  slot: string;
  /** A leave request of the lawyer, awaiting the official. */
  request: string;
}

/** A jurisdiction as the tests know it: its region, its people and records, and every id and name in it. */
export interface Jurisdiction {
  name: string;
  /** The region code every row of it lies under. */
  region: string;
  /** The county of it (the calendar's unit). */
  county: string;
  /** A village of it. */
  villageCode: string;
  official: { username: string; token: string; id: string };
  /** A lawyer of it with a window shift at its centre today, signed in there. */
  lawyer: { username: string; token: string; id: string };
  records: Records;
  /** Every id of its records the tests know (staff, points, shifts, assignments and the records above). */
  ids: Map<string, string>;
  /** Names of its staff and points, for answers that are not JSON (exports, feeds). */
  names: Set<string>;
  /** Region code of its staff and points, by id. */
  regionOf: Map<string, string>;
}

/** A resident with a booking at a jurisdiction's centre. */
export interface ResidentCase {
  id: string;
  phone: string;
  token: string;
  appointment: string;
}

export interface World {
  today: string;
  /** Region code of every known point and staff member, by id. */
  regionOf: Map<string, string>;
  shengshan: Jurisdiction;
  zhangqi: Jurisdiction;
  yuyao: Jurisdiction;
  tokens: { cixi: string; admin: string; security: string; auditor: string };
  /** Residents who booked at 胜山镇, 掌起镇 and 余姚市. */
  residents: { shengshan: ResidentCase; zhangqi: ResidentCase; yuyao: ResidentCase };
}

interface Row {
  id: string;
  regionCode: string;
  name?: string;
  username?: string;
  lawyerId?: string;
  kind?: string;
  servicePointId?: string;
  date?: string;
}

let residentNo = 0;
let spareDays = 0;

/**
 * Three jurisdictions full of records: 胜山镇 and 掌起镇 of 慈溪市 (the demo data plus leave, a work-log
 * entry, a workshop, a legal-aid case, a sign-in and a booking each), and 余姚市 (imported here, with a
 * township centre and village point, an official and a lawyer, and the same records), so that any
 * caller has a foreign jurisdiction full of ids to aim at. Call in a `beforeAll` of a file whose app
 * was seeded (`useTestApp({ seed: true, clock })`).
 */
export async function buildWorld(t: TestApp): Promise<World> {
  const today = t.clock.today();
  const http = t.http;
  const call = async (
    method: 'get' | 'post' | 'put',
    path: string,
    token: string,
    body?: object,
    query?: Record<string, string>,
  ) => {
    const agent = http();
    const start = method === 'get' ? agent.get(path) : method === 'post' ? agent.post(path) : agent.put(path);
    const res = await start
      .set(bearer(token))
      .query(query ?? {})
      .send(body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const [cixi, admin, security, auditor] = await Promise.all([
    t.login('cixi.official'),
    t.login('admin'),
    t.login('security'),
    t.login('auditor'),
  ]);

  // 余姚市: its divisions, its official and a lawyer of its first township, as the CLI would make them.
  await asSystem(() => t.app.get(RegionsService).importCounty(YUYAO));
  const yuyaoTown = (
    (await http().get('/api/v1/regions').query({ parent: YUYAO })).body as { code: string }[]
  )[0].code;
  const yuyaoVillage = (
    (await http().get('/api/v1/regions').query({ parent: yuyaoTown })).body as { code: string }[]
  )[0].code;
  await asSystem(async (system) => {
    const staff = t.app.get(StaffService);
    await staff.create(system, {
      username: 'yuyao.official',
      name: '余科长',
      kind: 'official',
      regionCode: YUYAO,
      password: DEMO_PASSWORD,
    });
    await staff.create(system, {
      username: 'yuyao.lawyer',
      name: '姚律师',
      kind: 'lawyer',
      regionCode: yuyaoTown,
      password: DEMO_PASSWORD,
      phone: '13905740999',
    });
  });
  const yuyaoOfficial = await t.login('yuyao.official');
  const yuyaoPoint = (body: object) => call('post', '/api/v1/service-points', yuyaoOfficial, body);
  const centre = await yuyaoPoint({
    regionCode: yuyaoTown,
    kind: 'township_center',
    name: '余姚市试点镇公共法律服务站',
    address: '余姚市试点镇中心路1号',
    lat: 30.04,
    lng: 121.15,
    openingHours: weekdayOfficeHours(),
  });
  const village = await yuyaoPoint({
    regionCode: yuyaoVillage,
    kind: 'village_point',
    name: '余姚市试点村公共法律服务点',
    address: '余姚市试点村村委会',
    lat: 30.05,
    lng: 121.16,
    openingHours: weekdayOfficeHours(),
  });
  const yuyaoLawyerId = (
    (await call('get', '/api/v1/staff', yuyaoOfficial, undefined, { q: 'yuyao.lawyer' })).items as Row[]
  )[0].id;
  await call('post', '/api/v1/advisor-assignments', yuyaoOfficial, {
    lawyerId: yuyaoLawyerId,
    servicePointId: village.id,
    from: addDays(today, -30),
  });
  await call('post', '/api/v1/shifts', yuyaoOfficial, {
    servicePointId: centre.id,
    lawyerId: yuyaoLawyerId,
    date: today,
    from: '08:30',
    to: '17:00',
    kind: 'window',
  });
  await call('post', '/api/v1/shifts/publish', yuyaoOfficial, {
    regionCode: yuyaoTown,
    from: today,
    to: today,
  });

  async function jurisdiction(
    name: string,
    region: string,
    official: string,
    officialToken: string,
    villageCode: string,
  ): Promise<Jurisdiction> {
    const me = await call('get', '/api/v1/auth/me', officialToken);
    const staff = (
      await call('get', '/api/v1/staff', officialToken, undefined, { pageSize: '500', regionCode: region })
    ).items as Row[];
    const points = (await http().get('/api/v1/service-points').query({ regionCode: region })).body as Row[];
    const centreId = points.find((p) => p.kind === 'township_center')!.id;
    const villageId = points.find((p) => p.regionCode === villageCode)!.id;
    const shifts = (await call('get', '/api/v1/shifts', officialToken, undefined, {
      regionCode: region,
      from: addDays(today, -31),
      to: addDays(today, 60),
    })) as Row[];
    const todays = shifts.find(
      (s) => s.date === today && s.servicePointId === centreId && s.kind === 'window',
    )!;
    const lawyer = staff.find((s) => s.id === todays.lawyerId)!;
    const lawyerToken = await t.login(lawyer.username!);
    const centrePoint = points.find((p) => p.id === centreId) as Row & { lat: number; lng: number };
    const event = await call('post', '/api/v1/attendance/check-in', lawyerToken, {
      idempotencyKey: randomUUID(),
      lat: centrePoint.lat,
      lng: centrePoint.lng,
    });
    const spare = await call('post', '/api/v1/shifts', officialToken, {
      servicePointId: centreId,
      lawyerId: lawyer.id,
      // each jurisdiction's on another day, so that any lawyer is free at another's
      date: addDays(today, 55 + ++spareDays),
      from: '09:00',
      to: '10:00',
      kind: 'on_call',
    });
    const leave = await call('post', '/api/v1/unavailability', officialToken, {
      lawyerId: lawyer.id,
      from: addDays(today, 80),
      to: addDays(today, 81),
      reason: '病假',
    });
    const request = await call('post', '/api/v1/requests', lawyerToken, {
      kind: 'leave',
      from: addDays(today, 85),
      to: addDays(today, 85),
      reason: '年休',
    });
    const log = await call('post', '/api/v1/service-logs', officialToken, {
      type: 'consultation',
      topic: 'labour_wages',
      servicePointId: centreId,
      occurredAt: businessInstant(addDays(today, -1), '10:00').toISOString(),
      peopleCount: 1,
      summary: `${name}：咨询拖欠工资`,
      lawyerId: lawyer.id,
    });
    const workshop = await call('post', '/api/v1/workshops', officialToken, {
      servicePointId: villageId,
      heldAt: businessInstant(addDays(today, -1), '14:00').toISOString(),
      topic: `${name}民法典宣讲`,
      audienceCount: 30,
      kind: 'lecture',
      lecturerId: lawyer.id,
    });
    const legalAidCase = await call('post', '/api/v1/legal-aid-cases', officialToken, {
      applicant: { name: '王建国', phone: '13812345678', idNumber: '330282199001011231' },
      servicePointId: centreId,
      category: 'labour_wages',
      summary: `${name}：申请人被拖欠工资`,
    });
    const importBatch = await call('post', '/api/v1/imports', officialToken, {
      kind: 'workshops',
      rows: [
        {
          servicePointId: villageId,
          heldAt: addDays(today, -400),
          topic: `${name}往年普法讲座`,
          audienceCount: 40,
          kind: 'lecture',
          lecturerId: lawyer.id,
        },
      ],
    });
    const assignments = (
      await call('get', '/api/v1/advisor-assignments', officialToken, undefined, {
        pageSize: '500',
        regionCode: region,
      })
    ).items as Row[];
    const slots = (
      await http().get(`/api/v1/service-points/${centreId}/slots`).query({ from: today, to: today })
    ).body as { id: string }[];
    const ids = new Map<string, string>();
    for (const s of staff) ids.set(s.id, `staff ${s.username}`);
    for (const p of points) ids.set(p.id, `point ${p.name}`);
    for (const s of shifts) ids.set(s.id, `shift ${s.date}`);
    for (const a of assignments) ids.set(a.id, 'advisor assignment');
    const records: Records = {
      centre: centreId,
      village: villageId,
      lawyer: lawyer.id,
      shift: todays.id,
      spareShift: spare.id,
      leave: leave.id,
      assignment: assignments.find((a) => a.servicePointId === villageId)!.id,
      log: log.id,
      workshop: workshop.id,
      legalAidCase: legalAidCase.id,
      importBatch: importBatch.id,
      event: event.id,
      appointment: '',
      slot: slots[slots.length - 1].id,
      request: request.id,
    };
    for (const [kind, id] of Object.entries(records)) if (id && !ids.has(id)) ids.set(id, kind);
    return {
      name,
      region,
      county: region.slice(0, 6),
      villageCode,
      official: { username: official, token: officialToken, id: me.id },
      lawyer: { username: lawyer.username!, token: lawyerToken, id: lawyer.id },
      records,
      ids,
      names: new Set([...staff.map((s) => s.name!), ...points.map((p) => p.name!)]),
      regionOf: new Map([...staff, ...points].map((r) => [r.id, r.regionCode])),
    };
  }

  const shengshan = await jurisdiction(
    '胜山镇',
    SHENGSHAN,
    'shengshan.official',
    await t.login('shengshan.official'),
    '330282113201',
  );
  const zhangqi = await jurisdiction(
    '掌起镇',
    ZHANGQI,
    'zhangqi.official',
    await t.login('zhangqi.official'),
    '330282104201',
  );
  const yuyao = await jurisdiction('余姚市', YUYAO, 'yuyao.official', yuyaoOfficial, yuyaoVillage);

  // A resident books at each; the booking's id joins that jurisdiction's records.
  async function resident(where: Jurisdiction): Promise<ResidentCase> {
    const { id, phone, token } = await createResident(
      t,
      `137${String(30_000_000 + residentNo++).padStart(8, '0')}`,
    );
    const slots = (
      await http()
        .get(`/api/v1/service-points/${where.records.centre}/slots`)
        .query({ from: today, to: today })
    ).body as { id: string }[];
    const booked = await call('post', '/api/v1/appointments', token, {
      slotId: slots[0].id,
      topic: 'labour_wages',
      description: `在${where.name}咨询`,
    });
    where.records.appointment = booked.id;
    where.ids.set(booked.id, 'appointment');
    return { id, phone, token, appointment: booked.id };
  }
  const residents = {
    shengshan: await resident(shengshan),
    zhangqi: await resident(zhangqi),
    yuyao: await resident(yuyao),
  };

  // Every point and staff member of both counties, the county's own (its centre, officials, admin) included.
  const regionOf = new Map<string, string>([...shengshan.regionOf, ...zhangqi.regionOf, ...yuyao.regionOf]);
  const cixiPoints = (await http().get('/api/v1/service-points').query({ regionCode: DEMO_COUNTY }))
    .body as Row[];
  const cixiStaff = (await call('get', '/api/v1/staff', admin, undefined, { pageSize: '500' }))
    .items as Row[];
  for (const r of [...cixiPoints, ...cixiStaff]) regionOf.set(r.id, r.regionCode);
  return {
    today,
    regionOf,
    shengshan,
    zhangqi,
    yuyao,
    tokens: { cixi, admin, security, auditor },
    residents,
  };
}
