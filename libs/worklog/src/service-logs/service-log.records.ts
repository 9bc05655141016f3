import { defineRecordKind } from '@app/audit';
import type { ServiceLog } from './service-log.entity';
import type { ServiceLogFollowUp } from './service-log-follow-up.entity';

/** Every change of a service log goes through the change ledger as this kind; the statistics count it. */
export const SERVICE_LOG = defineRecordKind<ServiceLog>('service_log', { counted: true });

/** A phone follow-up (回访) of a consultation: counted (calls, reached, satisfied) where the consultation was given. */
export const SERVICE_LOG_FOLLOW_UP = defineRecordKind<ServiceLogFollowUp>('service_log_follow_up', {
  counted: true,
});
