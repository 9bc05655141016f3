import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { AccessRevocations, APP_CONFIG, type AppConfig, AppError, Clock, RequestContext } from '@app/core';
import { AuthErrors } from '../auth.errors';
import {
  type SessionEndReason,
  type SessionRow,
  SessionsRepository,
  type SessionSubject,
} from './sessions.repository';

/** Entries kept in the process at most (the oldest go first). */
const MAX_SEEN = 100_000;
/** How often the last use of sessions is written. */
const TOUCH_EVERY_MS = 5_000;
/** Looks that an end number handed out but not yet committed is asked for again (about a minute). */
const LOOKS_FOR_LATE_ENDS = 12;
/** At most this many such numbers are followed at once. */
const MAX_PENDING_ENDS = 10_000;

/**
 * Sign-in sessions. Every access token names one (`sid`), and every request checks that it has not
 * ended, without a statement of its own: each process keeps the ids of the ended sessions whose
 * tokens may still be alive, read once at its first check and then, at most every
 * `SESSION_CHECK_CACHE_MS` (default 5 s), only those ended since (one query per process, whatever
 * the traffic). A session ended here (logout, password change, account disabled, ended by its owner
 * or the security administrator) counts as ended at once, before its transaction commits; other
 * instances see it at their next look, within those seconds. The last use is written in batches.
 */
