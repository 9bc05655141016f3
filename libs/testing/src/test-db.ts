import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Connection URL of another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs one statement as the server's admin user (the test run's owner of everything). */
export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The same database as `url`, reached as this test run's app role (made by the global setup): the
 * role the app connects as, which owns nothing and may only read and append to the audit trail.
 */
export function asAppRole(url: string): string {
  const role = process.env.TEST_APP_ROLE;
  const password = process.env.TEST_APP_PASSWORD;
  if (!role || !password)
    throw new Error('The app role is made by the global setup (run the tests with jest)');
  const u = new URL(url);
  u.username = encodeURIComponent(role);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/**
 * A database of this test file's own, cloned from the migrated template made by the global setup,
 * so test files run in parallel without seeing each other's rows. Dropped after the file. `url()` is
 * the owner's connection (the admin user's); `asAppRole(url())` is the app's.
 */
export function useTestDatabase(): { url: () => string } {
  let url = '';
  let name = '';
  beforeAll(async () => {
    if (!process.env.TEST_ADMIN_URL || !process.env.TEST_TEMPLATE_DB)
      throw new Error('Integration tests need the global setup (run them with jest)');
    name = `t_${randomBytes(6).toString('hex')}`;
    await adminQuery(
      process.env.TEST_ADMIN_URL,
      `CREATE DATABASE ${name} TEMPLATE ${process.env.TEST_TEMPLATE_DB}`,
    );
    url = withDatabase(process.env.TEST_ADMIN_URL, name);
  });
  afterAll(async () => {
    if (name) await adminQuery(process.env.TEST_ADMIN_URL!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return { url: () => url };
}
