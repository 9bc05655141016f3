import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Thirty minutes of a published shift that residents can book, up to `capacity` of them; made when
 * the roster is published.
 */
@Entity('booking_slot')
export class BookingSlot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  shiftId!: string;

  @Column({ type: 'uuid' })
  servicePointId!: string;

  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'integer' })
  capacity!: number;

  /** Places taken: changed only by `BookingSlotsRepository`, which never lets it pass `capacity`. */
  @Column({ type: 'integer', default: 0 })
  booked!: number;

  /**
   * Places held for a resident of the waitlist while their SMS offer lasts: changed only by
   * `BookingSlotsRepository`; booked and held places together never pass `capacity`.
   */
  @Column({ type: 'integer', default: 0 })
  held!: number;

  /** The lawyer of the slot's shift (moved with a swap). */
  @Column({ type: 'uuid' })
  lawyerId!: string;

  /** Bookable while its shift stands; closed for good when the shift is cancelled. */
  @Column({ type: 'boolean', default: true })
  open!: boolean;
}
