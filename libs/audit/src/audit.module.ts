import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { AuditEvent } from './audit-event.entity';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditSealer } from './audit-sealer.service';
import { AuditVerifier } from './audit-verifier.service';
import { AuditService } from './audit.service';
import { AUDIT_CHECKPOINT_SINK, FileCheckpointSink } from './chain/audit-checkpoints';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  controllers: [AuditEventsController],
  providers: [
    AuditService,
    AuditSealer,
    AuditVerifier,
    AuditEventsRepository,
    {
      provide: AUDIT_CHECKPOINT_SINK,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new FileCheckpointSink(config.auditCheckpointFile),
    },
  ],
  exports: [AuditService, AuditSealer, AuditVerifier],
})
export class AuditModule {}
