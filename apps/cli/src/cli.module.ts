import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { AppConfig, CoreConfigModule, CoreModule, DatabaseModule } from '@app/core';
import { DemoModule } from '@app/demo';
import { OrgModule } from '@app/org';
import { RosterModule } from '@app/roster';
import { ImportDivisionsCommand, MigrateCommand, SeedDemoCommand } from './commands';

@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        CoreConfigModule.forRoot(config),
        DatabaseModule.forRoot(),
        CoreModule,
        AuditModule,
        OrgModule,
        RosterModule,
        DemoModule,
      ],
      providers: [MigrateCommand, SeedDemoCommand, ImportDivisionsCommand],
    };
  }
}
