import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { addDays, businessInstant, FixedClock } from '@app/core';
import { DEMO_PASSWORD, SHENGSHAN } from '@app/demo';
import type { ServicePointResponse } from '@app/org/service-points/dto/service-point.response';
import { publishedWindowShifts, staffDirectory, useTestApp } from '@app/testing';

const ROOT = join(__dirname, '..', '..');

/**
 * What a web or county developer would write with the generated types: a lawyer logs a mediation,
 * a resident signs in with a code and books a slot, books it again and reads the 409's code. It is
 * type-checked (strict) before it runs; it prints what it saw as JSON.
 */
const CLIENT = `
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.ts';

type ErrorResponse = components['schemas']['ErrorResponse'];
type CreateServiceLog = components['schemas']['CreateServiceLogDto'];

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(name + ' is not set');
  return value;
}

const api = createClient<paths>({ baseUrl: env('BASE_URL') });
const bearer = (token: string) => ({ authorization: 'Bearer ' + token });

// A lawyer on duty logs a mediation (调处): the nullable outcome, amount and resolved flag are typed.
const login = await api.POST('/api/v1/auth/login', {
  body: { username: env('LAWYER'), password: env('PASSWORD') },
});
if (!login.data) throw new Error('login: ' + login.response.status);
const mediation: CreateServiceLog = {
  type: 'mediation',
  topic: 'neighbour',
  servicePointId: env('POINT'),
  occurredAt: env('OCCURRED_AT'),
  peopleCount: 2,
  summary: '邻里宅基地界址纠纷',
  outcome: '双方签订调解协议',
  amountInvolved: 52000.5,
  resolved: true,
};
const logged = await api.POST('/api/v1/service-logs', { body: mediation, headers: bearer(login.data.accessToken) });
if (!logged.data) throw new Error('service log: ' + logged.response.status + ' ' + JSON.stringify(logged.error));
const amount: number | null = logged.data.amountInvolved;
const resolved: boolean | null = logged.data.resolved;
const outcome: string | null = logged.data.outcome;

// A resident signs in with the code the SMS outbox holds.
const phone = env('PHONE');
await api.POST('/api/v1/auth/otp', { body: { phone } });
const outbox = await api.GET('/api/v1/dev/outbox', { params: { query: { phone } } });
const code = outbox.data?.[0]?.text.match(/\\d{6}/)?.[0];
if (!code) throw new Error('no code in the outbox');
const verified = await api.POST('/api/v1/auth/otp/verify', { body: { phone, code } });
if (!verified.data) throw new Error('verify: ' + verified.response.status);
const resident = bearer(verified.data.accessToken);

// It books a free slot, then the same slot again: a 409 whose body is the documented error.
const slots = await api.GET('/api/v1/service-points/{id}/slots', {
  params: { path: { id: env('POINT') }, query: { from: env('FROM'), to: env('TO') } },
});
const slot = slots.data?.find((s) => s.available > 0);
if (!slot) throw new Error('no free slot');
const booking = { slotId: slot.id, topic: 'neighbour' as const, description: '宅基地界址' };
const booked = await api.POST('/api/v1/appointments', { body: booking, headers: resident });
const again = await api.POST('/api/v1/appointments', { body: booking, headers: resident });
const conflict: ErrorResponse | undefined = again.error;

console.log(
  JSON.stringify({
    mediation: { status: logged.response.status, type: logged.data.type, amount, resolved, outcome },
    booking: { status: booked.response.status, state: booked.data?.status, slotId: booked.data?.slot.id },
    conflict: { status: again.response.status, code: conflict?.code, requestId: conflict?.requestId },
  }),
);
`;

/**
 * Runs a Node script (a tool's CLI, or the client) and gives its output, or fails with it. Never
 * synchronously: the app that answers the client runs in this process.
 */
async function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NODE_NO_WARNINGS: '1', ...env },
      timeout: 60_000,
    });
    return stdout;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`, {
      cause: err,
    });
  }
}

describe('A client generated from the served OpenAPI document (openapi-typescript, openapi-fetch; e2e)', () => {
  // Monday 23 November 2026: the demo roster of November and December is published.
  const clock = new FixedClock(businessInstant('2026-11-23', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const staff = staffDirectory(t);
  let dir: string;

  beforeAll(async () => {
    await staff.load();
    // Outside node_modules (Node strips types only there), with the project's packages beside it.
    dir = mkdtempSync(join(tmpdir(), 'openapi-client-'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // The app on a real port, for a client that speaks HTTP.
    await t.app.listen(0, '127.0.0.1');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('type-checks, logs a mediation, books a slot and reads the 409’s code over HTTP', async () => {
    const doc = (await t.http().get('/api/docs-json')).body as object;
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
    // An optional request field with a default stays optional (openapi-typescript 7 would make it
    // required: openapi-ts/openapi-typescript#2012).
    const generate = [join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), 'openapi.json'];
    await run([...generate, '--default-non-nullable', 'false', '--output', 'schema.ts'], dir);
    writeFileSync(join(dir, 'client.mts'), CLIENT);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          allowImportingTsExtensions: true,
          lib: ['es2023', 'dom'],
          types: ['node'],
        },
        files: ['client.mts', 'schema.ts'],
      }),
    );
    const typeErrors = await run([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], dir);

    const official = await t.login('shengshan.official');
    const centre = (
      await t.http().get('/api/v1/service-points').query({ regionCode: SHENGSHAN, kind: 'township_center' })
    ).body[0] as ServicePointResponse;
    const [shift] = await publishedWindowShifts(t, official, SHENGSHAN, centre.id);
    clock.set(businessInstant(shift.date, '16:00'));
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const out = await run(['client.mts'], dir, {
      BASE_URL: `http://127.0.0.1:${port}`,
      LAWYER: staff.username(shift.lawyerId),
      PASSWORD: DEMO_PASSWORD,
      POINT: centre.id,
      OCCURRED_AT: businessInstant(shift.date, '10:00').toISOString(),
      PHONE: '13957400123',
      FROM: addDays(shift.date, 1),
      TO: addDays(shift.date, 7),
    });

    expect(typeErrors).toBe('');
    expect(JSON.parse(out)).toEqual({
      mediation: {
        status: 201,
        type: 'mediation',
        amount: 52000.5,
        resolved: true,
        outcome: '双方签订调解协议',
      },
      booking: { status: 201, state: 'booked', slotId: expect.any(String) },
      conflict: { status: 409, code: 'OVERLAPPING_BOOKING', requestId: expect.any(String) },
    });
  }, 120_000);
});
