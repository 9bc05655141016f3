import { addDays, monthRange } from '@app/core';
import { DEMO_COUNTY, DEMO_LAWYERS, PILOT_VILLAGES, SHENGSHAN, ZHANGQI } from '@app/demo';
import type { StaffResponse } from '@app/org';
import type { ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import { bearer } from './http';
import { sql, type TestApp } from './test-app';

const lawyersOf = (town: string) => DEMO_LAWYERS.filter((l) => l.regionCode === town).map((l) => l.username);

/**
 * 胜山镇 of 慈溪市 as the demo seeds it (`useTestApp({ seed: true })`): its codes, the logins of its
 * official and of its advisor group (every demo login's password is DEMO_PASSWORD), and its villages.
 * The ids of its rows are made by the seed: `demoIds` and `staffDirectory` read them.
 */
export const SHENGSHAN_TOWN = {
  countyCode: DEMO_COUNTY,
  code: SHENGSHAN,
  name: '胜山镇',
  official: 'shengshan.official',
  countyOfficial: 'cixi.official',
  /** The advisor group, lawyer01…lawyer06 (lawyer06 a grassroots legal worker). */
  lawyers: lawyersOf(SHENGSHAN),
  /** Its villages and its community in code order, as the division data names them. */
  villages: [
    ['330282113001', '胜山社区'],
    ['330282113201', '一灶村'],
    ['330282113202', '二灶村'],
    ['330282113203', '三灶村'],
    ['330282113204', '大湾村'],
    ['330282113205', '上蔡村'],
    ['330282113206', '四灶村'],
    ['330282113207', '胜东村'],
    ['330282113208', '胜西村'],
    ['330282113209', '胜南村'],
    ['330282113210', '胜山头村'],
    ['330282113211', '镇前村'],
  ] as [code: string, name: string][],
  /** The villages with the mandatory weekly visit (试点村). */
  pilotVillages: PILOT_VILLAGES.filter((code) => code.startsWith(SHENGSHAN)),
};

/** 掌起镇, the demo county's other town: the jurisdiction next door to 胜山镇. */
export const ZHANGQI_TOWN = {
  countyCode: DEMO_COUNTY,
  code: ZHANGQI,
  name: '掌起镇',
  official: 'zhangqi.official',
  /** The advisor group, lawyer07…lawyer10 (lawyer10 a grassroots legal worker). */
  lawyers: lawyersOf(ZHANGQI),
  pilotVillages: PILOT_VILLAGES.filter((code) => code.startsWith(ZHANGQI)),
};

/** The seeded ids the suites need most: the two town centres, and staff by login name. */
export async function demoIds(t: TestApp): Promise<{
  shengshanCentre: string;
  zhangqiCentre: string;
  staff: Record<string, string>;
}> {
  const points = await sql<{ id: string; region_code: string }>(
    t,
    `SELECT id, region_code FROM service_point WHERE kind = 'township_center'`,
  );
  const staff = await sql<{ id: string; username: string }>(t, `SELECT id, username FROM staff`);
  return {
    shengshanCentre: points.find((p) => p.region_code === SHENGSHAN)!.id,
    zhangqiCentre: points.find((p) => p.region_code === ZHANGQI)!.id,
    staff: Object.fromEntries(staff.map((s) => [s.username, s.id])),
  };
}

/** The demo staff by id and login name, with their access tokens signed in once each. */
export function staffDirectory(t: TestApp) {
  const usernameOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  const tokens = new Map<string, string>();
  return {
    async load(): Promise<void> {
      const res = await t
        .http()
        .get('/api/v1/staff')
        .query({ pageSize: 500 })
        .set(bearer(await t.login('admin')));
      for (const s of res.body.items as StaffResponse[]) {
        usernameOf.set(s.id, s.username);
        idOf.set(s.username, s.id);
      }
    },
    id(username: string): string {
      const id = idOf.get(username);
      if (!id) throw new Error(`no staff member ${username}`);
      return id;
    },
    username(id: string): string {
      const name = usernameOf.get(id);
      if (!name) throw new Error(`no staff member ${id}`);
      return name;
    },
    /** The access token of a login name (or of a staff id). */
    async token(who: string): Promise<string> {
      const username = usernameOf.get(who) ?? who;
      if (!tokens.has(username)) tokens.set(username, await t.login(username));
      return tokens.get(username)!;
    },
  };
}

/**
 * The published 08:30–17:00 window shifts of this month and the next at a town's centre, from the
 * demo roster (the seed generates and publishes both months), by date.
 */
export async function publishedWindowShifts(
  t: TestApp,
  token: string,
  regionCode: string,
  pointId: string,
): Promise<ShiftResponse[]> {
  const thisMonth = monthRange(t.clock.today().slice(0, 7));
  const res = await t
    .http()
    .get('/api/v1/shifts')
    .query({ regionCode, from: thisMonth.from, to: monthRange(addDays(thisMonth.to, 1).slice(0, 7)).to })
    .set(bearer(token));
  if (res.status !== 200) throw new Error(`shifts: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as ShiftResponse[]).filter(
    (s) => s.kind === 'window' && s.servicePointId === pointId && s.published && s.from === '08:30',
  );
}
