import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const WAITLIST_STATUSES = ['waiting', 'offered', 'booked', 'expired', 'left', 'lapsed'] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];

/**
 * A resident in the line for a full slot (or for any slot of a day at a point). When a place frees,
 * the first in line is offered it by SMS (`offered`, the place held on the slot until
 * `offerExpiresAt`); they confirm (`booked`) or the offer passes on (`expired`). `left`: they left
 * the line; `lapsed`: the slot or day passed while they waited.
 */
@Entity('waitlist_entry')
export class WaitlistEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The order of the line: who joined first. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ type: 'uuid' })
  residentId!: string;

  @Column({ type: 'uuid' })
  servicePointId!: string;

  @Column({ type: 'varchar' })
  regionCode!: string;

  /** The slot waited for; null: any slot of the day. */
  @Column({ type: 'uuid', nullable: true })
  slotId!: string | null;

  /** The business day (Asia/Shanghai) of the slot, or the day waited for. */
  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'varchar' })
  topic!: string;

  /** The resident's own words: personal, never in the audit trail. */
  @Column({ type: 'varchar', default: '' })
  description!: string;

  @Column({ type: 'varchar', nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', default: 'waiting' })
  status!: WaitlistStatus;

  @Column({ type: 'uuid', nullable: true })
  offeredSlotId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  offerExpiresAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  appointmentId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
