import { defineRecordKind } from '@app/audit';
import type { ServiceLog } from './service-log.entity';

/** Every change of a service log goes through the change ledger as this kind; the statistics count it. */
export const SERVICE_LOG = defineRecordKind<ServiceLog>('service_log', { counted: true });
