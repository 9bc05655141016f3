import { defineRecordKind } from '@app/audit';
import type { StaffRequest } from './staff-request.entity';

/**
 * Every change of a lawyer's request travels through the change ledger as this kind: `create`, the
 * colleague's `accept`, the official's `approve` or `refuse`. Notices subscribe to it.
 */
export const STAFF_REQUEST = defineRecordKind<StaffRequest>('staff_request', { counted: false });
