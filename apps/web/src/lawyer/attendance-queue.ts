import { ref } from 'vue';
import { ApiError, post } from '../api/client';
import type { CheckInResponse, CoordSystem } from '../api/types';
import { storage } from '../shared/prefs';

/**
 * Sign-ins and sign-outs are written to this phone first and then sent; on a failed network they
 * stay queued and are sent again — with the SAME idempotency key, so the server records each one
 * exactly once however often it is retried (even when an answer was lost on the way back).
 */
export type PunchKind = 'check-in' | 'check-out';

export interface PunchBody {
  idempotencyKey: string;
  lat?: number;
  lng?: number;
  /** The system of lat/lng: the browser's geolocation gives WGS-84. Older queued records lack it (WGS-84). */
  coordSystem?: CoordSystem;
  accuracy?: number;
  clientTime: string;
  /** A kiosk's scanned QR code (then clientTime is the moment of the scan). */
  qr?: string;
}

export interface QueuedPunch {
  kind: PunchKind;
  body: PunchBody;
  attempts: number;
}

export interface SentPunch {
  kind: PunchKind;
  body: PunchBody;
  result?: CheckInResponse;
  error?: ApiError;
}

const KEY = 'portal.attendanceQueue';

function load(): QueuedPunch[] {
  try {
    const raw = storage.read(KEY);
    const list = raw ? (JSON.parse(raw) as QueuedPunch[]) : [];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

export const queue = ref<QueuedPunch[]>(load());

function persist(): void {
  storage.write(KEY, JSON.stringify(queue.value));
}

export function enqueue(kind: PunchKind, body: PunchBody): void {
  queue.value = [...queue.value, { kind, body, attempts: 0 }];
  persist();
}

const listeners = new Set<(sent: SentPunch) => void>();
export function onSent(fn: (sent: SentPunch) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

let flushing: Promise<void> | null = null;

/** Sends what is queued, oldest first; stops at the first network failure and keeps the rest. */
export function flush(): Promise<void> {
  // Cleared in a `.finally`, i.e. after this assignment, even when the queue was empty.
  flushing ??= send().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function send(): Promise<void> {
  while (queue.value.length) {
    const item = queue.value[0];
    try {
      // 201, or 202 status pending_review when it was kept for the township office to accept: either
      // way the server has it, and the phone forgets it.
      const result = await post<CheckInResponse>(`/attendance/${item.kind}`, item.body);
      queue.value = queue.value.slice(1);
      persist();
      listeners.forEach((fn) => fn({ kind: item.kind, body: item.body, result }));
    } catch (err) {
      const apiErr = err instanceof ApiError ? err : new ApiError(0, 'NETWORK', String(err));
      // No answer, a signed-out session or a busy server: keep it for the next try.
      if (apiErr.isNetwork || apiErr.status === 401 || apiErr.status === 429 || apiErr.status >= 500) {
        queue.value = queue.value.map((q, i) => (i === 0 ? { ...q, attempts: q.attempts + 1 } : q));
        persist();
        retryLater(queue.value[0].attempts);
        return;
      }
      // The server refused it for good (e.g. invalid): tell the lawyer and drop it.
      queue.value = queue.value.slice(1);
      persist();
      listeners.forEach((fn) => fn({ kind: item.kind, body: item.body, error: apiErr }));
    }
  }
}

let retryTimer: ReturnType<typeof setTimeout> | undefined;
/** A flaky rural network: try again soon, then less often (5 s, 10 s, 20 s … at most a minute). */
function retryLater(attempts: number): void {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void flush(), Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 60_000));
}

let started = false;
/** Sends the queue when the network returns, when the page becomes visible, and every 30 s. */
export function startQueue(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void flush();
  });
  setInterval(() => {
    if (queue.value.length && navigator.onLine) void flush();
  }, 30_000);
  void flush();
}
