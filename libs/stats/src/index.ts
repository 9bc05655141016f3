export * from './stats.module';
export * from './metrics';
export * from './facts';
export * from './rollups.service';
export * from './stats.service';
export * from './stats.errors';
export * from './recount/stats-verify.service';
