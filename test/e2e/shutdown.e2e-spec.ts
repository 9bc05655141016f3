import { ShutdownGate } from '../../apps/api/src/operations/shutdown-gate';
import { useTestApp } from '@app/testing';

describe('A graceful stop (SIGTERM behind a load balancer)', () => {
  const t = useTestApp();

  it('answers 503 to readiness while it drains, keeps serving, then closes', async () => {
    expect((await t.http().get('/api/health/ready')).status).toBe(200);

    const closing = t.app.get(ShutdownGate).drainAndClose(t.app, 500);
    const ready = await t.http().get('/api/health/ready');
    const live = await t.http().get('/api/health/live');
    const served = await t.http().get('/api/v1/service-points');
    await closing;
    // The app is closed: it cannot serve the document its answers are held to after the file.
    t.answers.length = 0;

    expect(ready.status).toBe(503);
    expect(ready.body.details.shutdown).toEqual({ status: 'down', message: 'draining before a stop' });
    expect(live.status).toBe(200);
    expect(served.status).toBe(200);
  });
});
