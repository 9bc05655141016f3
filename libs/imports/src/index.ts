export * from './imports.module';
export * from './imports.errors';
export * from './imports.service';
export * from './import-kinds';
export * from './import-upload';
