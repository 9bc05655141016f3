import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';
import { REDACTED_LOG_PATHS, scrub } from './scrub';

/** JSON logs with the request id on every line; no headers, bodies, secrets or phone numbers. */
export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: REDACTED_LOG_PATHS, censor: '[REDACTED]' },
      genReqId: (req: IncomingMessage) => String((req as { id?: unknown }).id ?? ''),
      customProps: () => ({ context: 'HTTP' }),
      serializers: {
        req: (req: { id?: string; method?: string; url?: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: scrub(req.url ?? ''),
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: {
        ignore: (req: IncomingMessage) =>
          (req as { originalUrl?: string }).originalUrl?.startsWith('/api/health') ||
          !!req.url?.startsWith('/api/health'),
      },
    },
  };
}
