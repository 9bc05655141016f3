import { Inject } from '@nestjs/common';
import { Command, CommandRunner, Option } from 'nest-commander';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, AppError, dataSourceOptions, PiiCipher, runMigrations } from '@app/core';
import { CliErrors } from '../cli.errors';
import { type BenchDataOptions, BenchDataRefused, generateBenchData, PROVINCE_PRESET } from './bench-data';

interface BenchDataFlags {
  province?: boolean;
  years?: number;
  logs?: number;
  townships?: number;
  villages?: number;
  lawyersPerTownship?: number;
  seed?: number;
  databaseUrl?: string;
  force?: boolean;
  json?: boolean;
}

const integer = (name: string, min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`--${name} must be an integer in ${min}..${max}`);
  return n;
};

@Command({
  name: 'bench-data',
  description:
    'Generate the synthetic province (region 99: 1,300 townships, 20,000 villages, 13,000 lawyers) with 3 years of ' +
    'records (10 million service logs, workshops, bookings, window duty with sign-ins, legal-aid cases) and its ' +
    'rollups, for benchmarks; refuses a database holding other data unless --force',
})
export class BenchDataCommand extends CommandRunner {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pii: PiiCipher,
  ) {
    super();
  }

  async run(_args: string[], o: BenchDataFlags): Promise<void> {
    if (!o.province) {
      this.command.help();
      return;
    }
    // Bulk loading drops and re-adds constraints: a job for the schema owner, not the app's role.
    const url = o.databaseUrl ?? this.config.databaseOwnerUrl ?? this.config.databaseUrl!;
    // The app's own database was migrated when the CLI connected; another one is migrated here.
    if (o.databaseUrl) {
      const ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
      try {
        await runMigrations(ds);
      } finally {
        await ds.destroy();
      }
    }
    const options: BenchDataOptions = {
      ...PROVINCE_PRESET,
      ...(o.years !== undefined && { years: o.years }),
      ...(o.logs !== undefined && { logs: o.logs }),
      ...(o.townships !== undefined && { townships: o.townships }),
      ...(o.villages !== undefined && { villages: o.villages }),
      ...(o.lawyersPerTownship !== undefined && { lawyersPerTownship: o.lawyersPerTownship }),
      ...(o.seed !== undefined && { seed: o.seed }),
      force: o.force ?? false,
    };
    process.stderr.write(
      `Generating ${options.townships} townships, ${options.villages} villages, ${options.townships * options.lawyersPerTownship} ` +
        `lawyers, ${options.years} years, ${options.logs.toLocaleString('en')} service logs…\n`,
    );
    try {
      const r = await generateBenchData(url, options, this.pii, (m) => process.stderr.write(`  ${m}\n`));
      if (o.json) {
        process.stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      process.stdout.write(
        `Synthetic province ${r.from} … ${r.to} (PostgreSQL ${r.postgres}):\n` +
          Object.entries(r.rows)
            .map(([table, n]) => `  ${table.padEnd(22)} ${n.toLocaleString('en').padStart(12)}\n`)
            .join('') +
          `Data: ${r.dataRows.toLocaleString('en')} rows in ${(r.dataMs / 1000).toFixed(1)} s ` +
          `(${r.dataRowsPerSecond.toLocaleString('en')} rows/s, indexes included); ` +
          `rollups: ${r.rollupRows.toLocaleString('en')} rows in ${(r.rollupMs / 1000).toFixed(1)} s; ` +
          `total ${(r.totalMs / 1000).toFixed(1)} s.\n`,
      );
    } catch (err) {
      if (err instanceof BenchDataRefused) throw new AppError(CliErrors.BENCH_DATA_REFUSED, err.message);
      throw err;
    }
  }

  @Option({ flags: '--province', description: 'The province-sized data set (the only one so far)' })
  parseProvince(): boolean {
    return true;
  }

  @Option({ flags: '--years <n>', description: 'Calendar years of data, ending with this one (default 3)' })
  parseYears(value: string): number {
    return integer('years', 1, 10)(value);
  }

  @Option({ flags: '--logs <n>', description: 'Service logs in all (default 10000000)' })
  parseLogs(value: string): number {
    return integer('logs', 0, 200_000_000)(value);
  }

  @Option({
    flags: '--townships <n>',
    description: 'Townships, up to 100 per county (default 1300; for smaller runs)',
  })
  parseTownships(value: string): number {
    return integer('townships', 1, 9900)(value);
  }

  @Option({
    flags: '--villages <n>',
    description: 'Villages, spread evenly over the townships (default 20000)',
  })
  parseVillages(value: string): number {
    return integer('villages', 1, 5_000_000)(value);
  }

  @Option({ flags: '--lawyers-per-township <n>', description: 'Lawyers per township (default 10)' })
  parseLawyersPerTownship(value: string): number {
    return integer('lawyers-per-township', 1, 100)(value);
  }

  @Option({
    flags: '--seed <n>',
    description: 'Seed of the random choices (default fixed: repeatable distributions)',
  })
  parseSeed(value: string): number {
    return integer('seed', 0, 2 ** 31 - 1)(value);
  }

  @Option({
    flags: '--database-url <url>',
    description: "The database to fill (migrated first); default the app's own",
  })
  parseDatabaseUrl(value: string): string {
    return value;
  }

  @Option({ flags: '--force', description: 'Also into a database that holds other, non-synthetic data' })
  parseForce(): boolean {
    return true;
  }

  @Option({ flags: '--json', description: 'Print the report as one JSON line' })
  parseJson(): boolean {
    return true;
  }
}
