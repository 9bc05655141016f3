import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { addDays, businessInstant } from '../time/business-time';
import { Clock } from '../time/clock';
import type { PublicReadTopic } from './change-watch';

/** `directory`: the service-point list and a point's page; `slots`: a point's bookable slots. */
export type PublicReadKind = 'directory' | 'slots';

/** The topics whose changes make an answer of each kind stale. */
const DEPENDS_ON: Record<PublicReadKind, PublicReadTopic[]> = {
  directory: ['directory'],
  slots: ['directory', 'slots'],
};

export type ContentCoding = 'br' | 'gzip';

/** Answers smaller than this go out uncompressed (the same threshold as `@fastify/compress`'s). */
export const COMPRESS_THRESHOLD = 1024;

// Bounds, so that many distinct queries (every region code, every date range) cannot fill memory.
const MAX_ENTRIES = 2000;
const MAX_BYTES = 64 * 1024 * 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** One cached answer: the JSON as sent, its ETag and its compressed forms, made when first asked for. */
export interface PublicReadEntry {
  /** The request's path and query. */
  readonly key: string;
  readonly kind: PublicReadKind;
  readonly body: Buffer;
  /** A weak validator (the bytes differ by content coding): `W/"<sha-1 of the JSON, base64url>"`. */
  readonly etag: string;
  /** The generation of the data it was read at; a write since makes it stale. */
  readonly stamp: number;
  /** Monotonic time (ms) after which it is not served. */
  readonly expiresAtMs: number;
  /** The app's clock when it was read, and when it stops (its TTL, or the next business midnight). */
  readonly readAt: number;
  readonly endsAt: number;
  bytes: number;
  readonly codings: Partial<Record<ContentCoding, Promise<Buffer>>>;
}

/**
 * The answers of public anonymous reads, kept in this process between the changes of what they show.
 *
 * Writers do not call it: `ChangeWatch` sees every write this process commits to the tables the
 * answers are read from and bumps a generation per topic; an answer read at an older generation is
 * never served again. Writes this process cannot see (another instance, the CLI) are bounded by the
 * time an answer is kept: `PUBLIC_CACHE_SECONDS` (the directory and a point's page) and
 * `PUBLIC_SLOTS_CACHE_SECONDS` (the slots). An answer also ends at the next business midnight, since
 * "today" changes what it shows, and when the app's clock moves outside its lifetime (a test's clock).
 */
@Injectable()
export class PublicReadCache {
  private readonly generation: Record<PublicReadTopic, number> = { directory: 0, slots: 0 };
  private readonly entries = new Map<string, PublicReadEntry>();
  private readonly reads = new Map<string, { stamp: number; entry: Promise<PublicReadEntry> }>();
  private bytes = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Monotonic milliseconds: the time an answer is kept, whatever the wall clock does. */
  monotonicMs(): number {
    return performance.now();
  }

  /** How long an answer of this kind is kept (s); 0: not cached. */
  seconds(kind: PublicReadKind): number {
    return kind === 'slots' ? this.config.publicCache.slotsSeconds : this.config.publicCache.seconds;
  }

  /** The generation an answer of this kind is read at: take it before reading. */
  stamp(kind: PublicReadKind): number {
    let sum = 0;
    // Generations only grow, so their sum changes exactly when one of them does.
    for (const topic of DEPENDS_ON[kind]) sum += this.generation[topic];
    return sum;
  }

  /** A committed write changed these topics: every answer read before it is stale. */
  changed(topics: Iterable<PublicReadTopic>): void {
    for (const topic of topics) this.generation[topic]++;
  }

  /** The answer kept under `key` while it is fresh. */
  lookup(key: string): PublicReadEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.isFresh(entry)) return entry;
    this.drop(key, entry);
    return undefined;
  }

  /**
   * Keeps `json`, read at generation `stamp`, under `key`, and returns the entry to answer with. An
   * answer read before a write that has committed since is returned but not kept.
   */
  store(key: string, kind: PublicReadKind, stamp: number, json: Buffer): PublicReadEntry {
    const seconds = this.seconds(kind);
    const readAt = this.clock.now().getTime();
    const midnight = businessInstant(addDays(this.clock.today(), 1)).getTime();
    const entry: PublicReadEntry = {
      key,
      kind,
      body: json,
      etag: `W/"${createHash('sha1').update(json).digest('base64url')}"`,
      stamp,
      expiresAtMs: this.monotonicMs() + seconds * 1000,
      readAt,
      endsAt: Math.min(readAt + seconds * 1000, midnight),
      bytes: json.length,
      codings: {},
    };
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    if (seconds > 0 && stamp === this.stamp(kind) && json.length <= MAX_BYTES / 8) {
      this.entries.set(key, entry);
      this.bytes += entry.bytes;
      this.evict();
    }
    return entry;
  }

  /**
   * Runs `read` once for all the requests that miss `key` at the same generation at the same time
   * (when an answer ends, every connection asking for it misses at once), and gives each its result,
   * or its error.
   */
  shared(key: string, stamp: number, read: () => Promise<PublicReadEntry>): Promise<PublicReadEntry> {
    const running = this.reads.get(key);
    if (running?.stamp === stamp) return running.entry;
    const mine = { stamp, entry: read() };
    this.reads.set(key, mine);
    const done = () => {
      if (this.reads.get(key) === mine) this.reads.delete(key);
    };
    mine.entry.then(done, done);
    return mine.entry;
  }

  /** Whole seconds the entry stays fresh: its `max-age`, so no copy outlives it. */
  maxAge(entry: PublicReadEntry): number {
    const left = Math.min(entry.expiresAtMs - this.monotonicMs(), entry.endsAt - this.clock.now().getTime());
    return Math.max(0, Math.floor(left / 1000));
  }

  /** The answer in a content coding, compressed once per entry (brotli at quality 5, gzip at level 6). */
  encoded(entry: PublicReadEntry, coding: ContentCoding): Promise<Buffer> {
    let done = entry.codings[coding];
    if (!done) {
      done =
        coding === 'br'
          ? brotli(entry.body, {
              params: {
                [zlib.BROTLI_PARAM_QUALITY]: 5,
                [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
                [zlib.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
              },
            })
          : gzipped(entry.body, { level: 6 });
      entry.codings[coding] = done;
      void done.then(
        (buf) => {
          entry.bytes += buf.length;
          if (this.entries.get(entry.key) === entry) {
            this.bytes += buf.length;
            this.evict();
          }
        },
        () => delete entry.codings[coding],
      );
    }
    return done;
  }

  /** Entries kept and their size, for tests and the benchmark. */
  size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** Forgets every answer (a test's fresh start). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private isFresh(entry: PublicReadEntry): boolean {
    const now = this.clock.now().getTime();
    return (
      entry.stamp === this.stamp(entry.kind) &&
      this.monotonicMs() < entry.expiresAtMs &&
      now >= entry.readAt &&
      now < entry.endsAt
    );
  }

  private drop(key: string, entry: PublicReadEntry): void {
    if (this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  /** The oldest entries go first (the Map keeps insertion order). */
  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) return;
      this.drop(key, entry);
    }
  }
}
