export * from './attendance.module';
export * from './attendance.service';
export * from './attendance.errors';
