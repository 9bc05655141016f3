import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const SHIFT_KINDS = ['window', 'village_visit', 'on_call'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];
export type ShiftStatus = 'planned' | 'cancelled';

/** A lawyer on duty at a service point on a business day, from–to. */
@Entity('duty_shift')
export class DutyShift {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  servicePointId!: string;

  /** The service point's region code. */
  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'uuid' })
  lawyerId!: string;

  /** Business day (Asia/Shanghai). */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar' })
  kind!: ShiftKind;

  @Column({ type: 'varchar', default: 'planned' })
  status!: ShiftStatus;

  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'varchar', nullable: true })
  cancelReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  swappedFrom!: string | null;

  @Column({ type: 'boolean', default: false })
  generated!: boolean;

  /** When an official confirmed that this shift stands on a day off on purpose (publish with confirmDaysOff). */
  @Column({ type: 'timestamptz', nullable: true })
  dayOffConfirmedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  dayOffConfirmedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
