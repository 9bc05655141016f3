import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AppointmentStatus } from './appointment-status';

export type RatingSource = 'app' | 'sms_link';
export type PhoneCheck = 'sms_code' | 'staff_entered';

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

  /** Where the rating came from: the resident's app, or the link of the SMS after completion. */
  @Column({ type: 'varchar', nullable: true })
  ratingSource!: RatingSource | null;

  /** The staff member who booked for the resident (代约), if any. */
  @Column({ type: 'uuid', nullable: true })
  bookedBy!: string | null;

  /** How staff booking for the resident checked the phone: a code the resident read out, or their word. */
  @Column({ type: 'varchar', nullable: true })
  phoneCheck!: PhoneCheck | null;

  /** The staff member who cancelled it, if staff did. */
  @Column({ type: 'uuid', nullable: true })
  cancelledBy!: string | null;

  @Column({ type: 'varchar', nullable: true })
  cancelReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
