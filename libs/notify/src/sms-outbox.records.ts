import { defineRecordKind } from '@app/audit';
import type { SmsOutbox } from './sms-outbox.entity';

/**
 * An outbox message an official sent again. The trail keeps its delivery state only: never the phone,
 * the text or the parameters (personal data), nor the provider's error, which may quote the number.
 */
export const SMS_MESSAGE = defineRecordKind<SmsOutbox>('sms_message', {
  counted: false,
  auditView: (m) => ({
    kind: m.kind,
    status: m.status,
    attempts: m.attempts,
    provider: m.provider,
    providerCode: m.providerCode,
  }),
});
