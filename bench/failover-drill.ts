/**
 * Failover drill: a PostgreSQL primary with a synchronous streaming replica
 * (`synchronous_standby_names`), the app connected through a URL listing both hosts with
 * `target_session_attrs=read-write`, work-log entries written through the API without pause; the
 * primary is stopped (immediate: as if the machine died), the replica promoted, and the app, never
 * restarted, finds the new primary. Prints how long writes failed and how many acknowledged writes
 * (201 answers) are missing afterwards, which must be 0. Exit code 1 if any is lost or the app
 * does not serve again within 30 s.
 *
 *   npm run bench:failover
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { asSystem, loadAppConfig, PgCluster } from '@app/core';
import { DemoSeedService } from '@app/demo';
import { createApp } from '../apps/api/src/bootstrap';
import { appEnv } from './support';

const WRITERS = 4;
const BEFORE_MS = 3000;
const AFTER_MS = 3000;
const LIMIT_S = 30;

async function main(): Promise<void> {
  const primary = await PgCluster.create('failover-primary');
  let replica: PgCluster | undefined;
  let app: NestFastifyApplication | undefined;
  try {
    await primary.query('CREATE DATABASE portal');
    replica = await PgCluster.replicaOf(primary, 'replica1');
    // Synchronous from now on: a commit is acknowledged once the replica has it. (The replica's copy
    // of the settings predates this, so once promoted it waits for no standby of its own.)
    await primary.query(`ALTER SYSTEM SET synchronous_standby_names = 'replica1'`);
    await primary.query('SELECT pg_reload_conf()');
    await new Promise((r) => setTimeout(r, 300));
    const [sync] = await primary.query<{ sync_state: string }>('SELECT sync_state FROM pg_stat_replication');
    if (sync?.sync_state !== 'sync') throw new Error(`the replica is not synchronous: ${sync?.sync_state}`);

    const url = `postgres://postgres@127.0.0.1:${primary.port},127.0.0.1:${replica.port}/portal?target_session_attrs=read-write`;
    const config = loadAppConfig(
      appEnv(url, 10, { AUTH_THROTTLE_LIMIT: '100000', SESSION_CHECK_CACHE_MS: '0' }),
    );
    app = await createApp(config, { webRoot: false });
    await asSystem((system) => app!.get(DemoSeedService).seed(system, { history: false }));
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/api/v1`;
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'shengshan.official', password: 'Demo@2026pass' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const [point] = await primary.query<{ id: string }>(
      `SELECT id FROM service_point WHERE kind = 'township_center' AND region_code = '330282113'`,
      [],
      'portal',
    );
    const [lawyer] = await primary.query<{ id: string }>(
      `SELECT id FROM staff WHERE username = 'lawyer01'`,
      [],
      'portal',
    );

    const acknowledged: string[] = [];
    let failed = 0;
    /** The failed requests by answer (status and error code, or the network error). */
    const failures: Record<string, number> = {};
    let stopped = false;
    // When the primary was stopped (undefined before), read by the writers.
    const stop: { at?: number } = {};
    let servingAgainAt: number | undefined;
    // Serving again: the first write acknowledged that started after the first one the failover broke.
    let firstFailureAt: number | undefined;
    const write = async (n: number) => {
      const startedAt = performance.now();
      const res = await fetch(`${base}/service-logs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({
          type: 'consultation',
          topic: 'labour_wages',
          peopleCount: 1,
          summary: `failover drill ${n}`,
          servicePointId: point.id,
          lawyerId: lawyer.id,
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
        }),
      }).catch((err: unknown) => {
        const key = `network ${(err as { cause?: { code?: string } }).cause?.code ?? String(err)}`;
        failures[key] = (failures[key] ?? 0) + 1;
        return undefined;
      });
      if (res && res.status !== 201) {
        const body = (await res.json().catch(() => ({}))) as { code?: string };
        const key = `${res.status} ${body.code ?? ''}`.trim();
        failures[key] = (failures[key] ?? 0) + 1;
      }
      if (res?.status === 201) {
        acknowledged.push(((await res.json()) as { id: string }).id);
        if (firstFailureAt !== undefined && startedAt > firstFailureAt && servingAgainAt === undefined)
          servingAgainAt = performance.now();
      } else {
        failed++;
        if (stop.at !== undefined && firstFailureAt === undefined) firstFailureAt = performance.now();
      }
    };
    let n = 0;
    const writers = Array.from({ length: WRITERS }, async () => {
      while (!stopped) await write(n++);
    });

    await new Promise((r) => setTimeout(r, BEFORE_MS));
    const beforeFailover = acknowledged.length;
    const failedAt = performance.now();
    stop.at = failedAt;
    await primary.stop('immediate');
    await replica.promote();
    const promotedAt = performance.now();
    while (servingAgainAt === undefined && performance.now() - failedAt < LIMIT_S * 1000)
      await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, AFTER_MS));
    stopped = true;
    await Promise.all(writers);

    const found = await replica.query<{ id: string }>(
      'SELECT id::text FROM service_log WHERE id = ANY($1::uuid[])',
      [acknowledged],
      'portal',
    );
    const lost = acknowledged.length - found.length;
    const failoverSeconds = servingAgainAt === undefined ? null : (servingAgainAt - failedAt) / 1000;
    const figures = {
      writers: WRITERS,
      acknowledgedWrites: acknowledged.length,
      acknowledgedBeforeFailover: beforeFailover,
      failedRequests: failed,
      failures,
      promoteSeconds: Math.round((promotedAt - failedAt) / 100) / 10,
      failoverSeconds: failoverSeconds === null ? null : Math.round(failoverSeconds * 10) / 10,
      writesLost: lost,
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    process.stdout.write(
      `failover drill: primary stopped, replica promoted in ${figures.promoteSeconds} s; the app wrote again after ` +
        `${figures.failoverSeconds ?? `more than ${LIMIT_S}`} s without a restart; ${acknowledged.length} writes acknowledged, ` +
        `${failed} failed during the switch (${JSON.stringify(failures)}), writes lost = ${lost}\n`,
    );
    // A request the switch broke is a 503 with Retry-After (or never reached the app), never a 500.
    const internal = Object.keys(failures).filter((k) => /^5\d\d/.test(k) && !k.startsWith('503'));
    if (internal.length)
      process.stdout.write(
        `failover drill: answers other than 503 during the switch: ${internal.join(', ')}\n`,
      );
    if (lost > 0 || internal.length || failoverSeconds === null || failoverSeconds > LIMIT_S)
      process.exitCode = 1;
  } finally {
    await app?.close().catch(() => undefined);
    await replica?.remove();
    await primary.remove();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
