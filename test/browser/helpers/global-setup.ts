import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import integrationSetup from '../../setup/global-setup';

/**
 * The browser suite reuses the integration tests' PostgreSQL (started by their global setup when
 * both projects run; started here when only this one does), and makes sure the web app is built.
 */
export default async function browserGlobalSetup(): Promise<void> {
  if (!process.env.TEST_TEMPLATE_DB) {
    await integrationSetup();
    process.env.BROWSER_STARTED_DB = '1';
  }
  const repo = resolve(__dirname, '../../..');
  execFileSync(process.execPath, [resolve(repo, 'apps/web/scripts/ensure-build.mjs')], {
    cwd: repo,
    stdio: 'inherit',
  });
}
