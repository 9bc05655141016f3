import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { OrgModule } from '@app/org';
import { PrivilegedAccountsService } from './accounts/privileged-accounts.service';
import { LockoutService } from './lockout/lockout.service';
import { LoginThrottleRepository } from './lockout/login-throttle.repository';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsService } from './sessions/sessions.service';

/**
 * Accounts without HTTP: sign-in sessions (which end when an account is disabled or gets a new
 * password), lock-out, and the command line's management of privileged accounts. The command line
 * imports it; AuthModule builds the HTTP side on it.
 */
@Module({
  imports: [AuditModule, OrgModule],
  providers: [
    SessionsRepository,
    SessionsService,
    LoginThrottleRepository,
    LockoutService,
    PrivilegedAccountsService,
  ],
  exports: [SessionsService, LockoutService, PrivilegedAccountsService],
})
export class AccountsModule {}
