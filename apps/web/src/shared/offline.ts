import { storage } from './prefs';

/**
 * What a page last saw, kept on this phone so that it opens again without signal (marked as such,
 * with the time it was fetched). Staff pages' copies are dropped on sign-out (`forgetSeen('staff')`).
 */
export type SeenScope = 'public' | 'resident' | 'staff';

const PREFIX = 'portal.seen.';

export interface Seen<T> {
  /** ISO instant of the fetch that gave `data`. */
  at: string;
  data: T;
}

const keyOf = (scope: SeenScope, key: string) => `${PREFIX}${scope}.${key}`;

export function remember<T>(scope: SeenScope, key: string, data: T, now = new Date()): void {
  storage.write(keyOf(scope, key), JSON.stringify({ at: now.toISOString(), data } satisfies Seen<T>));
}

export function recall<T>(scope: SeenScope, key: string): Seen<T> | null {
  const raw = storage.read(keyOf(scope, key));
  if (!raw) return null;
  try {
    const seen = JSON.parse(raw) as Seen<T>;
    return typeof seen.at === 'string' ? seen : null;
  } catch {
    return null;
  }
}

/** Drops every copy of a scope (a staff member signs out; a resident switches phone number). */
export function forgetSeen(scope: SeenScope): void {
  try {
    for (const k of Object.keys(localStorage))
      if (k.startsWith(`${PREFIX}${scope}.`)) localStorage.removeItem(k);
  } catch {
    // nothing stored
  }
}

/** No answer at all (no signal, or the server out of reach): a kept copy may stand in. */
export function isOffline(err: unknown): boolean {
  // Read as a shape (ApiError of api/client with status 0): this module stays below the API client.
  return typeof err === 'object' && err !== null && (err as { isNetwork?: unknown }).isNetwork === true;
}
