import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import {
  AppError,
  Clock,
  ConfigValidationError,
  devSecretsIn,
  loadAppConfig,
  startEmbeddedPostgres,
} from '@app/core';
import { runBackupCli } from './backup/backup-cli';
import { CliModule } from './cli.module';

async function main(): Promise<void> {
  const devSecrets = devSecretsIn(process.env.PG_DATA_DIR ?? './data/pg');
  let config = loadAppConfig(process.env, devSecrets);
  let embedded: { stop(): Promise<void> } | undefined;
  const command = process.argv[2];
  const backupCommand =
    command === 'backup' || command === 'restore' || command === 'archive-wal' ? command : undefined;
  // A restore makes a new database: it needs no server of the app's running.
  if (backupCommand === 'restore' || (backupCommand && config.databaseUrl))
    return runBackupCli(backupCommand, process.argv.slice(3), config, new Clock().now());
  if (!config.databaseUrl) {
    const secrets = devSecrets();
    const db = await startEmbeddedPostgres({
      dataDir: config.pgDataDir,
      port: config.pgPort,
      database: 'portal',
      superuserPassword: secrets.dbSuperuserPassword,
      roles: { ownerPassword: secrets.dbOwnerPassword, appPassword: secrets.dbAppPassword },
    });
    embedded = db;
    config = { ...config, databaseUrl: db.appUrl, databaseOwnerUrl: db.ownerUrl };
    if (backupCommand) {
      // The embedded server's superuser may take a base backup (it has REPLICATION).
      try {
        return await runBackupCli(
          backupCommand,
          process.argv.slice(3),
          { ...config, databaseOwnerUrl: db.url },
          new Clock().now(),
        );
      } finally {
        await db.stop();
      }
    }
  }
  // Commands run and exit; the job queue runs in the server.
  config = { ...config, jobsEnabled: false };
  try {
    // The operator at the console acts for the whole deployment: each command passes the system caller
    // (`asSystem`) to what it runs; the jurisdiction helpers give code without a caller nothing.
    await CommandFactory.run(CliModule.forRoot(config), {
      logger: ['error', 'warn'],
      errorHandler: (err) => {
        // --help and --version end the program normally; usage mistakes have been printed already.
        const code = (err as { code?: string; exitCode?: number }).code ?? '';
        if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help')
          process.exit(0);
        if (code.startsWith('commander.')) process.exit((err as { exitCode?: number }).exitCode || 1);
        throw err;
      },
      serviceErrorHandler: (err) => {
        throw err;
      },
    });
  } finally {
    await embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const message =
      err instanceof ConfigValidationError || err instanceof AppError
        ? err.message
        : err instanceof Error
          ? (err.stack ?? err.message)
          : String(err);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  },
);
