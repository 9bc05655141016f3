import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import {
  appendFile,
  chmod,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { execFile, spawn } from 'node:child_process';
import { Client } from 'pg';
import { parsePgHosts, pgToolsMajor, runPgTool } from '@app/core';

/** What a backup folder holds, written last as `manifest.json` (a folder without it is unfinished). */
export interface BackupManifest {
  format: 'portal-backup/1';
  kind: 'physical' | 'logical';
  /** When the backup was taken (the app's clock). */
  createdAt: string;
  /** The server's version, e.g. `15.14`; restore with tools of the same major version. */
  serverVersion: string;
  serverMajor: number;
  database: string;
  /** AES-256-GCM with BACKUP_KEY: each file is `PBK1` + 12-byte IV + ciphertext + 16-byte tag. */
  encrypted: boolean;
  files: { name: string; bytes: number; sha256: string }[];
  /** The bytes of the database as the server counted them (pg_database_size). */
  databaseBytes: number;
}

const MAGIC = Buffer.from('PBK1');
const TAG_BYTES = 16;

/** Streams `from` into `to`, encrypted with AES-256-GCM under `key`; the tag goes last. */
export async function encryptFile(from: string, to: string, key: Buffer): Promise<void> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const out = createWriteStream(to);
  out.write(Buffer.concat([MAGIC, iv]));
  await pipeline(createReadStream(from), cipher, out, { end: false });
  await new Promise<void>((resolve, reject) =>
    out.end(cipher.getAuthTag(), (err?: Error | null) => (err ? reject(err) : resolve())),
  );
}

/**
 * Streams an encrypted file back into `to`; a wrong key or a changed byte fails at the end (the
 * tag), and `to` is then removed, so no unauthenticated plaintext stays behind.
 */
export async function decryptFile(from: string, to: string, key: Buffer): Promise<void> {
  const { size } = await stat(from);
  const fh = await open(from, 'r');
  const head = Buffer.alloc(MAGIC.length + 12);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    await fh.read(head, 0, head.length, 0);
    await fh.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await fh.close();
  }
  if (!head.subarray(0, MAGIC.length).equals(MAGIC))
    throw new Error(`${from} is not an encrypted backup file`);
  const decipher = createDecipheriv('aes-256-gcm', key, head.subarray(MAGIC.length));
  decipher.setAuthTag(tag);
  try {
    await pipeline(
      createReadStream(from, { start: head.length, end: size - TAG_BYTES - 1 }),
      decipher,
      createWriteStream(to),
    );
  } catch (err) {
    await rm(to, { force: true });
    throw new Error(
      `${from}: cannot decrypt (wrong BACKUP_KEY, or the file was changed): ${(err as Error).message}`,
      { cause: err },
    );
  }
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(
    createReadStream(path),
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        done();
      },
    }),
  );
  return hash.digest('hex');
}

async function serverFacts(
  url: string,
): Promise<{ version: string; major: number; database: string; bytes: number }> {
  const client = new Client({ connectionString: parsePgHosts(url).urls[0] });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string; n: number; db: string; bytes: string }>(
      `SELECT current_setting('server_version') AS v, current_setting('server_version_num')::int AS n,
              current_database() AS db, pg_database_size(current_database())::text AS bytes`,
    );
    return {
      version: rows[0].v,
      major: Math.floor(rows[0].n / 10000),
      database: rows[0].db,
      bytes: Number(rows[0].bytes),
    };
  } finally {
    await client.end();
  }
}

/** libpq's connection parameters of a URL (pg_basebackup wants no database name in some forms). */
function connParams(url: string): string[] {
  return ['-d', parsePgHosts(url).urls[0]];
}

export interface BackupOptions {
  url: string;
  to: string;
  logical: boolean;
  key: Buffer | null;
  binDir: string;
  now: Date;
}

/**
 * A backup of the database `url` into the empty (or new) folder `to`: physical (`pg_basebackup`,
 * tar format with the WAL it needs, the whole cluster) or logical (`pg_dump` custom format, this
 * database). Tools of the server's major version are required: an older pg_dump refuses a newer
 * server, and a base backup restores only into the same major version.
 */
