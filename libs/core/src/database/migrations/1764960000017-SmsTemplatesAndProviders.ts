import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SMS as registered templates handed to real providers: a message keeps its template parameters
 * (`kind` names the template), is due at `next_attempt_at` (a worker claims due rows with
 * FOR UPDATE SKIP LOCKED; a retry moves it later), records which provider took it, the provider's
 * message id and last answer code, and its delivery receipt (`delivered`, or `failed` with the
 * code). `subject_id` ties a message to what it tells of (an SMS login code's challenge), so the
 * code's validity can start when it is handed over. Rows from before keep empty parameters.
 */
export class SmsTemplatesAndProviders1764960000017 implements MigrationInterface {
  name = 'SmsTemplatesAndProviders1764960000017';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE sms_outbox
        ADD COLUMN params jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN subject_id uuid,
        ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN provider varchar,
        ADD COLUMN provider_message_id varchar,
        ADD COLUMN provider_code varchar,
        ADD COLUMN delivered_at timestamptz`);
    await q.query(`ALTER TABLE sms_outbox DROP CONSTRAINT sms_outbox_status_check`);
    await q.query(`
      ALTER TABLE sms_outbox ADD CONSTRAINT sms_outbox_status_check
        CHECK (status IN ('pending', 'sent', 'delivered', 'failed'))`);
    await q.query(`CREATE INDEX sms_outbox_due_idx ON sms_outbox (next_attempt_at) WHERE status = 'pending'`);
    await q.query(
      `CREATE INDEX sms_outbox_subject_idx ON sms_outbox (subject_id) WHERE subject_id IS NOT NULL`,
    );
    // Messages handed over that still wait for their delivery receipt.
    await q.query(`
      CREATE INDEX sms_outbox_awaiting_receipt_idx ON sms_outbox (provider, sent_at)
       WHERE status = 'sent' AND provider_message_id IS NOT NULL`);
    // Delivered messages are purged after the retention period like those only handed over.
    await q.query(`DROP INDEX sms_outbox_sent_at_idx`);
    await q.query(
      `CREATE INDEX sms_outbox_sent_at_idx ON sms_outbox (sent_at) WHERE status IN ('sent', 'delivered')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX sms_outbox_sent_at_idx`);
    await q.query(`UPDATE sms_outbox SET status = 'sent' WHERE status = 'delivered'`);
    await q.query(`ALTER TABLE sms_outbox DROP CONSTRAINT sms_outbox_status_check`);
    await q.query(
      `ALTER TABLE sms_outbox ADD CONSTRAINT sms_outbox_status_check CHECK (status IN ('pending', 'sent', 'failed'))`,
    );
    await q.query(`CREATE INDEX sms_outbox_sent_at_idx ON sms_outbox (sent_at) WHERE status = 'sent'`);
    await q.query(`DROP INDEX sms_outbox_awaiting_receipt_idx`);
    await q.query(`DROP INDEX sms_outbox_subject_idx`);
    await q.query(`DROP INDEX sms_outbox_due_idx`);
    await q.query(`
      ALTER TABLE sms_outbox
        DROP COLUMN params, DROP COLUMN subject_id, DROP COLUMN next_attempt_at, DROP COLUMN provider,
        DROP COLUMN provider_message_id, DROP COLUMN provider_code, DROP COLUMN delivered_at`);
  }
}
