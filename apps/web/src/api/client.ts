import { clearResident, clearStaff, residentSession, saveStaff, staffSession } from '../shared/session';
import type { TokenPair } from './types';

/** An error answer of the API (or no answer at all: status 0, code NETWORK). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly requestId?: string,
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

type Auth = 'staff' | 'resident' | 'none';
export type Query = Record<string, string | number | boolean | undefined | null>;

interface RequestOptions {
  body?: unknown;
  query?: Query;
  auth?: Auth;
  /** What the caller reads: JSON unless said otherwise. */
  accept?: string;
}

/** Called when a staff session ends for good (refresh refused): the router sends the user to log in. */
export const onSignedOut: { staff?: () => void; resident?: () => void } = {};

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

function tokenFor(auth: Auth): string | undefined {
  if (auth === 'staff') return staffSession.value?.accessToken;
  if (auth === 'resident') return residentSession.value?.accessToken;
  return undefined;
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time: parallel 401s wait for the same new token pair. */
function refreshStaff(): Promise<boolean> {
  const refreshToken = staffSession.value?.refreshToken;
  if (!refreshToken) return Promise.resolve(false);
  refreshing ??= fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken }),
  })
    .then(async (res) => {
      if (!res.ok) return false;
      saveStaff((await res.json()) as TokenPair);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

async function toError(res: Response): Promise<ApiError> {
  let body: { code?: string; message?: string; details?: Record<string, unknown>; requestId?: string } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // not JSON (a proxy's error page): status alone tells
  }
  const retry = Number(res.headers.get('retry-after'));
  return new ApiError(
    res.status,
    body.code ?? `HTTP_${res.status}`,
    body.message ?? res.statusText,
    body.details,
    body.requestId ?? res.headers.get('x-request-id') ?? undefined,
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
  );
}

/** An answer index.html already asked for (see its inline script), taken once; none when it failed. */
async function takePrefetched(url: string): Promise<Response | undefined> {
  const store = (window as { __prefetch?: Record<string, Promise<Response>> }).__prefetch;
  const pending = store?.[url];
  if (!pending) return undefined;
  delete store[url];
  try {
    return await pending;
  } catch {
    return undefined;
  }
}

async function send(method: string, path: string, opts: RequestOptions, retried = false): Promise<Response> {
  // With no network (the phone says so) an answer could only come from the browser's HTTP cache, of
  // unknown age and unmarked: fail as "no answer", so the page shows its kept copy with its time.
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    throw new ApiError(0, 'NETWORK', 'offline');
  const auth = opts.auth ?? 'staff';
  const headers: Record<string, string> = { accept: opts.accept ?? 'application/json' };
  const token = tokenFor(auth);
  if (token) headers.authorization = `Bearer ${token}`;
  // A FormData body (a file upload) is sent as multipart, its boundary set by the browser.
  const form = opts.body instanceof FormData;
  if (opts.body !== undefined && !form) headers['content-type'] = 'application/json';
  let res: Response | undefined;
  const url = withQuery(`/api/v1${path}`, opts.query);
  if (method === 'GET' && !token) res = await takePrefetched(url);
  try {
    res ??= await fetch(url, {
      method,
      headers,
      body: opts.body === undefined ? undefined : form ? (opts.body as FormData) : JSON.stringify(opts.body),
    });
  } catch (err) {
    throw new ApiError(0, 'NETWORK', err instanceof Error ? err.message : 'network error');
  }
  if (res.status === 401 && auth === 'staff' && token && !retried) {
    if (await refreshStaff()) return send(method, path, opts, true);
    clearStaff();
    onSignedOut.staff?.();
  } else if (res.status === 401 && auth === 'resident' && token) {
    clearResident();
    onSignedOut.resident?.();
  }
  if (!res.ok) throw await toError(res);
  return res;
}

export async function api<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, opts);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(path: string, query?: Query, auth: Auth = 'staff') =>
  api<T>('GET', path, { query, auth });
export const post = <T>(path: string, body?: unknown, auth: Auth = 'staff') =>
  api<T>('POST', path, { body: body ?? {}, auth });
/** A multipart upload (files) with the staff token. */
export const postForm = <T>(path: string, body: FormData) => api<T>('POST', path, { body });
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, { body });
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, { body });
export const del = <T>(path: string, query?: Query) => api<T>('DELETE', path, { query });

/** A plain-text answer (the year-end paragraph), with the staff token. */
export async function getText(path: string, query?: Query): Promise<string> {
  const res = await send('GET', path, { query, auth: 'staff', accept: 'text/plain' });
  return res.text();
}

/** Downloads an export (xlsx, csv) with the staff token and hands it to the browser as a file. */
export async function download(path: string, query: Query, fallbackName: string): Promise<void> {
  const res = await send('GET', path, { query, auth: 'staff' });
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star ? decodeURIComponent(star[1]) : plain ? plain[1] : fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
