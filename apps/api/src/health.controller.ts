import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ErrorResponse, Public } from '@app/core';

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

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @Public()
  // Documented here rather than by terminus: a failed check reaches the client through the global
  // filter, as the error body with the indicators' report in `details`.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: 'Ready when the database answers (200), 503 otherwise' })
  @ApiOkResponse({
    description: 'Ready',
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
  })
  @ApiResponse({
    status: 503,
    type: ErrorResponse,
    description:
      'SERVICE_UNAVAILABLE: not ready; `details` holds each indicator’s report (the database down)',
  })
  check(): Promise<HealthCheckResult> {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 })]);
  }
}
