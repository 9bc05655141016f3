export * from './supervision.module';
export * from './supervision.errors';
export * from './quotas/quotas.service';
export * from './obligations/obligation.records';
