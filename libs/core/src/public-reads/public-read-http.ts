import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import {
  COMPRESS_THRESHOLD,
  type ContentCoding,
  type PublicReadCache,
  type PublicReadEntry,
} from './public-read-cache';

export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The content coding to send, from `Accept-Encoding`: brotli or gzip, whichever the client weighs
 * higher (brotli on a tie), or none. A coding the client does not name is acceptable through `*`.
 */
export function chooseCoding(acceptEncoding: string | string[] | undefined): ContentCoding | undefined {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.slice(0, 512).split(',')) {
    const [rawName, ...params] = part.toLowerCase().split(';');
    const name = rawName.trim();
    if (!name) continue;
    let q = 1;
    for (const p of params) {
      const [key, value = ''] = p.split('=');
      // A weight that is not a number makes the coding unusable rather than preferred.
      if (key.trim() === 'q') q = /^\s*[0-9.]+\s*$/.test(value) ? Number(value) : NaN;
    }
    if (Number.isFinite(q)) weights.set(name, q);
  }
  const weight = (coding: ContentCoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const [br, gzip] = [weight('br'), weight('gzip')];
  if (br <= 0 && gzip <= 0) return undefined;
  return br >= gzip ? 'br' : 'gzip';
}

/** Whether `If-None-Match` names the entity tag (weak comparison, RFC 9110 §13.1.2), or is `*`. */
export function noneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  for (const tag of ifNoneMatch.slice(0, 4096).match(/(?:W\/)?"[^"]*"/g) ?? [])
    if (tag.replace(/^W\//, '') === opaque) return true;
  return false;
}

export interface PublicAnswer {
  status: 200 | 304;
  headers: Record<string, string | number>;
  body: Buffer | string;
}

/**
 * The answer to a public read from a kept entry. Anonymous: cacheable by anyone for the seconds the
 * entry stays fresh, an ETag, 304 when the client's copy is current, compressed when the client takes
 * it and the answer is large enough. With an access token: the same JSON, `no-store` like every answer
 * to a signed-in caller.
 */
export async function publicAnswer(
  cache: PublicReadCache,
  entry: PublicReadEntry,
  headers: IncomingHttpHeaders,
): Promise<PublicAnswer> {
  if (headers.authorization !== undefined)
    return {
      status: 200,
      headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store' },
      body: entry.body,
    };
  const common = {
    etag: entry.etag,
    'cache-control': `public, max-age=${cache.maxAge(entry)}`,
    vary: 'accept-encoding',
  };
  if (noneMatch(headers['if-none-match'], entry.etag)) return { status: 304, headers: common, body: '' };
  const coding =
    entry.body.length >= COMPRESS_THRESHOLD ? chooseCoding(headers['accept-encoding']) : undefined;
  if (!coding) return { status: 200, headers: { ...common, 'content-type': JSON_TYPE }, body: entry.body };
  return {
    status: 200,
    headers: { ...common, 'content-type': JSON_TYPE, 'content-encoding': coding },
    body: await cache.encoded(entry, coding),
  };
}

/** The entry a request routed to a public read is answered with (set by `PublicReadInterceptor`). */
const answering = new WeakMap<object, PublicReadEntry>();

export function answerWith(request: object, entry: PublicReadEntry): void {
  answering.set(request, entry);
}

/**
 * Two Fastify hooks: before routing's guards, pipes and handler, an anonymous GET whose answer is
 * kept and fresh is answered from the cache (after the request id, logging and security headers,
 * which run earlier); after a handler, an answer `PublicReadInterceptor` marked gets its caching
 * headers, coding or 304. Register them before `@fastify/compress`, which leaves encoded answers alone.
 */
export function registerPublicReadHooks(fastify: FastifyInstance, cache: PublicReadCache): void {
  const send = (reply: FastifyReply, answer: PublicAnswer) => {
    void reply.code(answer.status);
    for (const [name, value] of Object.entries(answer.headers))
      void reply.header(name, name === 'vary' ? varyWith(reply, String(value)) : value);
  };
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || request.headers.authorization !== undefined) return;
    const entry = cache.lookup(request.url);
    if (!entry) return;
    const answer = await publicAnswer(cache, entry, request.headers);
    send(reply, answer);
    return reply.send(answer.body);
  });
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const entry = answering.get(request);
    if (!entry || reply.statusCode !== 200) return payload;
    answering.delete(request);
    const answer = await publicAnswer(cache, entry, request.headers);
    send(reply, answer);
    return answer.body;
  });
}

/**
 * `Vary` with `field` added to what the answer already varies by (CORS sets `Origin`, on the reply or,
 * for Nest's hook, on the raw response), so that no shared cache gives one origin's answer to another.
 */
function varyWith(reply: FastifyReply, field: string): string {
  const names = new Set<string>();
  for (const header of [reply.getHeader('vary'), reply.raw.getHeader('vary')])
    for (const name of String(header ?? '').split(',')) if (name.trim()) names.add(name.trim().toLowerCase());
  names.add(field);
  return [...names].join(', ');
}
