import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A database of this test file's own, cloned from the migrated template made by the global setup,
 * so test files run in parallel without seeing each other's rows. Dropped after the file.
 */
export function useTestDatabase(): { url: () => string } {
  let url = '';
  let name = '';
  beforeAll(async () => {
    if (!process.env.TEST_ADMIN_URL || !process.env.TEST_TEMPLATE_DB)
      throw new Error('Integration tests need the global setup (run them with jest)');
    name = `t_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE DATABASE ${name} TEMPLATE ${process.env.TEST_TEMPLATE_DB}`);
    url = withDatabase(process.env.TEST_ADMIN_URL, name);
  });
  afterAll(async () => {
    if (name) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return { url: () => url };
}
