import { bearer, useTestApp } from '@app/testing';

const TOKEN = 'scrape-token-for-the-tests-0123456789abcdef';

describe('GET /metrics (the operator’s Prometheus scrape)', () => {
  const t = useTestApp({ seed: true, env: { METRICS_TOKEN: TOKEN } });

  it('answers the scrape token with requests by route and status, pool, queues, outbox and audit sealing', async () => {
    await t.http().get('/api/v1/service-points');
    await t.http().get('/api/v1/service-points/not-a-uuid');

    const res = await t.http().get('/metrics').set(bearer(TOKEN));

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(
      /^http_requests_total\{method="GET",route="\/api\/v1\/service-points",status="200"\} [1-9]/m,
    );
    expect(res.text).toMatch(
      /^http_requests_total\{method="GET",route="\/api\/v1\/service-points\/:id",status="400"\} 1$/m,
    );
    expect(res.text).toMatch(
      /^http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/api\/v1\/service-points",status_class="2xx"\} [1-9]/m,
    );
    expect(res.text).toMatch(/^db_pool_connections\{state="total"\} [1-9]/m);
    expect(res.text).toMatch(/^sms_outbox_pending \d+$/m);
    expect(res.text).toMatch(/^audit_unsealed_events \d+$/m);
    expect(res.text).toMatch(/^stats_verification_differences -1$/m);
    expect(res.text).toMatch(/^process_cpu_seconds_total /m);
    // No raw URL (ids, queries) ever becomes a label.
    expect(res.text).not.toContain('not-a-uuid');
  });

  it('refuses the public, a wrong token and a signed-in official with 401', async () => {
    const official = await t.login('cixi.official');
    for (const req of [
      t.http().get('/metrics'),
      t
        .http()
        .get('/metrics')
        .set(bearer(`${TOKEN.slice(0, -1)}x`)),
      t.http().get('/metrics').set(bearer(official)),
    ]) {
      const res = await req;
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
      expect(res.text).not.toContain('http_requests_total');
    }
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  const t = useTestApp();

  it('is absent (404), token or not', async () => {
    expect((await t.http().get('/metrics')).status).toBe(404);
    expect((await t.http().get('/metrics').set(bearer(TOKEN))).status).toBe(404);
  });
});
