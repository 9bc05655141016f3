import { useTestApp } from '@app/testing';

describe('HTTP basics', () => {
  const t = useTestApp();

  it('reports health with the database status', async () => {
    const res = await t.http().get('/api/health');

    expect(res.status).toBe(200);
    expect(res.body.info.database.status).toBe('up');
  });

  it('splits health into liveness (no database) and readiness (the database answers)', async () => {
    const live = await t.http().get('/api/health/live');
    const ready = await t.http().get('/api/health/ready');

    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'ok' });
    expect(live.body.info.database).toBeUndefined();
    expect(ready.status).toBe(200);
    expect(ready.body.info.database.status).toBe('up');
    for (const res of [live, ready]) expect(res.headers['cache-control']).toContain('no-store');
  });

  it('answers an unknown route with a 404 JSON error body and a request id', async () => {
    const res = await t.http().get('/api/v1/no-such-thing');

    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found', code: 'NOT_FOUND' });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('gives every request an id of its own, not the one the caller chose', async () => {
    const res = await t.http().get('/api/health').set('x-request-id', 'abc-123');

    expect(res.headers['x-request-id']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it('does not echo the path of an unknown route, which may hold a phone number', async () => {
    const res = await t.http().get('/api/v1/residents/13812345678');

    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('13812345678');
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send('{"username": ');

    expect(res.status).toBe(400);
    expect(res.body.code).toBeDefined();
    expect(res.body.stack).toBeUndefined();
  });

  it('serves the OpenAPI document generated from the DTOs', async () => {
    const res = await t.http().get('/api/docs-json');

    expect(res.status).toBe(200);
    expect(res.body.paths['/api/v1/service-points']).toBeDefined();
    expect(res.body.components.schemas.CreateServicePointDto.properties.regionCode).toBeDefined();
  });

  it('sends security headers and no CORS header by default', async () => {
    const res = await t.http().get('/api/health').set('origin', 'http://evil.example');

    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('tells every cache to keep no API answer, errors included', async () => {
    const answers = [
      await t.http().get('/api/v1/staff'),
      await t.http().get('/api/v1/regions').query({ parent: '330282' }),
      await t.http().post('/api/v1/auth/login').send({ username: 'nobody', password: 'x' }),
    ];

    expect(answers.map((a) => a.headers['cache-control'])).toEqual(['no-store', 'no-store', 'no-store']);
  });

  it('needs a token for staff routes', async () => {
    const res = await t.http().get('/api/v1/staff');

    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });
});
