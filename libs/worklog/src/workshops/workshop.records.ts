import { defineRecordKind } from '@app/audit';
import type { Workshop } from './workshop.entity';

/** Every change of a workshop goes through the change ledger as this kind; the statistics count it. */
export const WORKSHOP = defineRecordKind<Workshop>('workshop', { counted: true });
