import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from '@app/audit';
import { AuthModule } from '@app/auth';
import {
  AllExceptionsFilter,
  AppConfig,
  CoreConfigModule,
  CoreModule,
  DatabaseModule,
  loggerParams,
  PublicReadsModule,
  RequestContextMiddleware,
} from '@app/core';
import { DemoModule } from '@app/demo';
import { OrgModule } from '@app/org';
import { RosterModule } from '@app/roster';
import { AttendanceModule } from '@app/attendance';
import { BookingModule } from '@app/booking';
import { ImportsModule } from '@app/imports';
import { LegalAidModule } from '@app/legal-aid';
import { NotifyModule } from '@app/notify';
import { RegistersModule } from '@app/registers';
import { RequestsModule } from '@app/requests';
import { StatsModule } from '@app/stats';
import { SupervisionModule } from '@app/supervision';
import { WorklogModule } from '@app/worklog';
import { ClientConfigController } from './client-config.controller';
import { HealthController } from './health.controller';
import { MetricsController } from './operations/metrics.controller';
import { OperationalMetrics } from './operations/operational-metrics';
import { ShutdownGate } from './operations/shutdown-gate';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        DatabaseModule.forRoot(),
        CoreModule,
        PublicReadsModule,
        StatsModule,
        AuditModule,
        AuthModule,
        OrgModule,
        RosterModule,
        AttendanceModule,
        NotifyModule.forRoot(config),
        BookingModule,
        WorklogModule,
        LegalAidModule,
        ImportsModule,
        RegistersModule,
        SupervisionModule,
        RequestsModule,
        DemoModule,
        TerminusModule,
      ],
      controllers: [HealthController, MetricsController, ClientConfigController],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }, OperationalMetrics, ShutdownGate],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*path');
  }
}
