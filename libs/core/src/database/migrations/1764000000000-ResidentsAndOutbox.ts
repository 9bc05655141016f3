import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Residents (phone encrypted, found by its blind index), their SMS login codes (hashed) and the SMS
 * outbox every message goes through.
 */
export class ResidentsAndOutbox1764000000000 implements MigrationInterface {
  name = 'ResidentsAndOutbox1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE resident (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        phone_enc     bytea NOT NULL,
        phone_index   char(64) NOT NULL UNIQUE,
        name          varchar(50),
        created_at    timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE otp_challenge (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        phone_index char(64) NOT NULL,
        code_hash   char(64) NOT NULL,
        ip          varchar(64),
        attempts    integer NOT NULL DEFAULT 0,
        expires_at  timestamptz NOT NULL,
        consumed_at timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX otp_challenge_phone_idx ON otp_challenge (phone_index, created_at DESC)`);
    await q.query(`CREATE INDEX otp_challenge_ip_idx ON otp_challenge (ip, created_at)`);

    await q.query(`
      CREATE TABLE sms_outbox (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        phone_enc   bytea NOT NULL,
        phone_index char(64) NOT NULL,
        kind        varchar(30) NOT NULL,
        text        varchar(500) NOT NULL,
        region_code varchar(12) COLLATE "C" REFERENCES region (code),
        status      varchar(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts    integer NOT NULL DEFAULT 0,
        last_error  varchar(500),
        created_at  timestamptz NOT NULL DEFAULT now(),
        sent_at     timestamptz
      )`);
    await q.query(`CREATE INDEX sms_outbox_phone_idx ON sms_outbox (phone_index, created_at DESC)`);
    await q.query(`CREATE INDEX sms_outbox_status_idx ON sms_outbox (status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sms_outbox`);
    await q.query(`DROP TABLE otp_challenge`);
    await q.query(`DROP TABLE resident`);
  }
}
