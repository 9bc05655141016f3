import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The secret of a lawyer's calendar subscription, stored as a SHA-256 hash. */
@Entity('calendar_feed_token')
export class CalendarFeedToken {
  @PrimaryColumn('uuid')
  lawyerId!: string;

  @Column({ type: 'char' })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
