import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { AuditEvent } from './audit-event.entity';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditSealer } from './audit-sealer.service';
import { AuditVerifier } from './audit-verifier.service';
import { AuditService } from './audit.service';
import { ChangeLedger } from './ledger/change-ledger';
import { AUDIT_CHECKPOINT_SINK, FileCheckpointSink } from './chain/audit-checkpoints';
import { parseSyslogUrl, SyslogCopyCheckpointSink } from './chain/syslog-checkpoints';

/** The audit trail (hash-chained, sealed after commit) and the change ledger every audited change goes through. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  controllers: [AuditEventsController],
  providers: [
    AuditService,
    ChangeLedger,
    AuditSealer,
    AuditVerifier,
    AuditEventsRepository,
    {
      provide: AUDIT_CHECKPOINT_SINK,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const file = new FileCheckpointSink(config.auditCheckpointFile);
        if (!config.auditCheckpointSyslog) return file;
        const log = new Logger('AuditCheckpoints');
        return new SyslogCopyCheckpointSink(file, parseSyslogUrl(config.auditCheckpointSyslog), (err) =>
          log.warn({ err }, 'Audit checkpoint not sent to syslog (the file has it)'),
        );
      },
    },
  ],
  exports: [AuditService, ChangeLedger, AuditSealer, AuditVerifier],
})
export class AuditModule {}
