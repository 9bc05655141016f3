import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { AccountsModule } from '@app/auth';
import { AppConfig, CoreConfigModule, CoreModule, DatabaseModule } from '@app/core';
import { DemoModule } from '@app/demo';
import { NotifyModule } from '@app/notify';
import { OrgModule } from '@app/org';
import { RosterModule } from '@app/roster';
import { StatsModule } from '@app/stats';
import {
  AccountsCommand,
  AccountsCreateCommand,
  AccountsDisableCommand,
  AccountsEnableCommand,
  AccountsListCommand,
  AccountsResetPasswordCommand,
  AccountsUnlockCommand,
} from './accounts-commands';
import { BenchDataCommand } from './bench-data/bench-data.command';
import { ImportDivisionsCommand, MigrateCommand, SeedDemoCommand } from './commands';
import { StatsCommand, StatsRebuildCommand, StatsVerifyCommand } from './stats-commands';

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
        AccountsModule,
        RosterModule,
        // The demo history writes through the work-log and booking services, which send SMS.
        NotifyModule.forRoot(config),
        DemoModule,
        StatsModule,
      ],
      providers: [
        MigrateCommand,
        SeedDemoCommand,
        ImportDivisionsCommand,
        StatsCommand,
        StatsVerifyCommand,
        StatsRebuildCommand,
        BenchDataCommand,
        AccountsCommand,
        AccountsCreateCommand,
        AccountsDisableCommand,
        AccountsEnableCommand,
        AccountsResetPasswordCommand,
        AccountsUnlockCommand,
        AccountsListCommand,
      ],
    };
  }
}
