import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AppConfig, ConfigValidationError } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { dataSourceOptions } from './data-source-options';
import { checkAppRole, prepareSchema } from './database-roles';

/**
 * TypeORM on PostgreSQL, connected as the app's own role; the schema owner migrates and grants
 * before any other provider gets the connection, and a role that could rewrite the audit trail
 * stops a production start.
 */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    // Handed from the options factory to the data source factory, which Nest gives only the options.
    let config: AppConfig;
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (appConfig: AppConfig) => {
            config = appConfig;
            return {
              ...dataSourceOptions(config.databaseUrl!, config.dbPoolSize),
              autoLoadEntities: true,
              // A database that answers but is set up wrong stays wrong: no point retrying.
              toRetry: (err: unknown) => !(err instanceof ConfigValidationError),
            };
          },
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            try {
              await prepareSchema(config, dataSource);
              await checkAppRole(dataSource, config);
            } catch (err) {
              await dataSource.destroy();
              throw err;
            }
            return dataSource;
          },
        }),
      ],
    };
  }
}
