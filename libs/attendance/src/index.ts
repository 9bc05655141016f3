export * from './attendance.module';
export * from './attendance.service';
export * from './attendance.errors';
export * from './attendance-event.records';
export type { WindowDay, WindowSitting } from './attendance-events.repository';
