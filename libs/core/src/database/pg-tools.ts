import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where PostgreSQL's own programs are (pg_basebackup, pg_dump, pg_ctl …): `PG_BIN_DIR`, else what
 * `pg_config --bindir` says, else the newest `/usr/lib/postgresql/<major>/bin` (Debian's layout).
 * The embedded PostgreSQL's package ships only initdb, pg_ctl and postgres.
 */
export function pgBinDir(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.PG_BIN_DIR) return env.PG_BIN_DIR;
  try {
    const dir = execFileSync('pg_config', ['--bindir'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (dir && existsSync(join(dir, 'pg_basebackup'))) return dir;
  } catch {
    // No pg_config on the PATH: look where Debian puts the versions.
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root)
    .filter((d) => /^\d+$/.test(d) && existsSync(join(root, d, 'bin', 'pg_basebackup')))
    .sort((a, b) => Number(b) - Number(a));
  return majors.length ? join(root, majors[0], 'bin') : undefined;
}

/** The major version of the tools in `binDir` (from `pg_dump --version`, e.g. 15). */
export function pgToolsMajor(binDir: string): number {
  const out = execFileSync(join(binDir, 'pg_dump'), ['--version'], { encoding: 'utf8' });
  const m = /(\d+)(?:\.\d+)?/.exec(out.replace(/^[^\d]*/, ''));
  return m ? Number(m[1]) : 0;
}

/**
 * The uid and gid of the `postgres` user when this process is root: PostgreSQL's server programs
 * (initdb, pg_ctl, postgres) refuse to run as root, so they run as that user.
 */
export function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error('Running as root and no `postgres` user to run the PostgreSQL server programs as');
  }
}

/** Runs one of PostgreSQL's programs to its end; rejects with its stderr when it fails. */
export function runPgTool(
  binDir: string,
  tool: string,
  args: string[],
  opts: { asServerUser?: boolean; env?: Record<string, string>; cwd?: string } = {},
): Promise<string> {
  const user = opts.asServerUser ? serverUser() : undefined;
  return new Promise((resolve, reject) => {
    execFile(
      join(binDir, tool),
      args,
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, ...opts.env },
        cwd: opts.cwd,
        ...(user ?? {}),
      },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${tool} ${args.join(' ')} failed: ${stderr.trim() || err.message}`));
        else resolve(stdout);
      },
    );
  });
}
