import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, map, Observable, of } from 'rxjs';
import { PublicReadCache, type PublicReadKind } from './public-read-cache';
import { answerWith, JSON_TYPE } from './public-read-http';

const PUBLIC_READ = 'public-read';

/** The caching rule, as the OpenAPI document states it for each public read. */
export const PUBLIC_READ_RULE =
  'Cacheable: anonymous answers carry an `ETag` and `Cache-Control: public, max-age=N`, where N is at most ' +
  '`PUBLIC_CACHE_SECONDS` (default 10 s; for slots `PUBLIC_SLOTS_CACHE_SECONDS`, default 2 s), and are ' +
  'compressed (br or gzip) above 1 KiB when the client accepts it; `If-None-Match` with the current ETag ' +
  'answers 304. The server keeps the answer in memory for the same time: a change made through the same ' +
  'server instance (a shift, a point, a booking) shows in its next answer, one made through another ' +
  'instance within those seconds, so no copy is ever more than N seconds behind the data. A request with ' +
  'an access token gets the same JSON with `Cache-Control: no-store`. Booking decides on places by itself: ' +
  'a slot shown free a moment ago may be refused as full (409 SLOT_FULL).';

/**
 * Makes a public GET cacheable (see `PublicReadCache` and `PUBLIC_READ_RULE`): its JSON is kept in
 * this process, keyed by path and query, and served with caching headers. Only for answers that are
 * the same for every caller.
 */
export function PublicRead(kind: PublicReadKind): MethodDecorator {
  return applyDecorators(
    SetMetadata(PUBLIC_READ, kind),
    UseInterceptors(PublicReadInterceptor),
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description: 'The `ETag` of a copy the client holds: 304 without a body while it is current.',
    }),
    ApiResponse({ status: 304, description: `Not modified. ${PUBLIC_READ_RULE}` }),
  );
}

/**
 * Answers a public read from the kept JSON while it is fresh, otherwise lets the handler read it and
 * keeps it — under the generation taken before the read, so that a write committed meanwhile makes
 * it stale at once; requests that miss the same answer together share one read. The caching headers
 * are set when the answer is sent (`registerPublicReadHooks`).
 */
@Injectable()
export class PublicReadInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly cache: PublicReadCache,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const kind = this.reflector.get<PublicReadKind | undefined>(PUBLIC_READ, context.getHandler());
    if (!kind || context.getType() !== 'http' || !this.cache.seconds(kind)) return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.method !== 'GET') return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const key = request.url;
    const kept = this.cache.lookup(key);
    if (kept) {
      answerWith(request, kept);
      void reply.type(JSON_TYPE);
      return of(kept.body);
    }
    const stamp = this.cache.stamp(kind);
    const read = async () =>
      this.cache.store(key, kind, stamp, Buffer.from(JSON.stringify(await lastValueFrom(next.handle()))));
    return from(this.cache.shared(key, stamp, read)).pipe(
      map((entry) => {
        answerWith(request, entry);
        void reply.type(JSON_TYPE);
        return entry.body;
      }),
    );
  }
}
