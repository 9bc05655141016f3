import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type AppConfig, pgBinDir } from '@app/core';
import { archiveWal, restoreBackup, takeBackup } from './backup';

const USAGE = `npm run cli -- backup --to DIR [--logical] [--database-url URL]
npm run cli -- restore --from DIR --data-dir DIR2 [--until TIME --wal-archive WALDIR]   (physical)
npm run cli -- restore --from DIR --database-url URL                                      (logical)
npm run cli -- archive-wal --to WALDIR [--slot NAME] [--database-url URL]   (runs until stopped)`;

function binDirOrExplain(): string {
  const dir = pgBinDir();
  if (!dir)
    throw new Error(
      "No PostgreSQL client programs (pg_basebackup, pg_dump) found: install the server's major version " +
        '(Debian: postgresql-client-<major>) or set PG_BIN_DIR',
    );
  return dir;
}

/**
 * `backup` and `restore`, which run PostgreSQL's own programs and need none of the app's modules
 * (a restore has no database to connect to yet). `now` is the app's clock.
 */
export async function runBackupCli(
  command: 'backup' | 'restore' | 'archive-wal',
  argv: string[],
  config: AppConfig,
  now: Date,
): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      to: { type: 'string' },
      from: { type: 'string' },
      logical: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      until: { type: 'string' },
      'wal-archive': { type: 'string' },
      slot: { type: 'string', default: 'portal_wal_archive' },
    },
    strict: true,
  });
  if (command === 'archive-wal') {
    if (!values.to) throw new Error(`--to is required\n${USAGE}`);
    if (!/^[a-z0-9_]{1,63}$/.test(values.slot)) throw new Error('--slot: lower-case letters, digits and _');
    const url = values['database-url'] ?? config.databaseOwnerUrl ?? config.databaseUrl;
    if (!url) throw new Error('No database to archive: set DATABASE_URL or give --database-url');
    const stop = new AbortController();
    for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => stop.abort());
    process.stdout.write(
      `Archiving the WAL into ${values.to} through the replication slot ${values.slot} (Ctrl-C stops)\n`,
    );
    await archiveWal({
      url,
      to: resolve(values.to),
      binDir: binDirOrExplain(),
      slot: values.slot,
      signal: stop.signal,
      onSegment: (at) => process.stdout.write(`archived the segment ending at ${at}\n`),
    });
    return;
  }
  if (command === 'backup') {
    if (!values.to) throw new Error(`--to is required\n${USAGE}`);
    const url = values['database-url'] ?? config.databaseOwnerUrl ?? config.databaseUrl;
    if (!url) throw new Error('No database to back up: set DATABASE_URL or give --database-url');
    const started = performance.now();
    const m = await takeBackup({
      url,
      to: resolve(values.to),
      logical: values.logical,
      key: config.backupKey,
      binDir: binDirOrExplain(),
      now,
    });
    const bytes = m.files.reduce((n, f) => n + f.bytes, 0);
    process.stdout.write(
      `Backed up ${m.database} (PostgreSQL ${m.serverVersion}, ${m.kind}${m.encrypted ? ', encrypted' : ''}) into ${values.to}: ` +
        `${m.files.map((f) => f.name).join(', ')}, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return;
  }
  if (!values.from) throw new Error(`--from is required\n${USAGE}`);
  const until = values.until ? new Date(values.until) : undefined;
  if (until && Number.isNaN(until.getTime())) throw new Error(`--until is not a time: ${values.until}`);
  const m = await restoreBackup({
    from: resolve(values.from),
    key: config.backupKey,
    binDir: binDirOrExplain(),
    dataDir: values['data-dir'] && resolve(values['data-dir']),
    until,
    walArchive: values['wal-archive'] && resolve(values['wal-archive']),
    databaseUrl: values['database-url'],
  });
  process.stdout.write(
    m.kind === 'logical'
      ? `Restored the backup of ${m.createdAt} into ${values['database-url']}\n`
      : `Restored the backup of ${m.createdAt} into ${values['data-dir']}${until ? ` (recovering to ${until.toISOString()})` : ''}; ` +
          `start it with: pg_ctl -D ${values['data-dir']} start (PostgreSQL ${m.serverMajor}, as the postgres user)\n`,
  );
}
