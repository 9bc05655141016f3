import { Global, Module } from '@nestjs/common';
import { Clock } from './time/clock';
import { PasswordHasher } from './security/password-hasher';
import { PiiCipher } from './security/pii-cipher';

/** Shared services every domain lib may inject. */
@Global()
@Module({
  providers: [Clock, PasswordHasher, PiiCipher],
  exports: [Clock, PasswordHasher, PiiCipher],
})
export class CoreModule {}
