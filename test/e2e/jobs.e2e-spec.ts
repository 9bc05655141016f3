import { Client } from 'pg';
import { useTestApp } from '@app/testing';

describe('Scheduled jobs', () => {
  const t = useTestApp({ env: { JOBS_ENABLED: 'true' } });

  it('schedules the nightly attendance close (00:05) and the booking reminders (18:00) on pg-boss, in Asia/Shanghai', async () => {
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
