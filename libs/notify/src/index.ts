export * from './notify.module';
export * from './notify.service';
export * from './sms-provider';
