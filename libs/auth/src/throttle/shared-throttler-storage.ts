import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { DataSource } from 'typeorm';
import { Clock } from '@app/core';

/**
 * The request throttle's counts in PostgreSQL, so that every instance behind a load balancer counts
 * the same client together (the throttler's own storage is one process's memory). A fixed window per
 * key: one upsert per request counts the hit, opens a new window when the last has ended, and blocks
 * the key for `blockDuration` once it goes over the limit. Keys are stored hashed: they hold client
 * addresses. Rows whose window and block have ended are swept nightly.
 */
@Injectable()
export class SharedThrottlerStorage implements ThrottlerStorage {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = this.clock.now();
    const hashed = createHash('sha256').update(`${throttlerName}\n${key}`).digest('hex');
    // ON CONFLICT's expressions all read the row as it was (`t`).
    const [row]: { hits: number; window_ends: Date; blocked_until: Date | null }[] =
      await this.dataSource.query(
        `INSERT INTO request_throttle AS t (key, hits, window_ends, blocked_until)
       VALUES ($1, 1, $2::timestamptz + $3 * interval '1 millisecond',
               CASE WHEN 1 > $4 THEN $2::timestamptz + $5 * interval '1 millisecond' END)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN t.blocked_until > $2 THEN t.hits
                     WHEN t.window_ends <= $2 OR t.blocked_until IS NOT NULL THEN 1
                     ELSE t.hits + 1 END,
         window_ends = CASE WHEN t.blocked_until > $2 THEN t.window_ends
                            WHEN t.window_ends <= $2 OR t.blocked_until IS NOT NULL THEN EXCLUDED.window_ends
                            ELSE t.window_ends END,
         blocked_until = CASE WHEN t.blocked_until > $2 THEN t.blocked_until
                              WHEN t.window_ends <= $2 OR t.blocked_until IS NOT NULL THEN EXCLUDED.blocked_until
                              WHEN t.hits + 1 > $4 THEN $2::timestamptz + $5 * interval '1 millisecond' END
       RETURNING hits, window_ends, blocked_until`,
        [hashed, now, ttl, limit, blockDuration > 0 ? blockDuration : ttl],
      );
    const seconds = (until: Date) => Math.max(0, Math.ceil((until.getTime() - now.getTime()) / 1000));
    const blocked = row.blocked_until !== null && row.blocked_until > now;
    return {
      totalHits: row.hits,
      timeToExpire: seconds(row.window_ends),
      isBlocked: blocked,
      timeToBlockExpire: blocked ? seconds(row.blocked_until!) : 0,
    };
  }

  /** Deletes the rows whose window and block ended before `before`; answers how many. */
  async sweep(before: Date): Promise<number> {
    const [, n]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM request_throttle WHERE window_ends < $1 AND (blocked_until IS NULL OR blocked_until < $1)`,
      [before],
    );
    return n;
  }
}
