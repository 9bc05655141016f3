import { Module, OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditModule } from '@app/audit';
import { APP_CONFIG, AppConfig, Clock, JobsService } from '@app/core';
import { OrgModule } from '@app/org';
import { AccountsModule } from './accounts.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './guards/jwt-auth.guard';
import { RolesGuard } from './guards/roles.guard';
import { SecurityController } from './security/security.controller';
import { SecurityService } from './security/security.service';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { jwtKey } from './strategies/jwt-key';
import { JwtStrategy } from './strategies/jwt.strategy';
import { LocalStrategy } from './strategies/local.strategy';
import { SharedThrottlerStorage } from './throttle/shared-throttler-storage';

@Module({
  imports: [
    AuditModule,
    OrgModule,
    AccountsModule,
    PassportModule,
    TypeOrmModule.forFeature([RefreshToken]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        privateKey: jwtKey(config.jwtSecret),
        publicKey: jwtKey(config.jwtSecret),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
    // Counted in PostgreSQL, so that every instance behind the balancer counts a client together.
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, DataSource, Clock],
      useFactory: (config: AppConfig, dataSource: DataSource, clock: Clock) => ({
        throttlers: [{ name: 'auth', ttl: 60_000, limit: config.authThrottleLimit }],
        storage: new SharedThrottlerStorage(dataSource, clock),
      }),
    }),
  ],
  controllers: [AuthController, SecurityController],
  providers: [
    AuthService,
    SecurityService,
    RefreshTokensRepository,
    SharedThrottlerStorage,
    LocalStrategy,
    JwtStrategy,
    // Order matters: authenticate first, then check roles.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AuthService, AccountsModule],
})
export class AuthModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly throttle: SharedThrottlerStorage,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // 03:15 Asia/Shanghai: the throttle's rows whose window and block ended an hour ago or more.
    this.jobs.schedule('request-throttle-sweep', '15 3 * * *', () =>
      this.throttle.sweep(new Date(this.clock.now().getTime() - 3_600_000)),
    );
  }
}
