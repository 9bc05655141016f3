import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { APP_CONFIG, type AppConfig, isLoopbackHost } from '@app/core';
import { DevOutboxController } from './dev-outbox.controller';
import { NotifyService } from './notify.service';
import { OutboxController } from './outbox.controller';
import { ConsoleSmsProvider } from './providers/console-sms.provider';
import { SMS_PROVIDERS, smsProviders } from './providers/sms-providers';
import { SmsDeliveryService } from './sms-delivery.service';
import { SmsOutbox } from './sms-outbox.entity';
import { SmsOutboxRepository } from './sms-outbox.repository';
import { SmsReceiptsService } from './sms-receipts.service';
import { SmsResendService } from './sms-resend.service';

/**
 * SMS through an outbox, message templates and the providers `SMS_PROVIDER` lists. The development
 * outbox route exists only outside production on a server that listens on loopback: it shows login
 * codes, so no other machine may reach it.
 */
@Module({})
export class NotifyModule {
  static forRoot(config: Pick<AppConfig, 'env' | 'host'>): DynamicModule {
    const devOutbox = config.env !== 'production' && isLoopbackHost(config.host);
    return {
      module: NotifyModule,
      global: true,
      imports: [TypeOrmModule.forFeature([SmsOutbox]), AuditModule],
      controllers: devOutbox ? [OutboxController, DevOutboxController] : [OutboxController],
      providers: [
        NotifyService,
        SmsOutboxRepository,
        SmsDeliveryService,
        SmsReceiptsService,
        SmsResendService,
        ConsoleSmsProvider,
        { provide: SMS_PROVIDERS, useFactory: smsProviders, inject: [APP_CONFIG, ConsoleSmsProvider] },
      ],
      exports: [NotifyService],
    };
  }
}
