import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AppointmentStatus } from './appointment-status';

/**
 * A resident's booking of one slot: where and when (copied from the slot, so that the day's list and
 * the statistics need no join), what it is about, and how it went. Its status moves only as
 * `APPOINTMENT_TRANSITIONS` allows.
 */
@Entity('appointment')
export class Appointment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The 8-character code the resident shows at the point. */
  @Column({ type: 'char', length: 8 })
  code!: string;

  @Column({ type: 'uuid' })
  residentId!: string;

  @Column({ type: 'uuid' })
  slotId!: string;

  @Column({ type: 'uuid' })
  servicePointId!: string;

  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  /** The lawyer of the slot's shift, who sees the resident (moved with a swap). */
  @Column({ type: 'uuid', nullable: true })
  lawyerId!: string | null;

  @Column({ type: 'varchar' })
  topic!: string;

  /** The resident's own words: personal, never in the audit trail. */
  @Column({ type: 'varchar', default: '' })
  description!: string;

  /** The name the resident gave, if any: personal, never in the audit trail. */
  @Column({ type: 'varchar', nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', default: 'booked' })
  status!: AppointmentStatus;

  @Column({ type: 'smallint', nullable: true })
  rating!: number | null;

  @Column({ type: 'varchar', nullable: true })
  ratingComment!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  ratedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
