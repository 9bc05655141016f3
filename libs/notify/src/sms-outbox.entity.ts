import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * `pending`: waiting to be handed over (again at `nextAttemptAt`); `sent`: a provider took it;
 * `delivered`: the provider's receipt says the phone got it; `failed`: given up, or the receipt
 * says it did not arrive (`providerCode` tells why).
 */
export type SmsStatus = 'pending' | 'sent' | 'delivered' | 'failed';
export const SMS_STATUSES: SmsStatus[] = ['pending', 'sent', 'delivered', 'failed'];

/** One SMS on its way: every message goes through this table, so none is lost and failures show. */
@Entity('sms_outbox')
export class SmsOutbox {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bytea' })
  phoneEnc!: Buffer;

  @Column({ type: 'char' })
  phoneIndex!: string;

  /** The message template (see sms-templates.ts). */
  @Column({ type: 'varchar' })
  kind!: string;

  /** The template's named parameters; secret ones are masked once the message is handed over. */
  @Column({ type: 'jsonb', default: {} })
  params!: Record<string, string>;

  /** The message as the resident reads it, rendered from the template. */
  @Column({ type: 'varchar' })
  text!: string;

  /** The message without its secret; replaces `text` once handed over or given up. */
  @Column({ type: 'varchar', nullable: true })
  redactedText!: string | null;

  @Column({ type: 'varchar', nullable: true })
  regionCode!: string | null;

  /** What the message tells of, when someone needs to find it again (an SMS login code's challenge). */
  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'varchar', default: 'pending' })
  status!: SmsStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When a pending message is next due (or when a worker's claim on it lapses). */
  @Column({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Column({ type: 'varchar', nullable: true })
  lastError!: string | null;

  /** The provider that took it (`log`, `aliyun`, `tencent`), or that failed last. */
  @Column({ type: 'varchar', nullable: true })
  provider!: string | null;

  /** The provider's id of the message (阿里云 BizId, 腾讯云 SerialNo), for receipts and support. */
  @Column({ type: 'varchar', nullable: true })
  providerMessageId!: string | null;

  /** The provider's last answer code (`OK`, `isv.BUSINESS_LIMIT_CONTROL`, a receipt's `DELIVERED` …). */
  @Column({ type: 'varchar', nullable: true })
  providerCode!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When a provider took it: a login code's validity starts here. */
  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
