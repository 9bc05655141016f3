import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { pgBinDir, runPgTool, serverUser } from './pg-tools';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Hands a folder (and everything in it) to the server's user when we are root. */
export function chownToServerUser(dir: string): void {
  const user = serverUser();
  if (!user) return;
  const walk = (p: string) => {
    chownSync(p, user.uid, user.gid);
    if (statSync(p).isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
  };
  walk(dir);
}

function requireBinDir(): string {
  const dir = pgBinDir();
  if (!dir)
    throw new Error(
      'No PostgreSQL programs found: set PG_BIN_DIR or install postgresql (e.g. Debian: postgresql-15)',
    );
  return dir;
}

/**
 * For tests and drills (bench/failover-drill.ts): a throw-away PostgreSQL cluster of the machine's own version (`pgBinDir()`), in a temporary folder
 * on a free port, trusting local connections: for the replica, failover and restore tests and drills.
 */
export class PgCluster {
  private constructor(
    readonly dataDir: string,
    readonly port: number,
    readonly binDir: string,
  ) {}

  /** A new cluster (initdb), started; `conf` lines go into its postgresql.conf. */
  static async create(name: string, conf: Record<string, string> = {}): Promise<PgCluster> {
    const binDir = requireBinDir();
    const dataDir = mkdtempSync(join(tmpdir(), `pg-${name}-`));
    chownToServerUser(dataDir);
    await runPgTool(
      binDir,
      'initdb',
      ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'],
      {
        asServerUser: true,
      },
    );
    const cluster = new PgCluster(dataDir, await freePort(), binDir);
    await cluster.configure({
      wal_level: 'replica',
      max_wal_senders: '10',
      hot_standby: 'on',
      fsync: 'off',
      shared_buffers: '32MB',
      cluster_name: `'${name}'`,
      ...conf,
    });
    await cluster.start();
    return cluster;
  }

  /**
   * A streaming physical replica of `primary`: `pg_basebackup -R` (which writes `standby.signal` and
   * `primary_conninfo`, under the application name `name` that `synchronous_standby_names` lists).
   */
  static async replicaOf(primary: PgCluster, name: string): Promise<PgCluster> {
    const dataDir = mkdtempSync(join(tmpdir(), `pg-${name}-`));
    chownToServerUser(dataDir);
    await runPgTool(
      primary.binDir,
      'pg_basebackup',
      [
        '-d',
        `host=127.0.0.1 port=${primary.port} user=postgres application_name=${name}`,
        '-D',
        dataDir,
        '-R',
        '-X',
        'stream',
        '-c',
        'fast',
      ],
      { asServerUser: true },
    );
    const replica = new PgCluster(dataDir, await freePort(), primary.binDir);
    await replica.configure({ cluster_name: `'${name}'` });
    await replica.start();
    return replica;
  }

  /** A cluster from a data folder that already exists (a restored backup), started on a free port. */
  static async fromDataDir(dataDir: string): Promise<PgCluster> {
    chownToServerUser(dataDir);
    const cluster = new PgCluster(dataDir, await freePort(), requireBinDir());
    await cluster.configure({});
    await cluster.start();
    return cluster;
  }

  url(database = 'postgres', user = 'postgres'): string {
    return `postgres://${user}@127.0.0.1:${this.port}/${database}`;
  }

  async configure(conf: Record<string, string>): Promise<void> {
    const lines = Object.entries({
      port: String(this.port),
      listen_addresses: `'127.0.0.1'`,
      unix_socket_directories: `'${this.dataDir}'`,
      ...conf,
    }).map(([k, v]) => `${k} = ${v}`);
    // postgresql.auto.conf is read last, so these win over what a base backup copied from its primary.
    await appendFile(join(this.dataDir, 'postgresql.auto.conf'), `${lines.join('\n')}\n`);
  }

  async start(): Promise<string> {
    const log = join(this.dataDir, 'server.log');
    try {
      return await this.ctl(['start', '-w', '-t', '60', '-l', log]);
    } catch (err) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '';
      throw new Error(`${(err as Error).message}\n${tail}`, { cause: err });
    }
  }

  /** `fast`: a clean shutdown; `immediate`: as if the machine lost power (no shutdown checkpoint). */
  stop(mode: 'fast' | 'immediate' = 'fast'): Promise<string> {
    return this.ctl(['stop', '-w', '-m', mode]);
  }

  promote(): Promise<string> {
    return this.ctl(['promote', '-w']);
  }

  async query<T = Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
    database = 'postgres',
  ): Promise<T[]> {
    const client = new Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Waits until this replica has replayed everything `primary` has written so far. */
  async caughtUpWith(primary: PgCluster, timeoutMs = 20_000): Promise<void> {
    const [{ lsn }] = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    const until = Date.now() + timeoutMs;
    for (;;) {
      const [{ done }] = await this.query<{ done: boolean }>(
        'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
        [lsn],
      );
      if (done) return;
      if (Date.now() > until) throw new Error(`replica on ${this.port} did not replay up to ${lsn}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Stops the server (if it runs) and deletes its folder. */
  async remove(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private ctl(args: string[]): Promise<string> {
    return runPgTool(this.binDir, 'pg_ctl', ['-D', this.dataDir, ...args], { asServerUser: true });
  }
}
