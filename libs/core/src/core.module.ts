import { Global, Module } from '@nestjs/common';
import { AccessRevocations } from './access/access-revocations';
import { ReadReplicas } from './database/read-replicas';
import { JobsService } from './jobs/jobs.service';
import { Clock } from './time/clock';
import { PasswordHasher } from './security/password-hasher';
import { PiiCipher } from './security/pii-cipher';

/** Shared services every domain lib may inject. */
@Global()
@Module({
  providers: [Clock, PasswordHasher, PiiCipher, JobsService, AccessRevocations, ReadReplicas],
  exports: [Clock, PasswordHasher, PiiCipher, JobsService, AccessRevocations, ReadReplicas],
})
export class CoreModule {}
