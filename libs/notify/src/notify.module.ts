import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@app/core';
import { DevOutboxController } from './dev-outbox.controller';
import { NotifyService } from './notify.service';
import { OutboxController } from './outbox.controller';
import { SmsOutbox } from './sms-outbox.entity';
import { ConsoleSmsProvider, SmsProvider } from './sms-provider';

/** SMS through an outbox and a provider; the development outbox route exists outside production only. */
@Module({})
export class NotifyModule {
  static forRoot(config: Pick<AppConfig, 'env'>): DynamicModule {
    return {
      module: NotifyModule,
      global: true,
      imports: [TypeOrmModule.forFeature([SmsOutbox])],
      controllers: config.env === 'production' ? [OutboxController] : [OutboxController, DevOutboxController],
      providers: [NotifyService, { provide: SmsProvider, useClass: ConsoleSmsProvider }],
      exports: [NotifyService],
    };
  }
}