@Injectable()
export class SessionsService implements OnModuleInit, OnModuleDestroy {
  /** Ended sessions that may still have live tokens, with when those tokens die at the latest (ms). */
  private readonly ended = new Map<string, number>();
  private readonly seen = new Map<string, Date>();
  /** Every end numbered up to here has been read (null: not looked yet). */
  private readUpTo: number | null = null;
  /** End numbers handed out but not seen committed yet, with how many more looks they get. */
  private readonly missing = new Map<number, number>();
  /** performance.now() of the last look. */
  private lookedAtLocal = -Infinity;
  private looking: Promise<void> | null = null;
  private touchTimer?: NodeJS.Timeout;

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly revocations: AccessRevocations,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    // A disabled account or a new password (from the API or the command line) ends every session.
    this.revocations.subscribe(async ({ staffId, reason }, em) => {
      await this.endAllOf({ kind: 'staff', id: staffId }, reason, em);
    });
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.touchTimer);
    this.touchTimer = undefined;
    await this.flushSeen().catch(() => undefined);
  }

  /** Opens a session for a staff member (at sign-in) or a resident (after the SMS code). */
  open(subject: SessionSubject, expiresAt: Date, em?: EntityManager): Promise<string> {
    const ctx = RequestContext.current();
    return this.sessions.insert(
      { subject, at: this.clock.now(), expiresAt, ip: ctx?.ip ?? null, userAgent: ctx?.userAgent ?? null },
      em,
    );
  }

  /** The check of every authenticated request: 401 SESSION_ENDED unless the session is open. */
  async assertOpen(sessionId: string): Promise<void> {
    if (performance.now() - this.lookedAtLocal >= this.config.sessionCheckCacheMs) await this.lookForEnded();
    if (this.ended.has(sessionId)) throw this.sessionEnded();
    this.markSeen(sessionId, this.clock.now());
  }

  /**
   * Reads the sessions ended since the last look (at the first, all whose tokens may live), one look
   * at a time. Ends are numbered by a sequence; a number handed out but not committed yet is asked
   * for again at the following looks, a minute's worth, until it shows or is taken as rolled back.
   */
  private lookForEnded(): Promise<void> {
    this.looking ??= (async () => {
      const now = this.clock.now();
      const after =
        this.readUpTo === null
          ? null
          : Math.min(this.readUpTo, ...[...this.missing.keys()].map((n) => n - 1));
      const { ended, highest, last } = await this.sessions.findEnded(after, now);
      const found = new Set<number>();
      for (const e of ended) {
        found.add(e.serial);
        if (e.expiresAt > now) this.ended.set(e.id, e.expiresAt.getTime());
      }
      for (const [serial, looks] of this.missing) {
        if (found.has(serial) || looks <= 1) this.missing.delete(serial);
        else this.missing.set(serial, looks - 1);
      }
      // Numbers handed out since, that no committed end carries (yet).
      const from = (this.readUpTo ?? highest) + 1;
      for (let serial = Math.max(from, last - MAX_PENDING_ENDS + 1); serial <= last; serial++)
        if (!found.has(serial)) this.missing.set(serial, LOOKS_FOR_LATE_ENDS);
      this.readUpTo = Math.max(last, highest);
      // Sessions whose tokens have all expired need no remembering.
      for (const [id, until] of this.ended) if (until <= now.getTime()) this.ended.delete(id);
      this.lookedAtLocal = performance.now();
    })().finally(() => {
      this.looking = null;
    });
    return this.looking;
  }

  /** The session of a refresh token, read in the refresh's transaction (never from the cache). */
  findForRefresh(sessionId: string, em: EntityManager): Promise<SessionRow | null> {
    return this.sessions.findById(sessionId, em);
  }

  extend(sessionId: string, expiresAt: Date, em: EntityManager): Promise<void> {
    return this.sessions.extend(sessionId, expiresAt, this.clock.now(), em);
  }

  /** Ends one session; its access tokens fail at once in this process. Returns whether it was open. */
  async end(sessionId: string, reason: SessionEndReason, em: EntityManager): Promise<boolean> {
    this.forget(sessionId);
    return this.sessions.end(sessionId, reason, this.clock.now(), em);
  }

  /** Ends every open session of a staff member or resident. */
  async endAllOf(subject: SessionSubject, reason: SessionEndReason, em: EntityManager): Promise<string[]> {
    const ids = await this.sessions.endAllOf(subject, reason, this.clock.now(), em);
    for (const id of ids) this.forget(id);
    return ids;
  }

  /** The open sessions of a staff member or resident, with the last use written first. */
  async listOpen(subject: SessionSubject): Promise<SessionRow[]> {
    await this.flushSeen();
    return this.sessions.findOpenOf(subject, this.clock.now());
  }

  /** Ends a session on behalf of its owner or of the security administrator, audited. */
  async endAudited(session: SessionRow, reason: 'ended_by_owner' | 'ended_by_security'): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.end(session.id, reason, em);
      await this.audit.record(em, {
        action: 'session.end',
        entityType: session.staffId ? 'staff' : 'resident',
        entityId: session.staffId ?? session.residentId,
        note: { sessionId: session.id, reason },
      });
    });
  }

  findById(sessionId: string): Promise<SessionRow | null> {
    return this.sessions.findById(sessionId);
  }

  sessionEnded(): AppError {
    return new AppError(
      AuthErrors.SESSION_ENDED,
      'This sign-in session has ended (logout, new password, account disabled or ended by an administrator): sign in again',
    );
  }

  private forget(sessionId: string): void {
    this.seen.delete(sessionId);
    // Ended here at once, before the end commits; should it roll back, this process still refuses the
    // session (its holder signs in again), which errs on the safe side.
    this.ended.set(sessionId, Number.MAX_SAFE_INTEGER);
  }

  private markSeen(sessionId: string, at: Date): void {
    this.seen.set(sessionId, at);
    if (this.seen.size > MAX_SEEN) void this.flushSeen().catch(() => undefined);
    this.touchTimer ??= setInterval(
      () => void this.flushSeen().catch(() => undefined),
      TOUCH_EVERY_MS,
    ).unref();
  }

  private async flushSeen(): Promise<void> {
    if (!this.seen.size) return;
    const entries = [...this.seen];
    this.seen.clear();
    await this.sessions.touch(
      entries.map(([id]) => id),
      entries.map(([, at]) => at),
    );
  }
}
