import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The one-time link an SMS gives the resident after a completed consultation, to rate it without
 * signing in: the token itself is only in the SMS; the table keeps its keyed hash.
 */
@Entity('rating_link')
export class RatingLink {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  appointmentId!: string;

  @Column({ type: 'char' })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
