import { Injectable } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';

/**
 * A graceful stop behind a load balancer: first the instance says it is not ready (its readiness
 * check answers 503, so the balancer stops sending it requests), keeps serving what still comes for
 * `drainMs`, then closes: the HTTP server waits for the requests in flight, the jobs stop, the pool
 * closes. A rolling restart loses no request this way (see README, Several instances).
 */
@Injectable()
export class ShutdownGate {
  private draining = false;

  constructor(private readonly indicators: HealthIndicatorService) {}

  /** The readiness check's part: down once the instance is draining. */
  check(): HealthIndicatorResult {
    const session = this.indicators.check('shutdown');
    return this.draining ? session.down({ message: 'draining before a stop' }) : session.up();
  }

  /**
   * Stops taking traffic, waits `drainMs`, then closes the HTTP server (which waits for the requests
   * in flight) before the rest of the app: Nest would close the database pool first.
   */
  async drainAndClose(app: INestApplication, drainMs: number): Promise<void> {
    this.draining = true;
    if (drainMs > 0) await new Promise((done) => setTimeout(done, drainMs));
    await new Promise<void>((done) => app.getHttpServer().close(() => done()));
    await app.close();
  }
}
