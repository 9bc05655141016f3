export * from './attendance.module';
export * from './attendance.service';
export * from './attendance.errors';
export * from './attendance-event.records';
export type { WindowDay, WindowSitting } from './attendance-events.repository';
export * from './attendance-corrections.service';
export * from './shift-absences.service';
export * from './shift-absence.entity';
