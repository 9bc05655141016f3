import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';

describe('startEmbeddedPostgres', () => {
  let server: Server;
  let port: number;
  const dataDir = mkdtempSync(join(tmpdir(), 'embedded-pg-busy-'));

  beforeAll(async () => {
    // Something else listens on the port: it takes the connection and closes it at once.
    server = createServer((socket) => socket.destroy());
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says which port is taken, instead of starting a second server that fails without a reason', async () => {
    await expect(
      startEmbeddedPostgres({ dataDir, port, database: 'portal', superuserPassword: 'not-the-one' }),
    ).rejects.toThrow(`port ${port} is taken by a server that is not the PostgreSQL in ${dataDir}`);
  });
});
