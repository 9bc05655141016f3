import { applyDecorators, Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ErrorResponse, Public } from '@app/core';
import { ShutdownGate } from './operations/shutdown-gate';

/** Each indicator's report by its name, e.g. `{ database: { status: 'up' } }`. */
const INDICATORS = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    required: ['status'],
    properties: { status: { type: 'string', enum: ['up', 'degraded', 'down'] } },
    additionalProperties: true,
  },
};

/**
 * A health route as terminus answers it, documented here rather than by terminus: a failed check
 * reaches the client through the global filter, as the error body with the indicators' report in
 * `details`.
 */
function HealthRoute(summary: string, description: string) {
  return applyDecorators(
    Public(),
    HealthCheck({ noCache: true, swaggerDocumentation: false }),
    ApiOperation({ summary, description }),
    ApiOkResponse({
      description: 'Up',
      schema: {
        type: 'object',
        required: ['status'],
        properties: {
          status: { type: 'string', enum: ['ok', 'degraded'] },
          info: INDICATORS,
          error: INDICATORS,
          details: INDICATORS,
        },
      },
    }),
    ApiResponse({
      status: 503,
      type: ErrorResponse,
      description:
        'SERVICE_UNAVAILABLE: not ready; `details` holds each indicator’s report (the database down)',
    }),
  );
}

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly gate: ShutdownGate,
  ) {}

  @Get()
  @HealthRoute(
    'Ready when the database answers (200), 503 otherwise',
    'The same answer as `/api/health/ready`, kept for existing clients.',
  )
  check(): Promise<HealthCheckResult> {
    return this.ready();
  }

  @Get('live')
  @HealthRoute(
    'Liveness: 200 while the process serves HTTP; asks nothing of the database',
    'For a process supervisor or an orchestrator’s liveness probe: restart the process only when this ' +
      'fails. A database outage does not make it fail (see `/api/health/ready`).',
  )
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthRoute(
    'Readiness: 200 when the database answers a ping within 3 s and the instance is not stopping, 503 otherwise',
    'For a load balancer or an orchestrator’s readiness probe: send no traffic while this is 503; ' +
      'it comes back by itself once the database does.',
  )
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.gate.check(),
      () => this.db.pingCheck('database', { timeout: 3000 }),
    ]);
  }
}
