import integrationTeardown from '../../setup/global-teardown';

/** Stops the database only when this suite started it (otherwise the integration teardown does). */
export default async function browserGlobalTeardown(): Promise<void> {
  if (process.env.BROWSER_STARTED_DB) await integrationTeardown();
}
