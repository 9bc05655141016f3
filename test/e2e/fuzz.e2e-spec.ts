import fc from 'fast-check';
import { businessInstant, FixedClock, type Role } from '@app/core';
import { useTestApp } from '@app/testing';
import { buildWorld, type World } from '../setup/jurisdictions';
import { requestOf } from '../setup/raw-request';
import { operationKey, type RouteAccess, routeAccessByOperation } from '../setup/route-access';

/**
 * Random requests over the OpenAPI document's request schemas — valid-looking and invalid bodies,
 * queries and path parameters, hostile JSON among them — for every operation, anonymously and as a
 * caller the operation admits. Bad input must be a 4xx (a 400 with per-field details); a 5xx fails,
 * printing the operation and the input. `FUZZ_RUNS` (per operation and caller, default 3: about 500
 * requests) widens a run, `FUZZ_SEED` repeats one, `FUZZ_VERBOSE=1` prints how the answers spread.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

// Monday 23 November 2026, 10:00 in Asia/Shanghai: the demo roster holds November and December.
const NOW = businessInstant('2026-11-23', '10:00');

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  anyOf?: Schema[];
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}
interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** What the fuzz sends: the operation, and its input as it was generated. */
interface Input {
  path: Record<string, string>;
  query: [string, string][];
  /** A value sent as JSON, or `{ raw }`: a JSON text as it is (hostile or malformed). */
  body?: unknown;
}

/** Strings meant to break things: control and zero-width characters, overlong text, SQL, formats. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u001b[31m',
  '\u202eevil',
  '\ufeff',
  '\ud800',
  '😀🇨🇳',
  "' OR 1=1 --",
  '"; DROP TABLE staff; --',
  '%s%n%x',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '=cmd|" /C calc"!A0',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e400',
  '9'.repeat(40),
  '一'.repeat(3000),
  'x'.repeat(20_000),
];

/** `arbitrary`'s value one time in `n`, else null. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>, n = 8): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

/** Percent-encodings that do not decode (a truncated sequence, a lone byte, NUL): sent as they are. */
const RAW_URL_PARTS = ['%', '%ZZ', '%FF', '%00', '%E4%B8', '%C0%AF'];

/**
 * A path or query value, percent-encoded byte by byte (a lone surrogate as UTF-8 does), or one of
 * `RAW_URL_PARTS` as it is.
 */
