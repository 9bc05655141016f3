import { addDays, businessInstant, FixedClock } from '@app/core';
import type { UnavailabilityResponse } from '@app/roster/unavailability/unavailability.dto';
import { useTestApp } from '@app/testing';
import { foreignFindings, type Viewer } from '../setup/foreign-rows';
import { buildWorld, type Records, type World } from '../setup/jurisdictions';
import { rawAnswer } from '../setup/raw-request';

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema?: { enum?: string[] };
}
interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
}

/**
 * GET routes that answer public data, the same for everyone, any county's included (the rest must show
 * a caller nothing of another jurisdiction):
 */
const PUBLIC_DATA = new Set([
  // liveness and readiness, no records
  '/api/health',
  '/api/health/live',
  '/api/health/ready',
  // the GB/T 2260 division tree
  '/api/v1/regions',
  // the service-point directory, a point's page with its published duty, and its bookable slots
  '/api/v1/service-points',
  '/api/v1/service-points/{id}',
  '/api/v1/service-points/{id}/slots',
  // the working-day calendar of any county
  '/api/v1/calendar',
  '/api/v1/calendar/years',
  '/api/v1/calendar/years/{year}',
  // development only (never in production, loopback only): the SMS outbox of the phone number named
  '/api/v1/dev/outbox',
]);

/** Which record an `{id}` names, by the path segment before it. A route not listed here fails the walk. */
const ID_OF: Record<string, keyof Records> = {
  'service-points': 'centre',
  staff: 'lawyer',
  lawyers: 'lawyer',
  shifts: 'shift',
  unavailability: 'leave',
  'advisor-assignments': 'assignment',
  'service-logs': 'log',
  workshops: 'workshop',
  'legal-aid-cases': 'legalAidCase',
  appointments: 'appointment',
  attendance: 'event',
};

// Monday 23 November 2026, 10:00 in Asia/Shanghai: the demo roster holds November and December.
const NOW = businessInstant('2026-11-23', '10:00');

