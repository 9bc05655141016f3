export * from './notify.module';
export * from './notify.service';
export * from './providers/sms-provider';
export * from './providers/console-sms.provider';
export * from './providers/sms-providers';
export * from './sms-delivery.service';
export * from './sms-receipts.service';
export * from './sms-templates';
