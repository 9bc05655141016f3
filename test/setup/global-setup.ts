import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations, startEmbeddedPostgres } from '@app/core';
import { adminQuery, withDatabase } from './test-database';

/**
 * Once per test run: find a PostgreSQL (TEST_DATABASE_URL, or an embedded one started here), build
 * a template database with every migration applied, and hand its name to the test files, each of
 * which clones its own database from it.
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
  const template = `portal_tmpl_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  const ds = await new DataSource(dataSourceOptions(withDatabase(adminUrl, template), 2)).initialize();
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
  process.env.TEST_ADMIN_URL = adminUrl;
  process.env.TEST_TEMPLATE_DB = template;
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
