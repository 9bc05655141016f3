import { defineRecordKind } from '@app/audit';
import type { Obligation } from './obligation.entity';

/** Every change of an obligation goes through the change ledger (audited; the statistics do not count it). */
export const OBLIGATION = defineRecordKind<Obligation>('obligation', { counted: false });
