import { Client } from 'pg';

/** Connection URL of another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

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
