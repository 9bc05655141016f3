import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Topic } from '@app/core';
import type { ServiceLogType } from '../vocabulary';

/** bigint fen as a JS number (amounts stay far below 2^53 fen). */
export const fenColumn = {
  to: (v: number | null) => v,
  from: (v: string | number | null) => (v === null ? null : Number(v)),
};

/** One service a lawyer gave (工作日志), never deleted: a wrong entry is voided and counts nowhere. */
@Entity('service_log')
export class ServiceLog {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar' })
  type!: ServiceLogType;

  @Column({ type: 'varchar' })
  topic!: Topic;

  @Column({ type: 'uuid' })
  servicePointId!: string;

  /** The service point's region code. */
  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'uuid' })
  lawyerId!: string;

  /** The lawyer's shift at the point that day, if they had one. */
  @Column({ type: 'uuid', nullable: true })
  shiftId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  appointmentId!: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'integer' })
  peopleCount!: number;

  @Column({ type: 'varchar' })
  summary!: string;

  @Column({ type: 'varchar', nullable: true })
  outcome!: string | null;

  @Column({ type: 'boolean', default: false })
  followUp!: boolean;

  /** 回访: when a phone follow-up of this consultation reached the resident (once). */
  @Column({ type: 'timestamptz', nullable: true })
  followedUpAt!: Date | null;

  @Column({ type: 'bigint', nullable: true, transformer: fenColumn })
  amountInvolvedFen!: number | null;

  @Column({ type: 'boolean', nullable: true })
  resolved!: boolean | null;

  @Column({ type: 'bigint', nullable: true, transformer: fenColumn })
  contractAmountFen!: number | null;

  /** Who wrote the entry: the lawyer, or an official recording on their behalf. */
  @Column({ type: 'uuid' })
  recordedBy!: string;

  /** When the entry was written (the app's clock). The author's edit window counts from occurredAt, not from here. */
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @Column({ type: 'varchar', nullable: true })
  voidReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  voidedBy!: string | null;

  /** `entry` (recorded in the app) or `import` (brought in from a ledger, with the import's id). */
  @Column({ type: 'varchar', default: 'entry' })
  source!: 'entry' | 'import';

  @Column({ type: 'uuid', nullable: true })
  importId!: string | null;

  /** The resident's phone, where recorded: encrypted, its keyed blind index, and the masked form lists show. */
  @Column({ type: 'bytea', nullable: true })
  residentPhoneEnc!: Buffer | null;

  @Column({ type: 'char', nullable: true })
  residentPhoneIndex!: string | null;

  @Column({ type: 'varchar', nullable: true })
  residentPhoneMasked!: string | null;
}