export async function takeBackup(o: BackupOptions): Promise<BackupManifest> {
  const server = await serverFacts(o.url);
  const toolsMajor = pgToolsMajor(o.binDir);
  if (toolsMajor !== server.major)
    throw new Error(
      `The server is PostgreSQL ${server.major}, the tools in ${o.binDir} are ${toolsMajor}: ` +
        `set PG_BIN_DIR to PostgreSQL ${server.major}'s programs (e.g. /usr/lib/postgresql/${server.major}/bin)`,
    );
  if (existsSync(o.to) && (await readdir(o.to)).length)
    throw new Error(`${o.to} is not empty: back up into a new folder`);
  const work = join(o.to, '.work');
  await mkdir(work, { recursive: true });
  if (o.logical) {
    await runPgTool(o.binDir, 'pg_dump', ['-Fc', '-f', join(work, 'database.dump'), ...connParams(o.url)]);
  } else {
    await runPgTool(o.binDir, 'pg_basebackup', [
      ...connParams(o.url),
      '-D',
      work,
      '-F',
      't',
      '-X',
      'stream',
      '-c',
      'fast',
      '--label',
      `portal ${o.now.toISOString()}`,
    ]);
  }
  const files: BackupManifest['files'] = [];
  for (const name of (await readdir(work)).sort()) {
    const plain = join(work, name);
    const stored = o.key ? `${name}.enc` : name;
    if (o.key) {
      await encryptFile(plain, join(o.to, stored), o.key);
      await rm(plain);
    } else await rename(plain, join(o.to, stored));
    files.push({
      name: stored,
      bytes: (await stat(join(o.to, stored))).size,
      sha256: await sha256Of(join(o.to, stored)),
    });
  }
  await rm(work, { recursive: true, force: true });
  const manifest: BackupManifest = {
    format: 'portal-backup/1',
    kind: o.logical ? 'logical' : 'physical',
    createdAt: o.now.toISOString(),
    serverVersion: server.version,
    serverMajor: server.major,
    database: server.database,
    encrypted: Boolean(o.key),
    files,
    databaseBytes: server.bytes,
  };
  await writeFile(join(o.to, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export interface RestoreOptions {
  from: string;
  key: Buffer | null;
  binDir: string;
  /** Physical: the new data folder (must not exist or be empty). */
  dataDir?: string;
  /** Physical: recover up to this instant, replaying WAL from `walArchive` (point-in-time recovery). */
  until?: Date;
  walArchive?: string;
  /** Logical: the new, empty database to restore into. */
  databaseUrl?: string;
}

/** Reads and checks a backup folder: every file there, of its size and checksum. */
export async function readManifest(from: string): Promise<BackupManifest> {
  const path = join(from, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${from} holds no manifest.json: not a finished backup`);
  const manifest = JSON.parse(await readFile(path, 'utf8')) as BackupManifest;
  for (const f of manifest.files) {
    const file = join(from, f.name);
    if (!existsSync(file)) throw new Error(`${f.name} is missing from the backup`);
    if ((await stat(file)).size !== f.bytes || (await sha256Of(file)) !== f.sha256)
      throw new Error(`${f.name} does not match its checksum in manifest.json: the backup is damaged`);
  }
  return manifest;
}

function tar(args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('tar', args, (err, _out, stderr) =>
      err ? reject(new Error(`tar: ${stderr || err.message}`)) : resolve(),
    ),
  );
}

/**
 * Restores a backup: physical into a new data folder (ready for `pg_ctl -D <dir> start`; with
 * `until`, `recovery.signal` and a restore_command that replays the WAL archive up to that instant),
 * logical with `pg_restore` into a new database.
 */
export async function restoreBackup(o: RestoreOptions): Promise<BackupManifest> {
  const manifest = await readManifest(o.from);
  if (manifest.encrypted && !o.key) throw new Error('The backup is encrypted: set BACKUP_KEY');
  const toolsMajor = pgToolsMajor(o.binDir);
  if (toolsMajor !== manifest.serverMajor)
    throw new Error(
      `The backup is of PostgreSQL ${manifest.serverMajor}, the tools in ${o.binDir} are ${toolsMajor}: set PG_BIN_DIR`,
    );
  const plainOf = async (name: string, dir: string): Promise<string> => {
    if (!manifest.encrypted) return join(o.from, name);
    const out = join(dir, name.replace(/\.enc$/, ''));
    await decryptFile(join(o.from, name), out, o.key!);
    return out;
  };
  if (manifest.kind === 'logical') {
    if (!o.databaseUrl) throw new Error('A logical backup restores into a database: give --database-url');
    const work = join(o.from, '.restore');
    await mkdir(work, { recursive: true });
    try {
      const dump = await plainOf('database.dump' + (manifest.encrypted ? '.enc' : ''), work);
      await runPgTool(o.binDir, 'pg_restore', ['--exit-on-error', '-d', o.databaseUrl, dump]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
    return manifest;
  }
  if (!o.dataDir) throw new Error('A physical backup restores into a new data folder: give --data-dir');
  if (existsSync(o.dataDir) && (await readdir(o.dataDir)).length)
    throw new Error(`${o.dataDir} is not empty: restore into a new folder`);
  if (o.until && !o.walArchive)
    throw new Error('--until replays archived WAL past the backup: give --wal-archive too');
  await mkdir(join(o.dataDir, 'pg_wal'), { recursive: true });
  const work = `${o.dataDir.replace(/\/$/, '')}.restore-work`;
  await mkdir(work, { recursive: true });
  try {
    for (const f of manifest.files) {
      const plain = await plainOf(f.name, work);
      const base = f.name.replace(/\.enc$/, '');
      if (base === 'base.tar') await tar(['-xf', plain, '-C', o.dataDir]);
      else if (base === 'pg_wal.tar') await tar(['-xf', plain, '-C', join(o.dataDir, 'pg_wal')]);
      if (plain.startsWith(work)) await rm(plain);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  await chmod(o.dataDir, 0o700);
  // A copy must not archive its WAL over the original's (same timeline, same file names): archiving
  // stays off until the operator turns it on for a copy that takes over.
  const conf = [`archive_mode = 'off'`];
  if (o.until) {
    await writeFile(join(o.dataDir, 'recovery.signal'), '');
    conf.push(
      // A segment `pg_receivewal` was still writing when it stopped is kept as `<name>.partial`.
      `restore_command = 'cp "${o.walArchive}/%f" "%p" 2>/dev/null || cp "${o.walArchive}/%f.partial" "%p"'`,
      `recovery_target_time = '${o.until.toISOString().replace('T', ' ').replace('Z', '+00')}'`,
      `recovery_target_action = 'promote'`,
    );
  }
  await appendFile(join(o.dataDir, 'postgresql.auto.conf'), `${conf.join('\n')}\n`);
  return manifest;
}

export interface WalArchiveOptions {
  url: string;
  to: string;
  binDir: string;
  /** The replication slot that keeps the primary's WAL until it is archived (created if missing). */
  slot: string;
  /** Stops the archiving (pg_receivewal writes what it has, then exits). */
  signal?: AbortSignal;
  /** Told each time a segment is complete in `to`. */
  onSegment?: (name: string) => void;
}

/**
 * Continuous WAL archiving for point-in-time recovery: `pg_receivewal` streams the server's WAL into
 * `to` through a replication slot (so no segment is recycled before it is archived, even while the
 * archiver is down), reconnecting by itself. Runs until `signal` aborts; then resolves.
 */
export async function archiveWal(o: WalArchiveOptions): Promise<void> {
  await mkdir(o.to, { recursive: true });
  const [conn, connString] = connParams(o.url);
  await runPgTool(o.binDir, 'pg_receivewal', [
    conn,
    connString,
    '--slot',
    o.slot,
    '--create-slot',
    '--if-not-exists',
  ]);
  if (o.signal?.aborted) return;
  const child = spawn(
    join(o.binDir, 'pg_receivewal'),
    [conn, connString, '--slot', o.slot, '-D', o.to, '--verbose'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
    // "pg_receivewal: finished segment at 0/3000000 (timeline 1)"
    for (const m of chunk.matchAll(/finished segment at ([0-9A-F]+)\/([0-9A-F]+) \(timeline (\d+)\)/g))
      o.onSegment?.(`${m[3]}/${m[1]}/${m[2]}`);
  });
  const stop = () => child.kill('SIGINT');
  o.signal?.addEventListener('abort', stop, { once: true });
  await new Promise<void>((resolve, reject) =>
    child.once('exit', (code, signal) => {
      o.signal?.removeEventListener('abort', stop);
      if (o.signal?.aborted || code === 0 || signal === 'SIGINT') resolve();
      else reject(new Error(`pg_receivewal stopped (${code ?? signal}): ${stderr.trim()}`));
    }),
  );
}
