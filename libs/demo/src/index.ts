export * from './demo.module';
export * from './demo-seed.service';
export * from './demo-data';
