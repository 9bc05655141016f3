export * from './audit.module';
export * from './audit.service';
export * from './audit-diff';
export * from './audit-sealer.service';
export * from './audit-verifier.service';
export * from './chain/audit-chain';
export * from './chain/audit-checkpoints';
