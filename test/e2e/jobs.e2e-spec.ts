import { Client } from 'pg';
import { useTestApp } from '../setup/test-app';

describe('Scheduled jobs', () => {
  const t = useTestApp({ env: { JOBS_ENABLED: 'true' } });

  it('schedules the nightly attendance close on pg-boss, at 00:05 Asia/Shanghai', async () => {
    const db = new Client({ connectionString: t.config.databaseUrl });
    await db.connect();

    const { rows } = await db.query(`SELECT name, cron, timezone FROM pgboss.schedule`);
    await db.end();

    expect(rows).toContainEqual({
      name: 'attendance-close-day',
      cron: '5 0 * * *',
      timezone: 'Asia/Shanghai',
    });
  });
});
