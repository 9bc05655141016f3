import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox message may carry a secret (an SMS login code): `redacted_text` is the same message
 * without it, which replaces `text` once the message is delivered or given up, so the table never
 * keeps a code longer than it takes to send. Delivered messages are purged after a retention period;
 * the index serves that sweep.
 */
export class SmsOutboxRedaction1764930000000 implements MigrationInterface {
  name = 'SmsOutboxRedaction1764930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sms_outbox ADD COLUMN redacted_text varchar`);
    // Codes already delivered lose their digits now.
    await q.query(`
      UPDATE sms_outbox SET text = regexp_replace(text, '[0-9]{6}', '******', 'g')
       WHERE kind = 'otp' AND status <> 'pending'`);
    await q.query(`CREATE INDEX sms_outbox_sent_at_idx ON sms_outbox (sent_at) WHERE status = 'sent'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX sms_outbox_sent_at_idx`);
    await q.query(`ALTER TABLE sms_outbox DROP COLUMN redacted_text`);
  }
}
