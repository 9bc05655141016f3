/**
 * Benchmark: an import of past records — 10,000 work-log entries from one xlsx, as an official's
 * upload would bring them in.
 *
 * Starts a throw-away PostgreSQL (embedded, or a fresh database on BENCH_DATABASE_URL), migrates it,
 * seeds the demo (慈溪市胜山镇 and 掌起镇), builds the township's template with ImportsService and fills
 * BENCH_ROWS rows of every type of service over last year, then times, in the real Nest application
 * context: the dry run (read the xlsx, check every row, look for duplicates), the commit (the same,
 * then every row in one transaction: one multi-row INSERT, one audit event, the statistics' counters
 * moved by one statement before the commit) and the withdrawal. Checks that the yearly statistics hold
 * exactly the file's consultations after the commit and none after the withdrawal; exit status 1 if not.
 * Prints a summary on stderr and one JSON line on stdout.
 *
 *   npm run bench:imports
 *   BENCH_ROWS=2000 npm run bench:imports
 *
 * See bench/README.md for the figures.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import ExcelJS from 'exceljs';
import { asSystem, Clock, loadAppConfig, type Principal, type SystemCaller } from '@app/core';
import { DemoSeedService, SHENGSHAN } from '@app/demo';
import { ImportsService } from '@app/imports';
import { StatsService } from '@app/stats';
import { AppModule } from '../apps/api/src/app.module';
import {
  appEnv,
  intEnv,
  log,
  machine,
  migrate,
  random,
  round1,
  runBench,
  startDatabase,
  withClient,
} from './support';

const ROWS = intEnv('BENCH_ROWS', 10_000, 1, 20_000);
const TYPES = [
  '法律咨询',
  '代拟法律文书',
  '协助申请法律援助',
  '矛盾纠纷调处',
  '村级法律事务',
  '审核村级经济合同',
  '指导网格员调解',
];
const TOPICS = [
  '婚姻家庭',
  '劳动报酬',
  '土地房产',
  '合同债务',
  '邻里纠纷',
  '交通事故',
  '继承',
  '消费维权',
  '行政争议',
  '其他',
];

async function main(system: SystemCaller): Promise<number> {
  const db = await startDatabase(`bench_imports_${process.pid}`);
  let app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | undefined;
  try {
    await migrate(db.url);
    const config = loadAppConfig(appEnv(db.url, 5));
    app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: false });
    await app.get(DemoSeedService).seed(system, { history: false });
    const [official] = await withClient(
      db.url,
      async (c) =>
        (await c.query(`SELECT id, name FROM staff WHERE username = 'shengshan.official'`)).rows as {
          id: string;
          name: string;
        }[],
    );
    const caller: Principal = {
      id: official.id,
      kind: 'staff',
      name: official.name,
      roles: ['official'],
      regionCode: SHENGSHAN,
    };
    const imports = app.get(ImportsService);
    const year = Number(app.get(Clock).today().slice(0, 4)) - 1;

    // The file: the township's template, filled with ROWS entries of every type over last year.
    const template = await imports.template(caller, 'service_logs');
    const points = await withClient(db.url, async (c) =>
      (
        await c.query(`SELECT name FROM service_point WHERE region_code LIKE $1 AND active`, [
          `${SHENGSHAN}%`,
        ])
      ).rows.map((r: { name: string }) => r.name),
    );
    const lawyers = await withClient(db.url, async (c) =>
      (
        await c.query(`SELECT name FROM staff WHERE region_code = $1 AND 'lawyer' = ANY(roles)`, [SHENGSHAN])
      ).rows.map((r: { name: string }) => r.name),
    );
    const rnd = random(2025);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    let consultations = 0;
    for (let i = 0; i < ROWS; i++) {
      const type = TYPES[i % TYPES.length];
      const people = type === '法律咨询' ? 1 + Math.floor(rnd() * 3) : 1;
      if (type === '法律咨询') consultations += people;
      const month = 1 + (i % 12);
      const day = 1 + Math.floor(rnd() * 28);
      sheet.getRow(i + 2).values = [
        `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${String(8 + Math.floor(rnd() * 9)).padStart(2, '0')}:30`,
        pick(points),
        i % 97 === 0 ? '已离职律师' : pick(lawyers),
        type,
        pick(TOPICS),
        people,
        `第${i + 1}条`,
        '',
        type === '矛盾纠纷调处' ? Math.round(rnd() * 1_000_000) / 100 : '',
        type === '矛盾纠纷调处' ? '是' : '',
        type === '审核村级经济合同' ? Math.round(rnd() * 10_000_000) / 100 : '',
      ];
    }
    const file = Buffer.from(await book.xlsx.writeBuffer());
    log(`${ROWS} rows, ${round1(file.length / 1024)} KiB xlsx`);

    const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
      const t0 = performance.now();
      const out = await fn();
      return [out, performance.now() - t0];
    };
    const [dry, dryMs] = await timed(() =>
      imports.run(caller, { kind: 'service_logs', dryRun: true, file: { bytes: file, name: 'bench.xlsx' } }),
    );
    if (dry.rejected.length)
      throw new Error(
        `dry run rejected ${dry.rejected.length} rows: ${JSON.stringify(dry.rejected.slice(0, 3))}`,
      );
    const [done, commitMs] = await timed(() =>
      imports.run(caller, { kind: 'service_logs', dryRun: false, file: { bytes: file, name: 'bench.xlsx' } }),
    );
    const stats = app.get(StatsService);
    const after = await stats.yearly(caller, SHENGSHAN, year);
    const [, withdrawMs] = await timed(() => imports.withdraw(caller, done.id!, 'bench'));
    const back = await stats.yearly(caller, SHENGSHAN, year);
    const ok = after.totals.consultations === consultations && back.totals.consultations === 0;

    const result = {
      bench: 'imports',
      rows: ROWS,
      fileKiB: round1(file.length / 1024),
      dryRunMs: Math.round(dryMs),
      commitMs: Math.round(commitMs),
      withdrawMs: Math.round(withdrawMs),
      commitRowsPerSecond: Math.round(ROWS / (commitMs / 1000)),
      withdrawRowsPerSecond: Math.round(ROWS / (withdrawMs / 1000)),
      statisticsExact: ok,
      database: db.source,
      machine: machine(),
    };
    log(
      `dry run ${result.dryRunMs} ms, commit ${result.commitMs} ms (${result.commitRowsPerSecond} rows/s), ` +
        `withdrawal ${result.withdrawMs} ms; statistics exact: ${ok}; load average ${result.machine.loadAverage.join(' ')}`,
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return ok ? 0 : 1;
  } finally {
    await app?.close();
    await db.cleanup();
  }
}

runBench(() => asSystem(main));
