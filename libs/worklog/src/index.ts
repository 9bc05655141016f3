export * from './worklog.module';
export * from './worklog.errors';
export * from './service-logs/service-logs.service';
export * from './service-logs/service-log.entity';
export * from './service-logs/service-log.facts';
export * from './workshops/workshops.service';
export * from './workshops/workshop.entity';
export * from './workshops/workshop.facts';
