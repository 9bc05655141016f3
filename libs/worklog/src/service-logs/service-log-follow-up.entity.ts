import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Topic } from '@app/core';

/**
 * A phone follow-up (回访) of a consultation in the work log: whether the resident was reached and,
 * if so, satisfied. It keeps where, for whom and about what the consultation was, as it was when
 * called, so that the statistics count it there on the day of the call.
 */
@Entity('service_log_follow_up')
export class ServiceLogFollowUp {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  serviceLogId!: string;

  @Column({ type: 'uuid' })
  servicePointId!: string;

  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'uuid' })
  lawyerId!: string;

  @Column({ type: 'varchar' })
  topic!: Topic;

  @Column({ type: 'boolean' })
  reached!: boolean;

  /** Only when reached; null when the resident would not say. */
  @Column({ type: 'boolean', nullable: true })
  satisfied!: boolean | null;

  @Column({ type: 'varchar', nullable: true })
  comment!: string | null;

  @Column({ type: 'timestamptz' })
  calledAt!: Date;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
