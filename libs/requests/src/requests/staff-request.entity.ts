import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const REQUEST_KINDS = ['swap', 'leave', 'attendance_fix'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_STATUSES = ['pending', 'accepted', 'approved', 'refused'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * A lawyer's request to the township official: a swap of one of their shifts to a named colleague
 * (who accepts first), leave, or a 补卡 (a missing sign-in or sign-out of one of their past shifts).
 */
@Entity('staff_request')
export class StaffRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar' })
  kind!: RequestKind;

  @Column({ type: 'varchar' })
  status!: RequestStatus;

  @Column({ type: 'uuid' })
  lawyerId!: string;

  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'varchar' })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  shiftId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  toLawyerId!: string | null;

  @Column({ type: 'date', nullable: true })
  leaveFrom!: string | null;

  @Column({ type: 'date', nullable: true })
  leaveTo!: string | null;

  @Column({ type: 'varchar', nullable: true })
  fixType!: 'check_in' | 'check_out' | null;

  @Column({ type: 'timestamptz', nullable: true })
  fixAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'varchar', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