function encode(value: string): string {
  if (RAW_URL_PARTS.includes(value)) return value;
  return [...Buffer.from(value, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).padStart(2, '0')}`,
    )
    .join('');
}

/** JSON bodies that are not what any DTO expects: malformed, deep, prototype-polluting, odd at the top. */
const RAW_BODIES = [
  '{',
  '',
  'null',
  '[]',
  '"text"',
  '12',
  '1e999',
  '{"a":1,"a":2}',
  '\ufeff{}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"a":"\\u0000"}',
  `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`,
  `${'['.repeat(40)}${']'.repeat(40)}`,
  `{"list":[${Array.from({ length: 5000 }, () => '1').join(',')}]}`,
];

describe('Trust a county can certify: no input makes the server fail (fuzz over the OpenAPI request schemas, e2e)', () => {
  const clock = new FixedClock(NOW);
  const t = useTestApp({ seed: true, clock });
  let w: World;
  let doc: OpenApi;
  let access: Map<string, RouteAccess>;
  let ids: string[];
  let tokens: Record<Role, string>;

  beforeAll(async () => {
    w = await buildWorld(t);
    doc = (await t.http().get('/api/docs-json')).body as OpenApi;
    access = routeAccessByOperation(t.app);
    ids = [w.shengshan, w.zhangqi, w.yuyao].flatMap((j) => Object.values(j.records));
    // Fuzz callers other than the world's, so that what the fuzz changes (a disabled account, a moved
    // region) only touches the records it aims at.
    tokens = {
      official: await t.login('shengshan.official'),
      lawyer: w.zhangqi.lawyer.token,
      admin: w.tokens.admin,
      security: w.tokens.security,
      auditor: w.tokens.auditor,
      resident: w.residents.yuyao.token,
    };
  }, 120_000);

  /** The schema behind a reference, with a nullable one (OpenAPI 3.1: `type: [t, 'null']`, `anyOf: [s, null]`) as its other type. */
  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map(resolve));
    if (schema.anyOf) return resolve(schema.anyOf.find((s) => s.type !== 'null') ?? {});
    if (Array.isArray(schema.type)) return { ...schema, type: schema.type.find((t) => t !== 'null') };
    return schema;
  };

  /** Any JSON value of the wrong kind, nested up to `depth`. */
  const wrong = (depth: number): fc.Arbitrary<unknown> =>
    fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.constantFrom(...HOSTILE_STRINGS),
      depth > 0 ? fc.array(wrong(depth - 1), { maxLength: 3 }) : fc.constant([]),
      depth > 0
        ? fc.dictionary(fc.string({ maxLength: 8 }), wrong(depth - 1), { maxKeys: 3 })
        : fc.constant({}),
    );

  const dates = fc.oneof(
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom(
      '2026-11-23',
      '2027-02-30',
      '2026-13-01',
      '0000-00-00',
      '99999-01-01',
      '2026-1-1',
      '20261123',
    ),
  );
  const instants = fc.oneof(
    fc
      .date({ min: new Date('1999-01-01'), max: new Date('2031-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    fc.constantFrom(
      '2026-11-23T10:00:00+08:00',
      '2026-11-23T25:00:00Z',
      '2026-11-23',
      'yesterday',
      '+275760-09-13T00:00:00Z',
    ),
  );
  const regionCodes = fc.constantFrom(
    '330282',
    '330282113',
    '330282104201',
    '330281',
    '33',
    '3302',
    '11',
    '999999',
    '33028211',
    'abc',
    '330282113201999',
  );

  /** Well-formed values by what a field's name or example says it holds. */
  const VALID = {
    ids: () => fc.constantFrom(...ids),
    dates: fc
      .integer({ min: -60, max: 90 })
      .map((n) => new Date(NOW.getTime() + n * 86_400_000).toISOString().slice(0, 10)),
    instants: fc
      .integer({ min: -20 * 24, max: 0 })
      .map((h) => new Date(NOW.getTime() + h * 3_600_000).toISOString()),
    times: fc.constantFrom('08:30', '09:00', '10:00', '11:30', '13:30', '14:00', '16:00', '17:00'),
    months: fc.constantFrom('2026-10', '2026-11', '2026-12', '2027-01'),
    years: fc.constantFrom('2026', '2027'),
    regionCodes: fc.constantFrom('330282', '330282113', '330282104', '330282113201', '330281'),
    phones: fc.constantFrom('13812345678', '13905740001', '18657400000'),
  };

  /**
   * A value for a string field, shaped by its name and example where they tell: well-formed when
   * `strict`, else anything from those shapes' edge cases to hostile text.
   */
  function stringValue(name: string, s: Schema, strict: boolean): fc.Arbitrary<unknown> {
    const example = typeof s.example === 'string' ? s.example : '';
    const shaped: fc.Arbitrary<unknown>[] = [];
    const loose: fc.Arbitrary<unknown>[] = [];
    const add = (good: fc.Arbitrary<unknown>, edgy: fc.Arbitrary<unknown>) => {
      shaped.push(good);
      loose.push(edgy);
    };
    if (/id$/i.test(name)) add(VALID.ids(), fc.uuid());
    if (/regionCode|parent|county/.test(name)) add(VALID.regionCodes, regionCodes);
    if (s.format === 'date-time') add(VALID.instants, instants);
    else if (/^\d{2}:\d{2}$/.test(example))
      add(VALID.times, fc.constantFrom('24:00', '9:00', '23:59', '12:60'));
    else if (/^\d{4}-\d{2}-\d{2}$/.test(example) || /^(from|to|date|activeOn)$/.test(name))
      add(VALID.dates, dates);
    if (/^\d{4}-\d{2}$/.test(example) || /month|through/.test(name))
      add(VALID.months, fc.constantFrom('2026-13', '1999-01', '2026'));
    if (/year/.test(name)) add(VALID.years, fc.constantFrom('1900', '0', '99999'));
    if (/phone/i.test(name)) add(VALID.phones, fc.constantFrom('12345', '+8613812345678'));
    if (example) shaped.push(fc.constant(example));
    if (!shaped.length) shaped.push(fc.string({ minLength: 1, maxLength: Math.min(s.maxLength ?? 20, 20) }));
    if (strict) return fc.oneof(...shaped);
    return fc.oneof(
      ...[...shaped, ...loose].map((arbitrary) => ({ weight: 3, arbitrary })),
      { weight: 1, arbitrary: fc.string({ maxLength: (s.maxLength ?? 30) + 5 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    );
  }

  /**
   * A value for a field of `schema`: when `strict`, well-formed (a valid-looking request that reaches
   * the service's rules); else mostly of its type, valid-looking or not, now and then of another.
   */
  function value(schema: Schema, name: string, depth: number, strict: boolean): fc.Arbitrary<unknown> {
    const s = resolve(schema);
    let typed: fc.Arbitrary<unknown>;
    if (s.enum)
      typed = strict
        ? fc.constantFrom(...s.enum)
        : fc.oneof(fc.constantFrom(...s.enum), fc.constant('not_a_member'));
    else if (s.properties && depth < 4) typed = object(s, depth + 1, strict);
    else if (s.type === 'string') typed = stringValue(name, s, strict);
    else if (s.type === 'number' || s.type === 'integer') {
      const inRange = fc.integer({ min: s.minimum ?? 0, max: Math.min(s.maximum ?? 100_000, 100_000) });
      typed = strict
        ? inRange
        : fc.oneof(
            inRange,
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.constantFrom(0, -1, 0.001, 1e15, 2 ** 53, 12.345, Number.MAX_VALUE),
          );
    } else if (s.type === 'boolean') typed = fc.boolean();
    else if (s.type === 'array')
      typed = fc.array(s.items && depth < 4 ? value(s.items, name, depth + 1, strict) : wrong(1), {
        maxLength: 4,
      });
    else
      typed = strict
        ? fc.oneof(
            fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
            fc.boolean(),
            fc.constant(null),
          )
        : fc.oneof(fc.double({ noNaN: true }), fc.boolean(), fc.string({ maxLength: 10 }), fc.constant(null));
    return strict ? typed : fc.oneof({ weight: 12, arbitrary: typed }, { weight: 1, arbitrary: wrong(2) });
  }

  /**
   * An object of `s`'s properties: the required ones there, the others there or not; unless `strict`,
   * now and then with a required one left out or a field it does not know.
   */
  function object(s: Schema, depth: number, strict: boolean): fc.Arbitrary<Record<string, unknown>> {
    const props = Object.fromEntries(
      Object.entries(s.properties ?? {}).map(([k, p]) => [k, value(p, k, depth, strict)] as const),
    );
    const required = (s.required ?? []).filter((k) => k in props);
    const known = fc.record(props, { requiredKeys: required });
    if (strict) return known;
    return fc
      .tuple(
        known,
        required.length ? rarely(fc.constantFrom(...required)) : fc.constant(null),
        rarely(fc.record({ unknownField: wrong(1) })),
      )
      .map(([fields, dropped, extra]) => {
        const out: Record<string, unknown> = { ...fields, ...(extra ?? {}) };
        if (dropped) delete out[dropped];
        return out;
      });
  }

  /** A well-formed body with one field (or one field of a nested object) made anything at all. */
  function oneFieldOff(schema: Schema): fc.Arbitrary<unknown> {
    const s = resolve(schema);
    const keys = Object.keys(s.properties ?? {});
    if (!keys.length) return value(schema, 'body', 0, false);
    return fc.oneof(
      ...keys.map((k) =>
        fc
          .tuple(object(s, 1, true), value(s.properties![k], k, 1, false))
          .map(([body, v]) => ({ ...body, [k]: v })),
      ),
    );
  }

  function input(op: Operation): fc.Arbitrary<Input> {
    const params = op.parameters ?? [];
    const pathParams = Object.fromEntries(
      params
        .filter((p) => p.in === 'path')
        .map((p) => [
          p.name,
          fc.oneof(
            { weight: 3, arbitrary: stringValue(p.name, resolve(p.schema ?? {}), true).map(String) },
            { weight: 2, arbitrary: stringValue(p.name, resolve(p.schema ?? {}), false).map(String) },
            { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 300 }) },
            { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_PARTS) },
          ),
        ]),
    );
    const queryParams = params
      .filter((p) => p.in === 'query')
      .map((p) =>
        fc.option(
          fc
            .oneof(
              {
                weight: 2,
                arbitrary: value(p.schema ?? { type: 'string' }, p.name, 3, true).map((v) => [v]),
              },
              {
                weight: 2,
                arbitrary: value(p.schema ?? { type: 'string' }, p.name, 3, false).map((v) => [v]),
              },
              // the same parameter twice: an array where a value is expected
              { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 })) },
              { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_PARTS).map((v) => [v]) },
            )
            .map((vs) =>
              (vs as unknown[]).map((v): [string, string] => [
                p.name,
                typeof v === 'string' ? v : JSON.stringify(v),
              ]),
            ),
          { freq: p.required ? 6 : 2 },
        ),
      );
    const schema = op.requestBody?.content['application/json']?.schema;
    const body = schema
      ? fc.oneof(
          { weight: 3, arbitrary: value(schema, 'body', 0, true) },
          { weight: 3, arbitrary: oneFieldOff(schema) },
          { weight: 3, arbitrary: value(schema, 'body', 0, false) },
          { weight: 2, arbitrary: fc.constantFrom(...RAW_BODIES).map((raw) => ({ raw })) },
        )
      : fc.constant(undefined);
    return fc
      .record({
        path: fc.record(pathParams),
        query: fc
          .tuple(
            fc.tuple(...queryParams),
            rarely(fc.tuple(fc.constant('unknownParam'), fc.string({ maxLength: 8 }))),
          )
          .map(([qs, extra]) => [
            ...qs.flat().filter((q): q is [string, string] => !!q),
            ...(extra ? [extra] : []),
          ]),
        body,
      })
      .map((i) => i as Input);
  }

  async function send(method: string, path: string, i: Input, token: string | null): Promise<number> {
    let url = path;
    for (const [name, v] of Object.entries(i.path)) url = url.replace(`{${name}}`, encode(v));
    if (i.query.length) url += `?${i.query.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')}`;
    const req = requestOf(t.http(), method, url);
    if (token) req.set('authorization', `Bearer ${token}`);
    if (i.body !== undefined) {
      const raw = (i.body as { raw?: string } | null)?.raw;
      req
        .set('content-type', 'application/json')
        .send(typeof raw === 'string' ? raw : JSON.stringify(i.body));
    }
    const res = await req;
    if (res.status >= 500)
      throw new Error(
        `${method.toUpperCase()} ${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
      );
    return res.status;
  }

  /** The caller the fuzz sends for an operation: anonymous, or one it admits (an official where it can). */
  function callerFor(route: RouteAccess | undefined, anonymous: boolean): string | null {
    if (anonymous || !route || route.isPublic) return anonymous ? null : tokens.official;
    const roles = route.roles ?? ['official'];
    const role = roles.includes('official') ? 'official' : roles[0];
    return tokens[role] ?? tokens.official;
  }

  it.each([
    ['anonymously', true],
    ['as a caller each operation admits (an official where it can)', false],
  ])(
    'answers every operation %s with no 5xx, whatever the input',
    async (_, anonymous) => {
      const statuses = new Map<number, number>();
      for (const [path, ops] of Object.entries(doc.paths))
        for (const [method, op] of Object.entries(ops)) {
          // Logging out with no refresh token ends every session of the caller: fuzzed anonymously only.
          if (!anonymous && method === 'post' && path === '/api/v1/auth/logout') continue;
          const token = callerFor(access.get(operationKey(op.operationId)), anonymous);
          await fc.assert(
            fc.asyncProperty(input(op), async (i) => {
              const status = await send(method, path, i, token);
              statuses.set(status, (statuses.get(status) ?? 0) + 1);
            }),
            { numRuns: RUNS, seed: SEED, endOnFailure: true },
          );
        }

      if (process.env.FUZZ_VERBOSE)
        process.stderr.write(`statuses ${JSON.stringify([...statuses].sort())}\n`);
      // Not a vacuous run: the fuzz reached the handlers, not only the guards.
      expect([...statuses.keys()].some((s) => s < 300 || s === 404 || s === 422 || s === 409)).toBe(true);
      expect(statuses.get(400)).toBeGreaterThan(0);
    },
    // About 25 s for the default runs here; more when FUZZ_RUNS asks for more.
    Math.max(90_000, RUNS * 30_000),
  );
});
