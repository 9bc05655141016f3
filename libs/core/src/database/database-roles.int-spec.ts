import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { asAppRole, useTestDatabase, withDatabase } from '@app/testing';
import { createApp } from '../../../../apps/api/src/bootstrap';
import { type AppConfig, loadAppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { checkAppRole, prepareSchema } from './database-roles';

describe('the app’s database role', () => {
  const db = useTestDatabase();

  /** Production's configuration for this file's database. */
  function production(env: { DATABASE_URL: string; DATABASE_OWNER_URL?: string }): AppConfig {
    return loadAppConfig({
      NODE_ENV: 'production',
      PUBLIC_BASE_URL: 'https://fl.example.gov.cn',
      LOG_LEVEL: 'silent',
      JOBS_ENABLED: 'false',
      JWT_SECRET: randomBytes(32).toString('hex'),
      PII_KEY: randomBytes(32).toString('hex'),
      PII_INDEX_KEY: randomBytes(32).toString('hex'),
      AUDIT_KEY: randomBytes(32).toString('hex'),
      AUDIT_CHECKPOINT_FILE: join(tmpdir(), `portal-roles-${randomBytes(6).toString('hex')}.jsonl`),
      ...env,
    });
  }

  /** Starts the app as production would, and stops it again. */
  async function start(env: { DATABASE_URL: string; DATABASE_OWNER_URL?: string }): Promise<void> {
    const app = await createApp(production(env));
    await app.close();
  }

  /** What the app does with its connection before anything else may use it (a failed start exits). */
  async function prepare(env: { DATABASE_URL: string; DATABASE_OWNER_URL?: string }): Promise<void> {
    const config = production(env);
    // Two connections: migrating holds one for its lock and runs on another.
    const app = await new DataSource(dataSourceOptions(config.databaseUrl!, 2)).initialize();
    try {
      await prepareSchema(config, app);
      await checkAppRole(app, config);
    } finally {
      await app.destroy();
    }
  }

  it('stops a production start whose DATABASE_URL could rewrite the audit trail', async () => {
    // The tests' admin user: a superuser, and the owner of every table.
    await expect(prepare({ DATABASE_URL: db.url() })).rejects.toThrow(
      /DATABASE_URL connects as \S+, a superuser, which could rewrite the audit trail/,
    );
  });

  it('refuses an owner connection to another database than the app’s', async () => {
    const elsewhere = withDatabase(db.url(), 'postgres');

    await expect(
      prepare({ DATABASE_URL: asAppRole(db.url()), DATABASE_OWNER_URL: elsewhere }),
    ).rejects.toThrow(
      /DATABASE_OWNER_URL: reaches postgres \(cluster \d+\), but DATABASE_URL t_\w+ \(cluster \d+\)/,
    );
  });

  it('starts in production as the app’s own role, the owner migrating and granting', async () => {
    await expect(start({ DATABASE_URL: asAppRole(db.url()), DATABASE_OWNER_URL: db.url() })).resolves.toBe(
      undefined,
    );
  });

  it('starts as the app’s own role alone when no migration is pending', async () => {
    await expect(start({ DATABASE_URL: asAppRole(db.url()) })).resolves.toBe(undefined);
  });

  it('names DATABASE_OWNER_URL when a migration is pending and only the app’s role is given', async () => {
    const owner = await new DataSource(dataSourceOptions(db.url(), 1)).initialize();
    try {
      await owner.undoLastMigration({ transaction: 'each' });
    } finally {
      await owner.destroy();
    }

    await expect(prepare({ DATABASE_URL: asAppRole(db.url()) })).rejects.toThrow(
      /DATABASE_OWNER_URL: pending migrations need the schema owner/,
    );
    await expect(
      prepare({ DATABASE_URL: asAppRole(db.url()), DATABASE_OWNER_URL: db.url() }),
    ).resolves.toBeUndefined();
  });
});
