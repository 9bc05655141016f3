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

interface Cached {
  subjectId: string;
  ended: boolean;
  expiresAt: Date;
  /** performance.now() of the read. */
  readAt: number;
}

/** How long an ended session's id is remembered in the process, beyond the cache's own time. */
const TOMBSTONE_MS = 60_000;
/** Entries kept in the process at most (the oldest go first). */
const MAX_CACHED = 100_000;
/** How often the last use of sessions is written. */
const TOUCH_EVERY_MS = 5_000;

/**
 * Sign-in sessions. Every access token names one (`sid`), and every request checks it: one read by
 * primary key, trusted for `SESSION_CHECK_CACHE_MS` (default 5 s) in this process. A session ended
 * here (logout, password change, account disabled, ended by its owner or the security administrator)
 * is remembered as ended at once, before its transaction commits; other instances see it when their
 * cached read expires. The last use is written in batches every few seconds.
 */
@Injectable()
export class SessionsService implements OnModuleInit, OnModuleDestroy {
  private readonly cache = new Map<string, Cached>();
  private readonly ended = new Map<string, number>();
  private readonly seen = new Map<string, Date>();
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
  async assertOpen(sessionId: string, subjectId: string): Promise<void> {
    const now = performance.now();
    if (this.ended.has(sessionId)) throw this.sessionEnded();
    let state = this.cache.get(sessionId);
    if (!state || now - state.readAt >= this.config.sessionCheckCacheMs) {
      const read = await this.sessions.findState(sessionId);
      // Ended meanwhile in this process (its transaction may not have committed when we read).
      if (this.ended.has(sessionId)) throw this.sessionEnded();
      state = read
        ? { ...read, readAt: now }
        : { subjectId: '', ended: true, expiresAt: new Date(0), readAt: now };
      this.remember(sessionId, state);
    }
    // The session's own expiry is the refresh tokens' (a resident's, the token's): the access token's
    // `exp` already bounds each request, so only an ended session is refused here.
    if (state.ended || state.subjectId !== subjectId) throw this.sessionEnded();
    this.markSeen(sessionId, this.clock.now());
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
    // Whatever else of the subject is cached as open is read again (a session opened after the change stays open).
    for (const [id, c] of this.cache) if (c.subjectId === subject.id && !c.ended) this.cache.delete(id);
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
      'unauthorized',
      'This sign-in session has ended (logout, new password, account disabled or ended by an administrator): sign in again',
    );
  }

  private forget(sessionId: string): void {
    this.cache.delete(sessionId);
    this.seen.delete(sessionId);
    const now = performance.now();
    this.ended.set(sessionId, now);
    // Old tombstones go: by then every instance's cached read of the session has expired.
    const horizon = now - this.config.sessionCheckCacheMs - TOMBSTONE_MS;
    for (const [id, at] of this.ended) {
      if (at >= horizon) break;
      this.ended.delete(id);
    }
  }

  private remember(sessionId: string, state: Cached): void {
    if (!this.config.sessionCheckCacheMs) return;
    this.cache.delete(sessionId);
    this.cache.set(sessionId, state);
    if (this.cache.size > MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
  }

  private markSeen(sessionId: string, at: Date): void {
    this.seen.set(sessionId, at);
    if (this.seen.size > MAX_CACHED) void this.flushSeen().catch(() => undefined);
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
