import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Headers, Inject, NotFoundException, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiFileResponse,
  APP_CONFIG,
  type AppConfig,
  AppError,
  CoreErrors,
  Public,
} from '@app/core';
import { OperationalMetrics } from './operational-metrics';

/** Whether `header` is `Bearer <token>`, compared in constant time. */
function carriesToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The operator's metrics for Prometheus, outside `/api`: only with the scrape token
 * (`METRICS_TOKEN`), never for the public or a signed-in user; absent (404) when no token is set.
 */
@ApiTags('operations')
@Controller({ path: 'metrics', version: VERSION_NEUTRAL })
export class MetricsController {
  constructor(
    private readonly metrics: OperationalMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiBearerAuth()
  @Header('cache-control', 'no-store')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({
    summary:
      'Prometheus metrics: requests, latency, pool, job queues, SMS outbox, audit sealing, statistics check',
    description:
      'Only with `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise); 404 when `METRICS_TOKEN` is not set.',
  })
  @ApiFileResponse({ 'text/plain': 'text' }, 'Prometheus text format 0.0.4')
  @ApiErrors({ 401: 'UNAUTHENTICATED: no or a wrong scrape token', 404: 'NOT_FOUND: metrics are off' })
  async scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    const token = this.config.metricsToken;
    if (!token) throw new NotFoundException('Metrics are off (METRICS_TOKEN is not set)');
    if (!carriesToken(authorization, token))
      throw new AppError(CoreErrors.UNAUTHENTICATED, 'The metrics need the scrape token');
    return this.metrics.text();
  }
}
