import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@app/core';

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary: 'Ready when the database answers (200), 503 otherwise',
    description: 'The same answer as `/api/health/ready`, kept for existing clients.',
  })
  check(): Promise<HealthCheckResult> {
    return this.ready();
  }

  @Get('live')
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary: 'Liveness: 200 while the process serves HTTP; asks nothing of the database',
    description:
      'For a process supervisor or an orchestrator’s liveness probe: restart the process only when this ' +
      'fails. A database outage does not make it fail (see `/api/health/ready`).',
  })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary: 'Readiness: 200 when the database answers a ping within 3 s, 503 otherwise',
    description:
      'For a load balancer or an orchestrator’s readiness probe: send no traffic while this is 503; ' +
      'it comes back by itself once the database does.',
  })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 })]);
  }
}
