export * from './auth.module';
export * from './auth.service';
export * from './auth.errors';
export * from './accounts.module';
export * from './accounts/privileged-accounts.service';
export * from './sessions/sessions.service';
export * from './lockout/lockout.service';
