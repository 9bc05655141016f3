import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type AppConfig, isLoopbackHost } from '@app/core';
import { DevOutboxController } from './dev-outbox.controller';
import { NotifyService } from './notify.service';
import { OutboxController } from './outbox.controller';
import { SmsOutbox } from './sms-outbox.entity';
import { ConsoleSmsProvider, SmsProvider } from './sms-provider';

/**
 * SMS through an outbox and a provider. The development outbox route exists only outside production
 * on a server that listens on loopback: it shows login codes, so no other machine may reach it.
 */
@Module({})
export class NotifyModule {
  static forRoot(config: Pick<AppConfig, 'env' | 'host'>): DynamicModule {
    const devOutbox = config.env !== 'production' && isLoopbackHost(config.host);
    return {
      module: NotifyModule,
      global: true,
      imports: [TypeOrmModule.forFeature([SmsOutbox])],
      controllers: devOutbox ? [OutboxController, DevOutboxController] : [OutboxController],
      providers: [NotifyService, { provide: SmsProvider, useClass: ConsoleSmsProvider }],
      exports: [NotifyService],
    };
  }
}
