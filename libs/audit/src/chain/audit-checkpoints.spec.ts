import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileCheckpointSink } from './audit-checkpoints';

const at = '2027-02-03T02:00:00.000Z';
const hash = (n: number) => n.toString(16).padStart(64, '0');

describe(FileCheckpointSink.name, () => {
  let dir: string;
  let sink: FileCheckpointSink;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'audit-checkpoints-'));
    sink = new FileCheckpointSink(join(dir, 'nested', 'checkpoints.jsonl'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('knows no checkpoint before the first is written', async () => {
    expect(await sink.latest('cluster/portal')).toBeNull();
  });

  it('appends one JSON line per checkpoint, readable by nobody else, and reads back the latest of a chain', async () => {
    await sink.append('cluster/portal', { seq: 10, hash: hash(10), at });
    await sink.append('cluster/other', { seq: 99, hash: hash(99), at });
    await sink.append('cluster/portal', { seq: 12, hash: hash(12), at });

    const lines = readFileSync(sink.path, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { chain: 'cluster/portal', seq: 10, hash: hash(10), at },
      { chain: 'cluster/other', seq: 99, hash: hash(99), at },
      { chain: 'cluster/portal', seq: 12, hash: hash(12), at },
    ]);
    expect(statSync(sink.path).mode & 0o777).toBe(0o600);
    expect(await sink.latest('cluster/portal')).toEqual({ seq: 12, hash: hash(12), at });
    expect(await sink.latest('cluster/other')).toEqual({ seq: 99, hash: hash(99), at });
    expect(await sink.latest('cluster/none')).toBeNull();
  });

  it('takes the highest seq when two processes appended out of order', async () => {
    await sink.append('c/p', { seq: 20, hash: hash(20), at });
    await sink.append('c/p', { seq: 15, hash: hash(15), at });

    expect((await sink.latest('c/p'))?.seq).toBe(20);
  });

  it('skips a last line cut short by a crash', async () => {
    await sink.append('c/p', { seq: 7, hash: hash(7), at });
    appendFileSync(sink.path, '{"chain":"c/p","seq":8,"ha');

    expect((await sink.latest('c/p'))?.seq).toBe(7);
  });

  it('finds a chain’s checkpoint far back in a long file, across chunk boundaries', async () => {
    await sink.append('c/early', { seq: 1, hash: hash(1), at });
    const filler = Array.from(
      { length: 3000 },
      (_, i) => `${JSON.stringify({ chain: 'c/busy', seq: i, hash: hash(i), at })}\n`,
    ).join('');
    appendFileSync(sink.path, filler);

    expect(statSync(sink.path).size).toBeGreaterThan(3 * 64 * 1024);
    expect(await sink.latest('c/early')).toEqual({ seq: 1, hash: hash(1), at });
    expect((await sink.latest('c/busy'))?.seq).toBe(2999);
  });
});
