import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { AppError, REGION_CODE_PATTERN } from '@app/core';
import { describeDifference, recountScope, StatsErrors, StatsVerifyService } from '@app/stats';

interface ScopeOptions {
  region?: string;
  year?: number;
}

function parseRegion(value: string): string {
  if (!REGION_CODE_PATTERN.test(value))
    throw new Error(`--region must be a region code of 2 to 12 digits: ${value}`);
  return value;
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2999)
    throw new Error(`--year must be a year: ${value}`);
  return year;
}

const describeScope = (o: ScopeOptions) =>
  `${o.region ? `region ${o.region.slice(0, 6)}` : 'every region'}, ${o.year ? `year ${o.year}` : 'every year'}`;

@SubCommand({
  name: 'verify',
  description:
    'Recount the statistics from the raw tables and compare every rollup level; exit code 1 when any counter differs',
})
export class StatsVerifyCommand extends CommandRunner {
  constructor(private readonly stats: StatsVerifyService) {
    super();
  }

  async run(_args: string[], o: ScopeOptions): Promise<void> {
    const result = await this.stats.verify(recountScope(o.region, o.year));
    if (!result.total) {
      process.stdout.write(`Statistics equal a recount of the records (${describeScope(o)}).\n`);
      return;
    }
    for (const d of result.differences) process.stdout.write(`${describeDifference(d)}\n`);
    if (result.total > result.differences.length)
      process.stdout.write(`… and ${result.total - result.differences.length} more\n`);
    throw new AppError(
      StatsErrors.ROLLUP_MISMATCH,
      `${result.total} counters differ from a recount (${describeScope(o)}); repair with: npm run cli -- stats rebuild`,
    );
  }

  @Option({
    flags: '--region <code>',
    description: 'Only this region (a township or village widens to its county)',
  })
  parseRegion(value: string): string {
    return parseRegion(value);
  }

  @Option({ flags: '--year <year>', description: 'Only this year' })
  parseYear(value: string): number {
    return parseYear(value);
  }
}

@SubCommand({
  name: 'rebuild',
  description: 'Replace the statistics rollups with a recount from the raw tables (writers wait meanwhile)',
})
export class StatsRebuildCommand extends CommandRunner {
  constructor(private readonly stats: StatsVerifyService) {
    super();
  }

  async run(_args: string[], o: ScopeOptions): Promise<void> {
    const r = await this.stats.rebuild(recountScope(o.region, o.year));
    process.stdout.write(
      `Rebuilt the statistics (${describeScope(o)}): ${r.daily} daily and ${r.monthly} monthly counters.\n`,
    );
  }

  @Option({
    flags: '--region <code>',
    description: 'Only this region (a township or village widens to its county)',
  })
  parseRegion(value: string): string {
    return parseRegion(value);
  }

  @Option({ flags: '--year <year>', description: 'Only this year' })
  parseYear(value: string): number {
    return parseYear(value);
  }
}

@Command({
  name: 'stats',
  description: 'Statistics: verify the rollups against a recount, or rebuild them',
  subCommands: [StatsVerifyCommand, StatsRebuildCommand],
})
export class StatsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