describe('Trust a county can certify: no list or detail route shows another jurisdiction’s records (e2e)', () => {
  const clock = new FixedClock(NOW);
  const t = useTestApp({ seed: true, clock });
  let w: World;
  let doc: OpenApi;
  const viewers: Record<string, Viewer> = {};

  beforeAll(async () => {
    w = await buildWorld(t);
    doc = (await t.http().get('/api/docs-json')).body as OpenApi;
    viewers.zhangqiOfficial = {
      label: '掌起镇 official',
      token: w.zhangqi.official.token,
      id: w.zhangqi.official.id,
      region: w.zhangqi.region,
      foreign: [w.shengshan, w.yuyao],
    };
    viewers.zhangqiLawyer = {
      label: '掌起镇 lawyer',
      token: w.zhangqi.lawyer.token,
      id: w.zhangqi.lawyer.id,
      region: w.zhangqi.region,
      foreign: [w.shengshan, w.yuyao],
    };
    viewers.yuyaoOfficial = {
      label: '余姚市 county official',
      token: w.yuyao.official.token,
      id: w.yuyao.official.id,
      region: w.yuyao.region,
      foreign: [w.shengshan, w.zhangqi],
    };
    viewers.cixiOfficial = {
      label: '慈溪市 county official',
      token: w.tokens.cixi,
      region: '330282',
      foreign: [w.yuyao],
    };
    viewers.cixiAdmin = {
      label: '慈溪市 admin',
      token: w.tokens.admin,
      region: '330282',
      foreign: [w.yuyao],
    };
    viewers.cixiAuditor = {
      label: '慈溪市 auditor',
      token: w.tokens.auditor,
      region: '330282',
      foreign: [w.yuyao],
    };
  }, 120_000);

  /** The requests the walk sends to a GET route for a viewer: each with the route, what it asks and why. */
  function requestsFor(path: string, parameters: Parameter[], viewer: Viewer) {
    const foreign = viewer.foreign[0];
    const month = w.today.slice(0, 7);
    const required: Record<string, string> = {
      from: addDays(w.today, -31),
      to: addDays(w.today, 30),
      month,
      year: w.today.slice(0, 4),
      through: month,
      period: month,
      date: w.today,
      token: 'x'.repeat(32),
      phone: w.residents.shengshan.phone,
    };
    const problems: string[] = [];
    const base: Record<string, string> = {};
    for (const p of parameters.filter((p) => p.in === 'query')) {
      const enumValues = p.schema?.enum;
      // Ask for the most a route gives (cancelled shifts, voided entries), in its first format.
      if (enumValues?.includes('true')) base[p.name] = 'true';
      else if (p.required && enumValues) base[p.name] = enumValues[0];
      else if (p.required && required[p.name]) base[p.name] = required[p.name];
      else if (p.required && p.name === 'regionCode') base[p.name] = viewer.region!;
      else if (p.required && p.name === 'servicePointId') base[p.name] = w.zhangqi.records.centre;
      else if (p.required) problems.push(`the walk has no value for the required query parameter ${p.name}`);
    }
    let url = path;
    let foreignId: string | null = null;
    for (const p of parameters.filter((p) => p.in === 'path')) {
      const segment = path.split('/')[path.split('/').indexOf(`{${p.name}}`) - 1];
      let value: string | undefined;
      if (p.name === 'year') value = w.today.slice(0, 4);
      else if (p.name === 'date') value = w.today;
      // A rating link's token names no record the caller could be shown (an unknown one: 404).
      else if (p.name === 'token') value = 'A'.repeat(22);
      else if (p.schema?.enum) value = p.schema.enum[0];
      else if (p.name === 'id' && ID_OF[segment]) value = foreignId = foreign.records[ID_OF[segment]];
      if (!value) problems.push(`which record does {${p.name}} after /${segment}/ name? Add it to ID_OF`);
      else url = url.replace(`{${p.name}}`, value);
    }
    const names = new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name));
    const variants: [string, Record<string, string>][] = [['', base]];
    const aimed: [string, string | undefined][] = [
      ['regionCode', viewer.region ?? undefined],
      ...viewer.foreign.map((j): [string, string] => ['regionCode', j.region]),
      ['lawyerId', foreign.records.lawyer],
      ['servicePointId', foreign.records.centre],
      ['entityId', foreign.records.leave],
      ['actorId', foreign.official.id],
    ];
    for (const [name, value] of aimed)
      if (names.has(name) && value) variants.push([`${name}=${value}`, { ...base, [name]: value }]);
    return { url, foreignId, variants, problems };
  }

  async function walk(viewer: Viewer): Promise<string[]> {
    const problems: string[] = [];
    let walked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      const get = operations.get;
      if (!get || PUBLIC_DATA.has(path)) continue;
      const { url, foreignId, variants, problems: unknown } = requestsFor(path, get.parameters ?? [], viewer);
      problems.push(...unknown.map((p) => `GET ${path}: ${p}`));
      if (unknown.length) continue;
      for (const [why, query] of variants) {
        const answer = await rawAnswer(
          t.http().get(url).query(query).set('authorization', `Bearer ${viewer.token}`),
        );
        walked++;
        const where = `GET ${url}${why ? ` (${why})` : ''}`;
        if (answer.status >= 500) problems.push(`${where}: ${answer.status} ${answer.text?.slice(0, 200)}`);
        if (answer.status >= 300) continue;
        if (foreignId) problems.push(`${where}: ${answer.status} for a record of another jurisdiction`);
        for (const finding of await foreignFindings(w, viewer, answer)) problems.push(`${where}: ${finding}`);
      }
    }
    expect(walked).toBeGreaterThan(40);
    return problems;
  }

  it.each(['zhangqiOfficial', 'zhangqiLawyer', 'yuyaoOfficial', 'cixiOfficial', 'cixiAdmin', 'cixiAuditor'])(
    'walks every GET route of the OpenAPI document as the %s and finds nothing of another jurisdiction',
    async (who) => {
      const problems = await walk(viewers[who]);

      expect(problems).toEqual([]);
    },
    60_000,
  );

  describe('GET /api/v1/unavailability', () => {
    const leaveOf = async (token: string, query: Record<string, string> = {}) => {
      const res = await t
        .http()
        .get('/api/v1/unavailability')
        .query(query)
        .set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      return res.body as UnavailabilityResponse[];
    };

    it('gives the 掌起镇 official 掌起镇’s leave and not a row of 胜山镇 or 余姚市, even when asked by lawyer', async () => {
      const all = await leaveOf(w.zhangqi.official.token);
      const asked = await leaveOf(w.zhangqi.official.token, { lawyerId: w.shengshan.records.lawyer });

      expect(all.map((l) => l.id)).toEqual([w.zhangqi.records.leave]);
      expect(all[0]).toMatchObject({ lawyerId: w.zhangqi.records.lawyer, reason: '病假' });
      expect(asked).toEqual([]);
    });

    it('gives the county official both towns and nothing of 余姚市', async () => {
      const all = await leaveOf(w.tokens.cixi);

      expect(all.map((l) => l.id).sort()).toEqual(
        [w.shengshan.records.leave, w.zhangqi.records.leave].sort(),
      );
    });
  });
});
