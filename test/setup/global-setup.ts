import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { dataSourceOptions, grantAppRole, runMigrations, startEmbeddedPostgres } from '@app/core';
import { adminQuery, withDatabase } from '@app/testing/test-db';

/**
 * Once per test run: find a PostgreSQL (TEST_DATABASE_URL, or an embedded one started here), make
 * this run's app role (it owns nothing, as in production), build a template database with every
 * migration applied by the owner (the admin user) and the app role's rights granted, and hand both
 * to the test files, each of which clones its own database from the template.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    // A folder and port of this run's own, so two test runs on one machine never share a server.
    const dataDir = `${__dirname}/../../data/test-pg-${process.pid}`;
    rmSync(dataDir, { recursive: true, force: true });
    const port = process.env.TEST_PG_PORT ? Number(process.env.TEST_PG_PORT) : await freePort();
    const db = await startEmbeddedPostgres({ dataDir, port, database: 'postgres' });
    (globalThis as { __embeddedPg?: { stop(): Promise<void> } }).__embeddedPg = db;
    process.env.TEST_PG_DATA_DIR = dataDir;
    adminUrl = db.url;
  }
  // A role of this run's own: concurrent runs on one server never change each other's password.
  const appRole = `portal_app_${process.pid}`;
  const appPassword = randomBytes(16).toString('hex');
  await adminQuery(
    adminUrl,
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN CREATE ROLE ${appRole}; END IF;
     END $$`,
  );
  await adminQuery(adminUrl, `ALTER ROLE ${appRole} WITH LOGIN PASSWORD '${appPassword}'`);
  const template = `portal_tmpl_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  const ds = await new DataSource(dataSourceOptions(withDatabase(adminUrl, template), 2)).initialize();
  try {
    await runMigrations(ds);
    await grantAppRole(ds, appRole);
  } finally {
    await ds.destroy();
  }
  process.env.TEST_ADMIN_URL = adminUrl;
  process.env.TEST_TEMPLATE_DB = template;
  process.env.TEST_APP_ROLE = appRole;
  process.env.TEST_APP_PASSWORD = appPassword;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
