import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { AppError, ERROR_STATUS } from './app-error';
import { defaultCode, ErrorBody, reasonPhrase } from './error-body';
import { isDatabaseUnavailable } from './pg-errors';

/** Seconds a client is asked to wait while the database is unreachable. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/** What of an error may be logged: never a failed query's parameters, which can hold personal data. */
function loggable(exception: unknown): unknown {
  if (exception instanceof QueryFailedError) {
    const driver = exception.driverError as PgError & { message?: string };
    return {
      type: 'QueryFailedError',
      message: driver.message,
      code: driver.code,
      constraint: driver.constraint,
      query: exception.query,
      stack: exception.stack,
    };
  }
  return exception;
}

/** Constraint violations a service did not map to a domain error of its own. */
const PG_CONFLICTS: Record<string, { code: string; message: string }> = {
  '23505': { code: 'ALREADY_EXISTS', message: 'A record with these values already exists' },
  '23503': { code: 'STILL_REFERENCED', message: 'The record is referenced by or refers to another record' },
  '23P01': { code: 'CONFLICT', message: 'The change overlaps an existing record' },
};

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/**
 * The one place that turns any thrown error into the API's error body. Client mistakes become 4xx
 * with a stable code; anything unexpected is logged with the request id and answered as a bare 500.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const requestId = String(request?.id ?? '');
    const body = this.toBody(exception, requestId);
    if (body.code === 'DATABASE_UNAVAILABLE') {
      this.logger.warn({ err: loggable(exception), requestId }, 'Database unavailable');
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: loggable(exception), requestId }, 'Unhandled error');
    }
    // A client told to wait is told for how long, in the standard header (the throttler sets its
    // own `Retry-After-<name>` first; that is the figure to give).
    if ((body.statusCode === 429 || body.statusCode === 503) && !reply.hasHeader('retry-after')) {
      const named = Object.entries(reply.getHeaders()).find(([k]) => k.startsWith('retry-after-'))?.[1];
      const asked = Number(named ?? body.details?.retryAfterSeconds);
      void reply.header(
        'retry-after',
        String(asked > 0 ? Math.ceil(asked) : body.statusCode === 503 ? DATABASE_RETRY_AFTER_SECONDS : 60),
      );
    }
    // The body is JSON even when the route declared another type (@Header runs before pipes and handler).
    void reply
      .header('x-request-id', requestId)
      .type('application/json; charset=utf-8')
      .status(body.statusCode)
      .send(body);
  }

  toBody(exception: unknown, requestId: string): ErrorBody {
    if (exception instanceof AppError) {
      const status = ERROR_STATUS[exception.kind];
      return this.body(status, exception.code, exception.message, requestId, exception.details);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse();
      if (typeof res === 'object' && res !== null) {
        const r = res as { code?: string; message?: string | string[]; details?: Record<string, unknown> };
        const message = Array.isArray(r.message) ? r.message.join('; ') : (r.message ?? exception.message);
        // The router's "Cannot GET /path" would echo the URL, which may hold a phone number.
        if (status === 404 && /^Cannot [A-Z]+ /.test(message))
          return this.body(404, 'NOT_FOUND', 'No such route', requestId);
        return this.body(status, r.code ?? defaultCode(status), message, requestId, r.details);
      }
      return this.body(status, defaultCode(status), String(res), requestId);
    }
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large.
      const code = (exception as { code?: string }).code;
      const message =
        code === 'FST_ERR_CTP_INVALID_JSON_BODY' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'The request body is not valid JSON'
          : ((exception as Error).message ?? reasonPhrase(fastifyStatus));
      const stable = fastifyStatus === 400 ? 'MALFORMED_REQUEST' : defaultCode(fastifyStatus);
      return this.body(fastifyStatus, stable, message, requestId);
    }
    if (isDatabaseUnavailable(exception)) {
      return this.body(
        503,
        'DATABASE_UNAVAILABLE',
        'The database cannot be reached just now; please try again shortly',
        requestId,
        { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
      );
    }
    const pg = this.pgError(exception);
    const conflict = pg?.code ? PG_CONFLICTS[pg.code] : undefined;
    if (conflict) {
      return this.body(
        409,
        conflict.code,
        conflict.message,
        requestId,
        pg?.constraint ? { constraint: pg.constraint } : undefined,
      );
    }
    return this.body(500, 'INTERNAL', 'Something went wrong on our side', requestId);
  }

  private pgError(exception: unknown): PgError | undefined {
    if (exception instanceof QueryFailedError) return exception.driverError as PgError;
    return undefined;
  }

  private body(
    statusCode: number,
    code: string,
    message: string,
    requestId: string,
    details?: Record<string, unknown>,
  ): ErrorBody {
    return {
      statusCode,
      error: reasonPhrase(statusCode),
      code,
      message,
      ...(details ? { details } : {}),
      requestId,
    };
  }
}
