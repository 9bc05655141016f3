import './pg-types';
import type { DataSourceOptions } from 'typeorm';
import { BUSINESS_TIME_ZONE } from '../config/app-config';
import { MIGRATIONS } from './migrations';
import { pgConnectionConfig } from './multi-host';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * Connection options shared by the app, the CLI and the tests. `url` may list several hosts
 * (`postgres://u@db1,db2/portal?target_session_attrs=read-write`, see `multi-host.ts`).
 */
export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  const { connectionString, Client } = pgConnectionConfig(url);
  return {
    type: 'postgres',
    url: connectionString,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // Failed queries are logged by the exception filter without their parameters (which may hold
    // password hashes or personal data); TypeORM's own logger would print them.
    logging: false,
    extra: {
      max: poolSize,
      // Sessions count days in the business zone, so a plain ::date cast is a business day.
      options: `-c TimeZone=${BUSINESS_TIME_ZONE}`,
      application_name: 'legal-service-portal',
      ...(Client ? { Client, connectionTimeoutMillis: 5000 } : {}),
    },
  };
}
