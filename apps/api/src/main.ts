import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import {
  asSystem,
  ConfigValidationError,
  devSecretsIn,
  loadAppConfig,
  startEmbeddedPostgres,
} from '@app/core';
import { DEMO_LOGINS, DEMO_PASSWORD, DemoSeedService } from '@app/demo';
import { createApp } from './bootstrap';
import { ShutdownGate } from './operations/shutdown-gate';

async function main(): Promise<void> {
  let config;
  const devSecrets = devSecretsIn(process.env.PG_DATA_DIR ?? './data/pg');
  try {
    config = loadAppConfig(process.env, devSecrets);
  } catch (err) {
    if (err instanceof ConfigValidationError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = new Logger('Main');
  let embedded: { stop(): Promise<void> } | undefined;
  if (!config.databaseUrl) {
    log.log(
      `DATABASE_URL not set: starting the embedded PostgreSQL in ${config.pgDataDir} on port ${config.pgPort}`,
    );
    const secrets = devSecrets();
    const db = await startEmbeddedPostgres({
      dataDir: config.pgDataDir,
      port: config.pgPort,
      database: 'portal',
      superuserPassword: secrets.dbSuperuserPassword,
      roles: { ownerPassword: secrets.dbOwnerPassword, appPassword: secrets.dbAppPassword },
    });
    embedded = db;
    // The app runs as its own role; the schema owner only migrates.
    config = { ...config, databaseUrl: db.appUrl, databaseOwnerUrl: db.ownerUrl };
  }

  const app = await createApp(config);
  // The seed writes every town's data, for nobody in particular.
  const seeded = config.seedDemo
    ? await asSystem((system) => app.get(DemoSeedService).seedIfEmpty(system))
    : false;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    // SIGTERM (a service manager, a rolling restart): drain first, so the balancer moves the traffic
    // away; SIGINT (Ctrl-C at a terminal), and the embedded database of development (which stops on
    // the signal itself, with no balancer in front): at once.
    const drainMs = signal === 'SIGTERM' && !embedded ? config.shutdownDrainMs : 0;
    log.log(`${signal}: shutting down${drainMs ? ` after ${drainMs / 1000} s of draining` : ''}`);
    await app
      .get(ShutdownGate)
      .drainAndClose(app, drainMs)
      .catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  乡村公共法律服务平台 is running at ${url}`,
    `  API docs:  ${url}/api/docs      health: ${url}/api/health`,
  ];
  if (config.seedDemo) {
    lines.push(
      `  Demo data (慈溪市胜山镇, 掌起镇)${seeded ? ' seeded just now' : ''}. Demo logins, password ${DEMO_PASSWORD}:`,
      ...DEMO_LOGINS.map((l) => `    ${l.username.padEnd(20)} ${l.description}`),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((err: unknown) => {
  const why =
    err instanceof ConfigValidationError
      ? err.message
      : err instanceof Error
        ? (err.stack ?? err.message)
        : String(err);
  process.stderr.write(`Failed to start: ${why}\n`);
  process.exit(1);
});
