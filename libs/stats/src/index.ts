export * from './stats.module';
export * from './metrics';
export * from './sources/stat-fact';
export * from './sources/duty-day-facts';
export * from './stats.service';
export * from './stats.errors';
export * from './recount/stats-verify.service';
export { deriveRates } from './metrics-view';
