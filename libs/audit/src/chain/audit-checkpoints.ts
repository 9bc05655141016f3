import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Where the chain stood after a seal: its last link and when that was written down. */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  /** ISO instant, from the app's clock. */
  at: string;
}

/**
 * Somewhere outside the database that checkpoints go at every seal, so that a trail cut short or
 * rewritten in the database still shows against what was written there. `chain` names the
 * database the checkpoint belongs to (cluster and database name), so one target can serve several.
 * The file target below is the default; a syslog or object-store target implements the same two
 * methods and is provided under `AUDIT_CHECKPOINT_SINK`.
 */
export interface AuditCheckpointSink {
  append(chain: string, checkpoint: AuditCheckpoint): Promise<void>;
  /** The checkpoint with the highest seq among the last ones written for `chain`; null when none. */
  latest(chain: string): Promise<AuditCheckpoint | null>;
}

export const AUDIT_CHECKPOINT_SINK = Symbol('AUDIT_CHECKPOINT_SINK');

interface Line extends AuditCheckpoint {
  chain: string;
}

const CHUNK = 64 * 1024;

function parse(line: string): Line | null {
  try {
    const v = JSON.parse(line) as Partial<Line>;
    return typeof v.chain === 'string' &&
      Number.isSafeInteger(v.seq) &&
      typeof v.hash === 'string' &&
      typeof v.at === 'string'
      ? (v as Line)
      : null;
  } catch {
    // A line cut short by a crash mid-write.
    return null;
  }
}

/**
 * Checkpoints as JSON lines appended to a file (opened for appending only, flushed to disk before
 * the seal counts as written). Keep it where the database's users cannot write, ideally with
 * `chattr +a` or shipped on by the log collector.
 */
export class FileCheckpointSink implements AuditCheckpointSink {
  constructor(readonly path: string) {}

  async append(chain: string, checkpoint: AuditCheckpoint): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const line = `${JSON.stringify({ chain, ...checkpoint } satisfies Line)}\n`;
    const file = await open(this.path, 'a', 0o600);
    try {
      await file.write(line);
      await file.sync();
    } finally {
      await file.close();
    }
  }

  async latest(chain: string): Promise<AuditCheckpoint | null> {
    let file;
    try {
      file = await open(this.path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    try {
      // From the end backwards, a chunk at a time, until a chunk holds a line of this chain.
      let end = (await file.stat()).size;
      let carry = Buffer.alloc(0);
      while (end > 0) {
        const start = Math.max(0, end - CHUNK);
        const chunk = Buffer.alloc(end - start);
        await file.read(chunk, 0, chunk.length, start);
        // Split on the newline byte, which never occurs inside a UTF-8 character.
        const bytes = Buffer.concat([chunk, carry]);
        const newline = bytes.indexOf(0x0a);
        const cut = start === 0 ? 0 : newline < 0 ? bytes.length : newline + 1;
        // Before the first newline: the tail of a line that starts in an earlier chunk.
        carry = bytes.subarray(0, cut);
        let best: Line | null = null;
        for (const l of bytes.subarray(cut).toString('utf8').split('\n')) {
          const cp = parse(l);
          if (cp?.chain === chain && (!best || cp.seq > best.seq)) best = cp;
        }
        if (best) return { seq: best.seq, hash: best.hash, at: best.at };
        end = start;
      }
      return null;
    } finally {
      await file.close();
    }
  }
}
