import { defineRecordKind } from '@app/audit';
import type { WaitlistEntry } from './waitlist-entry.entity';

/** A waitlist entry as the audit trail keeps it; the resident's own words stay out. Not counted. */
export const WAITLIST_ENTRY = defineRecordKind<WaitlistEntry>('waitlist_entry', {
  counted: false,
  auditView: ({ description: _d, name: _n, ...rest }) => ({ ...rest }),
});
