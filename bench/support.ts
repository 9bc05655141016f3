// What the benchmarks share: environment knobs, a throw-away database and the synthetic
// province's regions. Benchmarks only; nothing here is used by the app.
import { readFileSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '@app/core';

export const PROVINCE = '99';

export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
export const mib = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** An integer from the environment, within bounds. */
export function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be an integer in ${min}..${max}`);
  return n;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs `fn` on a connection of its own; `onConnect` sees the client first (e.g. to tag it). */
export async function withClient<T>(
  url: string,
  fn: (client: Client) => Promise<T>,
  onConnect?: (client: Client) => void,
): Promise<T> {
  const client = new Client({ connectionString: url });
  onConnect?.(client);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The first row of a counting query, as numbers. */
export function counts(url: string, sql: string, params: unknown[] = []): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(sql, params);
    return Object.fromEntries(
      Object.entries(rows[0] as Record<string, string>).map(([k, v]) => [k, Number(v)]),
    );
  });
}

export interface Database {
  url: string;
  source: 'embedded' | 'url';
  /** The embedded server's postmaster, to measure PostgreSQL's CPU time. */
  postmasterPid?: number;
  cleanup(): Promise<void>;
}

/** A fresh, empty database: on BENCH_DATABASE_URL's server, or in an embedded PostgreSQL of our own. */
export async function startDatabase(name: string): Promise<Database> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (adminUrl) {
    await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name}`));
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
    return {
      url: withDatabase(adminUrl, name),
      source: 'url',
      cleanup: async () => {
        await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  }
  const dataDir = resolve(`data/bench-pg-${process.pid}`);
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  removeDir();
  try {
    const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: name });
    return {
      url: db.url,
      source: 'embedded',
      postmasterPid: Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]),
      cleanup: async () => {
        try {
          await db.stop();
        } finally {
          removeDir();
        }
      },
    };
  } catch (err) {
    removeDir();
    throw err;
  }
}

/**
 * Province 99, city 9901, counties 990101… of up to 100 townships each, and the temporary table
 * `bench_township (idx, code)` for the caller's further inserts, inside the caller's transaction.
 */
export async function loadTownships(client: Client, townships: number): Promise<void> {
  await client.query(
    `INSERT INTO region (code, name, level, parent_code)
     VALUES ('${PROVINCE}', '基准省', 'province', NULL), ('${PROVINCE}01', '基准市', 'city', '${PROVINCE}')`,
  );
  await client.query(
    `CREATE TEMP TABLE bench_township ON COMMIT DROP AS
     SELECT t AS idx, '${PROVINCE}01' || lpad((t / 100 + 1)::text, 2, '0') || lpad((t % 100 + 1)::text, 3, '0') AS code
       FROM generate_series(0, $1::int - 1) t`,
    [townships],
  );
  await client.query(
    `INSERT INTO region (code, name, level, parent_code)
     SELECT DISTINCT left(code, 6), '基准县' || substr(code, 5, 2), 'county', '${PROVINCE}01' FROM bench_township`,
  );
  await client.query(
    `INSERT INTO region (code, name, level, parent_code)
     SELECT code, '基准镇' || (idx + 1), 'township', left(code, 6) FROM bench_township ORDER BY code`,
  );
}
