import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A county's override of the national calendar for one date (e.g. a local holiday, a storm day). */
@Entity('calendar_day')
export class CalendarDayOverride {
  /** The county (6 digits) whose calendar this changes. */
  @PrimaryColumn({ type: 'varchar' })
  regionCode!: string;

  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'boolean' })
  workday!: boolean;

  @Column({ type: 'varchar', default: '' })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
