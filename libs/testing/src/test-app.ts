import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { type AppConfig, asSystem, Clock, loadAppConfig } from '@app/core';
import { DEMO_PASSWORD, DemoSeedService } from '@app/demo';
import { createApp, type SentAnswer } from '../../../apps/api/src/bootstrap';
import {
  type Answer,
  answerProblems,
  documentedPath,
  type OpenApiDocument,
} from '../../../test/setup/openapi';
import { asAppRole, useTestDatabase } from './test-db';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** The app's "now": the `clock` the test gave, else the real one. Ask it for "today", never `new Date()`. */
  clock: Clock;
  http: () => ReturnType<typeof request>;
  /** Every answer the app sent a matched route so far; at the end of the file each is held to the OpenAPI document. */
  answers: SentAnswer[];
  /** Signs in and returns the access token. */
  login: (username: string, password?: string) => Promise<string>;
}

/**
 * Makes the app tell `clock`'s time. CoreModule provides the one `Clock` every service injects,
 * and a provider of the same token in another module does not replace it (Nest resolves the
 * CoreModule's own), so that shared instance is pointed at `clock` instead.
 */
function useClock(app: NestFastifyApplication, clock: Clock): void {
  const shared = app.get(Clock);
  shared.now = () => clock.now();
  shared.today = () => clock.today();
}

/** The answers as `answerProblems` takes them: parsed JSON bodies, documented paths. */
function asAnswers(sent: readonly SentAnswer[]): Answer[] {
  return sent.map((a) => {
    const json = /json/.test(a.contentType) && a.text ? (JSON.parse(a.text) as unknown) : undefined;
    const res = {
      status: a.status,
      body: json ?? a.text,
      text: a.text,
      headers: { 'content-type': a.contentType },
    };
    return [a.method, documentedPath(a.route), res] as const;
  });
}

/**
 * Where the answers of a test file depart from the OpenAPI document: a status it does not document,
 * another content type, a body that breaks its schema. Routes it leaves out (the document itself,
 * the web app) and methods it does not list (HEAD) are not checked.
 */
async function departures(ctx: TestApp): Promise<string[]> {
  if (!ctx.answers.length) return [];
  const doc = (await ctx.http().get('/api/docs-json')).body as OpenApiDocument;
  const documented = ctx.answers.filter((a) => doc.paths[documentedPath(a.route)]?.[a.method]);
  return answerProblems(doc, asAnswers(documented));
}

/**
 * The real application on a database of this test file's own, built with the same bootstrap as
 * `main.ts`, connected as the run's app role (`config.databaseUrl`; `config.databaseOwnerUrl` is
 * the owner's, for what only the owner may do), with an audit checkpoint file of its own. With `seed: true` it holds the demo data of 慈溪市胜山镇 and 掌起镇 (with
 * `'with-history'` also the history of last year and this year); with `clock`
 * (e.g. a `FixedClock`) the app's "now" is that clock's. Every answer the app sends is held to the
 * OpenAPI document when the file ends (its status documented, its body of the documented schema).
 */
export function useTestApp(
  opts: {
    seed?: boolean | 'with-history';
    /** Environment variables; a function is read when the app starts (after earlier `beforeAll`s, e.g. fakes listening). */
    env?: Record<string, string> | (() => Record<string, string>);
    clock?: Clock;
    /** The address the app is given for its database (e.g. through a proxy a test can cut). */
    databaseUrl?: (url: string) => Promise<string>;
  } = {},
): TestApp {
  const db = useTestDatabase();
  const ctx = { answers: [] } as unknown as TestApp;
  const checkpoints = join(tmpdir(), `portal-audit-checkpoints-${randomBytes(6).toString('hex')}.jsonl`);
  beforeAll(async () => {
    const appUrl = asAppRole(db.url());
    Object.assign(
      ctx,
      await startTestApp(
        {
          DATABASE_URL: opts.databaseUrl ? await opts.databaseUrl(appUrl) : appUrl,
          DATABASE_OWNER_URL: db.url(),
          AUDIT_CHECKPOINT_FILE: checkpoints,
          ...(typeof opts.env === 'function' ? opts.env() : opts.env),
        },
        { clock: opts.clock, seed: opts.seed, onAnswer: (a) => ctx.answers.push(a) },
      ),
    );
  }, 60_000);
  afterAll(async () => {
    try {
      const problems = ctx.app ? await departures(ctx) : [];
      if (problems.length)
        throw new Error(
          `${problems.length} answer(s) of this file depart from the OpenAPI document:\n${problems.slice(0, 40).join('\n')}`,
        );
    } finally {
      await ctx.app?.close();
      rmSync(checkpoints, { force: true });
    }
  });
  return ctx;
}

/**
 * The real application on the database `env.DATABASE_URL` names (a cluster the test made itself,
 * e.g. a `PgCluster`), with fresh keys unless `env` gives them; close it with `app.close()`.
 * `useTestApp` is this on a database of the test file's own.
 */
export async function startTestApp(
  env: Record<string, string>,
  opts: { clock?: Clock; seed?: boolean | 'with-history'; onAnswer?: (answer: SentAnswer) => void } = {},
): Promise<TestApp> {
  const ctx = { answers: [] } as unknown as TestApp;
  ctx.config = loadAppConfig({
    NODE_ENV: 'test',
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_KEY: randomBytes(32).toString('hex'),
    PII_INDEX_KEY: randomBytes(32).toString('hex'),
    AUDIT_KEY: randomBytes(32).toString('hex'),
    AUTH_THROTTLE_LIMIT: '10000',
    DB_POOL_SIZE: '5',
    ...env,
  });
  ctx.app = await createApp(ctx.config, { onAnswer: opts.onAnswer });
  if (opts.clock) useClock(ctx.app, opts.clock);
  ctx.clock = opts.clock ?? ctx.app.get(Clock);
  if (opts.seed)
    await asSystem((system) =>
      ctx.app.get(DemoSeedService).seed(system, { history: opts.seed === 'with-history' }),
    );
  ctx.http = () => request(ctx.app.getHttpServer());
  ctx.login = async (username, password = DEMO_PASSWORD) => {
    const res = await ctx.http().post('/api/v1/auth/login').send({ username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  };
  return ctx;
}

/** Runs SQL against the test app's database as the app's role (reads the API does not show, and fixtures). */
export async function sql<T = Record<string, unknown>>(
  t: TestApp,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const db = new Client({ connectionString: t.config.databaseUrl });
  await db.connect();
  try {
    return (await db.query(text, params)).rows as T[];
  } finally {
    await db.end();
  }
}
