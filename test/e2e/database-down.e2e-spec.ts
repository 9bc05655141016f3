import { createServer, type Server, type Socket, connect } from 'node:net';
import { useTestApp } from '@app/testing';

/** A TCP proxy to PostgreSQL that the test can cut and mend, as a network or a server would fail. */
class Cable {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly host: string,
    private readonly targetPort: number,
  ) {}

  async plugIn(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, this.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

describe('While the database is down', () => {
  let cable: Cable;
  const t = useTestApp({
    seed: true,
    env: { DB_POOL_SIZE: '2' },
    databaseUrl: async (url) => {
      const u = new URL(url);
      cable = new Cable(u.hostname, Number(u.port));
      await cable.plugIn();
      u.host = `127.0.0.1:${cable.port}`;
      return u.toString();
    },
  });
  let official = '';
  let point = { id: '' };
  afterAll(() => cable.cut());

  beforeAll(async () => {
    official = await t.login('shengshan.official');
    point = (
      await t.http().get('/api/v1/service-points').query({ regionCode: '330282113', kind: 'village_point' })
    ).body[0];
  });

  const update = () =>
    t
      .http()
      .patch(`/api/v1/service-points/${point.id}`)
      .set('authorization', `Bearer ${official}`)
      .send({ phone: '0574-63000000' });

  it('answers reads and writes with 503 DATABASE_UNAVAILABLE and Retry-After, and serves again once it is back', async () => {
    expect((await update()).status).toBe(200);

    await cable.cut();
    const write = await update();
    const read = await t.http().get('/api/v1/service-points').query({ regionCode: '330282113' });
    const login = await t.http().post('/api/v1/auth/login').send({ username: 'lawyer01', password: 'x' });
    const health = await t.http().get('/api/health');
    await cable.plugIn();
    let again = await update();
    for (let i = 0; i < 20 && again.status === 503; i++) {
      await new Promise((r) => setTimeout(r, 250));
      again = await update();
    }

    for (const res of [write, read, login]) {
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE', requestId: expect.any(String) });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(health.status).toBe(503);
    expect(again.status).toBe(200);
  });

  it('stays live while the database is down, and not ready until it is back', async () => {
    await cable.cut();
    const live = await t.http().get('/api/health/live');
    const ready = await t.http().get('/api/health/ready');
    await cable.plugIn();
    let readyAgain = await t.http().get('/api/health/ready');
    for (let i = 0; i < 20 && readyAgain.status === 503; i++) {
      await new Promise((r) => setTimeout(r, 250));
      readyAgain = await t.http().get('/api/health/ready');
    }

    expect(live.status).toBe(200);
    expect(live.body.status).toBe('ok');
    expect(ready.status).toBe(503);
    expect(ready.body.error?.database?.status ?? ready.body.code).toBeDefined();
    expect(readyAgain.status).toBe(200);
  });
});
