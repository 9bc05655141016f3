import { createSocket, type Socket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { AuditSealer } from '@app/audit';
import { useTestApp } from '@app/testing';

// A port of this file's own for the collector; the app is told it before it starts.
const PORT = 41_000 + (process.pid % 8_000);

describe('Audit checkpoints copied to a syslog collector (AUDIT_CHECKPOINT_SYSLOG)', () => {
  const received: string[] = [];
  let collector: Socket;
  beforeAll(async () => {
    collector = createSocket('udp4');
    collector.on('message', (m) => received.push(m.toString('utf8')));
    await new Promise<void>((resolve) => collector.bind(PORT, '127.0.0.1', resolve));
  });
  const t = useTestApp({ seed: true, env: { AUDIT_CHECKPOINT_SYSLOG: `udp://127.0.0.1:${PORT}` } });
  afterAll(() => collector.close());

  it('sends each checkpoint the file gets as an RFC 5424 message, the same seq and hash', async () => {
    await t.login('shengshan.official');

    await t.app.get(AuditSealer).seal();
    const lines = readFileSync(t.config.auditCheckpointFile, 'utf8').trim().split('\n');
    const last = JSON.parse(lines[lines.length - 1]) as { seq: number; hash: string };
    const copyOf = (seq: number) =>
      received.find((m) => (JSON.parse(m.slice(m.indexOf('{'))) as { seq: number }).seq === seq);
    for (let i = 0; i < 40 && !copyOf(last.seq); i++) await new Promise((r) => setTimeout(r, 50));

    const message = copyOf(last.seq);
    expect(message).toMatch(/^<133>1 \S+ \S+ legal-portal \d+ audit-checkpoint - \{/);
    expect(JSON.parse(message!.slice(message!.indexOf('{')))).toMatchObject({
      seq: last.seq,
      hash: last.hash,
    });
    expect(received.length).toBeGreaterThanOrEqual(lines.length);
  });
});
