import { rmSync } from 'node:fs';
import { adminQuery } from '@app/testing/test-db';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.TEST_ADMIN_URL;
  const template = process.env.TEST_TEMPLATE_DB;
  if (adminUrl && template)
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
  // After the databases that hold its grants are gone (each test file drops its own).
  if (adminUrl && process.env.TEST_APP_ROLE)
    await adminQuery(adminUrl, `DROP ROLE IF EXISTS ${process.env.TEST_APP_ROLE}`).catch(() => undefined);
  await (globalThis as { __embeddedPg?: { stop(): Promise<void> } }).__embeddedPg?.stop();
  if (process.env.TEST_PG_DATA_DIR) rmSync(process.env.TEST_PG_DATA_DIR, { recursive: true, force: true });
}
