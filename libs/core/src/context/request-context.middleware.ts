import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RequestContext } from './request-context';

/** Opens the request context for everything that runs while a request is handled. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(req: IncomingMessage & { id?: string }, _res: ServerResponse, next: () => void): void {
    const agent = req.headers['user-agent'];
    RequestContext.run(
      {
        requestId: req.id,
        ip: clientIp(req, this.config.trustProxy),
        userAgent: typeof agent === 'string' && agent ? agent.slice(0, 200) : undefined,
      },
      next,
    );
  }
}

export function clientIp(req: IncomingMessage, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket?.remoteAddress;
}
