import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SmsStatus = 'pending' | 'sent' | 'failed';

/** One SMS on its way: every message goes through this table, so none is lost and failures show. */
@Entity('sms_outbox')
export class SmsOutbox {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bytea' })
  phoneEnc!: Buffer;

  @Column({ type: 'char' })
  phoneIndex!: string;

  @Column({ type: 'varchar' })
  kind!: string;

  @Column({ type: 'varchar' })
  text!: string;

  /** The message without its secret; replaces `text` once delivered or given up. */
  @Column({ type: 'varchar', nullable: true })
  redactedText!: string | null;

  @Column({ type: 'varchar', nullable: true })
  regionCode!: string | null;

  @Column({ type: 'varchar', default: 'pending' })
  status!: SmsStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
